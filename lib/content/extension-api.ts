/** A runtime message listener in the form both browsers accept: answer through `sendResponse`, return true to answer later. */
export type RawMessageListener = (
  message: unknown,
  sender: { id?: string },
  sendResponse: (answer: unknown) => void,
) => boolean | undefined;

/** The part of the extension API the content scripts use, promise-based in both browsers. */
export interface ScannerApi {
  runtime: {
    id?: string;
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: { addListener(listener: RawMessageListener): void };
  };
  storage: { sync: { get(key: string): Promise<Record<string, unknown>> } };
}

/**
 * The browser's own extension API, without the polyfill: Firefox's `browser`, or Chromium's
 * `chrome`, whose runtime and storage calls return promises in Manifest V3. Messages are answered
 * through `sendResponse`, which both accept, so nothing the polyfill adds is needed, and the first
 * script, which runs on every page, does not pay for loading it.
 */
export function scannerApi(scope: object = globalThis): ScannerApi {
  const { browser, chrome } = scope as { browser?: ScannerApi; chrome?: ScannerApi };
  return browser?.runtime?.id ? browser : chrome!;
}

/** Wraps a listener that may answer with a promise into the `sendResponse` form both browsers accept. */
export function answering(listener: (message: unknown, sender: { id?: string }) => Promise<unknown> | undefined): RawMessageListener {
  return (message, sender, sendResponse) => {
    const answer = listener(message, sender);
    if (!answer) return undefined;
    answer.then(sendResponse, () => sendResponse(undefined));
    return true;
  };
}
