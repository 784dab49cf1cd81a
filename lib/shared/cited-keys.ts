/**
 * The identifier keys of the works a claim on the page cites: the only sources whose full text is
 * worth reading, since only claims are checked against it.
 */
export function keysCitedByClaims(
  works: ReadonlyArray<{ referenceIds: readonly string[]; keys: readonly string[] }>,
  claims: ReadonlyArray<{ referenceIds: readonly string[] }>,
): string[] {
  const cited = new Set(claims.flatMap((claim) => claim.referenceIds));
  return [...new Set(works.filter((work) => work.referenceIds.some((id) => cited.has(id))).flatMap((work) => work.keys))];
}
