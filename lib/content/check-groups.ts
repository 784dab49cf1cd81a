import type { CheckView } from './claim-check-views';

/** The checks of one claim: the page's sentence once, then what each check found in the source. */
export interface ClaimCheckGroup {
  claimText: string;
  /** The studies the claim was checked against, as a reader knows them, in order of first use. */
  sources: string[];
  checks: CheckView[];
}

/**
 * Groups checks by the claim they are about, so a card quotes each page sentence once however
 * many checks it had. Claims with a warning come first, and within a claim warnings come first;
 * otherwise the page's order is kept.
 */
export function groupChecksByClaim(checks: readonly CheckView[]): ClaimCheckGroup[] {
  const groups = new Map<string, ClaimCheckGroup>();
  for (const check of checks) {
    const group = groups.get(check.claimText) ?? { claimText: check.claimText, sources: [], checks: [] };
    group.checks.push(check);
    if (check.sourceName && !group.sources.includes(check.sourceName)) group.sources.push(check.sourceName);
    groups.set(check.claimText, group);
  }
  const warned = (group: ClaimCheckGroup) => group.checks.some((check) => check.severity === 'warning');
  const ordered = [...groups.values()].map((group) => ({ ...group, checks: warningsFirst(group.checks) }));
  return [...ordered.filter(warned), ...ordered.filter((group) => !warned(group))];
}

function warningsFirst(checks: CheckView[]): CheckView[] {
  return [...checks.filter((c) => c.severity === 'warning'), ...checks.filter((c) => c.severity !== 'warning')];
}

/** A part of a check's evidence that quotes the page ("Page: “…”"), which the card shows once above. */
const PAGE_QUOTE = /^page: “/i;

/**
 * The source's side of a check's evidence: its "; "-separated parts without those quoting the
 * page, since the card quotes the claim once above its checks. Separators inside quotes are kept.
 */
export function sourceWords(evidence: string): string {
  return splitOutsideQuotes(evidence)
    .filter((part) => !PAGE_QUOTE.test(part))
    .join('; ');
}

function splitOutsideQuotes(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (char === '“') depth += 1;
    else if (char === '”') depth = Math.max(0, depth - 1);
    else if (depth === 0 && char === ';' && text[i + 1] === ' ') {
      parts.push(text.slice(start, i));
      start = i + 2;
    }
  }
  parts.push(text.slice(start));
  return parts.map((part) => part.trim()).filter(Boolean);
}
