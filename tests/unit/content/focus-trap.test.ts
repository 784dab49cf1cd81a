import { describe, expect, it } from 'vitest';
import { handleDialogKey, trapKey } from '../../../lib/content/focus-trap';

const tab = { key: 'Tab', shiftKey: false };
const back = { key: 'Tab', shiftKey: true };

describe('trapKey', () => {
  it('wraps Tab from the last element to the first, and Shift+Tab from the first to the last', () => {
    expect(trapKey(tab, 4, 3)).toEqual({ kind: 'focus', index: 0 });
    expect(trapKey(tab, 4, 1)).toEqual({ kind: 'focus', index: 2 });
    expect(trapKey(back, 4, 0)).toEqual({ kind: 'focus', index: 3 });
    expect(trapKey(back, 4, 2)).toEqual({ kind: 'focus', index: 1 });
  });

  it('enters at the first or last element from the dialog itself, closes on Escape, ignores other keys', () => {
    expect(trapKey(tab, 3, -1)).toEqual({ kind: 'focus', index: 0 });
    expect(trapKey(back, 3, -1)).toEqual({ kind: 'focus', index: 2 });
    expect(trapKey({ key: 'Escape', shiftKey: false }, 3, 1)).toEqual({ kind: 'close' });
    expect(trapKey({ key: 'Enter', shiftKey: false }, 3, 1)).toEqual({ kind: 'none' });
  });
});

describe('handleDialogKey', () => {
  it('keeps focus inside a dialog in a shadow root', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    const dialog = document.createElement('div');
    dialog.tabIndex = -1;
    dialog.innerHTML =
      '<button id="close">×</button><a href="https://doi.org/10.1/x" id="doi">DOI</a><details><summary id="abs">Abstract</summary></details>';
    root.append(dialog);
    const last = root.getElementById('abs') as HTMLElement;
    last.focus();
    const event = new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true });
    expect(handleDialogKey(event, dialog)).toBe(false);
    expect(event.defaultPrevented).toBe(true);
    expect(root.activeElement?.id).toBe('close');
    expect(handleDialogKey(new KeyboardEvent('keydown', { key: 'Tab', shiftKey: true, cancelable: true }), dialog)).toBe(false);
    expect(root.activeElement?.id).toBe('abs');
    expect(handleDialogKey(new KeyboardEvent('keydown', { key: 'Escape', cancelable: true }), dialog)).toBe(true);
    host.remove();
  });
});
