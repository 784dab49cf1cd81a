import { expect } from 'vitest';
import type { Tab } from '../drivers/types';

/** The text of the element with `data-testid`, as the reader sees it ('' when there is none). */
export const byTestId = async (tab: Tab, id: string): Promise<string> => (await tab.contents(`[data-testid="${id}"]`)).join('\n');

/** Puts the focus at the top of the popup, where a keyboard user starts. */
export const focusTop = (popup: Tab) =>
  popup.evaluate(() => {
    const heading = document.querySelector('h1')!;
    heading.tabIndex = -1;
    heading.focus();
    heading.removeAttribute('tabindex');
  });

/** Presses Tab `times` times and returns each element reached. */
export async function tabThrough(popup: Tab, times: number): Promise<string[]> {
  const seen: string[] = [];
  for (let i = 0; i < times; i += 1) {
    await popup.press('Tab');
    seen.push(await popup.focused());
  }
  return seen;
}

/** Whether the popup section `id` is open. */
export const isOpen = async (popup: Tab, id: string) => (await popup.attributes(`#${id}`, 'open'))[0] !== null;

/** Opens or closes every section, so axe sees everything. */
export const openAll = (popup: Tab, open: boolean) =>
  popup.evaluate((value) => document.querySelectorAll('details').forEach((d) => (d.open = value)), open);

/** The body's background colour. */
export const background = (tab: Tab) => tab.evaluate(() => getComputedStyle(document.body).backgroundColor);

/** The animation the retrying spinner would run. */
export const spinAnimation = (tab: Tab) =>
  tab.evaluate(() => {
    const probe = Object.assign(document.createElement('span'), { className: 'el-spin' });
    document.body.append(probe);
    const name = getComputedStyle(probe).animationName;
    probe.remove();
    return name;
  });

/** Waits until the unresolved sources' entries are shown and returns their text and links. */
export async function unresolvedEntries(popup: Tab): Promise<Array<{ text: string; links: string[]; buttons: string[] }>> {
  await expect.poll(() => popup.count('[data-testid="unresolved"]')).toBeGreaterThan(0);
  return popup.evaluate(() =>
    [...document.querySelectorAll('[data-testid="unresolved"]')].map((node) => ({
      text: (node as HTMLElement).innerText,
      links: [...node.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? ''),
      buttons: [...node.querySelectorAll('button')].map((button) => (button.textContent ?? '').trim()),
    })),
  );
}

/** Dark popup and options backgrounds, as their styles set them. */
export const DARK_POPUP = 'rgb(28, 30, 33)';
export const DARK_OPTIONS = 'rgb(21, 22, 24)';
export const LIGHT = 'rgb(255, 255, 255)';

/** Waits until `check` holds, in a hook (where `expect.poll` is not allowed). */
export async function waitUntil(check: () => Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
