import { readFile } from 'node:fs/promises';
import { Window } from 'happy-dom';
import { textToHtml } from '../scanner/text-to-html';

/** A page read for the command-line tool, parsed without running its scripts or loading anything. */
export interface LoadedPage {
  document: Document;
  url: string | null;
  close(): Promise<void>;
}

/**
 * Reads an HTML file, a plain-text file or a URL into a document. Plain text (a `.txt` file, or
 * content that does not start with markup) is laid out as paragraphs first.
 */
export async function loadDocument(source: string, fetchPage: typeof fetch = fetch): Promise<LoadedPage> {
  const isUrl = /^https?:\/\//i.test(source);
  const raw = isUrl ? await (await fetchPage(source)).text() : await readFile(source, 'utf8');
  const isText = /\.txt$/i.test(source) || !/^\s*</.test(raw);
  const window = new Window({
    url: isUrl ? source : 'https://localhost.invalid/',
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      handleDisabledFileLoadingAsSuccess: true,
    },
  });
  window.document.write(isText ? textToHtml(raw) : raw);
  return { document: window.document as unknown as Document, url: isUrl ? source : null, close: () => window.happyDOM.close() };
}
