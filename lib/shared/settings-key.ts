/** The storage key settings live under (storage.sync); free of the schema so the first script can read it. */
export const SETTINGS_KEY = 'settings';
