import tseslint from 'typescript-eslint';

/**
 * Folders that belong to one extension context, matched as a path segment of the import string
 * (relative imports inside lib/ do not contain "lib/"): lib/content, lib/scanner, components/page
 * and entrypoints/content are content-script code, and so on.
 */
const CONTEXT_PATHS = {
  content: '(^|/)(content|scanner|page)(/|\\.|$)',
  background: '(^|/)(background|resolver)(/|\\.|$)',
  popup: '(^|/)popup(/|\\.|$)',
  options: '(^|/)options(/|\\.|$)',
};

/** Forbids imports of the other contexts' code; shared code lives in lib/shared, lib/text, lib/evidence, lib/pipeline and components/shared. */
function boundary(files, forbidden) {
  return {
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: forbidden.map((context) => ({
            regex: CONTEXT_PATHS[context],
            message: `Code of one extension context must not import ${context} code; move what both need to lib/shared.`,
          })),
        },
      ],
    },
  };
}

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  boundary(['entrypoints/content.ts', 'lib/content/**', 'lib/scanner/**', 'components/page/**'], ['background', 'popup', 'options']),
  boundary(['entrypoints/background.ts', 'lib/background/**', 'lib/resolver/**'], ['content', 'popup', 'options']),
  boundary(['entrypoints/popup/**', 'lib/popup/**', 'components/popup/**'], ['content', 'background', 'options']),
  boundary(['entrypoints/options/**', 'lib/options/**', 'components/options/**'], ['content', 'background', 'popup']),
  boundary(
    ['lib/shared/**', 'lib/text/**', 'lib/evidence/**', 'lib/pipeline/**', 'components/shared/**'],
    ['content', 'background', 'popup', 'options'],
  ),
);
