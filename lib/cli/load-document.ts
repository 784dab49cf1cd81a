import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import { Window } from 'happy-dom';
import { textToHtml } from '../scanner/text-to-html';

/** A page read for the command-line tool, parsed without running its scripts or loading anything. */
export interface LoadedPage {
  document: Document;
  url: string | null;
  close(): Promise<void>;
}

const gunzipBytes = promisify(gunzip);

/** A file compressed with gzip, as the corpus stores its pages (`page.html.gz`). */
const GZIPPED = /\.gz$/i;

/** A file's text, unpacked first when its name ends in `.gz`. */
async function readLocalText(path: string): Promise<string> {
  const bytes = await readFile(path);
  return (GZIPPED.test(path) ? await gunzipBytes(bytes) : bytes).toString('utf8');
}

/**
 * Reads an HTML file, a plain-text file or a URL into a document; a file ending in `.gz` is
 * unpacked first. Plain text (a `.txt` or `.txt.gz` file, or content that does not start with
 * markup) is laid out as paragraphs first.
 */
export async function loadDocument(source: string, fetchPage: typeof fetch = fetch): Promise<LoadedPage> {
  const isUrl = /^https?:\/\//i.test(source);
  const raw = isUrl ? await (await fetchPage(source)).text() : await readLocalText(source);
  const isText = /\.txt(\.gz)?$/i.test(source) || !/^\s*</.test(raw);
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
