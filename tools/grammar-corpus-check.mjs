#!/usr/bin/env node
// Tokenizes real logs with the five grammars (vscode-textmate + vscode-oniguruma, as VS Code does)
// and reports tokenization time, slow lines, and scope statistics. Not part of `npm run test:grammar`:
// the corpus is not in the repository (licences, personal data).
//
//   node tools/grammar-grammar-corpus-check.mjs <corpus-dir>                 time every file, list lines > 50 ms
//   node tools/grammar-grammar-corpus-check.mjs <corpus-dir> --scopes        also count the scopes per file
//   node tools/grammar-corpus-check.mjs <file> --show 10-20          print the tokens of lines 10-20
//   node tools/grammar-corpus-check.mjs --stress                     long synthetic lines (backtracking check)
//
// The grammar is chosen from the file name (cbs*, dism*, setupact*/setuperr*/setupdiag*/SetupDiagResults*,
// setupapi*, windowsupdate*); --lang <id> overrides it.

import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const tm = require('vscode-textmate');
const onig = require('vscode-oniguruma');

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const LANGS = {
  'cbs-log': 'text.log.cbs',
  'setupapi-log': 'text.log.setupapi',
  'dism-log': 'text.log.dism',
  'panther-log': 'text.log.panther',
  'windowsupdate-log': 'text.log.windowsupdate',
};
const SLOW_MS = 50;

export async function loadGrammars() {
  const wasm = readFileSync(require.resolve('vscode-oniguruma').replace(/main\.js$/, 'onig.wasm')).buffer;
  await onig.loadWASM(wasm);
  const byScope = {};
  for (const id of Object.keys(LANGS)) {
    const path = join(root, 'syntaxes', `${id}.tmLanguage.json`);
    byScope[LANGS[id]] = tm.parseRawGrammar(readFileSync(path, 'utf8'), path);
  }
  const registry = new tm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (p) => new onig.OnigScanner(p),
      createOnigString: (s) => new onig.OnigString(s),
    }),
    loadGrammar: async (scope) => byScope[scope] ?? null,
  });
  const grammars = {};
  for (const [id, scope] of Object.entries(LANGS)) {
    grammars[id] = await registry.loadGrammar(scope);
  }
  return grammars;
}

function langFor(name) {
  const n = name.toLowerCase();
  if (n.startsWith('cbs')) {
    return 'cbs-log';
  }
  if (n.startsWith('dism')) {
    return 'dism-log';
  }
  if (n.startsWith('setupapi')) {
    return 'setupapi-log';
  }
  if (/^(setupact|setuperr|setupdiag)/.test(n)) {
    return 'panther-log';
  }
  if (n.startsWith('windowsupdate') || n === 'uso.log' || n === 'ux.log') {
    return 'windowsupdate-log';
  }
  return undefined;
}

// Like VS Code: BOM removed, UTF-8 (invalid bytes become U+FFFD), CRLF / LF / CR line breaks.
function readLines(file) {
  let text = readFileSync(file, 'utf8');
  if (text.charCodeAt(0) === 0xfeff) {
    text = text.slice(1);
  }
  return text.split(/\r\n|\n|\r/);
}

function tokenizeFile(grammar, lines, { scopes } = {}) {
  let state = tm.INITIAL;
  const slow = [];
  const counts = new Map();
  const t0 = performance.now();
  lines.forEach((line, i) => {
    const s = performance.now();
    const r = grammar.tokenizeLine(line, state);
    const ms = performance.now() - s;
    if (ms > SLOW_MS) {
      slow.push({ line: i + 1, ms, length: line.length });
    }
    state = r.ruleStack;
    if (scopes) {
      for (const t of r.tokens) {
        const leaf = t.scopes[t.scopes.length - 1];
        counts.set(leaf, (counts.get(leaf) ?? 0) + 1);
      }
    }
  });
  return { ms: performance.now() - t0, slow, counts };
}

function show(grammar, lines, from, to) {
  let state = tm.INITIAL;
  for (let i = 0; i < Math.min(to, lines.length); i++) {
    const r = grammar.tokenizeLine(lines[i], state);
    state = r.ruleStack;
    if (i + 1 < from) {
      continue;
    }
    console.log(`${i + 1}: ${lines[i]}`);
    for (const t of r.tokens) {
      const text = lines[i].slice(t.startIndex, t.endIndex);
      const sc = t.scopes.slice(1).filter((x) => !x.startsWith('meta.'));
      if (sc.length) {
        console.log(`    ${JSON.stringify(text)}  ${sc.join(' ')}`);
      }
    }
  }
}

function stress(grammars) {
  // Each input is tokenized at two lengths; time should grow linearly (ratio ~5), never quadratically.
  const make = (n) => ({
    'a-a-a': 'a-'.repeat(n / 2),
    quotes: "x '".repeat(n / 3),
    'open quotes': "'a ".repeat(n / 3),
    backslashes: 'C:\\' + '\\a'.repeat(n / 2),
    hex: '0x0x'.repeat(n / 4),
    tildes: 'a~'.repeat(n / 2),
    braces: '{'.repeat(n),
    'hresult brackets': '[HRESULT = 0x800f0922 - CBS_E_INSTALLERS_FAILED] '.repeat(n / 50),
    packages: 'Package_for_KB5016623~31bf3856ad364e35~amd64~~17763.3287.1.10 '.repeat(n / 63),
    'dism dashes': '2020-09-18 21:56:47, Info                  DISM   API: PID=1 TID=2 ' + 'x - y'.repeat(n / 5),
    'record + spaces': '2020-09-18 21:56:47, Info' + ' '.repeat(n),
    'setupapi entry': '     inf: ' + '{a '.repeat(n / 3),
    'wu banner': '2021/07/13 10:22:58.9553434 3696  8172  Shared          ' + '** '.repeat(n / 3),
    'error words': 'Error = hr: result '.repeat(n / 19),
    'upper snake': 'A_B_C_D_E_F_'.repeat(n / 12),
  });
  const small = make(40_000);
  const big = make(200_000);
  for (const [id, grammar] of Object.entries(grammars)) {
    for (const name of Object.keys(small)) {
      const time = (line) => {
        let best = Infinity;
        for (let i = 0; i < 3; i++) {
          const s = performance.now();
          grammar.tokenizeLine(line, tm.INITIAL);
          best = Math.min(best, performance.now() - s);
        }
        return best;
      };
      const a = time(small[name]);
      const b = time(big[name]);
      const flag = b > 2000 || (a >= 20 && b / a > 12) ? '  <-- check' : '';
      console.log(`${id.padEnd(18)} ${name.padEnd(17)} 40k: ${a.toFixed(0).padStart(5)} ms  200k: ${b.toFixed(0).padStart(6)} ms${flag}`);
    }
  }
}

async function main() {
  const args = process.argv.slice(2);
  const grammars = await loadGrammars();
  if (args.includes('--stress')) {
    return stress(grammars);
  }
  const target = args.find((a) => !a.startsWith('--') && !/^\d+-\d+$/.test(a) && !Object.hasOwn(LANGS, a));
  if (!target) {
    console.error('usage: grammar-corpus-check.mjs <corpus-dir | file> [--scopes] [--show A-B] [--lang id] | --stress');
    process.exit(2);
  }
  const langArg = args.includes('--lang') ? args[args.indexOf('--lang') + 1] : undefined;
  const showArg = args.includes('--show') ? args[args.indexOf('--show') + 1] : undefined;
  const files = statSync(target).isDirectory()
    ? readdirSync(target).filter((f) => f.endsWith('.log')).map((f) => join(target, f))
    : [target];
  // Warm-up (regex compilation, JIT) so that the first file's first lines are not reported as slow.
  for (const file of files) {
    const lang = langArg ?? langFor(basename(file));
    if (lang) {
      tokenizeFile(grammars[lang], readLines(file).slice(0, 500));
    }
  }
  let total = 0;
  let totalLines = 0;
  let slowCount = 0;
  for (const file of files.sort()) {
    const lang = langArg ?? langFor(basename(file));
    if (!lang) {
      continue;
    }
    const lines = readLines(file);
    if (showArg) {
      const [a, b] = showArg.split('-').map(Number);
      show(grammars[lang], lines, a, b);
      continue;
    }
    const r = tokenizeFile(grammars[lang], lines, { scopes: args.includes('--scopes') });
    total += r.ms;
    totalLines += lines.length;
    slowCount += r.slow.length;
    console.log(`${basename(file).padEnd(40)} ${lang.padEnd(18)} ${String(lines.length).padStart(6)} lines ${r.ms.toFixed(0).padStart(6)} ms`);
    for (const s of r.slow) {
      console.log(`    slow line ${s.line}: ${s.ms.toFixed(1)} ms (${s.length} chars)`);
    }
    if (r.counts.size) {
      const top = [...r.counts].filter(([k]) => !k.startsWith('text.log')).sort((a, b) => b[1] - a[1]);
      for (const [k, v] of top) {
        console.log(`    ${String(v).padStart(7)}  ${k}`);
      }
    }
  }
  if (!showArg) {
    console.log(`total: ${totalLines} lines in ${files.length} files, ${total.toFixed(0)} ms, ${slowCount} lines over ${SLOW_MS} ms`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
