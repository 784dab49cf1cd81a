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
 * Turns an API's markup (Europe PMC's HTML abstracts, Crossref's JATS) into plain text. Section
 * headings become "Heading: " so an abstract's structure survives. The service worker has no
 * DOMParser, and the result is only ever rendered as text, so a small tag stripper is enough.
 */
export function toPlainText(markup: string): string {
  const withHeadings = markup
    .replace(/<(h\d|jats:title|title)\b[^>]*>([\s\S]*?)<\/\1>/gi, (_, _tag, heading: string) => ` ${heading.trim().replace(/[.:]$/, '')}: `)
    .replace(/<\/(p|jats:p|sec|jats:sec|div|br)>|<br\s*\/?>/gi, ' ');
  const stripped = withHeadings.replace(/<[^>]*>/g, '');
  return decodeEntities(stripped).replace(/\s+/g, ' ').trim();
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? entity;
  });
}
