import { describe, expect, it } from 'vitest';
import { NO_SIGNALS } from '../../../lib/evidence/page-checklist';
import { analyseParagraphs } from '../../../lib/pipeline/analyse-paragraphs';
import { scanDom } from '../../../lib/scanner/scan-dom';
import { parseHtml } from '../../helpers/dom';

const FINDING = 'In a randomised trial of 240 adults, the inhaler cut asthma attacks by 30% over a year.';
const claimsOf = (html: string) => analyseParagraphs(scanDom(parseHtml(html)).paragraphs, NO_SIGNALS).claims.map((claim) => claim.text);

describe('claims are read from running prose only', () => {
  it.each([
    ['a table cell', `<article><h1>Asthma</h1><table><tr><td>${FINDING}</td></tr></table></article>`],
    ['a comment thread', `<article><h1>Asthma</h1></article><section class="comments"><p>${FINDING}</p></section>`],
    [
      'a teaser card that links to another article',
      `<article><h1>Asthma</h1></article><ul><li><a href="/other"><div>New inhaler halves asthma attacks</div><div>${FINDING}</div></a></li></ul>`,
    ],
  ])('not from %s', (_where, html) => expect(claimsOf(html)).toEqual([]));

  it.each([
    ['an article paragraph', `<article><h1>Asthma</h1><p>${FINDING}</p></article>`],
    [
      'a page whose body carries a feature flag named like a widget',
      `<body class="f_caption_muted_on f_share_tools_on"><main><h1>Asthma</h1><p>${FINDING}</p></main></body>`,
    ],
    [
      'a container named like a widget that holds the article',
      `<div class="post-share-wrapper"><article><h1>Asthma</h1><p>${FINDING}</p></article></div>`,
    ],
  ])('from %s', (_where, html) => expect(claimsOf(html)).toEqual([FINDING]));
});
