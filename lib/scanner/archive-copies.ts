/**
 * Addresses of web archives' copies of a page ("https://web.archive.org/web/20110123074649/http://…").
 * A reference that links both the copy and "the original" (Wikipedia's "Archived from the
 * original on …") cites the original.
 */
export const ARCHIVE_COPY =
  /^https?:\/\/(?:web\.archive\.org\/web\/|wayback\.archive-it\.org\/|archive\.(?:today|ph|is|li|md)\/|(?:www\.)?webcitation\.org\/|webarchive\.(?:nationalarchives\.gov\.uk|loc\.gov)\/)/i;

/** The address a reference's links give for its work: the first web link that is no archive copy, else the first web link. */
export function workAddress(hrefs: readonly string[]): string | null {
  const web = hrefs.filter((href) => /^https?:/i.test(href));
  return web.find((href) => !ARCHIVE_COPY.test(href)) ?? web[0] ?? null;
}
