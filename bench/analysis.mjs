// In-process analysis throughput, run in a fresh Node process per log (node --expose-gc) so one
// measurement's heap does not slow the next:
//
//   node --expose-gc bench/analysis.mjs <file> <cbs|setupapi> [reps] [hoverCount] [seed]
//
// Times what the language server does for a document with default settings, without LSP:
// parseLog → findFailures (+ the server's severity filter and 5000 cap) → getFoldRanges (client
// range limit 5000) → getOutline. Next to it: a plain single-regex line scan of the same text
// (split into lines, one case-insensitive regex tested on each). Prints one JSON object; it also
// picks the hover positions (random error codes) that the LSP run uses.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { prng } from './makeLog.mjs';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/** What the editor would hand the server: CBS is UTF-8 (BOM dropped), setupapi the ANSI code page. */
export function loadText(file, kind) {
  const bytes = fs.readFileSync(file);
  return new TextDecoder(kind === 'setupapi' ? 'windows-1252' : 'utf-8').decode(bytes);
}

export const DOC_NAMES = { cbs: 'CBS.log', setupapi: 'setupapi.dev.log' };
export const LANGUAGE_IDS = { cbs: 'cbs-log', setupapi: 'setupapi-log' };
export const PLAIN_REGEX = /error|fail|0x[0-9a-f]{8}/i;
const MAX_DIAGNOSTICS = 5000;
const FOLDING_RANGE_LIMIT = 5000;

export function plainScan(text) {
  const lines = text.split(/\r\n|\n|\r/);
  let hits = 0;
  for (let i = 0; i < lines.length; i++) {
    if (PLAIN_REGEX.test(lines[i])) {
      hits++;
    }
  }
  return { lines: lines.length, hits };
}

function gc() {
  if (globalThis.gc) {
    globalThis.gc();
  }
}

/** CPU time of this process since `start` (process.cpuUsage()), in ms: all threads, so GC helpers count. */
function cpuSince(start) {
  const d = process.cpuUsage(start);
  return (d.user + d.system) / 1000;
}

/** JS heap plus ArrayBuffers (the LineTable and per-line arrays are typed arrays). */
function heapAndBuffers() {
  const m = process.memoryUsage();
  return m.heapUsed + m.external;
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}


/** What the last run produced; cleared before each run so its heap delta is the document's alone. */
let holder;

/**
 * One timed run. Only numbers leave this function (the results go to `holder`), so nothing of a
 * previous run stays reachable from a stack slot while the next one measures its heap.
 */
function analyzeOnce(analysis, text, options) {
  holder = undefined;
  gc();
  const heapBefore = heapAndBuffers();
  const c = process.cpuUsage();
  const t0 = performance.now();
  const doc = analysis.parseLog(text, options);
  const t1 = performance.now();
  const all = analysis.findFailures(doc, { noisePatterns: [] });
  const shown = analysis.limitFailures(all, MAX_DIAGNOSTICS);
  const t2 = performance.now();
  const folds = analysis.getFoldRanges(doc, shown, FOLDING_RANGE_LIMIT);
  const t3 = performance.now();
  const outline = analysis.getOutline(doc, shown);
  const t4 = performance.now();
  const cpuMs = cpuSince(c);
  holder = { doc, all, shown, folds, outline };
  gc();
  return {
    parseMs: t1 - t0,
    failuresMs: t2 - t1,
    foldingMs: t3 - t2,
    outlineMs: t4 - t3,
    totalMs: t4 - t0,
    cpuMs,
    retainedHeapBytes: heapAndBuffers() - heapBefore,
  };
}

const EDIT_DOC_MIB = 20;
const EDITS = 300;

/**
 * Typing into a big open log: EDITS one-character inserts at the middle of a 20 MiB document,
 * each followed by what the server does before it answers the next request for it
 * (`reparseLog`). The reference is what any server pays for the same keystrokes: applying the
 * change to its copy of the text (TextDocument.update, as the do-nothing server does). After the
 * last edit: the debounced diagnostics of the new version (findFailures), once.
 */
function measureEdits(analysis, fullText, options) {
  const { TextDocument } = require(path.join(REPO_ROOT, 'node_modules', 'vscode-languageserver-textdocument'));
  const cut = fullText.indexOf('\n', EDIT_DOC_MIB * 1024 * 1024);
  const base = cut < 0 ? fullText : fullText.slice(0, cut + 1);
  const at = base.indexOf('\n', base.length >> 1) + 1;
  const run = (withParse) => {
    const td = TextDocument.create(options.uri, options.languageId, 0, base);
    let doc = withParse ? analysis.parseLog(td.getText(), options) : undefined;
    const start = td.positionAt(at);
    gc();
    const c = process.cpuUsage();
    const t0 = performance.now();
    for (let k = 0; k < EDITS; k++) {
      const p = { line: start.line, character: start.character + k };
      TextDocument.update(td, [{ range: { start: p, end: p }, text: 'x' }], k + 1);
      if (withParse) {
        doc = analysis.reparseLog(doc, td.getText(), options);
      }
    }
    const ms = performance.now() - t0;
    return { ms, cpuMs: cpuSince(c), doc };
  };
  const reference = run(false);
  const ours = run(true);
  const t = performance.now();
  analysis.findFailures(ours.doc, { noisePatterns: [] });
  const diagnosticsMs = performance.now() - t;
  return {
    bytes: base.length,
    edits: EDITS,
    msPerEdit: ours.ms / EDITS,
    editsPerS: EDITS / (ours.ms / 1000),
    referenceMsPerEdit: reference.ms / EDITS,
    cpuMsPerEdit: ours.cpuMs / EDITS,
    diagnosticsAfterLastEditMs: diagnosticsMs,
  };
}

async function main() {
  const [file, kind, repsArg, hoverArg, seedArg] = process.argv.slice(2);
  const reps = Number(repsArg ?? 3);
  const hoverCount = Number(hoverArg ?? 200);
  const analysis = (await import(pathToFileURL(path.join(REPO_ROOT, 'out', 'analysis', 'src', 'index.js')).href));
  const bytes = fs.statSync(file).size;
  let t = performance.now();
  const text = loadText(file, kind);
  const decodeMs = performance.now() - t;
  const uri = `file:///bench/${DOC_NAMES[kind]}`;
  const options = { uri, languageId: LANGUAGE_IDS[kind] };

  const runs = [];
  const scans = [];
  for (let r = 0; r < reps; r++) {
    holder = undefined;
    gc();
    const c = process.cpuUsage();
    t = performance.now();
    const scan = plainScan(text);
    scans.push({ ms: performance.now() - t, cpuMs: cpuSince(c), ...scan });
    runs.push(analyzeOnce(analysis, text, options));
  }
  const { doc, all, shown, folds, outline } = holder;
  holder = undefined;
  const edits = measureEdits(analysis, text, options);

  // Hover positions: the middle of random error codes (same positions for both servers).
  const rand = prng(Number(seedArg ?? 0xb0b));
  const hovers = [];
  const codes = doc.codes;
  for (let k = 0; k < hoverCount && codes.length > 0; k++) {
    const c = codes[Math.floor(rand() * codes.length)];
    hovers.push({ line: c.line, character: (c.start + c.end) >> 1 });
  }

  const best = (key) => Math.min(...runs.map((r) => r[key]));
  const med = (key) => median(runs.map((r) => r[key]));
  const scanBest = Math.min(...scans.map((s) => s.ms));
  const mb = bytes / (1024 * 1024);
  const result = {
    file,
    kind,
    bytes,
    chars: text.length,
    lines: doc.lines.count,
    detectedKind: doc.kind,
    codes: doc.codes.length,
    sections: doc.sections.length,
    failures: all.length,
    failuresShown: shown.length,
    errors: all.filter((f) => f.severity === 'error').length,
    verdicts: all.filter((f) => f.role === 'verdict').length,
    rootCauses: all.filter((f) => f.role === 'root-cause').length,
    foldRanges: folds.length,
    outlineTop: outline.length,
    decodeMs,
    reps,
    runs,
    scans: scans.map((s) => s.ms),
    scanHits: scans[0].hits,
    analysis: {
      bestMs: best('totalMs'),
      medianMs: med('totalMs'),
      parseMs: best('parseMs'),
      failuresMs: best('failuresMs'),
      foldingMs: best('foldingMs'),
      outlineMs: best('outlineMs'),
      mbPerS: mb / (best('totalMs') / 1000),
      // The first run also builds lazy module tables (code index…): the smallest delta is the document's.
      retainedHeapBytes: Math.min(...runs.map((x) => x.retainedHeapBytes)),
    },
    scan: { bestMs: scanBest, medianMs: median(scans.map((s) => s.ms)), mbPerS: mb / (scanBest / 1000) },
    ratio: best('totalMs') / scanBest,
    edits,
    cpu: { analysisMs: best('cpuMs'), scanMs: Math.min(...scans.map((x) => x.cpuMs)), ratio: best('cpuMs') / Math.min(...scans.map((x) => x.cpuMs)) },
    hovers,
  };
  process.stdout.write(JSON.stringify(result));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error?.stack ?? String(error));
    process.exit(1);
  });
}
