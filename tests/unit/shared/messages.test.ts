import { describe, expect, it } from 'vitest';
import { MAX_KEYS_PER_MESSAGE, ResolveRequestSchema } from '../../../lib/shared/messages';

describe('ResolveRequestSchema', () => {
  it('accepts identifier keys only', () => {
    expect(ResolveRequestSchema.safeParse({ type: 'resolve', keys: ['doi:10.1000/x', 'pmid:1'] }).success).toBe(true);
  });

  it.each([
    ['extra fields such as the page URL', { type: 'resolve', keys: [], url: 'https://example.org' }],
    ['free text instead of a key', { type: 'resolve', keys: ['Few treatments for ALS have proven effective'] }],
    ['a URL as a key', { type: 'resolve', keys: ['url:https://example.org/page'] }],
    ['too many keys', { type: 'resolve', keys: Array.from({ length: MAX_KEYS_PER_MESSAGE + 1 }, (_, i) => `pmid:${i + 1}`) }],
    ['another type', { type: 'pageReport' }],
  ])('refuses %s', (_, message) => {
    expect(ResolveRequestSchema.safeParse(message).success).toBe(false);
  });
});
