import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/project-root';

const eslint = new ESLint({ cwd: PROJECT_ROOT });

async function restrictedImports(filePath: string, importPath: string): Promise<number> {
  const code = `import { x } from '${importPath}';\nexport const y = x;\n`;
  const [result] = await eslint.lintText(code, { filePath: `${PROJECT_ROOT}/${filePath}` });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').length;
}

/** The first lint loads the parser and the whole config, which took over 5 s on a loaded 2-core machine. */
const FIRST_LINT_TIMEOUT_MS = 60_000;

describe('lint keeps the layers in order: each imports only its own layer or below', { timeout: FIRST_LINT_TIMEOUT_MS }, () => {
  it.each([
    ['lib/shared/x.ts', '../text/causal-strength'],
    ['lib/shared/x.ts', '../evidence/page-checklist'],
    ['lib/text/x.ts', '../evidence/claim-checks'],
    ['lib/text/x.ts', '../scanner/scan-page'],
    ['lib/evidence/x.ts', '../resolver/resolve-sources'],
    ['lib/evidence/x.ts', '../pipeline/run-page'],
    ['lib/evidence/checks/x.ts', '../../content/page-session'],
    ['lib/evidence/x.ts', '../../components/shared/ClaimChecks'],
    ['lib/resolver/x.ts', '../pipeline/run-page'],
    ['lib/pipeline/x.ts', '../background/handle-message'],
    ['lib/pipeline/x.ts', '../cli/check-command'],
    ['lib/background/x.ts', '../../entrypoints/background'],
  ])('refuses %s importing %s', async (file, importPath) => {
    expect(await restrictedImports(file, importPath)).toBe(1);
  });

  it.each([
    ['lib/text/x.ts', '../shared/design-codes'],
    ['lib/evidence/x.ts', '../text/causal-strength'],
    ['lib/evidence/checks/x.ts', '../../shared/source-record'],
    ['lib/resolver/x.ts', '../evidence/classify-design'],
    ['lib/pipeline/x.ts', '../evidence/evaluate-page'],
    ['lib/background/x.ts', '../pipeline/run-page'],
    ['lib/cli/x.ts', '../pipeline/run-page'],
    ['components/shared/x.tsx', '../../lib/evidence/labels'],
  ])('allows %s importing %s', async (file, importPath) => {
    expect(await restrictedImports(file, importPath)).toBe(0);
  });
});
