import { parseSettings, SETTINGS_KEY, SettingsSchema, type Settings } from '../shared/settings';

/** The part of a storage area the settings use. */
export interface SettingsArea {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** Reads and writes the reader's settings, validating both ways. */
export interface SettingsStore {
  load(): Promise<Settings>;
  /** Saves valid settings; returns the problem for invalid ones instead. */
  save(settings: Settings): Promise<string | null>;
}

/** Settings kept in `storage.sync`, so they follow the reader between browsers. */
export function settingsStore(area: SettingsArea): SettingsStore {
  return {
    load: async () => parseSettings((await area.get([SETTINGS_KEY]))[SETTINGS_KEY]),
    save: async (settings) => {
      const parsed = SettingsSchema.safeParse(settings);
      if (!parsed.success) return 'Please check the email address and the API key.';
      await area.set({ [SETTINGS_KEY]: parsed.data });
      return null;
    },
  };
}
