import { render } from 'preact';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Popup, type PopupEnv } from '../../../components/popup/Popup';
import type { PageReport, SourceResult } from '../../../lib/shared/messages';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/shared/settings';
import { settingsStore } from '../../../lib/shared/settings-store';
import { installEnglishMessages } from '../../helpers/messages';
import { makeClaim, makeReference, makeReport, resolvedResult, unavailableResult } from '../../helpers/page-report';

let messages: { missing: string[] };
beforeAll(() => {
  messages = installEnglishMessages();
});

/** Waits until `check` holds (a dynamic import of the export library takes a while the first time). */
async function waitFor(check: () => boolean, timeoutMs = 5000) {
  const deadline = Date.now() + timeoutMs;
  while (!check() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
}

async function settle() {
  for (let i = 0; i < 8; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
}

/** An environment where the page reports `report`, the background answers with `resolve`, and settings live in memory. */
function fakeEnv(report: PageReport, resolve: (keys: readonly string[]) => SourceResult[], settings: Settings = DEFAULT_SETTINGS) {
  const stored: Record<string, unknown> = { settings };
  const calls = {
    rescans: 0,
    scansAsked: 0,
    revealed: [] as unknown[],
    resolved: [] as string[][],
    downloads: [] as Array<{ file: string; text: string }>,
    copied: [] as string[],
  };
  const timers: Array<() => void> = [];
  const env: PopupEnv = {
    findTab: async () => ({ id: 7, site: 'news.example.org' }),
    loadReport: async () => ({ kind: 'report', report }),
    settings: settingsStore({
      get: async (keys) => Object.fromEntries(keys.map((k) => [k, stored[k]])),
      set: async (items) => void Object.assign(stored, items),
    }),
    resolve: async (keys) => (calls.resolved.push([...keys]), resolve(keys)),
    rescan: async () => (calls.rescans++, 'reloaded'),
    reveal: (_tab, target) => void calls.revealed.push(target),
    askToScan: async () => void calls.scansAsked++,
    openOptions: () => {},
    exportEffects: {
      copy: async (text) => void calls.copied.push(text),
      download: (file, _type, text) => void calls.downloads.push({ file, text }),
    },
    // Timers are held, so a test decides when the popup's retry happens.
    timers: { setTimeout: (run) => timers.push(run), clearTimeout: () => {} },
  };
  return { env, calls, stored, timers };
}

const container = document.createElement('div');
document.body.append(container);
afterEach(() => render(null, container));

const offline = makeReport({
  title: 'Statins and strokes',
  references: [
    makeReference({
      id: 'cite_note-1',
      number: 1,
      text: 'Heart Protection Study Group. Lancet. 2002;360:7-22. doi:10.1016/S0140-6736(02)09327-3',
      keys: ['doi:10.1016/s0140-6736(02)09327-3'],
      result: unavailableResult('doi:10.1016/s0140-6736(02)09327-3'),
    }),
    makeReference({ id: 'cite_note-2', number: 2, text: 'Smith A. A cohort of statin users. Cardiology Weekly 2019.' }),
  ],
  claims: [
    makeClaim('A large trial found statins cut strokes by 25%.', ['cite_note-1']),
    makeClaim('Observational data agree.', ['cite_note-2']),
  ],
  evaluation: { claimChecks: [], checklist: [], summary: '2 sources: 2 not resolved; 2 claims checked, 0 with issues' },
});

describe('Popup, offline', () => {
  it('never says "0 with issues" for claims it could not check, and says it is retrying', async () => {
    const { env, calls, timers } = fakeEnv(offline, (keys) => keys.map(unavailableResult));
    render(<Popup env={env} />, container);
    await settle();
    const text = container.textContent ?? '';
    expect(text).not.toMatch(/0 with issues|no issue found/);
    expect(text).toContain('none could be checked against a source yet');
    expect(text).toContain('1 claim not checked yet: its source\u2019s service did not answer, retrying'.replace('\u2019', "'"));
    expect(text).toContain('1 claim not checked: its source could not be found in any database');
    expect(container.querySelector('[data-testid="retrying"]')?.textContent).toContain('Service unavailable, retrying');
    // The popup's own retry, and its next look at the page, which is waiting for the service too.
    expect(timers).toHaveLength(2);
    timers.splice(0).forEach((run) => run());
    await settle();
    expect(calls.resolved).toEqual([['doi:10.1016/s0140-6736(02)09327-3']]);
  });

  it('says "retrying" for as long as the page asks the service again, then that it could not check', async () => {
    const { env, timers } = fakeEnv(offline, (keys) => keys.map(unavailableResult));
    render(<Popup env={env} />, container);
    await settle();
    const retrying = () => container.querySelector('[data-testid="retrying"]') !== null;
    // Past the popup's own two retries: the page still retries, and the popup follows it.
    for (let round = 0; round < 4; round += 1) {
      timers.splice(0).forEach((run) => run());
      await settle();
    }
    expect(retrying()).toBe(true);
    for (let round = 0; round < 40 && timers.length > 0; round += 1) {
      timers.splice(0).forEach((run) => run());
      await settle();
    }
    expect(timers).toHaveLength(0);
    expect(retrying()).toBe(false);
    expect(container.textContent).toContain('not checked (service unavailable)');
    expect(container.textContent).not.toMatch(/0 with issues|no issue found/);
  });

  it('shows an unresolved source’s reference text, identifier and links, and tries again when asked', async () => {
    const { env, calls } = fakeEnv(offline, (keys) => keys.map(unavailableResult));
    render(<Popup env={env} />, container);
    await settle();
    container.querySelector<HTMLElement>('#el-sources > summary')!.click();
    await settle();
    const [first, second] = [...container.querySelectorAll('[data-testid="unresolved"]')];
    expect(first!.textContent).toContain('Heart Protection Study Group. Lancet. 2002');
    expect(first!.textContent).toContain('DOI 10.1016/s0140-6736(02)09327-3');
    const hrefs = [...first!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toContain('https://doi.org/10.1016/s0140-6736(02)09327-3');
    expect(hrefs).toContain('https://pubmed.ncbi.nlm.nih.gov/?term=10.1016%2Fs0140-6736(02)09327-3%5Bdoi%5D');
    expect(hrefs.some((href) => href?.startsWith('https://pubmed.ncbi.nlm.nih.gov/?term=Heart%20Protection%20Study%20Group.'))).toBe(true);
    expect(second!.textContent).toContain('this reference has no DOI, PubMed or trial number');
    expect(second!.querySelector('button')).toBeNull();
    first!.querySelector('button')!.click();
    await settle();
    expect(calls.resolved).toEqual([['doi:10.1016/s0140-6736(02)09327-3']]);
  });
});

describe('Popup, a checked page', () => {
  const checked = makeReport({
    title: 'Vitamin B12 and ALS',
    references: [makeReference({ id: 'r2', number: 2, keys: ['pmid:35532908'], result: resolvedResult('pmid:35532908') })],
    claims: [makeClaim('The trial showed 43% less decline.', ['r2']), makeClaim('Another finding.', ['r2'])],
    evaluation: {
      claimChecks: [
        { claim: 0, referenceId: 'r2', code: 'effect-misstated', severity: 'warning', message: 'It reports less decline.', evidence: 'e' },
      ],
      checklist: [{ criterion: 'sources-cited', answer: 'yes', evidence: '1 reference' }],
      summary: '',
    },
  });

  it('answers first, then keeps details in closed sections with counts; a warning jumps to its claim', async () => {
    const { env, calls } = fakeEnv(checked, () => []);
    render(<Popup env={env} />, container);
    await settle();
    expect(container.querySelector('[data-testid="verdict-claims"]')!.textContent).toBe(
      '2 claims about studies · 1 with issues · 1 checked against their sources, no issue found'.replace('their sources', 'its source'),
    );
    const sections = [...container.querySelectorAll<HTMLDetailsElement>('details.el-section')];
    expect(sections.map((s) => s.querySelector('summary')!.textContent)).toEqual([
      'Claims about studies2',
      'Sources, strongest first1',
      'Checklist1 of 1 good',
      'Disclaimers and disclosures0',
      'Copy or export the sources1',
      'Look up a study',
      'What the badges mean',
    ]);
    expect(sections.every((s) => !s.open)).toBe(true);
    container.querySelector<HTMLAnchorElement>('[data-testid="top-warning"] a')!.click();
    await settle();
    expect(container.querySelector<HTMLDetailsElement>('#el-claims')!.open).toBe(true);
    expect(calls.revealed).toEqual([{ claim: 0 }]);
    expect(container.querySelector('#el-claim-0')!.textContent).toContain('cites (2)');
  });

  it('keeps following a page that is read for long, and shows its report once it is done', async () => {
    const { env, timers } = fakeEnv(checked, () => []);
    let asked = 0;
    // Far more looks than a fixed limit of polls allowed: a busy machine reading a page in a background tab.
    env.loadReport = async () => ({ kind: 'report', report: (asked += 1) < 200 ? makeReport({ status: 'scanning' }) : checked });
    render(<Popup env={env} />, container);
    await settle();
    while (asked < 200 && timers.length > 0) {
      timers.shift()!();
      await settle();
    }
    expect(asked).toBe(200);
    expect(container.querySelector('[data-testid="verdict"]')).not.toBeNull();
    expect(container.textContent).not.toMatch(/reading the page/i);
  });

  it('asks the page to be read when the reader reads only on click, and not otherwise', async () => {
    const automatic = fakeEnv(checked, () => []);
    render(<Popup env={automatic.env} />, container);
    await settle();
    expect(automatic.calls.scansAsked).toBe(0);
    render(null, container);
    const onClick = fakeEnv(checked, () => [], { ...DEFAULT_SETTINGS, activation: 'on-click' });
    render(<Popup env={onClick.env} />, container);
    await settle();
    expect(onClick.calls.scansAsked).toBe(1);
    expect(onClick.calls.rescans).toBe(0);
  });

  it('puts the level in plain words on a scale of 5', async () => {
    const { env } = fakeEnv(checked, () => []);
    render(<Popup env={env} />, container);
    await settle();
    expect(container.querySelector('[data-testid="level-words"]')!.textContent).toBe('Level 2 of 5: a randomised trial; 1 is strongest');
  });

  it('switches the site off, remembers it, and asks the page to be read again', async () => {
    const { env, calls, stored } = fakeEnv(checked, () => []);
    render(<Popup env={env} />, container);
    await settle();
    const button = container.querySelector<HTMLButtonElement>('[data-testid="site-switch"]')!;
    expect(button.getAttribute('aria-pressed')).toBe('true');
    button.click();
    await settle();
    expect((stored.settings as Settings).disabledSites).toEqual(['news.example.org']);
    expect(calls.rescans).toBe(1);
    expect(container.querySelector('[data-testid="site-off"]')!.textContent).toContain('switched off for news.example.org');
    expect(container.querySelector('[data-testid="verdict"]')).toBeNull();
  });

  it('looks up a pasted identifier with the same resolver and summary, and refuses what is not one', async () => {
    const { env, calls } = fakeEnv(checked, (keys) => keys.map((key) => resolvedResult(key, { title: 'A pasted trial' })));
    render(<Popup env={env} />, container);
    await settle();
    const input = container.querySelector<HTMLInputElement>('#el-lookup-input')!;
    const submit = () => input.form!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    input.value = 'https://www.example.org/health/story';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await settle();
    submit();
    await settle();
    expect(container.querySelector('[data-testid="lookup-result"]')!.textContent).toContain('Not an identifier');
    input.value = 'https://clinicaltrials.gov/study/NCT03548311';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await settle();
    submit();
    await settle();
    expect(calls.resolved).toEqual([['nct:NCT03548311']]);
    expect(container.querySelector('[data-testid="lookup-result"] .el-title')!.textContent).toBe('A pasted trial');
  });

  it('copies formatted references and saves BibTeX', async () => {
    const { env, calls } = fakeEnv(checked, () => []);
    render(<Popup env={env} />, container);
    await settle();
    const buttons = [...container.querySelectorAll<HTMLButtonElement>('[data-testid="export"] button')];
    buttons.find((b) => b.textContent === 'Copy as references')!.click();
    await waitFor(() => calls.copied.length > 0);
    expect(calls.copied[0]).toMatch(/^1\. Title of pmid:35532908/);
    buttons.find((b) => b.textContent === 'BibTeX')!.click();
    await waitFor(() => calls.downloads.length > 0);
    await settle();
    expect(calls.downloads[0]!.file).toBe('references.bib');
    expect(calls.downloads[0]!.text).toContain('@article{');
    expect(container.querySelector('[data-testid="export-status"]')!.textContent).toBe('Saved references.bib.');
  });

  it('finds every message it shows in the messages file', () => {
    expect(messages.missing).toEqual([]);
  });
});
