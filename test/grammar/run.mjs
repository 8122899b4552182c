#!/usr/bin/env node
// Grammar tests (npm run test:grammar):
//   * checks that syntaxes/*.tmLanguage.json match tools/generate-grammars.mjs;
//   * snapshot tests: every test/grammar/snap/<name>.<language-id> against its .snap file
//     (vscode-tmgrammar-snap);
//   * assertion tests: every file in test/grammar/assert/ (vscode-tmgrammar-test, "# SYNTAX TEST" header).
// Every test gets all five grammars (-g). Ends with "N passed, M failed" (test files).
//
//   node test/grammar/run.mjs            run
//   node test/grammar/run.mjs --update   regenerate syntaxes/ and rewrite the .snap files

import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateGrammars } from '../../tools/generate-grammars.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const require = createRequire(import.meta.url);
const update = process.argv.includes('--update');

// language id -> { scope, path } from the manifest, so the runner follows package.json.
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const languages = new Map(manifest.contributes.grammars.map((g) => [g.language, { scope: g.scopeName, path: g.path }]));
const grammarArgs = [...languages.values()].flatMap((g) => ['-g', g.path]);

function bin(name) {
  const pkgPath = require.resolve('vscode-tmgrammar-test/package.json');
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8'));
  return join(dirname(pkgPath), pkg.bin[name]);
}
const SNAP = bin('vscode-tmgrammar-snap');
const TEST = bin('vscode-tmgrammar-test');

function run(args) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, FORCE_COLOR: '0' } });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => resolve({ code, output }));
  });
}

function checkGrammars() {
  let stale = 0;
  for (const [rel, text] of Object.entries(generateGrammars())) {
    const file = join(root, rel);
    const current = existsSync(file) ? readFileSync(file, 'utf8') : null;
    if (current === text) {
      continue;
    }
    if (update) {
      writeFileSync(file, text);
      console.log(`wrote ${rel}`);
    } else {
      console.log(`FAIL ${rel} is out of date: run node tools/generate-grammars.mjs (or npm run test:grammar -- --update)`);
      stale++;
    }
  }
  return stale;
}

function collect() {
  const tests = [];
  const snapDir = join(here, 'snap');
  for (const f of existsSync(snapDir) ? readdirSync(snapDir).sort() : []) {
    if (f.endsWith('.snap')) {
      continue;
    }
    const lang = f.slice(f.lastIndexOf('.') + 1);
    const file = join(snapDir, f);
    tests.push({ kind: 'snap', file, lang });
  }
  const assertDir = join(here, 'assert');
  for (const f of existsSync(assertDir) ? readdirSync(assertDir).sort() : []) {
    tests.push({ kind: 'assert', file: join(assertDir, f) });
  }
  return tests;
}

async function runTest(t) {
  const rel = relative(root, t.file);
  if (t.kind === 'snap') {
    const grammar = languages.get(t.lang);
    if (!grammar) {
      return { ok: false, output: `no grammar for language "${t.lang}" (file extension must be a language id from package.json)` };
    }
    if (!update && !existsSync(`${t.file}.snap`)) {
      return { ok: false, output: `missing ${rel}.snap: run npm run test:grammar -- --update and review it` };
    }
    const args = [SNAP, '-s', grammar.scope, ...grammarArgs, ...(update ? ['-u'] : []), rel];
    const { code, output } = await run(args);
    return { ok: code === 0, output };
  }
  const { code, output } = await run([TEST, ...grammarArgs, rel]);
  return { ok: code === 0, output };
}

async function main() {
  const stale = checkGrammars();
  const tests = collect();
  const results = new Array(tests.length);
  let next = 0;
  const worker = async () => {
    while (next < tests.length) {
      const i = next++;
      results[i] = await runTest(tests[i]);
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  let passed = 0;
  let failed = 0;
  tests.forEach((t, i) => {
    const r = results[i];
    const rel = relative(root, t.file);
    if (r.ok) {
      passed++;
      console.log(`ok   ${t.kind.padEnd(6)} ${rel}`);
      if (update && r.output.trim()) {
        console.log(indent(r.output));
      }
    } else {
      failed++;
      console.log(`FAIL ${t.kind.padEnd(6)} ${rel}`);
      console.log(indent(r.output));
    }
  });
  if (tests.length === 0) {
    console.log('no grammar tests found');
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed > 0 || stale > 0 || tests.length === 0 ? 1 : 0);
}

const indent = (s) =>
  s
    .trimEnd()
    .split('\n')
    .map((l) => `    ${l}`)
    .join('\n');

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
