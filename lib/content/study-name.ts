import type { SourceRecord } from '../shared/source-record';

/** Titles longer than this are cut at a word, so the card names a study in one line. */
export const SHORT_TITLE_CHARS = 60;

/** Words a study's name is made of; the card fills them from the messages file. */
export interface StudyNameWords {
  etAl: (author: string) => string;
  withYear: (who: string, year: string) => string;
}

/** Initials after a family name, as Europe PMC and PubMed write authors ("Oki R", "van der Berg JH"). */
const INITIALS = /^[A-Z]{1,4}$/;

/**
 * The family name of an author as the services write them: "Oki R" (family first, then
 * initials) or "Ryosuke Oki" (given names first); a collective name is kept whole.
 */
export function familyName(author: string): string {
  const parts = author.trim().split(/\s+/);
  if (parts.length === 1) return parts[0] ?? '';
  if (INITIALS.test(parts[parts.length - 1] ?? '')) return parts.slice(0, -1).join(' ');
  if (/\b(group|consortium|collaborat|investigators|committee|society)\b/i.test(author)) return author.trim();
  return parts[parts.length - 1] ?? '';
}

/** "Oki et al., 2022 · Efficacy and Safety of Ultrahigh-Dose…": the study a claim was checked against. */
export function studyName(record: Pick<SourceRecord, 'authors' | 'year' | 'title'>, words: StudyNameWords): string | null {
  const first = record.authors[0] ? familyName(record.authors[0]) : '';
  const who = first ? (record.authors.length > 1 ? words.etAl(first) : first) : '';
  const cited = who && record.year ? words.withYear(who, String(record.year)) : who || (record.year ? String(record.year) : '');
  const title = record.title ? shortTitle(record.title) : '';
  const name = [cited, title].filter(Boolean).join(' · ');
  return name || null;
}

function shortTitle(title: string): string {
  if (title.length <= SHORT_TITLE_CHARS) return title;
  const cut = title.slice(0, SHORT_TITLE_CHARS);
  const atWord = cut.slice(0, cut.lastIndexOf(' ') > 20 ? cut.lastIndexOf(' ') : cut.length);
  return `${atWord.replace(/[\s,:;.–-]+$/, '')}…`;
}
