/** One JSON-LD node of a page: an object with `@type` and properties. */
export type JsonLdItem = Record<string, unknown>;

/**
 * Every JSON-LD node of a page's `application/ld+json` scripts, `@graph` members included, in
 * document order. Scripts that are not valid JSON are skipped. Read once per scan and shared by the
 * detectors that need it.
 */
export function jsonLdItems(document: Document): JsonLdItem[] {
  const items: JsonLdItem[] = [];
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      items.push(...flatten(JSON.parse(script.textContent ?? '')));
    } catch {
      continue;
    }
  }
  return items;
}

function flatten(data: unknown): JsonLdItem[] {
  if (Array.isArray(data)) return data.flatMap(flatten);
  if (data && typeof data === 'object') {
    const record = data as JsonLdItem;
    return [record, ...(Array.isArray(record['@graph']) ? flatten(record['@graph']) : [])];
  }
  return [];
}
