import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { KeyValueStore } from '../resolver/cache';

/** The command-line tool's cache: one JSON file, so `--offline` can answer from earlier runs. */
export function fileStore(path: string): KeyValueStore {
  const load = async (): Promise<Record<string, unknown>> => {
    try {
      const data = JSON.parse(await readFile(path, 'utf8')) as unknown;
      return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
    } catch {
      return {};
    }
  };
  const save = async (data: Record<string, unknown>) => {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, JSON.stringify(data));
  };
  return {
    get: async (keys) => {
      const data = await load();
      return Object.fromEntries(keys.filter((key) => key in data).map((key) => [key, data[key]]));
    },
    set: async (items) => save({ ...(await load()), ...items }),
    remove: async (keys) => {
      const data = await load();
      for (const key of keys) delete data[key];
      await save(data);
    },
  };
}
