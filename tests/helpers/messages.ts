import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateChromeMessages, parseMessagesText } from '@wxt-dev/i18n/build';
import { fakeBrowser } from 'wxt/testing';
import { PROJECT_ROOT } from './project-root';

/** The English messages as the build writes them into `_locales/en/messages.json`. */
export const ENGLISH_MESSAGES = generateChromeMessages(
  parseMessagesText(readFileSync(join(PROJECT_ROOT, 'locales/en.yml'), 'utf8'), 'YAML'),
);

/**
 * Gives the test browser the English messages with the browser's own substitution rules ($1–$9,
 * "$$" for a dollar sign), so components render the words a reader sees. A missing message is
 * returned as "" as the browser does, and recorded.
 */
export function installEnglishMessages(): { missing: string[] } {
  const missing: string[] = [];
  fakeBrowser.i18n.getMessage = ((name: string, substitutions?: string | string[]) => {
    const message = ENGLISH_MESSAGES[name]?.message;
    if (message === undefined) {
      missing.push(name);
      return '';
    }
    const subs = typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []);
    return message.replace(/\$(\$|[1-9])/g, (_, which: string) => (which === '$' ? '$' : (subs[Number(which) - 1] ?? '')));
  }) as typeof fakeBrowser.i18n.getMessage;
  return { missing };
}
