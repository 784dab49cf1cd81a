/**
 * Whether an element or one of its ancestors matches a selector (what `closest` answers), with
 * each element's answer kept: the blocks of a page share their ancestors, so a page's walk asks
 * each ancestor once instead of once per block below it.
 */
export class AncestorMemo {
  private readonly known = new Map<Element, boolean>();
  private readonly also: ReadonlySet<Element>;

  /** `also`: elements that count as matching though the selector does not name them. */
  constructor(
    private readonly selector: string,
    also: readonly Element[] = [],
  ) {
    this.also = new Set(also);
  }

  /** True when the element or an ancestor matches the selector or is one of the extra elements. */
  inside(element: Element | null): boolean {
    if (!element) return false;
    const known = this.known.get(element);
    if (known !== undefined) return known;
    const answer = this.also.has(element) || element.matches(this.selector) || this.inside(element.parentElement);
    this.known.set(element, answer);
    return answer;
  }
}
