import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'preact';
import { beforeAll, describe, expect, it } from 'vitest';
import { Badge } from '../../../components/page/Badge';
import { checkLabel } from '../../../components/page/CheckGroups';
import type { BadgeView } from '../../../lib/content/badge-view';
import { CHECK_LABELS } from '../../../lib/evidence/labels';
import type { SourceResult } from '../../../lib/shared/messages';
import { ENGLISH_MESSAGES, installEnglishMessages } from '../../helpers/messages';
import { PROJECT_ROOT } from '../../helpers/project-root';
import { makeRecord } from '../../helpers/source-record';

let messages: { missing: string[] };
beforeAll(() => {
  messages = installEnglishMessages();
});

const result: SourceResult = {
  key: 'doi:10.1000/x',
  state: 'resolved',
  record: makeRecord({ ids: { doi: '10.1000/x', pmid: null, pmcid: null, nct: [] }, title: 'T', year: 2020 }),
  assessment: { design: 'rct', level: '2', evidence: 'Publication type', confidence: 'high' },
};
const item = (over: Partial<BadgeView['items'][number]>): BadgeView['items'][number] => ({
  entryId: 'ref-1',
  number: 4,
  text: 'Entry',
  shortFormOf: null,
  result: null,
  pending: false,
  retrying: false,
  match: null,
  ...over,
});
const warning = { claimText: 'c', code: 'effect-misstated', severity: 'warning' as const, message: 'm', evidence: 'e', sourceName: null };

/** The text a sighted reader sees on the button, without what is hidden from assistive technology. */
function visibleWords(button: HTMLElement): string {
  const clone = button.cloneNode(true) as HTMLElement;
  for (const hidden of clone.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
  return clone.textContent?.trim() ?? '';
}

describe('Badge accessible names contain the visible label (label in name)', () => {
  it.each<[string, BadgeView]>([
    ['a flagged trial', { numbers: [4], items: [item({ result })], checks: [warning] }],
    ['a trial', { numbers: [4], items: [item({ result })], checks: [] }],
    ['a paragraph of claims', { numbers: [], items: [], checks: [warning, { ...warning, severity: 'info' }] }],
    ['a pending source', { numbers: [4], items: [item({ pending: true })], checks: [] }],
    ['a retrying source', { numbers: [4], items: [item({ retrying: true })], checks: [] }],
    ['an unresolved source', { numbers: [], items: [item({ number: null })], checks: [] }],
  ])('%s', (_, view) => {
    const container = document.createElement('div');
    render(<Badge view={view} expanded={false} onToggle={() => {}} />, container);
    const button = container.querySelector('button')!;
    const name = button.getAttribute('aria-label') ?? '';
    const words = visibleWords(button);
    expect(name.toLowerCase().startsWith(words.toLowerCase())).toBe(true);
    expect(name).toContain('Evidence Lens');
    expect(messages.missing).toEqual([]);
    render(null, container);
  });

  it('keeps the visible flag beside the design, hidden from the accessible name', () => {
    const container = document.createElement('div');
    render(<Badge view={{ numbers: [4], items: [item({ result })], checks: [warning] }} expanded={false} onToggle={() => {}} />, container);
    const button = container.querySelector('button')!;
    expect(button.textContent).toBe('◆RCT ⚑');
    expect(visibleWords(button)).toBe('RCT');
    expect(button.getAttribute('aria-label')).toBe(
      'RCT, Evidence Lens: reference 4, Randomised controlled trial; 1 issue with what the page says of it',
    );
  });
});

describe('the content side’s words', () => {
  it('has a message for every check code, the same words as the evidence labels', () => {
    for (const [code, label] of Object.entries(CHECK_LABELS)) expect(checkLabel(code)).toBe(label);
    expect(messages.missing).toEqual([]);
  });

  it('has every page.* message the content code asks for', () => {
    const files = ['components/page', 'lib/content'].flatMap((dir) =>
      readdirSync(join(PROJECT_ROOT, dir)).map((name) => readFileSync(join(PROJECT_ROOT, dir, name), 'utf8')),
    );
    const keys = files.flatMap((text) => [...text.matchAll(/'(page\.[a-zA-Z.]+)'/g)].map((m) => m[1]!));
    expect(keys.length).toBeGreaterThan(20);
    const missing = keys.filter((key) => !(key.replaceAll('.', '_') in ENGLISH_MESSAGES));
    expect(missing).toEqual([]);
  });
});
