import { scanPage } from '../scanner/scan-page';
import { findingsToJson, type FindingsJson } from '../scanner/to-json';
import { loadDocument } from './load-document';

/** `lens scan <file-or-url> [--json]`: the scanner's findings for one page. */
export async function scanCommand(source: string, json: boolean): Promise<string> {
  const page = await loadDocument(source);
  try {
    const findings = findingsToJson(scanPage(page.document), page.url);
    return json ? JSON.stringify(findings, null, 2) : summarise(findings);
  } finally {
    await page.close();
  }
}

function summarise(f: FindingsJson): string {
  const lines = [`${f.page.title || '(untitled page)'}${f.page.doi ? `  [page DOI ${f.page.doi}]` : ''}`, ''];
  lines.push(`References (${f.references.length})`);
  for (const r of f.references) {
    const ids = [r.ids.doi && `doi:${r.ids.doi}`, r.ids.pmid && `pmid:${r.ids.pmid}`, r.ids.pmcid, ...r.ids.nct].filter(Boolean).join(' ');
    lines.push(`  ${r.number ?? '•'}. ${r.sameAs ? `(same as ${r.sameAs}) ` : ''}${truncate(r.text, 90)}${ids ? `  {${ids}}` : ''}`);
  }
  lines.push('', `Citation markers (${f.citations.length})`);
  for (const c of f.citations) lines.push(`  [${c.marker}] → ${c.referenceIds.join(', ')}  “${truncate(c.sentence, 70)}”`);
  lines.push('', `Claims (${f.claims.length})`);
  for (const c of f.claims) {
    const facts = [
      c.design && `design ${c.design}`,
      c.participants !== null && `n=${c.participants}`,
      c.duration && `${c.duration.value} ${c.duration.unit}s`,
      c.dose && `dose “${c.dose.text}”`,
      ...c.effects.map((e) => `${e.text}${e.relative === true ? ' (relative)' : e.relative === false ? ' (absolute)' : ''}`),
      `strength ${c.strength}`,
    ].filter(Boolean);
    lines.push(
      `  • ${truncate(c.text, 100)}`,
      `    cites ${c.referenceIds.join(', ') || 'nothing'}${c.citedBy === 'paragraph' ? ' (by its paragraph)' : ''}; ${facts.join('; ')}`,
    );
  }
  lines.push('', `Disclaimers (${f.disclaimers.length})`);
  for (const d of f.disclaimers) lines.push(`  ${d.kind}: ${truncate(d.text, 90)}`);
  return lines.join('\n');
}

function truncate(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}
