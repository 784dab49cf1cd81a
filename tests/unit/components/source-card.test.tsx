import { render } from 'preact';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Badge } from '../../../components/page/Badge';
import { SourceCard } from '../../../components/page/SourceCard';
import type { BadgeView } from '../../../lib/content/badge-view';
import type { SourceResult } from '../../../lib/shared/messages';
import { installEnglishMessages } from '../../helpers/messages';
import { makeRecord } from '../../helpers/source-record';

beforeAll(() => installEnglishMessages());

const hostile = '<img src=x onerror="window.__pwned=1">Vitamin <b>B12</b>';
const result: SourceResult = {
  key: 'doi:10.1000/x',
  state: 'resolved',
  record: makeRecord({
    ids: { doi: '10.1000/x', pmid: '123', pmcid: null, nct: [] },
    title: hostile,
    journal: '<script>alert(1)</script>',
    year: 2020,
    fullTextUrl: 'javascript:alert(1)',
  }),
  assessment: { design: 'rct', level: '2', evidence: 'Publication type: <i>RCT</i>', confidence: 'high' },
};
const view = (items: BadgeView['items']): BadgeView => ({ numbers: items.flatMap((i) => (i.number ? [i.number] : [])), items, checks: [] });
const item = (over: Partial<BadgeView['items'][number]>) => ({
  entryId: 'ref-1',
  number: 1,
  text: 'Entry',
  shortFormOf: null,
  result: null,
  pending: false,
  retrying: false,
  match: null,
  ...over,
});

let container: HTMLElement;
afterEach(() => {
  render(null, container);
  container.remove();
});
function mount(node: preact.ComponentChild): HTMLElement {
  container = document.createElement('div');
  document.body.append(container);
  render(node, container);
  return container;
}

describe('SourceCard', () => {
  it('shows claim checks above the source, as text, and a paragraph card when it has no source', () => {
    const check = {
      claimText: hostile,
      code: 'effect-misstated',
      severity: 'warning' as const,
      message: hostile,
      evidence: `Page: “${hostile}”`,
      sourceName: null,
    };
    const root = mount(<SourceCard view={{ ...view([item({ result })]), checks: [check] }} onClose={() => {}} />);
    expect(root.querySelector('img, script, b')).toBeNull();
    expect(root.querySelector('.el-checks')?.textContent).toContain('Result misstated');
    expect(root.querySelector('.el-checks')?.compareDocumentPosition(root.querySelector('.el-ref')!)).toBe(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
    render(null, container);
    render(<SourceCard view={{ numbers: [], items: [], checks: [check] }} onClose={() => {}} />, container);
    expect(container.textContent).toContain('Claims in this paragraph');
    expect(container.textContent).toContain('Checked against the studies the page cites');
  });

  it('labels a paragraph badge with its number of checks, and a source badge with a flag when a claim misstates it', () => {
    const warning = { claimText: 'c', code: 'hype-language', severity: 'warning' as const, message: 'm', evidence: 'e', sourceName: null };
    const paragraph = mount(<Badge view={{ numbers: [], items: [], checks: [warning] }} expanded={false} onToggle={() => {}} />);
    expect(paragraph.querySelector('button')?.dataset.state).toBe('claims-warning');
    expect(paragraph.textContent).toContain('⚑ 1');
    render(<Badge view={{ ...view([item({ result })]), checks: [warning] }} expanded={false} onToggle={() => {}} />, container);
    expect(container.querySelector('button')?.textContent).toBe('◆RCT ⚑');
    expect(container.querySelector('button')?.getAttribute('aria-label')).toContain('1 issue with what the page says of it');
  });

  it('renders page and API strings as text, never as markup', () => {
    const root = mount(<SourceCard view={view([item({ result })])} onClose={() => {}} />);
    expect(root.querySelector('img, script, b, i')).toBeNull();
    expect(root.textContent).toContain(hostile);
    expect(root.textContent).toContain('Publication type: <i>RCT</i>');
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('links only to URLs built from validated identifiers, never to a javascript: URL', () => {
    const root = mount(<SourceCard view={view([item({ result })])} onClose={() => {}} />);
    const hrefs = [...root.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['https://doi.org/10.1000/x', 'https://pubmed.ncbi.nlm.nih.gov/123/']);
  });

  it('is a labelled dialog that closes on Escape', () => {
    let closed = false;
    const root = mount(<SourceCard view={view([item({ result })])} onClose={() => (closed = true)} />);
    const dialog = root.querySelector('[role="dialog"]')!;
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(root.querySelector(`#${dialog.getAttribute('aria-labelledby')}`)?.textContent).toBe('Evidence Lens: Reference 1');
    dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(closed).toBe(true);
  });

  it.each([
    ['unavailable', { ...result, state: 'unavailable' as const, record: null, assessment: null }, 'the scholarly database did not answer'],
    ['not found', { ...result, state: 'not-found' as const, record: null, assessment: null }, 'no scholarly database knows its identifier'],
  ])('says clearly when a source is %s', (_, failed, words) => {
    const root = mount(<SourceCard view={view([item({ result: failed })])} onClose={() => {}} />);
    expect(root.textContent).toContain(words);
  });

  it('explains a short form and a reference without identifiers', () => {
    const root = mount(
      <SourceCard
        view={view([item({ number: 3, text: 'Oki et al. 2022', shortFormOf: 2, result }), item({ entryId: 'ref-9', number: 9 })])}
        onClose={() => {}}
      />,
    );
    expect(root.textContent).toContain('“Oki et al. 2022” is a short form of reference 2.');
    expect(root.textContent).toContain('has no DOI, PubMed or PMC identifier');
  });
});

describe('Badge', () => {
  it.each([
    ['resolved', item({ result }), 'RCT', 'RCT, Evidence Lens: reference 1, Randomised controlled trial'],
    ['pending', item({ pending: true }), '…', 'Looking up, Evidence Lens: reference 1'],
    ['failed', item({}), '?', 'Not resolved, Evidence Lens: could not resolve reference 1'],
    ['retrying', item({ retrying: true }), '↻', 'Retrying, Evidence Lens: service unavailable for reference 1'],
  ])('shows the %s state with an accessible name', (state, badgeItem, label, name) => {
    const root = mount(<Badge view={view([badgeItem])} expanded={false} onToggle={() => {}} />);
    const button = root.querySelector('button')!;
    expect(button.getAttribute('data-state')).toBe(state);
    expect(button.textContent).toBe(`◆${label}`);
    expect(button.getAttribute('aria-label')).toBe(name);
    expect(button.getAttribute('aria-haspopup')).toBe('dialog');
  });
});

describe('SourceCard notices', () => {
  it('shows a retraction with its date, source and a link to the notice', () => {
    const retracted: SourceResult = {
      ...result,
      record: makeRecord({
        ids: { doi: '10.1016/s0140-6736(97)11096-0', pmid: null, pmcid: null, nct: [] },
        title: 'Ileal-lymphoid-nodular hyperplasia',
        notices: [
          { type: 'retraction', date: '2010-02-06', noticeDoi: '10.1016/s0140-6736(10)60175-4', source: 'Crossref (retraction-watch)' },
        ],
      }),
    };
    const root = mount(<SourceCard view={view([item({ result: retracted })])} onClose={() => {}} />);
    expect(root.querySelector('.el-notice')?.textContent).toBe('Retracted (2010-02-06) · Crossref (retraction-watch) · notice');
    expect(root.querySelector('.el-notice a')?.getAttribute('href')).toBe('https://doi.org/10.1016/s0140-6736(10)60175-4');
  });
});
