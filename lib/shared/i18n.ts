/**
 * Every text a reader sees, from the one messages file `locales/en.yml` (WXT's i18n: the build
 * writes `_locales/<lang>/messages.json`, and the browser picks the reader's language).
 */
export { i18n } from '#i18n';

/** "not-found" → "notFound": message names may hold letters, digits and underscores only. */
export type CamelCase<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<CamelCase<Tail>>}` : S;

/** The message-name form of a code such as "not-found" or "medical-advice". */
export function camelCase<S extends string>(code: S): CamelCase<S> {
  return code.replace(/-([a-z0-9])/g, (_, letter: string) => letter.toUpperCase()) as CamelCase<S>;
}
