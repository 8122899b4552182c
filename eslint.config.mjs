// Lint rules, including the layer boundaries of ARCHITECTURE.md:
// analysis/ is pure (no editor, LSP or Node imports), the server reaches analysis only through its
// façade, and the client never imports analysis or the server.
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Our own messages go by their typed objects in protocol/protocol.ts, never by method name.
const typedProtocol = {
  selector: "Literal[value=/^servicingLogs\\//]",
  message: 'Use the typed RequestType / NotificationType from protocol/protocol.ts, not the method name.',
};

// The server reaches analysis only through its façade, and never the client or vscode.
const serverImportPatterns = [
  { group: ['**/analysis/src/*', '!**/analysis/src/index.js'], message: 'The server imports analysis only through analysis/src/index.' },
  { group: ['vscode', '**/client/**'], message: 'The server never imports the client or vscode.' },
];

export default tseslint.config(
  {
    ignores: ['node_modules/**', 'out/**', 'dist/**', '.e2e/**', '.bench/**', 'screenshots/**', '**/*.generated.ts'],
  },
  ...tseslint.configs.recommended,
  {
    // The generators, benchmarks and scripts: plain JavaScript run by Node.
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['**/*.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    rules: {
      curly: 'error',
      eqeqeq: 'error',
      'no-throw-literal': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Type-only imports say so, so each file compiles on its own (esbuild transpiles file by file).
    // tsc's verbatimModuleSyntax says it too, but not in test/e2e, which stays CommonJS: see ARCHITECTURE.md.
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-import-type-side-effects': 'error',
    },
  },
  {
    files: ['analysis/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['vscode', 'vscode-*', 'node:*'], message: 'analysis/ is pure: no editor, LSP or Node imports.' },
            { group: ['fs', 'path', 'os', 'child_process', 'url', 'util', 'stream', 'events'], message: 'analysis/ is pure: no Node built-ins.' },
            { group: ['**/server/**', '**/client/**'], message: 'analysis/ depends on nothing above it.' },
          ],
        },
      ],
    },
  },
  {
    // What is derived from a LogDocument lives in its one info (analysis/src/documentInfo.ts), and
    // the core keeps no mutable module state. Excepted below: lazily built static tables.
    files: ['analysis/**/*.ts'],
    ignores: ['analysis/src/documentInfo.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='WeakMap']", message: 'Derived per-document data goes in DocumentInfo (analysis/src/documentInfo.ts).' },
        { selector: "Program > VariableDeclaration[kind='let']", message: 'No mutable module state in the core: pass state, or keep it in DocumentInfo.' },
      ],
    },
  },
  {
    // Code labels are memoized per learned-names map, which the windows of a streamed file share;
    // the code tables are built on first use.
    files: ['analysis/src/failures/label.ts', 'analysis/src/codes/lookup.ts', 'analysis/src/codes/explanations.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['server/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: serverImportPatterns,
        },
      ],
    },
  },
  {
    // No test asserts on time (speed is `npm run bench`'s); tests of server code live in test/server.
    files: ['test/**/*.ts'],
    ignores: ['test/e2e/**'],
    rules: {
      'no-restricted-globals': ['error', { name: 'performance', message: 'No timing in tests: measure in npm run bench.' }],
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[object.name='Date'][property.name='now']", message: 'No timing in tests: measure in npm run bench.' },
        typedProtocol,
      ],
    },
  },
  {
    files: ['client/**/*.ts', 'server/**/*.ts'],
    rules: { 'no-restricted-syntax': ['error', typedProtocol] },
  },
  {
    // One read path for logs on disk: server/src/files (find, read in chunks, decode). Only our
    // own package.json is read whole.
    files: ['client/**/*.ts', 'server/**/*.ts'],
    ignores: ['server/src/manifest.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { property: 'readFile', message: 'Logs are read through server/src/files (read.ts), in chunks.' },
        { property: 'readFileSync', message: 'Logs are read through server/src/files (read.ts), in chunks.' },
      ],
    },
  },
  {
    files: ['test/analysis/**/*.ts', 'test/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/server/src/**'], message: 'Tests of server code live in test/server.' }] }],
    },
  },
  {
    // Handlers get the parsed document from the cache (context.ts); they never parse.
    files: ['server/src/features/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: '../../../analysis/src/index.js', importNames: ['parseLog', 'reparseLog'], message: 'Handlers never parse: use getLogDocument (the document cache).' }],
          patterns: serverImportPatterns,
        },
      ],
    },
  },
  {
    files: ['client/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/analysis/**', '**/server/**'], message: 'The client talks to the server over LSP only.' }] },
      ],
    },
  },
);
