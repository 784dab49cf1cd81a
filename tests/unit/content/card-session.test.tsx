import { beforeAll, describe, expect, it } from 'vitest';
import { CardPopover } from '../../../lib/content/card-popover';
import { PageSession } from '../../../lib/content/page-session';
import { handleMessage } from '../../../lib/background/handle-message';
import { SourceCache } from '../../../lib/resolver/cache';
import { SourceResolver } from '../../../lib/resolver/resolve-sources';
import { replayFetch } from '../../helpers/api-replay';
import { parseHtml } from '../../helpers/dom';
import { installEnglishMessages } from '../../helpers/messages';
import { MemoryStore } from '../../helpers/memory-store';
import { readShared } from '../../helpers/shared-data';

let messages: { missing: string[] };
beforeAll(() => {
  messages = installEnglishMessages();
});

function session(html: string, options: ConstructorParameters<typeof PageSession>[2] = {}) {
  const document = parseHtml(html);
  const deps = { fetch: replayFetch(), cache: new SourceCache(new MemoryStore(), () => 0), now: () => new Date(0) };
  const pageSession = new PageSession(document, async (message) => handleMessage(message, { id: 'me' }, 'me', new SourceResolver(deps)), {
    createCard: (page) => new CardPopover(page),
    ...options,
  });
  return { document, pageSession };
}

const seed = () => readShared('seed/greenmedinfo-als-b12.html');
const card = (document: Document) =>
  document.querySelector('evidence-lens-card')?.shadowRoot?.querySelector<HTMLElement>('[role="dialog"]');
const markerButton = (document: Document, index: number) =>
  document.querySelectorAll('sup + evidence-lens-badge')[index]!.shadowRoot!.querySelector('button')!;

describe('the card of a marker on the seed', () => {
  it('quotes the claim once however many checks it had, and names the study it was checked against', async () => {
    const { document, pageSession } = session(seed());
    await pageSession.start();
    markerButton(document, 2).click();
    const dialog = card(document)!;
    const text = dialog.textContent ?? '';
    const claim = 'those taking methylcobalamin retained over 40% more functional abilities';
    expect(dialog.querySelectorAll('[data-testid="claim-check"]').length).toBeGreaterThanOrEqual(2);
    expect(text.split(claim).length - 1).toBe(1);
    expect(dialog.querySelector('.el-checked-against')?.textContent).toMatch(/^Checked against Oki et al\., 2022 · Efficacy and Safety/);
    expect(text).toContain('least-squares mean change in ALSFRS-R total score');
    expect(messages.missing).toEqual([]);
    pageSession.destroy();
  });

  it('is a modal dialog that takes focus, closes on Escape and a click outside, and gives focus back to its badge', async () => {
    const { document, pageSession } = session(seed());
    await pageSession.start();
    const button = markerButton(document, 1);
    button.click();
    const dialog = card(document)!;
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    const root = dialog.getRootNode() as ShadowRoot;
    expect(root.activeElement?.classList.contains('el-close')).toBe(true);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(card(document)).toBeFalsy();
    expect(button.getRootNode() instanceof ShadowRoot && (button.getRootNode() as ShadowRoot).activeElement).toBe(button);
    expect(markerButton(document, 1).getAttribute('aria-expanded')).toBe('false');
    markerButton(document, 1).click();
    expect(card(document)).toBeTruthy();
    document.querySelector('h1, p')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(card(document)).toBeFalsy();
    pageSession.destroy();
  });
});

describe('reveal', () => {
  it('opens the card of the reference entry or claim the popup points at, and ignores a malformed request', async () => {
    const { document, pageSession } = session(seed());
    await pageSession.start();
    expect(pageSession.reveal({ type: 'reveal', referenceId: 'ref-2' })).toBe(true);
    expect(card(document)?.textContent).toContain('Reference 2');
    const claimIndex = pageSession.report().claims.findIndex((c) => c.text.includes('over 40% more functional abilities'));
    expect(pageSession.reveal({ type: 'reveal', claim: claimIndex })).toBe(true);
    expect(card(document)?.textContent).toContain('Reference 3');
    const highlighted = [...document.querySelectorAll('evidence-lens-badge')].filter((h) =>
      h.shadowRoot?.querySelector('button[data-revealed]'),
    );
    expect(highlighted.length).toBeGreaterThanOrEqual(1);
    expect(pageSession.reveal({ type: 'reveal', claim: -1 })).toBe(false);
    expect(pageSession.reveal({ type: 'reveal', referenceId: 'ref-2', extra: '<script>' })).toBe(false);
    expect(pageSession.reveal({ type: 'reveal', referenceId: 'no-such-entry' })).toBe(false);
    pageSession.destroy();
  });
});

describe('single-page navigation', () => {
  it('drops the badges of a replaced article and badges the new one', async () => {
    const { document, pageSession } = session(seed(), { watch: true, quietMs: 10 });
    await pageSession.start();
    expect(document.querySelectorAll('evidence-lens-badge').length).toBe(13);
    markerButton(document, 0).click();
    const article = document.querySelector('article') ?? document.body.firstElementChild!;
    const next = document.createElement('article');
    next.innerHTML =
      '<h1>Statins after a heart attack</h1><p>In a trial of 4,444 patients, simvastatin reduced deaths by 30%.<sup><a href="#r1">1</a></sup></p>' +
      '<h2>References</h2><ol class="references"><li id="r1">Scandinavian Simvastatin Survival Study Group. Lancet. 1994. doi:10.1001/jamaneurol.2022.0901</li></ol>';
    article.replaceWith(next);
    await expect.poll(() => document.querySelectorAll('evidence-lens-badge').length, { timeout: 3000 }).toBe(2);
    expect(card(document)).toBeFalsy();
    expect([...document.querySelectorAll('evidence-lens-badge')].every((host) => next.contains(host))).toBe(true);
    pageSession.destroy();
  });
});
