import { beforeAll, describe, expect, it } from 'vitest';
import { CardPopover } from '../../../lib/content/card-popover';
import { parseHtml } from '../../helpers/dom';
import { installEnglishMessages } from '../../helpers/messages';

beforeAll(() => installEnglishMessages());

describe('CardPopover', () => {
  it('closes on a click elsewhere, and does nothing on later clicks while it is closed', () => {
    const document = parseHtml('<html><body><p>Text</p><button id="badge">2</button></body></html>');
    const card = new CardPopover(document);
    let closes = 0;
    card.onClose = () => (closes += 1);
    card.open(document.getElementById('badge')!, { numbers: [2], items: [], checks: [] });
    expect(document.querySelector('evidence-lens-card')?.shadowRoot?.querySelector('[role="dialog"]')).not.toBeNull();
    document.querySelector('p')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(closes).toBe(1);
    document.querySelector('p')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    card.close();
    expect(closes).toBe(1);
    card.destroy();
  });
});
