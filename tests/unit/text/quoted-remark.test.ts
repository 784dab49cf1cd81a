import { describe, expect, it } from 'vitest';
import { isQuotedRemark } from '../../../lib/text/quoted-remark';
import { disclaimerKinds } from '../../../lib/text/disclaimers';

/** Quoted words of a speaker, from several fields, and notices that merely hold quotation marks. */
const remarks = [
  '"If your level is a bit low, ask your GP whether a tablet is enough," said dietitian Maria Kowalczyk.',
  '“Talk to your cardiologist before you stop a statin,” Dr. Okafor said.',
  'The dermatologist told us: "Always consult a doctor before using retinoids in pregnancy."',
  '"This advice cannot replace a complete face-to-face medical evaluation."',
];
const notices = [
  'Always consult your doctor before starting any new treatment.',
  'Articles marked “Sponsored” are paid for by our advertisers.',
  'This content is not a substitute for professional medical advice, as the "About us" page explains.',
];

describe('quoted remarks', () => {
  it.each(remarks)('reads “%s” as a quoted remark', (sentence) => expect(isQuotedRemark(sentence)).toBe(true));
  it.each(notices)('reads “%s” as the page’s own words', (sentence) => expect(isQuotedRemark(sentence)).toBe(false));

  it('takes no quoted remark for a disclaimer, whatever its wording', () => {
    expect(disclaimerKinds(remarks[1]!)).toEqual([]);
    expect(disclaimerKinds(notices[0]!)).toEqual(['consult-professional']);
  });
});
