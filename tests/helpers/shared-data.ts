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
