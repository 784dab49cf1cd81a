import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtExtension } from './support/build-output';

describe('Firefox manifests', () => {
  it.each(['firefox-mv2', 'firefox-mv3'] as const)('%s: icons at 16, 32, 48, 96 and 128 px, English messages, activeTab', (target) => {
    const root = builtExtension(target);
    const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as {
      icons: Record<string, string>;
      default_locale: string;
      permissions: string[];
    };
    expect(Object.keys(manifest.icons)).toEqual(['16', '32', '48', '96', '128']);
    for (const [size, file] of Object.entries(manifest.icons)) {
      const png = readFileSync(join(root, file));
      // PNG width and height are the two big-endian words after the IHDR tag.
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([Number(size), Number(size)]);
    }
    expect(manifest.default_locale).toBe('en');
    expect(manifest.permissions).toContain('activeTab');
    const messages = JSON.parse(readFileSync(join(root, '_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>;
    expect(messages.popup_title?.message).toBe('Evidence Lens');
    expect(Object.keys(messages).every((name) => /^[A-Za-z0-9_@]+$/.test(name))).toBe(true);
  });
});
