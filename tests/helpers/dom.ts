import { Window } from 'happy-dom';

/** Parses HTML into a fresh document, independent of the test environment's global one. */
export function parseHtml(html: string, url = 'https://example.org/article'): Document {
  const window = new Window({ url });
  window.document.write(html);
  return window.document as unknown as Document;
}
