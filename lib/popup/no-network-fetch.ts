/**
 * Stands in for `node-fetch` in the popup bundle. Citation.js imports it to fetch identifiers and
 * URLs it is given; the popup gives it only finished CSL-JSON, and no page may make it fetch.
 */
export default function noNetworkFetch(): never {
  throw new Error('The citation exporter does not fetch.');
}

/** The browser's own `Headers`, which Citation.js reads alongside. */
export const Headers = globalThis.Headers;
