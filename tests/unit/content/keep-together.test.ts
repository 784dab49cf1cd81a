import { describe, expect, it } from 'vitest';
import { isKeepMutation, keepTogether, KEEP_ATTRIBUTE } from '../../../lib/content/keep-together';
import { MutationQueue } from '../../../lib/content/mutation-queue';
import { parseHtml } from '../../helpers/dom';

describe('keepTogether', () => {
  it('holds a marker and its badge in one no-wrap span, and puts the marker back exactly', () => {
    const document = parseHtml('<p id="p">Statins lowered LDL cholesterol.<sup><a href="#r1">1</a></sup> More text.</p>');
    const p = document.getElementById('p')!;
    const before = p.innerHTML;
    const badge = document.createElement('evidence-lens-badge');
    const undo = keepTogether(p.querySelector('sup')!, badge);
    const keep = p.querySelector(`[${KEEP_ATTRIBUTE}]`) as HTMLElement;
    expect(keep.style.getPropertyValue('white-space')).toBe('nowrap');
    expect([...keep.children].map((c) => c.localName)).toEqual(['sup', 'evidence-lens-badge']);
    undo();
    expect(p.innerHTML).toBe(before);
  });

  it('does not wake the page watcher, while a paragraph the page adds does', async () => {
    const document = parseHtml('<article><p id="p">Aspirin cut heart attacks.<sup>1</sup></p></article>');
    let woken = 0;
    const queue = new MutationQueue(document.body, () => (woken += 1), 5);
    queue.start();
    keepTogether(document.querySelector('sup')!, document.createElement('evidence-lens-badge'));
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(woken).toBe(0);
    document.querySelector('article')!.append(document.createElement('p'));
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(woken).toBe(1);
    queue.stop();
    expect(isKeepMutation({ target: document.body, addedNodes: [] as unknown as NodeList } as unknown as MutationRecord)).toBe(false);
  });
});
