/** Where the build puts the scanner, the content script that is injected only where it is wanted. */
export const SCANNER_FILE = '/scanner.js';
/** Where the build puts the card, injected into a frame the first time its reader opens a badge. */
export const CARD_FILE = '/card.js';

/** The only files the background ever injects. */
export type ContentScriptFile = typeof SCANNER_FILE | typeof CARD_FILE;

/** The parts of the extension API that can run a file in a tab: `scripting` (MV3) or `tabs.executeScript` (MV2). */
export interface ScriptingApis {
  scripting?: { executeScript(injection: { target: { tabId: number; frameIds?: number[] }; files: string[] }): Promise<unknown> };
  tabs?: { executeScript?(tabId: number, details: { file: string; frameId?: number }): Promise<unknown> };
}

/** Loads one of the extension's content scripts into one frame of a tab; resolves false when the browser refused. */
export type ScannerInjector = (tabId: number, frameId: number, file?: ContentScriptFile) => Promise<boolean>;

/**
 * Injects the scanner (or the card) with whichever API the browser offers: `scripting.executeScript` in
 * Manifest V3, `tabs.executeScript` in Manifest V2. Only these packaged files are ever injected,
 * so no resource of the extension is exposed to pages.
 */
export function scannerInjector(apis: ScriptingApis): ScannerInjector {
  return async (tabId, frameId, file = SCANNER_FILE) => {
    try {
      if (apis.scripting) await apis.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [file] });
      else if (apis.tabs?.executeScript) await apis.tabs.executeScript(tabId, { file, frameId });
      else return false;
      return true;
    } catch {
      // A page the extension may not script (a store page, a tab closed meanwhile): nothing to show there.
      return false;
    }
  };
}
