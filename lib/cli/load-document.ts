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
  const { document, close } = parseHtml(isText ? textToHtml(raw) : raw, isUrl ? source : null);
  return { document, url: isUrl ? source : null, close };
}

/**
 * Parses HTML into a document without running its scripts or loading its styles, frames or
 * files: a page is read as markup only (the command-line tool, the measurements).
 */
export function parseHtml(html: string, url: string | null = null): { document: Document; close(): Promise<void> } {
  const window = new Window({
    url: url ?? 'https://localhost.invalid/',
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      handleDisabledFileLoadingAsSuccess: true,
    },
  });
  window.document.write(html);
  return { document: window.document as unknown as Document, close: () => window.happyDOM.close() };
}
