import { beforeAll, describe, expect, it } from 'vitest';
import { LazyMounter } from '../../../lib/content/lazy-mount';
import { PageSession } from '../../../lib/content/page-session';
import { parseHtml } from '../../helpers/dom';
import { installEnglishMessages } from '../../helpers/messages';

beforeAll(() => installEnglishMessages());

/** An IntersectionObserver the test drives: `show(el)` reports el as come into view. */
function fakeObserverClass() {
  const observers: FakeObserver[] = [];
  class FakeObserver {
    readonly targets = new Set<Element>();
    constructor(private readonly callback: IntersectionObserverCallback) {
      observers.push(this);
    }
    observe(target: Element) {
      this.targets.add(target);
    }
    unobserve(target: Element) {
      this.targets.delete(target);
    }
    disconnect() {
      this.targets.clear();
    }
    show(target: Element) {
      if (this.targets.has(target))
        this.callback([{ target, isIntersecting: true } as IntersectionObserverEntry], this as unknown as IntersectionObserver);
    }
  }
  return { Observer: FakeObserver as unknown as typeof IntersectionObserver, observers };
}

function manyReferences(count: number): string {
  const markers = Array.from(
    { length: count },
    (_, i) => `<p>Finding number ${i + 1} was reported.<sup><a href="#r${i + 1}">${i + 1}</a></sup></p>`,
  );
  const entries = Array.from(
    { length: count },
    (_, i) => `<li id="r${i + 1}">Author A. Title ${i + 1}. J Cardiol. 2020. PMID: ${30000000 + i}</li>`,
  );
  return `<html><body><article>${markers.join('')}<h2>References</h2><ol>${entries.join('')}</ol></article></body></html>`;
}

describe('LazyMounter', () => {
  it('mounts each anchor once when it comes into view, and forgets removed anchors', () => {
    const { Observer, observers } = fakeObserverClass();
    const lazy = new LazyMounter(Observer);
    const document = parseHtml('<p id="a">a</p><p id="b">b</p>');
    const [a, b] = [document.getElementById('a')!, document.getElementById('b')!];
    const mounted: string[] = [];
    lazy.observe(a, () => mounted.push('a1'));
    lazy.observe(a, () => mounted.push('a2'));
    lazy.observe(b, () => mounted.push('b'));
    observers[0]!.show(a);
    observers[0]!.show(a);
    expect(mounted).toEqual(['a1', 'a2']);
    b.remove();
    lazy.forgetDetached();
    expect(lazy.pending).toBe(0);
  });
});

describe('PageSession with many references', () => {
  it('mounts badges as their markers come into view, beyond the threshold only', async () => {
    const { Observer, observers } = fakeObserverClass();
    const document = parseHtml(manyReferences(12));
    (document.defaultView as unknown as { IntersectionObserver: unknown }).IntersectionObserver = Observer;
    const session = new PageSession(document, async () => undefined, { lazyThreshold: 10 });
    await session.start();
    expect(document.querySelectorAll('evidence-lens-badge')).toHaveLength(0);
    const firstMarker = document.querySelector('sup')!;
    observers[0]!.show(firstMarker);
    expect(document.querySelectorAll('evidence-lens-badge')).toHaveLength(1);
    expect(firstMarker.nextElementSibling?.localName).toBe('evidence-lens-badge');
    expect(firstMarker.nextElementSibling?.shadowRoot?.querySelector('button')).not.toBeNull();
    session.destroy();

    const few = parseHtml(manyReferences(4));
    (few.defaultView as unknown as { IntersectionObserver: unknown }).IntersectionObserver = Observer;
    const all = new PageSession(few, async () => undefined, { lazyThreshold: 10 });
    await all.start();
    expect(few.querySelectorAll('evidence-lens-badge')).toHaveLength(8);
    all.destroy();
  });
});
