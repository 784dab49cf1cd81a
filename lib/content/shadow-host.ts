/** A host element with an open shadow root and a container to render into. */
export interface ShadowHost {
  host: HTMLElement;
  container: HTMLElement;
  destroy(): void;
}

/**
 * The host's own inline style. `!important` in a style attribute outranks even a page rule such
 * as `* { display: block !important; font: … !important }`, and `all: initial` stops every
 * inherited property at the host, so nothing of the page's styles reaches inside.
 */
export const HOST_STYLE = 'all: initial !important;';

/** Text spacing a reader may override with their own style sheet; never set important on the host. */
const READER_SPACING = ['line-height', 'letter-spacing', 'word-spacing'];

/**
 * Sets the host's own properties after the reset, one by one: a longhand written after `all` in
 * the same style text is lost in Chromium, which expands `all` last.
 */
export function styleHost(host: HTMLElement, properties: Record<string, string>): void {
  host.style.cssText = HOST_STYLE;
  // A reader's own text spacing (WCAG 1.4.12) must stay possible: these are reset inside instead.
  for (const name of READER_SPACING) host.style.removeProperty(name);
  for (const [name, value] of Object.entries(properties)) host.style.setProperty(name, value, 'important');
}

/**
 * Creates a host for one piece of UI. The shadow root keeps page styles out and ours in; the
 * inline style above stops page rules that target every element from reaching the host. A
 * `<style>` element is used rather than adoptedStyleSheets, which are unreliable in Firefox
 * content scripts.
 */
export function createShadowHost(document: Document, tagName: `evidence-lens-${string}`, css: string): ShadowHost {
  const host = document.createElement(tagName);
  styleHost(host, { display: 'inline', 'white-space': 'nowrap' });
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = css;
  const container = document.createElement('span');
  root.append(style, container);
  return { host, container, destroy: () => host.remove() };
}
