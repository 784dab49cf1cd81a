import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { Options } from '../../../components/options/Options';
import { settingsStore } from '../../../lib/options/settings-store';

function memoryArea() {
  const items: Record<string, unknown> = {};
  return {
    items,
    get: async (keys: string[]) => Object.fromEntries(keys.filter((k) => k in items).map((k) => [k, items[k]])),
    set: async (next: Record<string, unknown>) => void Object.assign(items, next),
  };
}

async function settle() {
  for (let i = 0; i < 5; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
}

describe('Options page', () => {
  it('saves a valid email and refuses an invalid one, saying so', async () => {
    const area = memoryArea();
    const container = document.createElement('div');
    document.body.append(container);
    render(<Options store={settingsStore(area)} />, container);
    await settle();
    const email = container.querySelector<HTMLInputElement>('#email')!;
    email.value = 'not an email';
    email.dispatchEvent(new Event('input', { bubbles: true }));
    await settle();
    container.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await settle();
    expect(container.querySelector('[role="status"]')?.textContent).toBe('Please check the email address and the API key.');
    expect(area.items.settings).toBeUndefined();
    email.value = 'reader@example.org';
    email.dispatchEvent(new Event('input', { bubbles: true }));
    await settle();
    container.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await settle();
    expect(container.querySelector('[role="status"]')?.textContent).toBe('Saved.');
    expect(area.items.settings).toEqual({ contactEmail: 'reader@example.org', ncbiApiKey: null, allowReferenceText: true });
    render(null, container);
  });
});
