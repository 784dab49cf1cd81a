import { describe, expect, it } from 'vitest';
import type { BadgeView } from '../../../lib/content/badge-view';
import { cardLoader } from '../../../lib/content/card-loader';
import { LazyCard, type CardSurface } from '../../../lib/content/lazy-card';
import { scannerSlot } from '../../../lib/content/scanner-slot';
import { parseHtml } from '../../helpers/dom';

/** A card that records what it was asked to do. */
class RecordingCard implements CardSurface {
  onClose?: () => void;
  openFor: HTMLElement | null = null;
  readonly calls: string[] = [];
  open(anchor: HTMLElement, view: BadgeView): void {
    this.openFor = anchor;
    this.calls.push(`open ${anchor.id} ${(view as unknown as { name: string }).name}`);
  }
  update(view: BadgeView): void {
    this.calls.push(`update ${(view as unknown as { name: string }).name}`);
  }
  close(): void {
    this.openFor = null;
    this.calls.push('close');
    this.onClose?.();
  }
  destroy(): void {
    this.calls.push('destroy');
  }
}

const view = (name: string) => ({ name }) as unknown as BadgeView;

function setup() {
  const document = parseHtml('<p><button id="a">1</button><button id="b">2</button></p>');
  const a = document.getElementById('a') as HTMLElement;
  const b = document.getElementById('b') as HTMLElement;
  const real = new RecordingCard();
  let loads = 0;
  let release!: () => void;
  const ready = new Promise<void>((done) => (release = done));
  const lazy = new LazyCard(document, async () => {
    loads += 1;
    await ready;
    return () => real;
  });
  return { a, b, real, lazy, release, loads: () => loads };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the card loaded on first use', () => {
  it('loads once, and shows the latest view of the badge asked for once it has loaded', async () => {
    const { a, b, real, lazy, release, loads } = setup();
    lazy.open(a, view('first'));
    expect(lazy.openFor).toBe(a);
    lazy.update(view('newer'));
    lazy.open(b, view('second'));
    release();
    await settle();
    expect(loads()).toBe(1);
    expect(real.calls).toEqual(['open b second']);
    lazy.open(a, view('third'));
    expect(real.calls.at(-1)).toBe('open a third');
    expect(loads()).toBe(1);
  });

  it('closed before it loaded: shows nothing and tells the badge it closed', async () => {
    const { a, real, lazy, release } = setup();
    let closed = 0;
    lazy.onClose = () => (closed += 1);
    lazy.open(a, view('first'));
    lazy.close();
    expect(lazy.openFor).toBeNull();
    release();
    await settle();
    expect(real.calls).toEqual([]);
    expect(closed).toBe(1);
    real.openFor = a;
    real.close();
    expect(closed).toBe(2);
  });

  it('when the card cannot load, the badge is told it closed and a later click tries again', async () => {
    const document = parseHtml('<button id="a">1</button>');
    const a = document.getElementById('a') as HTMLElement;
    let tries = 0;
    const lazy = new LazyCard(document, async () => {
      tries += 1;
      throw new Error('refused');
    });
    let closed = 0;
    lazy.onClose = () => (closed += 1);
    lazy.open(a, view('first'));
    await settle();
    expect(closed).toBe(1);
    expect(lazy.openFor).toBeNull();
    lazy.open(a, view('again'));
    await settle();
    expect(tries).toBe(2);
  });

  it('destroyed while loading: the card is never made', async () => {
    const { a, real, lazy, release } = setup();
    lazy.open(a, view('first'));
    lazy.destroy();
    release();
    await settle();
    expect(real.calls).toEqual([]);
  });
});

describe('cardLoader', () => {
  it('asks the background for the card once and returns the factory its script registered', async () => {
    const scope = {};
    const slot = scannerSlot(scope);
    const sent: unknown[] = [];
    const factory = () => new RecordingCard();
    const load = cardLoader(slot, async (message) => {
      sent.push(message);
      slot.createCard = factory;
      return { loaded: true };
    });
    expect(await load()).toBe(factory);
    expect(await load()).toBe(factory);
    expect(sent).toEqual([{ type: 'loadCard' }]);
  });

  it('rejects when the script did not arrive', async () => {
    const slot = scannerSlot({});
    await expect(cardLoader(slot, async () => ({ loaded: false }))()).rejects.toThrow(/could not be loaded/);
  });
});
