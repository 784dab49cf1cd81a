import { findDose } from '../text/claim-analysis';
import { isAboutHealth } from '../text/health-topic';
import { claimFacts } from './claim-facts';
import { CHECKS, READS_NEARBY, SILENCED_BY } from './checks/registry';
import type {
  CheckDefinition,
  CheckedClaim,
  CheckedSource,
  ClaimCheck,
  ClaimView,
  Finding,
  NearbyStatement,
  SourceView,
} from './checks/types';
import { matchClaimsToSources } from './source-match';
import { sourceDetail } from './source-detail';

export type { CheckedClaim, CheckedSource, ClaimCheck, ClaimCheckCode } from './checks/types';

/**
 * Checks each claim against the sources it cites, with every check of the registry (scheme §4).
 * Uncited claims are compared with a source only when they name it (`matchClaimsToSources`). Each
 * finding quotes the page and the source; which check silences which is the registry's data.
 */
export function checkClaims(
  claims: readonly CheckedClaim[],
  sources: readonly CheckedSource[],
  { aboutHealth = true, scholarlyArticle = false }: { aboutHealth?: boolean; scholarlyArticle?: boolean } = {},
): ClaimCheck[] {
  const views: SourceView[] = sources.map((source) => ({ ...source, detail: sourceDetail(source.record, source.design) }));
  const byWork = new Map(sources.map((source, i) => [source, views[i]!]));
  const targets = matchClaimsToSources(claims, sources);
  const checks: ClaimCheck[] = [];
  const pageParagraphs = [...new Set(claims.map((claim) => claim.paragraph))];
  const toldOnce = new Set<string>();
  // A claim of safety also read beside the study before it is checked on its own when it names a source itself.
  const checkedOnItsOwn = new Set(claims.filter((_, i) => targets[i]!.sources.length > 0).map((claim) => claim.text));
  claims.forEach((claim, index) => {
    // On a page that does not read as health (an AI energy report), a claim off health that meets no
    // resolved source is no one's treatment: "how many people it made a difference for" would be said
    // of computing power. One that cites a resolved study is checked: the vocabulary may have missed the topic.
    if (!aboutHealth && !isAboutHealth(claim.text) && targets[index]!.sources.length === 0) return;
    const facts = claimFacts(claim);
    const view: ClaimView = {
      claim,
      facts,
      reportsStudy: claim.citedBy !== 'none' || claim.design !== null || claim.participants !== null || claim.effects.length > 0,
      followsCitedClaim: index > 0 && claims[index - 1]!.citedBy !== 'none',
      onScholarlyArticle: scholarlyArticle,
      sourceNamed: targets[index]!.named,
      nearbyOf: null,
      paragraphClaims: claims.filter((other) => other !== claim && other.paragraph === claim.paragraph).map((other) => other.text),
      pageParagraphs,
    };
    const found: ClaimCheck[] = [];
    // A warning told once for the page still holds for this claim: it silences here what it would silence.
    const toldBefore = new Set<string>();
    const add = (check: CheckDefinition, finding: Finding | null, source: SourceView | null) => {
      if (!finding || found.some((c) => c.code === check.code)) return;
      if (finding.oncePerPage) {
        const key = `${check.code} ${finding.message.key} ${source?.referenceIds.join(' ') ?? ''}`;
        if (toldOnce.has(key)) {
          toldBefore.add(check.code);
          return;
        }
        toldOnce.add(key);
      }
      found.push(render(index, check, finding, source));
    };
    const run = (check: CheckDefinition, on: ClaimView) => {
      if (check.scope === 'claim') add(check, check.run(on), null);
      else for (const source of targets[index]!.sources) add(check, check.run(on, byWork.get(source)!), byWork.get(source)!);
    };
    for (const check of CHECKS) {
      run(check, view);
      if (READS_NEARBY.has(check.code))
        for (const statement of claim.nearby ?? []) if (!checkedOnItsOwn.has(statement.text)) run(check, nearbyView(view, statement));
    }
    const codes = new Set([...found.map((c) => c.code), ...toldBefore]);
    checks.push(...found.filter((c) => !(SILENCED_BY[c.code] ?? []).some((code) => codes.has(code))));
  });
  return checks;
}

/** A sentence near a claim read as the claim's own words: same citation and study, none of its figures. */
function nearbyView(view: ClaimView, statement: NearbyStatement): ClaimView {
  const claim: CheckedClaim = {
    ...view.claim,
    text: statement.text,
    // The claim's paragraph still says what the study was ("in mice", "given intravenously").
    paragraph: `${statement.paragraph} ${view.claim.paragraph}`,
    strength: statement.strength,
    participants: null,
    duration: null,
    // "Half were given 200 mg of ibuprofen … by mouth" says what the study gave (a dental trial's Methods gave 400 mg).
    dose: findDose(statement.text),
    effects: [],
    nearby: [],
  };
  return { ...view, claim, facts: claimFacts(claim), nearbyOf: view.claim };
}

function render(claim: number, check: CheckDefinition, finding: Finding, source: SourceView | null): ClaimCheck {
  const say = check.wording[finding.message.key];
  return {
    claim,
    referenceId: source?.referenceIds[0] ?? null,
    code: check.code,
    severity: finding.severity,
    message: say ? say(finding.message.values ?? {}) : finding.message.key,
    evidence: finding.evidence,
  };
}
