/** One page of a browser under test, driven the same way in Chromium (Playwright) and Firefox (Puppeteer over BiDi). */
export interface CardPage {
  /** Evaluates a script expression in the page and returns its (JSON) value. */
  evaluate<T>(expression: string): Promise<T>;
  /** Presses a key as a reader would; with `shift`, while holding Shift. */
  press(key: 'Tab' | 'Enter' | 'Escape' | ' ', shift?: boolean): Promise<void>;
  /** Clicks with the mouse at a point of the viewport. */
  clickAt(x: number, y: number): Promise<void>;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

/** How a page is opened: its viewport and, where the browser can emulate them, reader preferences. */
export interface PageOptions {
  width?: number;
  height?: number;
}

/** A browser with the built extension, through the fake internet. */
export interface CardDriver {
  /** Names screenshots and test titles. */
  name: string;
  open(path: string, options?: PageOptions): Promise<CardPage>;
}

/**
 * Helpers installed in the page (main world) for the scenarios: they reach the extension's
 * elements through their open shadow roots, as a reader's assistive technology does.
 */
export const PAGE_HELPERS = `window.__el = {
  hosts: () => [...document.querySelectorAll('evidence-lens-badge')],
  button: (host) => host.shadowRoot && host.shadowRoot.querySelector('button'),
  states: () => window.__el.hosts().map((h) => (window.__el.button(h) || {}).dataset?.state ?? 'none'),
  card: () => document.querySelector('evidence-lens-card')?.shadowRoot?.querySelector('[role="dialog"]') ?? null,
  box: (el) => { const r = el.getBoundingClientRect(); return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, width: r.width, height: r.height }; },
  active: () => {
    let a = document.activeElement; const path = [a ? a.localName : 'none'];
    while (a && a.shadowRoot && a.shadowRoot.activeElement) { a = a.shadowRoot.activeElement; path.push(a.localName + (a.className ? '.' + a.className : '')); }
    return path.join(' > ');
  },
}; true`;

/** Polls `read` until `check` passes or the time runs out, and returns the last value. */
export async function waitFor<T>(read: () => Promise<T>, check: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!check(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}
