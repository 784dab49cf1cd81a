import { describe, expect, it } from 'vitest';
import { NO_SIGNALS, pageChecklist } from '../../../lib/evidence/page-checklist';

const answer = (disclaimers: Array<{ kind: string; text: string }>) =>
  pageChecklist({ signals: NO_SIGNALS, references: [], markerCount: 0, claims: [], disclaimers }).find(
    (i) => i.criterion === 'conflicts-disclosed',
  )?.answer;

describe('the checklist’s conflicts item', () => {
  it('is not set by the title of a sponsor’s box beside the article', () => {
    expect(answer([{ kind: 'sponsored', text: 'Health Solutions From Our Sponsors' }])).toBe('no');
    expect(answer([{ kind: 'sponsored', text: 'Sponsored Links' }])).toBe('no');
  });

  it('is set by a statement that the article is sponsored, or by an affiliate notice', () => {
    expect(answer([{ kind: 'sponsored', text: 'This post is sponsored by Acme Vitamins.' }])).toBe('yes');
    expect(answer([{ kind: 'affiliate', text: 'We may earn a commission from links on this page.' }])).toBe('yes');
  });
});
