import type { Notice, NoticeOf, NoticeType, SourceRecord } from '../shared/source-record';

/** How one kind of notice reads as a note on the work it is about. */
export interface NoticeWording {
  code: 'retracted' | 'expression-of-concern' | 'corrected';
  severity: 'critical' | 'warning' | 'info';
  message: string;
}

/** The note each kind of notice gives the work it is about (evidence scheme §3). */
export const NOTICE_NOTES: Readonly<Record<NoticeType, NoticeWording>> = {
  retraction: { code: 'retracted', severity: 'critical', message: 'This paper has been retracted: its findings should not be relied on.' },
  withdrawal: { code: 'retracted', severity: 'critical', message: 'This paper has been withdrawn: its findings should not be relied on.' },
  removal: {
    code: 'retracted',
    severity: 'critical',
    message: 'This paper has been removed by its publisher: its findings should not be relied on.',
  },
  'partial-retraction': {
    code: 'retracted',
    severity: 'warning',
    message: 'Part of this paper has been retracted: some of its findings should not be relied on.',
  },
  'retracted-and-republished': {
    code: 'retracted',
    severity: 'warning',
    message: 'This version of the paper was retracted and replaced by a corrected version: the new version is the one to read.',
  },
  'expression-of-concern': {
    code: 'expression-of-concern',
    severity: 'warning',
    message: 'The journal has published an expression of concern about this paper.',
  },
  correction: { code: 'corrected', severity: 'info', message: 'A correction to this paper has been published.' },
  'corrected-and-republished': {
    code: 'corrected',
    severity: 'info',
    message: 'A corrected version of this paper has been published in its place.',
  },
  addendum: { code: 'corrected', severity: 'info', message: 'An addendum to this paper has been published.' },
  clarification: { code: 'corrected', severity: 'info', message: 'The journal has published a clarification of this paper.' },
  'new-version': { code: 'corrected', severity: 'info', message: 'A newer version of this paper has been published.' },
};

/** Words for each kind of notice, as a heading in the card. */
export const NOTICE_WORDS: Readonly<Record<NoticeType, string>> = {
  retraction: 'Retracted',
  'partial-retraction': 'Partly retracted',
  'retracted-and-republished': 'Retracted and republished',
  withdrawal: 'Withdrawn',
  removal: 'Removed',
  'expression-of-concern': 'Expression of concern',
  correction: 'Corrected',
  'corrected-and-republished': 'Corrected and republished',
  addendum: 'Addendum',
  clarification: 'Clarification',
  'new-version': 'New version',
};

/** What a notice item is, in words ("a retraction notice"), by the kind of notice it is. */
export const NOTICE_ITEM_WORDS: Readonly<Record<NoticeType, { what: string; verb: string }>> = {
  retraction: { what: 'a retraction notice', verb: 'retracts' },
  'partial-retraction': { what: 'a partial retraction notice', verb: 'retracts part of' },
  'retracted-and-republished': { what: 'a retraction notice', verb: 'retracts' },
  withdrawal: { what: 'a withdrawal notice', verb: 'withdraws' },
  removal: { what: 'a removal notice', verb: 'removes' },
  'expression-of-concern': { what: 'an expression of concern', verb: 'raises concern about' },
  correction: { what: 'a correction notice', verb: 'corrects' },
  'corrected-and-republished': { what: 'a correction notice', verb: 'corrects' },
  addendum: { what: 'an addendum', verb: 'adds to' },
  clarification: { what: 'a clarification', verb: 'clarifies' },
  'new-version': { what: 'a notice of a new version', verb: 'updates' },
};

/** Where a notice was reported, when, and under which ids: the evidence of its note. */
export function noticeEvidence(notice: Notice): string {
  const ids = [notice.noticeDoi && `doi ${notice.noticeDoi}`, notice.noticePmid && `PMID ${notice.noticePmid}`].filter(Boolean);
  const parts = [notice.date, ids.length > 0 ? `notice ${ids.join(', ')}` : null].filter(Boolean);
  return `${notice.source}${parts.length > 0 ? `: ${parts.join(', ')}` : ''}`;
}

/** The work a notice item is about, in words: its citation, else its DOI or PMID. */
export function noticeTarget(of: NoticeOf): string {
  return of.reference?.replace(/[.\s]+$/, '') ?? (of.doi ? `doi ${of.doi}` : of.pmid ? `PMID ${of.pmid}` : 'another paper');
}

/** One note per code, the most severe kind first; a second notice of the same code adds its evidence. */
export function noticeNotes(record: SourceRecord): Array<NoticeWording & { evidence: string }> {
  const rank = { critical: 0, warning: 1, info: 2 } as const;
  const notes = new Map<NoticeWording['code'], NoticeWording & { evidence: string }>();
  const sorted = [...record.notices].sort((a, b) => rank[NOTICE_NOTES[a.type].severity] - rank[NOTICE_NOTES[b.type].severity]);
  for (const notice of sorted) {
    const wording = NOTICE_NOTES[notice.type];
    const known = notes.get(wording.code);
    const evidence = `${NOTICE_WORDS[notice.type]}: ${noticeEvidence(notice)}`;
    if (known) known.evidence += `; ${evidence}`;
    else notes.set(wording.code, { ...wording, evidence });
  }
  return [...notes.values()];
}

/** The note on an item that is itself a notice: what it is and which work it is about. */
export function noticeItemNote(record: SourceRecord): { severity: 'critical' | 'warning'; message: string; evidence: string } | null {
  const of = record.noticeOf;
  if (!of) return null;
  const { what, verb } = NOTICE_ITEM_WORDS[of.type];
  const ids = [of.doi && `doi ${of.doi}`, of.pmid && `PMID ${of.pmid}`].filter(Boolean).join(', ');
  const services = [...new Set(record.provenance.map((p) => p.api))].join(', ');
  return {
    severity: NOTICE_NOTES[of.type].code === 'retracted' ? 'critical' : 'warning',
    message: `This is ${what}, not a study: it ${verb} ${noticeTarget(of)}.`,
    evidence: `${services || 'The database'}: notice of ${ids || 'a work it does not identify'}`,
  };
}
