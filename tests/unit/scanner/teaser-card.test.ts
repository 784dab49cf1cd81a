import { describe, expect, it } from 'vitest';
import { analyseParagraphs } from '../../../lib/pipeline/analyse-paragraphs';
import { NO_SIGNALS } from '../../../lib/evidence/page-checklist';
import { scanDom } from '../../../lib/scanner/scan-dom';
import { isInTeaserCard } from '../../../lib/scanner/teaser-card';
import { parseHtml } from '../../helpers/dom';

const CARD = `
  <div class="css-1tmarpy">
    <a href="/health/average-waist-size-for-women">What Is the Average Waist Size for Women?</a>
    <section><div><span id="line">Medically reviewed by <a href="/medical-team">Daniel Bubnis, M.S.</a></span></div></section>
  </div>`;
const OWN_HEADER = `
  <header>
    <h1>Eight ways to measure body fat</h1>
    <div><span id="line">Medically reviewed by <a href="/reviewers/jane-roe">Jane Roe, MD</a></span>
    — Written by <a href="/authors/john-smith">John Smith</a> — Updated on June 1, 2020</div>
  </header>`;

const reviews = (html: string) =>
  analyseParagraphs(
    scanDom(parseHtml(`<article>${html}<p>Body fat can be measured with calipers, scales or scans.</p></article>`)).paragraphs,
    NO_SIGNALS,
  )
    .disclaimers.filter((d) => d.kind === 'medical-review')
    .map((d) => d.text);

describe('teaser cards', () => {
  it('finds the card around a review line that links to another article by its headline', () => {
    const document = parseHtml(CARD);
    expect(isInTeaserCard(document.getElementById('line')!, 'Medically reviewed by Daniel Bubnis, M.S.')).toBe(true);
  });

  it('leaves the page’s own review line alone: its links name people, not articles', () => {
    const document = parseHtml(OWN_HEADER);
    expect(isInTeaserCard(document.getElementById('line')!, 'Medically reviewed by Jane Roe, MD')).toBe(false);
  });

  it('leaves a long block alone: running text is no card line', () => {
    const document = parseHtml(
      `<div><a href="/other">Five things to know about the new asthma inhaler</a><p id="line">${'Asthma inhalers work. '.repeat(20)}</p></div>`,
    );
    expect(isInTeaserCard(document.getElementById('line')!, 'Asthma inhalers work. '.repeat(20))).toBe(false);
  });

  it('reads the page’s review line as a disclosure and a card’s as none', () => {
    expect(reviews(OWN_HEADER)).toHaveLength(1);
    expect(reviews(CARD)).toEqual([]);
  });
});
