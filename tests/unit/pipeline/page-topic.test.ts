import { describe, expect, it } from 'vitest';
import { NO_SIGNALS } from '../../../lib/evidence/page-checklist';
import { analyseParagraphs } from '../../../lib/pipeline/analyse-paragraphs';

const paragraph = (text: string, inArticle = true) => ({ text, markers: [], heading: false, inArticle });
const aboutHealth = (paragraphs: ReturnType<typeof paragraph>[]) => analyseParagraphs(paragraphs, NO_SIGNALS).signals.aboutHealth;
const times = (n: number, text: string) => Array.from({ length: n }, (_, i) => paragraph(`${text} Item ${i + 1} was logged.`));

describe('the page topic signal: whether the article reads as a health article', () => {
  it('is false for an archaeology report whose sentences never speak of health', () => {
    expect(aboutHealth(times(8, 'The flint flake was found in the North Sea and carried traces of birch tar.'))).toBe(false);
  });

  it('is true for a nephrology report of the same length (a faithful twin)', () => {
    expect(aboutHealth(times(8, 'Patients on the new dialysis schedule had fewer hospital stays.'))).toBe(true);
  });

  it('counts only article text: a health sidebar does not make a software blog a health page', () => {
    const sidebar = Array.from({ length: 20 }, () => paragraph('Ten foods that lower your blood pressure.', false));
    expect(aboutHealth([...times(8, 'The build cache cut deploy times for the team.'), ...sidebar])).toBe(false);
  });

  it('is true when the page has too little text to judge', () => {
    expect(aboutHealth([paragraph('The release notes are short.')])).toBe(true);
  });
});
