/**
 * Turns plain text (an article as a reader copies it) into HTML the scanner can read: blank lines
 * separate paragraphs, a short first line is the title, and short lines without closing
 * punctuation are headings ("References"). Every character of the text is escaped.
 */
export function textToHtml(text: string): string {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean);
  const isHeading = (p: string) => p.length <= 80 && !/[.!?:;,]["”’)]?\d*$/.test(p) && !/^\d+[.)]\s/.test(p) && !/^©/.test(p);
  const title = paragraphs[0] && isHeading(paragraphs[0]) ? paragraphs[0] : '';
  const body = paragraphs
    .map((p, index) => (index === 0 && title ? `<h1>${escape(p)}</h1>` : isHeading(p) ? `<h2>${escape(p)}</h2>` : `<p>${escape(p)}</p>`))
    .join('\n');
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escape(title)}</title></head><body><article>\n${body}\n</article></body></html>`;
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
