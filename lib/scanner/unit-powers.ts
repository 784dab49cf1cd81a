/** A superscript that can be a power of a unit: ² or ³. */
export const POWER = /^[23]$/;

/**
 * Units written just before a power (km², m³, kg/m², cm², mm³, µm², ft², mi², yd²), each set off
 * from a word before it, so "them²" or "arm²" is not one.
 */
export const UNIT_BEFORE_POWER = /(?:^|[\s\d(/·×-])(?:[kcmnµμ]?m|ft|mi|yd)$/;

/** True when a superscript is the power of the unit just before it ("km<sup>2</sup>"), not a citation. */
export function isUnitPower(sup: Element): boolean {
  if (!POWER.test((sup.textContent ?? '').trim())) return false;
  const before = sup.previousSibling?.textContent ?? '';
  return UNIT_BEFORE_POWER.test(before);
}
