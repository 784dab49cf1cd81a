/** The part of the extension API the scanner uses, promise-based in both browsers. */
export interface ScannerApi {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  storage: { sync: { get(key: string): Promise<Record<string, unknown>> } };
}

/**
 * The browser's own extension API, without the polyfill: Firefox's `browser`, or Chromium's
 * `chrome`, whose runtime and storage calls return promises in Manifest V3. The scanner receives
 * no messages itself (the first script relays the popup's), so it needs nothing the polyfill adds.
 */
export function scannerApi(scope: object = globalThis): ScannerApi {
  const { browser, chrome } = scope as { browser?: ScannerApi & { runtime: { id?: string } }; chrome?: ScannerApi };
  return browser?.runtime?.id ? browser : chrome!;
}
