import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/project-root';

const eslint = new ESLint({ cwd: PROJECT_ROOT });

async function restrictedImports(filePath: string, code: string): Promise<number> {
  const [result] = await eslint.lintText(code, { filePath: `${PROJECT_ROOT}/${filePath}` });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').length;
}

/** The first lint loads the parser and the whole config, which took over 5 s on a loaded 2-core machine. */
const FIRST_LINT_TIMEOUT_MS = 60_000;

describe('lint keeps the extension contexts apart', { timeout: FIRST_LINT_TIMEOUT_MS }, () => {
  it.each([
    ['lib/scanner/x.ts', "import { resolveSources } from '../resolver/resolve-sources';\nexport const x = resolveSources;\n"],
    ['lib/content/x.ts', "import { Popup } from '../../components/popup/Popup';\nexport const x = Popup;\n"],
    ['lib/resolver/x.ts', "import { scanPage } from '../scanner/scan-page';\nexport const x = scanPage;\n"],
    ['entrypoints/background.ts', "import { PageSession } from '../lib/content/page-session';\nexport const x = PageSession;\n"],
    ['lib/popup/x.ts', "import { SourceCache } from '../resolver/cache';\nexport const x = SourceCache;\n"],
    ['lib/shared/x.ts', "import { scanPage } from '../scanner/scan-page';\nexport const x = scanPage;\n"],
    ['lib/pipeline/x.ts', "import { scanDom } from '../scanner/scan-page';\nexport const x = scanDom;\n"],
    ['lib/pipeline/y.ts', "import { SourceResolver } from '../resolver/resolve-sources';\nexport const y = SourceResolver;\n"],
  ])('refuses a cross-context import in %s', async (file, code) => {
    expect(await restrictedImports(file, code)).toBe(1);
  });

  it('allows imports of shared code', async () => {
    expect(
      await restrictedImports('lib/content/x.ts', "import { parseIdKey } from '../shared/identifiers';\nexport const x = parseIdKey;\n"),
    ).toBe(0);
    expect(
      await restrictedImports(
        'lib/background/x.ts',
        "import { runPagePipeline } from '../pipeline/page-pipeline';\nexport const x = runPagePipeline;\n",
      ),
    ).toBe(0);
  });
});
