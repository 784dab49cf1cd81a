import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { API_HOST_PATTERNS } from '../../lib/shared/api-hosts';
import { builtExtension, PROJECT_ROOT, type BuildTarget } from './support/build-output';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const manifest = (target: BuildTarget) => JSON.parse(readFileSync(join(builtExtension(target), 'manifest.json'), 'utf8'));

/** The pages the first script runs on, and where the background may inject the scanner. */
const PAGES = ['http://*/*', 'https://*/*'];

describe('the production builds', () => {
  it('Chrome MV3 asks for storage, scripting (to load the scanner), the scholarly API hosts and the pages its first script reads', () => {
    const chrome = manifest('chrome-mv3');
    expect(chrome.manifest_version).toBe(3);
    expect(chrome.permissions).toEqual(['storage', 'activeTab', 'scripting']);
    expect(chrome.host_permissions).toEqual([...API_HOST_PATTERNS, ...PAGES]);
    expect(chrome.content_scripts).toEqual([{ matches: PAGES, run_at: 'document_idle', js: ['first-look.js'] }]);
    expect(chrome.web_accessible_resources).toBeUndefined();
  });

  it('Firefox MV2 has a fixed add-on id and the same narrow permissions (tabs.executeScript needs none of its own)', () => {
    const firefox = manifest('firefox-mv2');
    expect(firefox.manifest_version).toBe(2);
    expect(firefox.browser_specific_settings.gecko.id).toBe('evidence-lens@evidence-lens.org');
    expect(firefox.permissions).toEqual(['storage', 'activeTab', ...API_HOST_PATTERNS, ...PAGES]);
    expect(firefox.web_accessible_resources).toBeUndefined();
  });

  it('Firefox MV3 asks for the same host permissions', () => {
    const firefox = manifest('firefox-mv3');
    expect(firefox.manifest_version).toBe(3);
    expect(firefox.permissions).toEqual(['storage', 'activeTab', 'scripting']);
    expect(firefox.host_permissions).toEqual([...API_HOST_PATTERNS, ...PAGES]);
    expect(firefox.browser_specific_settings.gecko.id).toBe('evidence-lens@evidence-lens.org');
  });

  it.each(['chrome-mv3', 'firefox-mv2', 'firefox-mv3'] as const)('%s contains no localhost endpoint', (target) => {
    for (const file of filesUnder(builtExtension(target))) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/localhost|127\.0\.0\.1/);
    }
  });

  it('store zips exist for both browsers', () => {
    const version = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')).version;
    for (const target of ['chrome-mv3', 'firefox-mv2', 'firefox-mv3']) {
      expect(existsSync(join(PROJECT_ROOT, '.output', `evidence-lens-${version}-${target}.zip`))).toBe(true);
    }
  });
});
