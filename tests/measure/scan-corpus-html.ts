import { parseHtml } from '../../lib/cli/load-document';
import { scanPage } from '../../lib/scanner/scan-page';
import { findingsToJson } from '../../lib/scanner/to-json';

/** Scans a page's HTML as the command-line tool reads it: as markup only, nothing of it run or loaded. */
export function scanCorpusHtml(html: string): ReturnType<typeof findingsToJson> {
  const { document, close } = parseHtml(html);
  try {
    return findingsToJson(scanPage(document), null);
  } finally {
    void close();
  }
}
