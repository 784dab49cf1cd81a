/** What can take focus inside the card, in tab order (the card holds no positive tabindex). */
export const FOCUSABLE_SELECTOR = 'button:not([disabled]), a[href], summary, input:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** What a key pressed in an open dialog asks for. */
export type TrapAction = { kind: 'close' } | { kind: 'focus'; index: number } | { kind: 'none' };

/**
 * The focus trap of a modal dialog as a pure function: Escape closes; Tab and Shift+Tab move
 * through the dialog's focusable elements and wrap around at either end, so focus never leaves
 * it; focus outside them (on the dialog itself) enters at the first or the last.
 */
export function trapKey(key: { key: string; shiftKey: boolean }, count: number, current: number): TrapAction {
  if (key.key === 'Escape') return { kind: 'close' };
  if (key.key !== 'Tab') return { kind: 'none' };
  if (count === 0) return { kind: 'focus', index: -1 };
  if (current < 0) return { kind: 'focus', index: key.shiftKey ? count - 1 : 0 };
  return { kind: 'focus', index: (current + (key.shiftKey ? count - 1 : 1)) % count };
}

/**
 * Applies `trapKey` to a keydown inside `dialog`, whose active element is read from its shadow
 * root. Returns true when the dialog asked to close.
 */
export function handleDialogKey(event: KeyboardEvent, dialog: HTMLElement): boolean {
  const focusables = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE_SELECTOR)].filter((el) => !el.closest('[hidden]'));
  const root = dialog.getRootNode() as Document | ShadowRoot;
  const active = root.activeElement as HTMLElement | null;
  const action = trapKey(event, focusables.length, active ? focusables.indexOf(active) : -1);
  if (action.kind === 'none') return false;
  event.preventDefault();
  event.stopPropagation();
  if (action.kind === 'close') return true;
  (focusables[action.index] ?? dialog).focus();
  return false;
}
