import { findCitationMarkers } from './citation-markers';
import { findReferenceEntries } from './reference-list';
import type { PageFindings } from './types';

/** Runs every detector over a document. Pure: reads the document, never changes it. */
export function scanPage(document: Document): PageFindings {
  const references = findReferenceEntries(document);
  const citations = findCitationMarkers(document, references);
  return { references, citations };
}
