import tseslint from 'typescript-eslint';

/**
 * Folders of the code, matched as a path segment of the import string (relative imports inside
 * lib/ do not contain "lib/"): "../evidence/x" is evidence code, "../../components/page/x" is
 * components and the content context's page code, and so on.
 */
const SEGMENTS = {
  text: 'text',
  evidence: 'evidence',
  resolver: 'resolver',
  pipeline: 'pipeline',
  content: 'content',
  scanner: 'scanner',
  page: 'page',
  background: 'background',
  popup: 'popup',
  options: 'options',
  cli: 'cli',
  components: 'components',
  entrypoints: 'entrypoints',
};

/**
 * The layers, bottom first. Code imports only from its own layer or below: lib/shared (domain
 * types, importing nothing above it), then the text tools, then evidence and the resolver (the
 * resolver may read evidence, not the other way round), then the page pipeline, then the
 * contexts, then components and entrypoints.
 */
const ABOVE = {
  shared: [
    'text',
    'evidence',
    'resolver',
    'pipeline',
    'content',
    'scanner',
    'background',
    'popup',
    'options',
    'cli',
    'components',
    'entrypoints',
  ],
  text: ['evidence', 'resolver', 'pipeline', 'content', 'scanner', 'background', 'popup', 'options', 'cli', 'components', 'entrypoints'],
  evidence: ['resolver', 'pipeline', 'content', 'scanner', 'background', 'popup', 'options', 'cli', 'components', 'entrypoints'],
  resolver: ['pipeline', 'content', 'scanner', 'background', 'popup', 'options', 'cli', 'components', 'entrypoints'],
  pipeline: ['content', 'scanner', 'background', 'popup', 'options', 'cli', 'components', 'entrypoints'],
  context: ['entrypoints'],
};

/** The other extension contexts' code, which one context must not import. */
const OTHER_CONTEXTS = {
  content: ['background', 'resolver', 'popup', 'options', 'cli'],
  background: ['content', 'scanner', 'page', 'popup', 'options', 'cli'],
  popup: ['content', 'scanner', 'page', 'background', 'resolver', 'options', 'cli'],
  options: ['content', 'scanner', 'page', 'background', 'resolver', 'popup', 'cli'],
  shared: ['content', 'scanner', 'page', 'background', 'popup', 'options', 'cli'],
};

function restrict(files, forbidden, why) {
  return {
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [...new Set(forbidden)].map((name) => ({
            regex: `(^|/)${SEGMENTS[name]}(/|\\.|$)`,
            message: `${why} must not import ${name} code.`,
          })),
        },
      ],
    },
  };
}

const LAYER =
  'Code imports only from its own layer or below (lib/shared, lib/text, lib/evidence and lib/resolver, lib/pipeline, the contexts, then components and entrypoints): it';
const CONTEXT = 'Code of one extension context must not import another context; what both need belongs in a lower layer: it';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  // Each file group appears in one entry below, since a later entry's options replace an earlier one's.
  restrict(['lib/shared/**'], ABOVE.shared, LAYER),
  restrict(['lib/text/**'], ABOVE.text, LAYER),
  restrict(['lib/evidence/**'], ABOVE.evidence, LAYER),
  restrict(['lib/resolver/**'], [...ABOVE.resolver, ...OTHER_CONTEXTS.background], LAYER),
  // The pipeline is given the cited works' results and never fetches, so it imports no resolver code either.
  restrict(['lib/pipeline/**'], [...ABOVE.pipeline, 'resolver'], LAYER),
  restrict(
    ['entrypoints/first-look.ts', 'entrypoints/scanner.ts', 'lib/content/**', 'lib/scanner/**', 'components/page/**'],
    [...ABOVE.context, ...OTHER_CONTEXTS.content],
    CONTEXT,
  ),
  restrict(['entrypoints/background.ts', 'lib/background/**'], [...ABOVE.context, ...OTHER_CONTEXTS.background], CONTEXT),
  restrict(['entrypoints/popup/**', 'lib/popup/**', 'components/popup/**'], [...ABOVE.context, ...OTHER_CONTEXTS.popup], CONTEXT),
  restrict(['entrypoints/options/**', 'lib/options/**', 'components/options/**'], [...ABOVE.context, ...OTHER_CONTEXTS.options], CONTEXT),
  restrict(['lib/cli/**'], [...ABOVE.context, 'components', 'content', 'background', 'popup', 'options'], CONTEXT),
  restrict(['components/shared/**'], [...ABOVE.context, ...OTHER_CONTEXTS.shared], CONTEXT),
);
