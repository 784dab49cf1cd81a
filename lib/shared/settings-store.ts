import { DEFAULT_SETTINGS, parseSettings, SETTINGS_KEY, SettingsSchema, type Settings } from './settings';

/** The part of a storage area the settings use. */
export interface SettingsArea {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** Reads and writes the reader's settings, validating both ways. */
export interface SettingsStore {
  load(): Promise<Settings>;
  /** Saves valid settings; returns what is wrong with invalid ones instead. */
  save(settings: Settings): Promise<SettingsProblem | null>;
  /** Reads, changes and saves in one step (the popup's switch for a site). */
  update(change: (settings: Settings) => Settings): Promise<Settings>;
}

/** Which field of the settings did not validate. */
export type SettingsProblem = 'contactEmail' | 'ncbiApiKey' | 'other';

/** Settings kept in `storage.sync`, so they follow the reader between browsers. */
export function settingsStore(area: SettingsArea): SettingsStore {
  const load = async () => parseSettings((await area.get([SETTINGS_KEY]))[SETTINGS_KEY]);
  const save = async (settings: Settings): Promise<SettingsProblem | null> => {
    const parsed = SettingsSchema.safeParse(settings);
    if (!parsed.success) return problemOf(settings);
    await area.set({ [SETTINGS_KEY]: parsed.data });
    return null;
  };
  return {
    load,
    save,
    update: async (change) => {
      const next = change(await load());
      return (await save(next)) === null ? next : load();
    },
  };
}

function problemOf(settings: Settings): SettingsProblem {
  for (const field of ['contactEmail', 'ncbiApiKey'] as const) {
    if (!SettingsSchema.safeParse({ ...DEFAULT_SETTINGS, [field]: settings[field] }).success) return field;
  }
  return 'other';
}
