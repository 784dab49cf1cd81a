import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';

/** The shared data folder beside the project (never copied into it). */
export const SHARED_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared');

/** Reads a file from the shared data folder, with a clear message when the folder is missing. */
export function readShared(relativePath: string): string {
  const path = join(SHARED_DIR, relativePath);
  if (!existsSync(path)) {
    throw new Error(`Shared data missing: ${path}. Tests read ../shared from the project root; clone it beside the project.`);
  }
  return readFileSync(path, 'utf8');
}

/** The project's own test fixtures. */
export const FIXTURES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures');

/** Reads one of the project's own fixtures, relative to tests/fixtures. */
export function readFixture(relativePath: string): string {
  return readFileSync(join(FIXTURES_DIR, relativePath), 'utf8');
}
