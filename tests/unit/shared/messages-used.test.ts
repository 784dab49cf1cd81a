import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseMessagesText } from '@wxt-dev/i18n/build';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../helpers/project-root';

const SOURCE_FOLDERS = ['components', 'entrypoints', 'lib'];
const SOURCE_FILE = /\.(ts|tsx)$/;

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return SOURCE_FILE.test(entry.name) ? [path] : [];
  });
}

const source = [...SOURCE_FOLDERS.flatMap((folder) => sourceFiles(join(PROJECT_ROOT, folder))), join(PROJECT_ROOT, 'wxt.config.ts')]
  .map((path) => readFileSync(path, 'utf8'))
  .join('\n');
/** Keys built from a value at run time (`page.check.${code}`): every message under such a prefix counts as read. */
const builtPrefixes = [...source.matchAll(/`([A-Za-z][\w.]*)\$\{/g)].map((match) => match[1]!);
/** Messages every browser provides itself ("@@ui_locale"); the file does not define them. */
const PREDEFINED = '@@';
const messageNames = parseMessagesText(readFileSync(join(PROJECT_ROOT, 'locales/en.yml'), 'utf8'), 'YAML')
  .map(({ key }) => key.join('.'))
  .filter((name) => !name.startsWith(PREDEFINED));

/** True when the code names a message, as a key ("popup.reading") or as the manifest's `__MSG_name__`. */
const isRead = (name: string) =>
  source.includes(`'${name}'`) ||
  source.includes(`"${name}"`) ||
  source.includes(`__MSG_${name.replaceAll('.', '_')}__`) ||
  builtPrefixes.some((prefix) => name.startsWith(prefix));

describe('the messages file', () => {
  it('holds only messages the extension reads', () => {
    expect(messageNames.filter((name) => !isRead(name))).toEqual([]);
  });
});
