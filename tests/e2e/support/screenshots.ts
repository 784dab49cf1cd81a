import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from './build-output';

const DIR = join(PROJECT_ROOT, 'tests/e2e/__screenshots__');

/** Where a screenshot of what a reader sees is saved. */
export function screenshotPath(name: string): string {
  mkdirSync(DIR, { recursive: true });
  return join(DIR, name);
}
