/**
 * Reads run inside the page, the same in every browser. Each function is sent to the page on its
 * own (drivers serialise it), so each carries its own copy of the shadow-piercing query.
 */

/** What `read` returns of each element matching `selector`. */
export interface ReadRequest {
  selector: string;
  what: 'count' | 'innerText' | 'textContent' | 'attribute' | 'mark';
  name?: string;
}

/** Finds every match of `selector`, where ` >>> ` steps into open shadow roots; reads or marks them. */
export function read({ selector, what, name }: ReadRequest): unknown {
  let scopes: Array<Document | ShadowRoot | Element> = [document];
  const steps = selector.split(' >>> ');
  steps.forEach((step, index) => {
    const found = scopes.flatMap((scope) => [...scope.querySelectorAll(step)]);
    scopes = index === steps.length - 1 ? found : found.flatMap((element) => (element.shadowRoot ? [element.shadowRoot] : []));
  });
  const elements = scopes as Element[];
  if (what === 'count') return elements.length;
  if (what === 'innerText') return elements.map((element) => (element as HTMLElement).innerText);
  if (what === 'textContent') return elements.map((element) => element.textContent ?? '');
  if (what === 'attribute') return elements.map((element) => element.getAttribute(name!));
  // 'mark': tags the button labelled `name`, for a real click on it.
  document.querySelectorAll('[data-e2e-target]').forEach((element) => element.removeAttribute('data-e2e-target'));
  const target = [...document.querySelectorAll('button')].find((element) => (element.textContent ?? '').trim() === name);
  target?.setAttribute('data-e2e-target', '');
  return target !== undefined;
}

/** The focused element as "tag:text", the way a keyboard user meets it. */
export function focusedElement(): string {
  const element = document.activeElement as HTMLElement | null;
  return element ? `${element.tagName.toLowerCase()}:${(element.textContent ?? '').trim().slice(0, 40)}` : 'none';
}

/**
 * Keeps what the page saves through a link with `download` (a blob the popup builds), so a
 * browser whose driver reports no download events still hands the file to the test.
 */
export function keepDownloads(): void {
  const w = window as unknown as { __saved?: Array<{ name: string; text: string }> };
  if (w.__saved) return;
  w.__saved = [];
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (this.download && this.href.startsWith('blob:')) {
      const name = this.download;
      void fetch(this.href)
        .then((response) => response.text())
        .then((text) => w.__saved!.push({ name, text }));
      return;
    }
    click.call(this);
  };
}

/** The files kept by `keepDownloads` so far. */
export function savedFiles(): Array<{ name: string; text: string }> {
  return (window as unknown as { __saved?: Array<{ name: string; text: string }> }).__saved ?? [];
}
