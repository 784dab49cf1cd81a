/** Plain loads compared at most, until one matches the page as loaded with the extension. */
const PLAIN_LOADS = 2;

/**
 * Whether a page, as loaded with the extension, is exactly what the browser builds without it.
 * A page that differs between two plain loads changes itself; then only the extension's own
 * elements are looked for.
 */
export async function comparedWithPlainLoads(
  withLens: string,
  loadPlain: () => Promise<string>,
): Promise<{ unchanged: boolean; pageIsStable: boolean }> {
  const plainLoads: string[] = [];
  for (let attempt = 0; attempt < PLAIN_LOADS && !plainLoads.includes(withLens); attempt += 1) plainLoads.push(await loadPlain());
  const pageIsStable = plainLoads.length < 2 || plainLoads[0] === plainLoads[1];
  const unchanged = plainLoads.includes(withLens) || (!pageIsStable && !/<evidence-lens-/i.test(withLens));
  return { unchanged, pageIsStable };
}
