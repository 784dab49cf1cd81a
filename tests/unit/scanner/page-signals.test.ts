import { describe, expect, it } from 'vitest';
import { pageMetaSignals } from '../../../lib/scanner/page-signals';
import { parseHtml } from '../../helpers/dom';

describe('pageMetaSignals: who wrote the page', () => {
  // A science-news page gives its Facebook profile as article:author; the byline holds the name.
  it('takes no profile link for an author, and falls back to the byline', () => {
    const page = parseHtml(
      '<html><head><meta property="article:author" content="https://www.facebook.com/livescience"></head><body><p class="byline">By Brandon Specktor</p><h1>Galaxies</h1></body></html>',
    );
    expect(pageMetaSignals(page).author).toBe('Byline: By Brandon Specktor');
  });

  it('takes an author name from metadata', () => {
    const page = parseHtml('<html><head><meta name="author" content="Maya Lindholm"></head><body><h1>Diabetes</h1></body></html>');
    expect(pageMetaSignals(page).author).toBe('Author: Maya Lindholm');
  });
});
