import type { CheckedClaim, CheckedSource } from './checks/types';

/** How far back an anaphor ("these results") may reach for the claim it refers to. */
export const ANAPHOR_REACH = 3;

// "the study" with nothing after it that names another one ("the study of 1,200 mothers", "the trial in Japan");
// a sentence whose subject is "it" or "they" ("And unlike sleeping pills, it is completely safe", an insomnia page),
// but not "it is not known", "it is important".
const ANAPHOR =
  /\b(these|this|those|the same|such) ([\p{L}-]+ ){0,2}?(results?|findings?|stud(y|ies)|trials?|data|research|experiments?|work)\b|\bthe (study|trial)\b(?!\s+(of|in|at|by|from|led|run|published|conducted|carried|that|which|involving|with)\b)(?!['’]s)|^([\p{L} ]+, )?(the|this) (procedure|treatment|drug|therapy|vaccine|intervention|programme|program|plan|regimen|diet|supplement|medicine|medication|device|jab|injection|infusion|drip|pill|tablet|cream|patch|combination|spray|drops|inhaler|gel)\b|\b(in|between|across) (both|the two|either|each) (groups?|arms?)\b|\b(in|on) the (placebo|control|comparison|dummy[- ]pill) (group|arm)\b|^((and|but|so|yet) )?([^,]{1,40}, )?(it|they) (is|are|was|were|works?|worked|helps?|helped|has|have|had)\b(?! (not )?(known|clear|unclear|thought|believed|estimated|likely|possible|important|hard|difficult|worth)\b)/iu;

/**
 * Words that point back to a study's arms or restate what was just reported: "2.8% of those sent
 * home … compared with 3.4% of those kept in hospital", "In other words, home treatment is
 * completely safe" (a pulmonary-embolism leaflet after its cited trial).
 */
const ARM_OR_RESTATEMENT =
  /\b(?:of|among|in|for) those (?:who|given|taking|on|in|sent|kept|treated|assigned|randomi[sz]ed|receiving|allocated|offered)\b|^(?:in other words|put simply|put another way|that is to say|this means|that means)\b/iu;

/** A sentence that brings in a study of its own ("a separate survey of 2,000 nurses") points back to none. */
const ANOTHER_STUDY =
  /\b(a|an|another|one|a separate|a second|a new|an earlier|a previous|a recent|an older) ([\p{L}-]+ ){0,2}?(study|trial|survey|analysis|review|experiment|cohort)\b/iu;

/** The sources a claim is compared with, and whether it was named rather than cited. */
export interface ClaimTargets {
  sources: CheckedSource[];
  named: boolean;
}

/**
 * Which sources each claim is compared with. A cited claim: the sources it cites (by its marker or
 * its paragraph's). An uncited claim: the one cited source it names (first author's surname, journal,
 * or its head count), or, when it points back ("these results"), the one source of a claim just
 * before it. Where several could fit, none is chosen: no guessing which study a claim means.
 */
export function matchClaimsToSources(claims: readonly CheckedClaim[], sources: readonly CheckedSource[]): ClaimTargets[] {
  const targets: ClaimTargets[] = [];
  claims.forEach((claim, index) => {
    const cited = sources.filter((s) => s.referenceIds.some((id) => claim.referenceIds.includes(id)));
    if (cited.length > 0 || claim.citedBy !== 'none') {
      targets.push({ sources: cited, named: false });
      return;
    }
    const named = sources.filter((source) => namesSource(claim.text, source));
    if (named.length === 1) {
      targets.push({ sources: named, named: true });
      return;
    }
    if (named.length === 0 && (ANAPHOR.test(claim.text) || ARM_OR_RESTATEMENT.test(claim.text)) && !ANOTHER_STUDY.test(claim.text)) {
      for (let back = index - 1; back >= Math.max(0, index - ANAPHOR_REACH); back -= 1) {
        const before = targets[back]!.sources;
        if (before.length === 0) continue;
        if (before.length === 1) {
          targets.push({ sources: before, named: true });
          return;
        }
        break;
      }
    }
    targets.push({ sources: [], named: false });
  });
  return targets;
}

/** A year named as a study's: "a 2021 study", "in a 2019 trial", "published in 2021". */
const STUDY_YEAR =
  /\b(?:(?:a|an|the|this|that)\s+((?:19|20)\d\d)\s+(?:[\p{L}-]+\s+){0,2}?(?:study|trial|analysis|review|paper|report)|published\s+in\s+((?:19|20)\d\d))\b/giu;

/** True when a sentence names a source: its first author's surname, its journal, the year it names the study by, or its head count. */
export function namesSource(text: string, source: CheckedSource): boolean {
  const surname = surnameOf(source.record.authors[0]);
  if (surname && new RegExp(String.raw`\b${escape(surname)}\b`).test(text)) return true;
  const journal = journalName(source.record.journal);
  if (journal && journal.length > 4 && journalNamed(text, journal)) return true;
  const year = source.record.year;
  if (year !== null && [...text.matchAll(STUDY_YEAR)].some((m) => Number(m[1] ?? m[2]) === year)) return true;
  const size = source.facts.participants;
  return size !== null && size >= 20 && new RegExp(String.raw`\b${size.toLocaleString('en-US').replace(',', ',?')}\b`).test(text);
}

// "The Lancet" and "Lancet (London, England)" are both named "lancet" on a page.
function journalName(journal: string | null): string | null {
  if (!journal) return null;
  return journal
    .replace(/\s*\([^)]*\)\s*/g, ' ')
    .replace(/^\s*the\s+/i, '')
    .trim()
    .toLowerCase();
}

// A one-word journal ("Lancet", "Science") must be written as a name, capitalised: "the science of sleep" names none.
function journalNamed(text: string, journal: string): boolean {
  if (journal.includes(' ')) return new RegExp(String.raw`\b${escape(journal)}\b`, 'i').test(text);
  return new RegExp(String.raw`\b${escape(journal[0]!.toUpperCase() + journal.slice(1))}\b`).test(text);
}

// "Oki R" and "Christina S. Birch" both give the surname.
function surnameOf(author: string | undefined): string | null {
  if (!author) return null;
  const parts = author.trim().split(/\s+/);
  const initialsLast = parts.length > 1 && /^[A-Z]{1,3}\.?$/.test(parts.at(-1)!);
  const surname = initialsLast ? parts.slice(0, -1).join(' ') : parts.at(-1)!;
  return surname.length >= 3 ? surname : null;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
