import type * as z from 'zod/mini';
import type { SourceFactsSchema } from '../shared/messages';
import type { SourceRecord } from '../shared/source-record';
import type { DesignCode } from '../shared/design-codes';
import { noticeItemNote, noticeNotes } from './notice-notes';
import { enrolmentWords, whyStoppedWords } from './registry-words';
import { conclusionOf } from './source-conclusion';
import { durationOf, participantsOf, postHocOf, primaryEndpointOf } from './source-facts';

/** Codes of notes on a source (evidence scheme §3). */
export type SourceNoteCode =
  | 'retracted'
  | 'expression-of-concern'
  | 'corrected'
  | 'preprint'
  | 'small-sample'
  | 'short-duration'
  | 'primary-endpoint-not-met'
  | 'post-hoc-finding'
  | 'not-human'
  | 'registered-trial'
  | 'industry-funded'
  | 'is-notice';

/** One note on a source, worded for a lay reader, with what it rests on. */
export interface SourceNote {
  code: SourceNoteCode;
  severity: 'critical' | 'warning' | 'info';
  message: string;
  evidence: string;
}

/** The facts a reader is shown beside the notes (`SourceFactsSchema` is their one definition). */
export type SourceFacts = z.infer<typeof SourceFactsSchema>;

const TRIAL_DESIGNS: ReadonlySet<DesignCode> = new Set([
  'rct',
  'non-randomised-trial',
  'cohort',
  'secondary-analysis',
  'meta-analysis',
  'systematic-review',
]);

/** The facts and notes of a resolved source. Notes say "unknown" by being absent, never by guessing. */
export function assessSource(record: SourceRecord, design: DesignCode): { facts: SourceFacts; notes: SourceNote[] } {
  const notes: SourceNote[] = [];
  const note = (code: SourceNoteCode, severity: SourceNote['severity'], message: string, evidence: string) =>
    notes.push({ code, severity, message, evidence });
  const item = noticeItemNote(record);
  if (item) note('is-notice', item.severity, item.message, item.evidence);
  for (const notice of noticeNotes(record)) note(notice.code, notice.severity, notice.message, notice.evidence);
  if (record.isPreprint)
    note('preprint', 'warning', 'A preprint: it has not yet been checked by peer review.', 'Marked as a preprint by the database');
  const participants = participantsOf(record);
  if (participants && participants.value < 100 && TRIAL_DESIGNS.has(design)) {
    note(
      'small-sample',
      'warning',
      `A small study: ${participants.value} participants. Small studies often find effects that larger ones do not confirm.`,
      participants.evidence,
    );
  }
  const duration = durationOf(record);
  if (duration && duration.value < 26 && TRIAL_DESIGNS.has(design)) {
    note(
      'short-duration',
      'info',
      `A short study: about ${Math.round(duration.value)} weeks. It cannot show what happens over longer times.`,
      duration.evidence,
    );
  }
  const primary = primaryEndpointOf(record);
  if (primary.value === 'not-met') {
    note(
      'primary-endpoint-not-met',
      'warning',
      'The main result the study was designed to test was not statistically significant.',
      primary.evidence,
    );
  }
  const postHoc = postHocOf(record);
  if (postHoc && primary.value !== 'met') {
    note(
      'post-hoc-finding',
      'warning',
      'Its positive findings come from analyses chosen after the data were seen (post hoc) or from subgroups, which need confirming.',
      postHoc,
    );
  }
  if (design === 'animal' || design === 'in-vitro') {
    note(
      'not-human',
      'warning',
      design === 'animal' ? 'Studied in animals, not in people.' : 'Studied in cells or in the laboratory, not in people.',
      `Design: ${design}`,
    );
  }
  const conclusion = conclusionOf(record);
  const registry = record.registry;
  if (registry) {
    const facts = [
      registry.status?.toLowerCase().replace(/_/g, ' '),
      enrolmentWords(registry),
      whyStoppedWords(registry),
      registry.hasResults ? 'results posted' : null,
    ];
    note(
      'registered-trial',
      'info',
      `Registered in advance as ${registry.nct}${facts.some(Boolean) ? ` (${facts.filter(Boolean).join(', ')})` : ''}.`,
      `ClinicalTrials.gov ${registry.nct}`,
    );
    const collaborators = registry.industryCollaborators ?? [];
    if (registry.industrySponsored && registry.leadSponsor) {
      note(
        'industry-funded',
        'info',
        `The trial's sponsor is a company: ${registry.leadSponsor.replace(/\.$/, '')}.`,
        `ClinicalTrials.gov ${registry.nct}: lead sponsor`,
      );
    } else if (collaborators.length > 0) {
      note(
        'industry-funded',
        'info',
        `A company collaborates on the trial: ${collaborators.map((name) => name.replace(/\.$/, '')).join(', ')}.`,
        `ClinicalTrials.gov ${registry.nct}: collaborators`,
      );
    }
  } else if (record.ids.nct.length > 0 || (record.ids.trials ?? []).length > 0) {
    const registrations = [...record.ids.nct, ...(record.ids.trials ?? [])].join(', ');
    note('registered-trial', 'info', `Names a trial registration: ${registrations}.`, registrations);
  }
  return {
    facts: {
      participants: participants?.value ?? null,
      durationWeeks: duration?.value ?? null,
      primaryEndpoint: primary.value,
      primaryEndpointEvidence: primary.evidence,
      conclusionStrength: conclusion?.strength ?? null,
      conclusionEvidence: conclusion ? `Abstract, conclusion: “${conclusion.text}”` : null,
    },
    notes,
  };
}
