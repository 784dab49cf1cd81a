const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  plusmn: '±',
  le: '≤',
  ge: '≥',
  times: '×',
};

/**
 * Element names the APIs' markup uses (Europe PMC's HTML abstracts, PubMed's inline markup, JATS in
 * Crossref and Europe PMC). Only these are taken for tags: a raw "<" in text ("aged <70") is text.
 */
export const MARKUP_TAGS: readonly string[] =
  'a abbr b bold br code div em h1 h2 h3 h4 h5 h6 hr i italic label li list list-item monospace ol p sc sec small span strong sub sup table tbody td th thead title tr u ul underline xref inline-formula disp-formula ext-link named-content styled-content break abstract caption fn math img font mark del ins q cite dfn var kbd samp tt s strike big center dl dt dd blockquote pre figure figcaption section article header footer nav aside main body html head link meta script style iframe object embed svg col colgroup tfoot wbr'.split(
    ' ',
  );

// A tag is "<", an optional "/", a known name (or any name under a namespace prefix such as "jats:" or
// "mml:"), then name=value attributes, then ">". "<70", "< 0.001" or "<b and c>" never fit.
const TAG_NAME = String.raw`(?:[a-z][\w.-]*:[a-z][\w.-]*|${[...MARKUP_TAGS].sort((a, b) => b.length - a.length).join('|')})`;
const ATTRIBUTES = String.raw`(?:\s+[a-z_:][\w.:-]*\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'<>=]+))*\s*\/?`;
const TAG = new RegExp(String.raw`<\/?${TAG_NAME}${ATTRIBUTES}>`, 'gi');
const HEADING = new RegExp(String.raw`<(h\d|jats:title|title)${ATTRIBUTES}>([\s\S]*?)<\/\1\s*>`, 'gi');
const BLOCK_END = new RegExp(String.raw`<\/(?:p|jats:p|sec|jats:sec|div|br)\s*>|<br${ATTRIBUTES}>`, 'gi');

/**
 * Turns an API's markup (Europe PMC's HTML abstracts, Crossref's JATS) into plain text. Section
 * headings become "Heading: " so an abstract's structure survives. The service worker has no
 * DOMParser, and the result is only ever rendered as text, so tags are removed by their shape and
 * name: text between a raw "<" and ">" (comparison signs, which Europe PMC sends unescaped) stays.
 */
export function toPlainText(markup: string): string {
  const withHeadings = markup
    .replace(HEADING, (_, _tag, heading: string) => ` ${heading.replace(TAG, '').trim().replace(/[.:]$/, '')}: `)
    .replace(BLOCK_END, ' ');
  const stripped = withHeadings.replace(TAG, '');
  return decodeEntities(stripped).replace(/\s+/g, ' ').trim();
}

/** Decodes named and numeric character references ("&#xf1;" is "ñ"); unknown ones stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? entity;
  });
}
