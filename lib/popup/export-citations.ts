import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-csl';
import type { CslItem } from './csl-items';

/** Formats the popup can export, with their file names and media types. */
export const EXPORT_FORMATS = {
  bibtex: { file: 'references.bib', type: 'application/x-bibtex' },
  ris: { file: 'references.ris', type: 'application/x-research-info-systems' },
  csl: { file: 'references.json', type: 'application/vnd.citationstyles.csl+json' },
} as const;

/** Citation.js's name of each output ("data" is CSL-JSON). */
const FORMAT_NAMES = { bibtex: 'bibtex', ris: 'ris', csl: 'data' } as const;

/** An export format. */
export type ExportFormat = keyof typeof EXPORT_FORMATS;

/** The works in one export format, written by Citation.js. */
export function exportCitations(items: readonly CslItem[], format: ExportFormat): string {
  const cite = new Cite(items.map((item) => ({ ...item })));
  return cite.format(FORMAT_NAMES[format], { format: 'text' }) as string;
}

/** The works as a numbered reference list in the Vancouver style most medical journals use. */
export function formattedReferences(items: readonly CslItem[]): string {
  return new Cite(items.map((item) => ({ ...item }))).format('bibliography', { template: 'vancouver', format: 'text' }) as string;
}
