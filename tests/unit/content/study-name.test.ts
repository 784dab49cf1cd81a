import { describe, expect, it } from 'vitest';
import { familyName, SHORT_TITLE_CHARS, studyName } from '../../../lib/content/study-name';

const words = { etAl: (a: string) => `${a} et al.`, withYear: (w: string, y: string) => `${w}, ${y}` };

describe('familyName', () => {
  it.each([
    ['Oki R', 'Oki'],
    ['van der Berg JH', 'van der Berg'],
    ['Ryosuke Oki', 'Oki'],
    ['Salim Yusuf', 'Yusuf'],
    ['HOPE Study Investigators', 'HOPE Study Investigators'],
    ['Cochrane', 'Cochrane'],
  ])('%s → %s', (author, family) => expect(familyName(author)).toBe(family));
});

describe('studyName', () => {
  it('names a neurology trial by first author, year and a short title', () => {
    const name = studyName(
      {
        authors: ['Oki R', 'Izumi Y'],
        year: 2022,
        title:
          'Efficacy and Safety of Ultrahigh-Dose Methylcobalamin in Early-Stage Amyotrophic Lateral Sclerosis: A Randomized Clinical Trial',
      },
      words,
    );
    expect(name).toMatch(/^Oki et al\., 2022 · Efficacy and Safety of Ultrahigh-Dose Methylcobalamin in…$/);
    expect(name!.length).toBeLessThan(SHORT_TITLE_CHARS + 25);
  });

  it('names a single-author cardiology paper without "et al." and keeps a short title whole', () => {
    expect(studyName({ authors: ['Salim Yusuf'], year: 2016, title: 'Blood-pressure lowering in intermediate-risk persons' }, words)).toBe(
      'Yusuf, 2016 · Blood-pressure lowering in intermediate-risk persons',
    );
  });

  it('returns null for a record with nothing to name it by', () => {
    expect(studyName({ authors: [], year: null, title: null }, words)).toBeNull();
  });
});
