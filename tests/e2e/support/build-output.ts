import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** The builds the tests load. */
export type BuildTarget = 'chrome-mv3' | 'firefox-mv2' | 'firefox-mv3';

/** The built extension for a target; the tests run the production build, so it must exist. */
export function builtExtension(target: BuildTarget): string {
  const dir = resolve(ROOT, '.output', target);
  if (!existsSync(resolve(dir, 'manifest.json'))) throw new Error(`No build at ${dir}: run "npm run build" first.`);
  return dir;
}

/** The project root. */
export const PROJECT_ROOT = ROOT;
