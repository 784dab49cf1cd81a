import { defineConfig } from 'wxt';
import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { API_HOST_PATTERNS } from './lib/shared/api-hosts';

/** Build configuration for the Chrome (MV3) and Firefox (MV2) packages. */
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  // Citation.js (popup export) imports node-fetch; the popup never lets it fetch.
  vite: () => ({ plugins: [preact()], resolve: { alias: { 'node-fetch': resolve('lib/popup/no-network-fetch.ts') } } }),
  manifest: ({ browser }) => ({
    name: 'Evidence Lens',
    description: 'Reads health articles critically: finds the studies a page cites, resolves them and shows how strong the evidence is.',
    default_locale: 'en',
    permissions: ['storage', 'activeTab'],
    host_permissions: [...API_HOST_PATTERNS],
    action: { default_title: 'Evidence Lens' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'evidence-lens@evidence-lens.org',
              strict_min_version: '140.0',
              // Identifiers of the works a page cites are sent to the scholarly APIs: declared honestly.
              data_collection_permissions: { required: ['websiteContent'] },
            },
          },
        }
      : {}),
  }),
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}-{{manifestVersion}}.zip',
    sourcesTemplate: '{{name}}-{{version}}-sources.zip',
  },
});
