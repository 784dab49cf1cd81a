import { defineConfig } from 'wxt';
import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { API_HOST_PATTERNS } from './lib/shared/api-hosts';

/** The pages the extension reads: the first script's matches, and where the scanner may be injected. */
const PAGE_PATTERNS = ['http://*/*', 'https://*/*'];

/** Build configuration for the Chrome (MV3) and Firefox (MV2) packages. */
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  // Citation.js (popup export) imports node-fetch; the popup never lets it fetch.
  vite: () => ({ plugins: [preact()], resolve: { alias: { 'node-fetch': resolve('lib/popup/no-network-fetch.ts') } } }),
  manifest: ({ browser, manifestVersion }) => ({
    name: 'Evidence Lens',
    description: 'Reads health articles critically: finds the studies a page cites, resolves them and shows how strong the evidence is.',
    default_locale: 'en',
    // The background loads the scanner into a tab whose first script found something: with
    // `scripting` in MV3, with tabs.executeScript (no permission of its own) in MV2. Both need
    // host access to the page, which the first script's matches already ask the reader for.
    permissions: manifestVersion === 3 ? ['storage', 'activeTab', 'scripting'] : ['storage', 'activeTab'],
    host_permissions: [...API_HOST_PATTERNS, ...PAGE_PATTERNS],
    action: { default_title: 'Evidence Lens' },
    // The first script is an unlisted script listed here by hand, so it is built without the
    // content-script wrapper and the API polyfill that every page would otherwise pay for.
    content_scripts: [{ matches: PAGE_PATTERNS, run_at: 'document_idle', js: ['first-look.js'] }],
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
