import { XMLParser } from 'fast-xml-parser';
import { API_ORIGINS } from '../../shared/api-hosts';
import { FullTextSchema, MAX_FULL_TEXT_SECTION, type FullText } from '../../shared/source-record';
import { fetchText, DEFAULT_LIMITS, type FetchLike } from '../fetch-json';
import { decodeEntities } from '../plain-text';

/** Largest full-text body read, in characters: a long trial report is well under 1 MB of JATS. */
export const MAX_FULL_TEXT_BYTES = 2_000_000;

/** Which section of a paper a body `sec` is, by its `sec-type` or its title; the first that fits wins. */
export const SECTION_KINDS: ReadonlyArray<[RegExp, 'methods' | 'results' | 'conclusions']> = [
  [/^(?:materials?|patients|subjects|participants)?\s*(?:and\s+)?methods?\b|^methodology|^study design|^materials\b/i, 'methods'],
  [/^results?\b|^findings\b/i, 'results'],
  [/^conclusions?\b|^concluding remarks|^summary and conclusions?/i, 'conclusions'],
];

/** An element of the ordered tree fast-xml-parser builds: one key (its name) or `#text`. */
type XmlNode = Record<string, unknown>;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  trimValues: false,
  processEntities: true,
});

/** Builds the full-text URL from a validated PMCID: the only identifier that leaves the browser. */
export function europePmcFullTextUrl(pmcid: string): string {
  return `${API_ORIGINS.europePmc}/europepmc/webservices/rest/${encodeURIComponent(pmcid)}/fullTextXML`;
}

/** What reading one full text came to. */
export type FullTextResult = { state: 'read'; fullText: FullText } | { state: 'none' } | { state: 'unavailable'; reason: string };

/**
 * Fetches and reads the open full text of one paper from Europe PMC (JATS XML). "none" when Europe
 * PMC has no full text for it (404) or the body is not a JATS article; capped in size.
 */
export async function lookUpFullText(fetch: FetchLike, pmcid: string, now: Date): Promise<FullTextResult> {
  const outcome = await fetchText(fetch, europePmcFullTextUrl(pmcid), 'application/xml', {
    ...DEFAULT_LIMITS,
    maxBytes: MAX_FULL_TEXT_BYTES,
  });
  if (outcome.kind === 'not-found') return { state: 'none' };
  if (outcome.kind === 'unavailable') return { state: 'unavailable', reason: outcome.reason };
  const fullText = parseFullText(outcome.body, pmcid, now);
  return fullText ? { state: 'read', fullText } : { state: 'none' };
}

/**
 * Reads the Methods, Results and Conclusions of a JATS article's body as plain text, and its tables
 * as text (caption, then one row a line, cells separated by " | "). Null when it is not an article
 * with a body; each section is capped.
 */
export function parseFullText(xml: string, pmcid: string, now: Date): FullText | null {
  let tree: unknown;
  try {
    tree = parser.parse(xml);
  } catch {
    return null;
  }
  const article = childrenOf(asNodes(tree), 'article')[0];
  const body = article ? childrenOf(content(article), 'body')[0] : undefined;
  if (!body) return null;
  const sections = { methods: [] as string[], results: [] as string[], conclusions: [] as string[] };
  for (const sec of childrenOf(content(body), 'sec')) {
    const kind = sectionKind(sec);
    if (kind) sections[kind].push(textOf(content(sec), true));
  }
  const tables = [
    ...descendants(content(body), 'table-wrap'),
    ...descendants(content(article!), 'floats-group').flatMap((g) => descendants(content(g), 'table-wrap')),
  ];
  const cap = (text: string) =>
    text
      .replace(/[ \t]+/g, ' ')
      .trim()
      .slice(0, MAX_FULL_TEXT_SECTION);
  const parsed = FullTextSchema.safeParse({
    pmcid,
    readAt: now.toISOString(),
    methods: cap(sections.methods.join('\n')),
    results: cap(sections.results.join('\n')),
    conclusions: cap(sections.conclusions.join('\n')),
    tables: cap([...new Set(tables)].map(tableText).join('\n')),
  });
  return parsed.success ? parsed.data : null;
}

function sectionKind(sec: XmlNode): 'methods' | 'results' | 'conclusions' | null {
  const attributes = (sec[':@'] ?? {}) as Record<string, unknown>;
  const type = typeof attributes['sec-type'] === 'string' ? attributes['sec-type'].replace(/[|_-]/g, ' ') : '';
  const title = childrenOf(content(sec), 'title')[0];
  for (const name of [type, title ? textOf(content(title), false) : '']) {
    const kind = SECTION_KINDS.find(([pattern]) => pattern.test(name.trim()))?.[1];
    if (kind) return kind;
  }
  return null;
}

function asNodes(value: unknown): XmlNode[] {
  return Array.isArray(value) ? value.filter((node): node is XmlNode => typeof node === 'object' && node !== null) : [];
}

function nameOf(node: XmlNode): string | undefined {
  return Object.keys(node).find((key) => key !== ':@');
}

function content(node: XmlNode): XmlNode[] {
  const name = nameOf(node);
  return name && name !== '#text' ? asNodes(node[name]) : [];
}

function childrenOf(nodes: XmlNode[], name: string): XmlNode[] {
  return nodes.filter((node) => nameOf(node) === name);
}

function descendants(nodes: XmlNode[], name: string): XmlNode[] {
  return nodes.flatMap((node) => (nameOf(node) === name ? [node] : descendants(content(node), name)));
}

const BLOCKS = new Set(['p', 'title', 'sec', 'list-item', 'caption', 'label', 'tr', 'fn']);

/** The text of some nodes; tables are left out of a section's prose when `skipTables`, as they are read apart. */
function textOf(nodes: XmlNode[], skipTables: boolean): string {
  return nodes
    .map((node) => {
      const name = nameOf(node);
      if (name === '#text') return decodeEntities(String(node['#text']));
      if (!name || (skipTables && (name === 'table-wrap' || name === 'fig'))) return '';
      const text = textOf(content(node), skipTables);
      return BLOCKS.has(name) ? `\n${text}\n` : text;
    })
    .join('')
    .replace(/\n\s*\n+/g, '\n');
}

function tableText(wrap: XmlNode): string {
  const parts = content(wrap);
  const heading = [...childrenOf(parts, 'label'), ...childrenOf(parts, 'caption')].map((n) => textOf(content(n), false).trim());
  const rows = descendants(parts, 'tr').map((row) =>
    content(row)
      .filter((cell) => nameOf(cell) === 'td' || nameOf(cell) === 'th')
      .map((cell) => textOf(content(cell), false).replace(/\s+/g, ' ').trim())
      .join(' | '),
  );
  return [heading.join(' '), ...rows].join('\n');
}
