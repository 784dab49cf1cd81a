import { describe, expect, it } from 'vitest';
import { lookUpFreeFullText, unpaywallUrl } from '../../../lib/resolver/adapters/unpaywall';
import { DEFAULT_SETTINGS, parseSettings } from '../../../lib/shared/settings';
import { replayFetch } from '../../helpers/api-replay';
import { testResolver } from '../../helpers/test-resolver';
import { readShared } from '../../helpers/shared-data';

describe('parseSettings', () => {
  it('keeps valid fields and falls back to defaults for invalid or missing ones', () => {
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings({ contactEmail: 'reader@example.org', ncbiApiKey: 'not a key!', allowReferenceText: false })).toMatchObject({
      contactEmail: 'reader@example.org',
      ncbiApiKey: null,
      allowReferenceText: false,
    });
    expect(parseSettings({ contactEmail: 'javascript:alert(1)' }).contactEmail).toBeNull();
  });
});

describe('Unpaywall adapter', () => {
  it('builds the URL with the reader’s email', () => {
    expect(unpaywallUrl('10.1001/jamadermatol.2015.3091', 'a@b.org')).toBe(
      'https://api.unpaywall.org/v2/10.1001/jamadermatol.2015.3091?email=a%40b.org',
    );
  });

  it('reads the best open-access location of a real recorded response', async () => {
    const body = readShared('api-samples/unpaywall/v2_10.1001_jamadermatol.2015.3091.json');
    expect(await lookUpFreeFullText(async () => new Response(body), '10.1001/jamadermatol.2015.3091', 'a@b.org')).toBe(
      'https://jamanetwork.com/journals/jamadermatology/articlepdf/2471551/doi150042.pdf',
    );
  });

  it('gives no link for closed papers, unknown DOIs, failures and non-https links', async () => {
    const closed = JSON.stringify({ doi: '10.1/x', is_oa: false, best_oa_location: null });
    const insecure = JSON.stringify({ doi: '10.1/x', is_oa: true, best_oa_location: { url: 'javascript:alert(1)' } });
    for (const response of [
      new Response(closed),
      new Response('not found', { status: 404 }),
      new Response('', { status: 500 }),
      new Response(insecure),
    ]) {
      expect(await lookUpFreeFullText(async () => response, '10.1/x', 'a@b.org')).toBeNull();
    }
  });
});

describe('SourceResolver with the reader’s settings', () => {
  it('sends the contact email to Crossref and Unpaywall only, and asks Unpaywall only when an email is set', async () => {
    const withEmail: string[] = [];
    const resolver = testResolver(replayFetch(withEmail), {
      settings: async () => ({ ...DEFAULT_SETTINGS, contactEmail: 'reader@example.org' }),
    });
    await resolver.resolve(['doi:10.1016/j.freeradbiomed.2009.04.023']);
    expect(
      withEmail
        .filter((url) => url.includes('reader%40example.org'))
        .map((url) => new URL(url).hostname)
        .sort(),
    ).toEqual(['api.crossref.org', 'api.unpaywall.org']);
    const without: string[] = [];
    await testResolver(replayFetch(without)).resolve(['doi:10.1016/j.freeradbiomed.2009.04.023']);
    expect(without.some((url) => url.includes('unpaywall') || url.includes('mailto'))).toBe(false);
  });
});
