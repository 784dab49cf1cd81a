import { describe, expect, it } from 'vitest';
import { ENGLISH_MESSAGES } from '../../helpers/messages';

/**
 * Chromium refuses the whole extension when a message holds "$name$" without a placeholder for it,
 * and reads "$1$2" as one ("$1$"): the messages file must use only $1–$9 and "$$".
 */
const NAMED_PLACEHOLDER = /\$[^$\s]+\$/;

describe('the messages file as the browsers read it', () => {
  it('uses only positional substitutions ($1–$9) and "$$", never anything read as a named placeholder', () => {
    const named = Object.entries(ENGLISH_MESSAGES)
      .filter(([, { message }]) => NAMED_PLACEHOLDER.test(message.replaceAll('$$', '')))
      .map(([name]) => name);
    expect(named).toEqual([]);
  });

  it('catches "$1$2"', () => {
    expect(NAMED_PLACEHOLDER.test('Found by its text: $1$2.')).toBe(true);
    expect(NAMED_PLACEHOLDER.test('Registered $1: $2')).toBe(false);
  });
});
