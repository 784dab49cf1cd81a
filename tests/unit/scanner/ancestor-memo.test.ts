import { describe, expect, it } from 'vitest';
import { AncestorMemo } from '../../../lib/scanner/ancestor-memo';
import { parseHtml } from '../../helpers/dom';

describe('AncestorMemo', () => {
  const document = parseHtml(
    '<body><article><header><p id="a">In the article header</p></header><p id="b">Body</p></article><header><p id="c">Site header</p></header><nav><ul><li><p id="d">Menu</p></li></ul></nav></body>',
  );
  const furniture = new AncestorMemo('nav, header:not(article header)');
  const byId = (id: string) => document.getElementById(id);

  it('answers as closest() does, context-dependent selectors included, asked twice or not', () => {
    for (const id of ['a', 'b', 'c', 'd', 'a', 'd'])
      expect(furniture.inside(byId(id)), id).toBe(byId(id)!.closest('nav, header:not(article header)') !== null);
    expect(furniture.inside(byId('d'))).toBe(true);
    expect(furniture.inside(byId('b'))).toBe(false);
  });
});
