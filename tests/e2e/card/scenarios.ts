import { describe, expect, it } from 'vitest';
import axe from 'axe-core';
import { screenshotPath } from '../support/screenshots';
import { PAGE_HELPERS, waitFor, type CardDriver, type CardPage } from './driver';

interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
  width: number;
  height: number;
}

/** Opens a page, installs the helpers and waits until `resolved` badges are resolved. */
async function openResolved(driver: CardDriver, path: string, resolved: number, options?: { width?: number; height?: number }) {
  const page = await driver.open(path, options);
  await page.evaluate(PAGE_HELPERS);
  const states = await waitFor(
    () => page.evaluate<string[]>('window.__el.states()'),
    (s) => s.filter((state) => state === 'resolved').length >= resolved,
  );
  expect(states.filter((state) => state === 'resolved').length).toBeGreaterThanOrEqual(resolved);
  return page;
}

const cardBox = (page: CardPage) => page.evaluate<Box | null>('window.__el.card() && window.__el.box(window.__el.card())');
const scrollHint = (page: CardPage) =>
  page.evaluate<{ overflows: boolean; more: boolean; hint: string }>(`(() => {
    const card = window.__el.card();
    return { overflows: card.scrollHeight > card.clientHeight, more: card.hasAttribute('data-more'), hint: getComputedStyle(card.querySelector('.el-more')).display };
  })()`);
const active = (page: CardPage) => page.evaluate<string>('window.__el.active()');

/** Scrolls so that the `index`th marker badge's top is at `y`, and returns the badge's box. */
async function badgeAt(page: CardPage, index: number, y: number): Promise<Box> {
  return page.evaluate<Box>(`(() => {
    const host = document.querySelectorAll('sup + evidence-lens-badge')[${index}];
    // Room to scroll the marker to any height, as on a longer article.
    document.body.style.paddingBottom = '1500px';
    document.body.style.paddingTop = '1000px';
    window.scrollBy(0, host.getBoundingClientRect().top - ${y});
    return window.__el.box(window.__el.button(host));
  })()`);
}

async function clickCenter(page: CardPage, box: Box): Promise<void> {
  await page.clickAt(box.left + box.width / 2, box.top + box.height / 2);
}

/**
 * The card and badges as a reader meets them, in one browser: placement near the bottom and at
 * 200% zoom, keyboard-only use, a page that restyles everything with !important, lines with
 * badges, a single-page-app navigation, axe, and screenshots light and dark. `dark` is the same
 * browser with the dark colour scheme and reduced motion set as a reader would.
 */
export function cardScenarios(light: () => CardDriver, dark: () => CardDriver): void {
  describe('the card near the bottom of the screen', () => {
    it('opens above a badge at 846 px of a 900 px viewport, wholly inside it, and hints that it scrolls', async () => {
      const page = await openResolved(light(), '/seed', 10);
      const badge = await badgeAt(page, 1, 846);
      expect(Math.abs(badge.top - 846)).toBeLessThan(4);
      await clickCenter(page, badge);
      const card = await waitFor(
        () => cardBox(page),
        (box) => box !== null && box.height > 0,
      );
      expect(card).not.toBeNull();
      expect(card!.bottom).toBeLessThanOrEqual(badge.top);
      expect(card!.top).toBeGreaterThanOrEqual(0);
      expect(card!.bottom).toBeLessThanOrEqual(900);
      expect(card!.right).toBeLessThanOrEqual(1100);
      await page.close();
    });

    it('fits a half-as-wide viewport (200% zoom) without leaving it or overflowing sideways', async () => {
      const page = await openResolved(light(), '/seed', 10, { width: 550, height: 450 });
      const badge = await badgeAt(page, 2, 400);
      await clickCenter(page, badge);
      const card = await waitFor(
        () => cardBox(page),
        (box) => box !== null && box.height > 0,
      );
      expect(card!.top).toBeGreaterThanOrEqual(0);
      expect(card!.bottom).toBeLessThanOrEqual(450);
      expect(card!.left).toBeGreaterThanOrEqual(0);
      expect(card!.right).toBeLessThanOrEqual(550);
      expect(await page.evaluate<boolean>('window.__el.card().scrollWidth <= window.__el.card().clientWidth')).toBe(true);
      // Taller than the room: it scrolls inside itself and says so until the reader reaches its end.
      expect(await scrollHint(page)).toEqual({ overflows: true, more: true, hint: 'block' });
      await page.evaluate('window.__el.card().scrollTop = 1e6; true');
      await waitFor(
        () => scrollHint(page),
        (h) => !h.more,
      );
      expect(await scrollHint(page)).toEqual({ overflows: true, more: false, hint: 'none' });
      await page.close();
    });
  });

  describe('keyboard only', () => {
    it('reaches a badge by Tab, opens it with Enter, keeps Tab inside, closes on Escape and returns to the badge', async () => {
      const page = await openResolved(light(), '/seed', 10);
      await page.evaluate('document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0); true');
      let at = '';
      for (let i = 0; i < 40 && !at.startsWith('evidence-lens-badge'); i += 1) {
        await page.press('Tab');
        at = await active(page);
      }
      expect(at).toBe('evidence-lens-badge > button.el-badge');
      await page.press('Enter');
      await waitFor(
        () => active(page),
        (a) => a.startsWith('evidence-lens-card'),
      );
      expect(await active(page)).toBe('evidence-lens-card > button.el-close');
      const name = await page.evaluate<string>(
        `(() => { const card = window.__el.card(); const id = card.getAttribute('aria-labelledby'); return card.getAttribute('aria-modal') + ' ' + card.getRootNode().getElementById(id).textContent; })()`,
      );
      expect(name).toMatch(/^true Evidence Lens: Reference \d/);
      for (let i = 0; i < 25; i += 1) {
        await page.press('Tab');
        expect(await active(page)).toMatch(/^evidence-lens-card > /);
      }
      for (let i = 0; i < 6; i += 1) {
        await page.press('Tab', true);
        expect(await active(page)).toMatch(/^evidence-lens-card > /);
      }
      await page.press('Escape');
      await waitFor(
        () => cardBox(page),
        (box) => box === null,
      );
      expect(await cardBox(page)).toBeNull();
      expect(await active(page)).toBe('evidence-lens-badge > button.el-badge');
      await page.press(' ');
      await waitFor(
        () => active(page),
        (a) => a.startsWith('evidence-lens-card'),
      );
      expect(await cardBox(page)).not.toBeNull();
      await page.clickAt(1050, 20);
      await waitFor(
        () => cardBox(page),
        (box) => box === null,
      );
      expect(await cardBox(page)).toBeNull();
      await page.close();
    });
  });

  describe('pages that fight the badges', () => {
    it('keeps badges and card intact on a page that restyles every element with !important', async () => {
      const page = await openResolved(light(), '/pages/card-important.html', 2);
      const badge = await page.evaluate<{ display: string; font: string; height: number }>(`(() => {
        const host = document.querySelector('sup + evidence-lens-badge');
        const button = window.__el.button(host);
        const style = getComputedStyle(button);
        return { display: getComputedStyle(host).display, font: style.fontFamily, height: button.getBoundingClientRect().height };
      })()`);
      expect(badge.display).toBe('inline');
      expect(badge.font).not.toMatch(/comic/i);
      expect(badge.height).toBeLessThanOrEqual(20);
      const box = await page.evaluate<Box>(`window.__el.box(window.__el.button(document.querySelector('sup + evidence-lens-badge')))`);
      await clickCenter(page, box);
      const card = await waitFor(
        () => cardBox(page),
        (b) => b !== null && b.height > 0,
      );
      expect(card!.width).toBeGreaterThan(300);
      const styles = await page.evaluate<{ position: string; font: string; text: string }>(`(() => {
        const host = document.querySelector('evidence-lens-card');
        const card = window.__el.card();
        return { position: getComputedStyle(host).position, font: getComputedStyle(card).fontFamily, text: card.innerText };
      })()`);
      expect(styles.position).toBe('fixed');
      expect(styles.font).not.toMatch(/comic/i);
      expect(styles.text).toContain('Efficacy and Safety of Ultrahigh-Dose Methylcobalamin');
      await page.close();
    });

    it('keeps each badge on its marker’s line, and a line with a badge grows by 4 px at most', async () => {
      const page = await openResolved(light(), '/pages/card-lines.html', 10);
      const layout = await page.evaluate<{ grown: number; apart: number[]; lines: number }>(`(() => {
        const grown = document.getElementById('with-badge').getBoundingClientRect().height - document.getElementById('without-badge').getBoundingClientRect().height;
        const apart = [...document.querySelectorAll('p.w')].map((p) => {
          const sup = p.querySelector('sup').getBoundingClientRect();
          const button = window.__el.button(p.querySelector('evidence-lens-badge')).getBoundingClientRect();
          return Math.abs((button.top + button.bottom) / 2 - (sup.top + sup.bottom) / 2) > 14 ? 1 : 0;
        });
        return { grown, apart, lines: apart.length };
      })()`);
      expect(layout.lines).toBe(40);
      expect(layout.apart.filter(Boolean)).toEqual([]);
      expect(layout.grown).toBeLessThanOrEqual(4);
      await page.close();
    });

    it('drops the old article’s badges and badges the new one after a single-page-app navigation', async () => {
      const page = await openResolved(light(), '/pages/card-spa.html', 2);
      await page.evaluate('window.navigateToNextArticle(); true');
      const placed = await waitFor(
        () =>
          page.evaluate<{ inNew: number; resolved: number; total: number }>(`(() => {
            const hosts = window.__el.hosts();
            return { inNew: hosts.filter((h) => document.getElementById('second').contains(h)).length, resolved: window.__el.states().filter((s) => s === 'resolved').length, total: hosts.length };
          })()`),
        (s) => s.inNew === 4 && s.resolved === 4,
      );
      expect(placed).toEqual({ inNew: 4, resolved: 4, total: 4 });
      expect(await page.evaluate<string>('location.search')).toBe('?article=2');
      await page.close();
    });
  });

  describe('accessibility and colour schemes', () => {
    for (const scheme of ['light', 'dark'] as const) {
      it(`passes axe with badges and an open card, ${scheme}`, async () => {
        const driver = scheme === 'light' ? light() : dark();
        const page = await openResolved(driver, '/seed', 10);
        const badge = await badgeAt(page, 2, 120);
        await clickCenter(page, badge);
        await waitFor(
          () => cardBox(page),
          (b) => b !== null && b.height > 0,
        );
        const colours = await page.evaluate<{ card: string; badge: string; animation: string }>(`(() => {
          const button = window.__el.button(document.querySelectorAll('sup + evidence-lens-badge')[0]);
          button.dataset.revealed = '';
          return { card: getComputedStyle(window.__el.card()).backgroundColor, badge: getComputedStyle(button).backgroundColor, animation: getComputedStyle(button).animationName };
        })()`);
        expect(colours.card).toBe(scheme === 'light' ? 'rgb(255, 255, 255)' : 'rgb(30, 31, 34)');
        expect(colours.badge).toBe(scheme === 'light' ? 'rgb(232, 238, 247)' : 'rgb(31, 45, 68)');
        expect(colours.animation).toBe(scheme === 'light' ? 'el-pulse' : 'none');
        await page.evaluate(`delete window.__el.button(document.querySelectorAll('sup + evidence-lens-badge')[0]).dataset.revealed; true`);
        expect(await seriousViolationsInOurs(page)).toEqual([]);
        await page.screenshot(screenshotPath(`${driver.name}-card-${scheme}.png`));
        await page.close();
      });
    }
  });
}

/**
 * The serious and critical axe-core violations (WCAG 2.x A and AA, best practice) in the badges
 * and the card, shadow trees included. The seed page's own faults (a grey view counter) are its
 * publisher's, not the extension's, so the run is limited to the extension's elements.
 */
async function seriousViolationsInOurs(page: CardPage): Promise<Array<{ id: string; impact: string; targets: unknown }>> {
  await page.evaluate(`${axe.source};void 0`);
  const found = await page.evaluate<string>(`axe
    .run({ include: [...document.querySelectorAll('evidence-lens-badge, evidence-lens-card')] }, { resultTypes: ['violations'], runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } })
    .then((r) => JSON.stringify(r.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target) }))))`);
  return (JSON.parse(found) as Array<{ id: string; impact: string; targets: unknown }>).filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
}
