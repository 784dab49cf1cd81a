import { Window } from 'happy-dom';
import { scanPage } from '../../lib/scanner/scan-page';
import { findingsToJson } from '../../lib/scanner/to-json';

/**
 * Scans a page's HTML as the measurements read it: in happy-dom with the page's scripts, styles and
 * frames switched off, so a corpus page is read as markup only.
 */
export function scanCorpusHtml(html: string): ReturnType<typeof findingsToJson> {
  const window = new Window({
    url: 'https://localhost.invalid/',
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      handleDisabledFileLoadingAsSuccess: true,
    },
  });
  try {
    window.document.write(html);
    return findingsToJson(scanPage(window.document as unknown as Document), null);
  } finally {
    void window.happyDOM.close();
  }
}
