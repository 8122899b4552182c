// `npm run bench` (issue 6): large CBS and setupapi logs made of real lines, our language server
// side by side with a do-nothing reference server over real LSP stdio, and the analysis core next
// to a plain single-regex line scan. Prints ratios against the goals; writes .bench/results.json
// and .bench/results.md. See bench/README.md.
//
//   node bench/run.mjs [--sizes 5,50,200] [--only cbs|setupapi] [--quick] [--hovers 200]
//                      [--foldings 20] [--reps 3] [--runs 3] [--no-lsp] [--lsp-max-mib N] [--profile]

import { execFileSync, spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ensureLog, BENCH_DIR, REPO_ROOT, CORPUS_DIR, MiB } from './makeLog.mjs';
import { loadText, DOC_NAMES, LANGUAGE_IDS, PLAIN_REGEX } from './analysis.mjs';
import { runLspSession, percentile } from './lsp.mjs';
import { benchHostile } from './hostile.mjs';

const GOALS = { didOpen: 1.3, memory: 1.2, hoverP99: 2, analysis: 2 };
const GOAL_SIZE_MIB = 50;
/** Our server waits this long after didOpen before it pushes diagnostics (server/src/features/diagnostics.ts). */
const PUSH_DEBOUNCE_MS = 150;

// ---------------------------------------------------------------- options

function parseArgs(argv) {
  const options = { sizes: [5, 50, 200], kinds: ['cbs', 'setupapi'], hovers: 200, foldings: 20, reps: 3, runs: undefined, lsp: true, lspMaxMiB: Infinity, profile: false, large: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) {
        throw new Error(`${a} needs a value`);
      }
      return v;
    };
    if (a === '--sizes') {
      options.sizes = value().split(',').map(Number);
      if (options.sizes.some((n) => !(n > 0))) {
        throw new Error('--sizes takes MiB numbers: --sizes 5,50');
      }
    } else if (a === '--only') {
      const k = value();
      if (k !== 'cbs' && k !== 'setupapi') {
        throw new Error('--only takes cbs or setupapi');
      }
      options.kinds = [k];
    } else if (a === '--quick') {
      options.sizes = [5];
      options.quick = true;
    } else if (a === '--hovers') {
      options.hovers = Number(value());
    } else if (a === '--foldings') {
      options.foldings = Number(value());
    } else if (a === '--reps') {
      options.reps = Number(value());
    } else if (a === '--runs') {
      options.runs = Number(value());
    } else if (a === '--no-lsp') {
      options.lsp = false;
    } else if (a === '--lsp-max-mib') {
      options.lspMaxMiB = Number(value());
    } else if (a === '--profile') {
      options.profile = true;
    } else if (a === '--no-large') {
      options.large = false;
    } else if (a === '--help' || a === '-h') {
      console.log('node bench/run.mjs [--sizes 5,50,200] [--only cbs|setupapi] [--quick] [--hovers N] [--foldings N] [--reps N] [--runs N] [--no-lsp] [--lsp-max-mib N] [--profile] [--no-large]');
      process.exit(0);
    } else {
      throw new Error(`unknown option ${a} (try --help)`);
    }
  }
  return options;
}

// ---------------------------------------------------------------- build freshness

function newestMtime(dir, ext) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith(ext)) {
      newest = Math.max(newest, fs.statSync(path.join(entry.parentPath ?? entry.path, entry.name)).mtimeMs);
    }
  }
  return newest;
}

function mtime(file) {
  return fs.existsSync(file) ? fs.statSync(file).mtimeMs : 0;
}

/** out/analysis (tsc) and dist/server.js (esbuild) must reflect the sources being measured. */
function ensureBuilt() {
  const analysisOut = path.join(REPO_ROOT, 'out', 'analysis', 'src', 'index.js');
  const analysisSrc = newestMtime(path.join(REPO_ROOT, 'analysis', 'src'), '.ts');
  if (mtime(analysisOut) < analysisSrc) {
    console.log(`out/analysis is ${fs.existsSync(analysisOut) ? 'older than analysis/src' : 'missing'}: npx tsc -b analysis`);
    try {
      execFileSync('npx', ['tsc', '-b', 'analysis'], { cwd: REPO_ROOT, stdio: 'inherit' });
    } catch {
      if (!fs.existsSync(analysisOut)) {
        throw new Error('tsc -b analysis failed and out/analysis/src/index.js does not exist: fix the build first');
      }
      console.warn('WARNING: tsc -b analysis failed; measuring the previous out/analysis build');
    }
  }
  const server = path.join(REPO_ROOT, 'dist', 'server.js');
  const serverSrc = Math.max(analysisSrc, newestMtime(path.join(REPO_ROOT, 'server', 'src'), '.ts'), newestMtime(path.join(REPO_ROOT, 'protocol'), '.ts'));
  if (mtime(server) < serverSrc) {
    console.log(`dist/server.js is ${fs.existsSync(server) ? 'older than its sources' : 'missing'}: node esbuild.mjs`);
    execFileSync(process.execPath, ['esbuild.mjs'], { cwd: REPO_ROOT, stdio: 'inherit' });
  }
  return { analysisOut, server };
}

// ---------------------------------------------------------------- machine

function machine() {
  const cpus = os.cpus();
  let commit = '';
  let dirty = false;
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO_ROOT, encoding: 'utf8' }).trim();
    dirty = execFileSync('git', ['status', '--porcelain', '--', 'analysis', 'server', 'protocol'], { cwd: REPO_ROOT, encoding: 'utf8' }).trim() !== '';
  } catch {
    // not a git checkout
  }
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    commit: commit ? `${commit}${dirty ? ' (+ uncommitted changes in analysis/server)' : ''}` : 'unknown',
    loadAverageAtStart: os.loadavg().map((x) => Math.round(x * 100) / 100),
  };
}

// ---------------------------------------------------------------- measurements

function runAnalysisWorker(file, kind, reps, hovers, profileDir) {
  return new Promise((resolve, reject) => {
    const prof = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, `--cpu-prof-name=analysis-${path.basename(file, '.log')}.cpuprofile`] : [];
    const child = spawn(process.execPath, [...prof, '--expose-gc', path.join(REPO_ROOT, 'bench', 'analysis.mjs'), file, kind, String(reps), String(hovers)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err = (err + d).slice(-4000)));
    const timer = setTimeout(() => child.kill('SIGKILL'), 15 * 60_000);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) {
        resolve(JSON.parse(out));
      } else {
        reject(new Error(`analysis worker failed (${code ?? signal}): ${err.trim()}`));
      }
    });
  });
}

const DEFAULT_RUNS = 3;
/** From this size on, one LSP session per server (a 200 MiB session takes about a minute). */
const LARGE_MIB = 100;

function median(xs) {
  return percentile(xs, 50);
}

/**
 * Several sessions of one server → one row. Times: the best run (background load only ever adds
 * time), the median next to it; hover and folding latencies pooled over all runs; memory: median.
 */
function summarizeSessions(list) {
  const ok = list.filter((r) => r.ok);
  const errors = list.filter((r) => !r.ok).map((r) => r.error);
  if (ok.length === 0) {
    return { ok: false, error: errors[0], peakRss: median(list.map((r) => r.peakRss).filter(Number.isFinite)), runs: list };
  }
  const pick = (key) => ok.map((r) => r[key]).filter((x) => x !== undefined);
  const hoverTimes = ok.flatMap((r) => r.hover.times);
  const foldTimes = ok.flatMap((r) => r.folding.times);
  const busyTimes = ok.flatMap((r) => r.hoverWhileAnalysing.times);
  const strip = (r) => ({ ...r, hover: r.hover && { ...r.hover, times: undefined }, folding: r.folding && { ...r.folding, times: undefined }, hoverWhileAnalysing: r.hoverWhileAnalysing && { ...r.hoverWhileAnalysing, times: undefined } });
  return {
    ok: true,
    runs: ok.length,
    failedRuns: errors.length ? errors : undefined,
    didOpenToDiagnosticsMs: Math.min(...pick('didOpenToDiagnosticsMs')),
    didOpenToDiagnosticsMedianMs: median(pick('didOpenToDiagnosticsMs')),
    didOpenToDiagnosticsAllMs: pick('didOpenToDiagnosticsMs'),
    didOpenCpuMs: Math.min(...pick('didOpenCpuMs')),
    didOpenToDetectedMs: pick('didOpenToDetectedMs').length ? Math.min(...pick('didOpenToDetectedMs')) : undefined,
    sentMs: Math.min(...pick('sentMs')),
    diagnostics: ok[0].diagnostics,
    peakRss: median(pick('peakRss')),
    peakRssAll: pick('peakRss'),
    hover: { n: hoverTimes.length, hits: ok.reduce((s, r) => s + r.hover.hits, 0), medianMs: percentile(hoverTimes, 50), p99Ms: percentile(hoverTimes, 99), maxMs: Math.max(...hoverTimes) },
    folding: { n: foldTimes.length, ranges: ok[0].folding.ranges, medianMs: percentile(foldTimes, 50), p99Ms: percentile(foldTimes, 99) },
    hoverWhileAnalysing: { n: busyTimes.length, medianMs: percentile(busyTimes, 50), maxMs: Math.max(...busyTimes) },
    sessions: ok.map(strip),
  };
}

function ratio(a, b) {
  return Number.isFinite(a) && Number.isFinite(b) && b > 0 ? a / b : NaN;
}

async function measure(kind, mib, options, scripts) {
  const log = ensureLog(kind, mib);
  const mb = log.bytes / MiB;
  console.log(`\n── ${DOC_NAMES[kind]} ${mib} MiB: ${path.relative(REPO_ROOT, log.file)} (${mb.toFixed(1)} MiB${log.reused ? ', reused' : `, generated in ${log.seconds.toFixed(1)} s`}, ${log.stories} failure stories spliced in)`);
  const row = { kind, mib, file: path.relative(REPO_ROOT, log.file), bytes: log.bytes, origin: log.origin };

  process.stdout.write('   analysis in-process … ');
  const profileDir = options.profile ? path.join(BENCH_DIR, 'profiles') : undefined;
  const a = await runAnalysisWorker(log.file, kind, options.reps, options.hovers, profileDir);
  const { hovers, ...analysis } = a;
  row.analysis = analysis;
  console.log(`${a.analysis.mbPerS.toFixed(1)} MB/s vs scan ${a.scan.mbPerS.toFixed(1)} MB/s (${a.lines} lines, ${a.failures} failures, ${a.foldRanges} folds)`);

  if (options.lsp && mib <= options.lspMaxMiB) {
    const text = loadText(log.file, kind);
    const uri = `file:///bench/${kind}-${mib}/${DOC_NAMES[kind]}`;
    const common = { uri, languageId: LANGUAGE_IDS[kind], text, hovers, foldings: options.foldings, diagnosticsTimeoutMs: 60_000 + 2_000 * mb };
    // Sessions alternate null, ours, null, ours… so both see the same background load.
    const runs = options.runs ?? (mib >= LARGE_MIB ? 1 : DEFAULT_RUNS);
    const sessions = { null: [], ours: [] };
    for (let run = 0; run < runs; run++) {
      for (const [name, script] of [['null', scripts.nullServer], ['ours', scripts.server]]) {
        process.stdout.write(`   LSP ${name.padEnd(4)} ${runs > 1 ? `${run + 1}/${runs} ` : ''}… `);
        const nodeArgs = profileDir && name === 'ours' ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, `--cpu-prof-name=server-${kind}-${mib}MiB-${run + 1}.cpuprofile`] : [];
        const r = await runLspSession({ name, script, nodeArgs, ...common });
        sessions[name].push(r);
        console.log(
          r.ok
            ? `didOpen→diagnostics ${fmtMs(r.didOpenToDiagnosticsMs)} (${r.diagnostics} diagnostics), hover p99 ${fmtMs(r.hover.p99Ms)}, folding p99 ${fmtMs(r.folding.p99Ms)}, peak RSS ${fmtBytes(r.peakRss)}`
            : `FAILED: ${r.error} (peak RSS ${fmtBytes(r.peakRss)})`,
        );
      }
    }
    row.null = summarizeSessions(sessions.null);
    row.ours = summarizeSessions(sessions.ours);
  } else {
    row.lspSkipped = options.lsp ? `LSP skipped above ${options.lspMaxMiB} MiB (--lsp-max-mib)` : 'LSP skipped (--no-lsp)';
  }

  row.ratios = {
    didOpen: ratio(row.ours?.didOpenToDiagnosticsMs, row.null?.didOpenToDiagnosticsMs),
    didOpenMedian: ratio(row.ours?.didOpenToDiagnosticsMedianMs, row.null?.didOpenToDiagnosticsMedianMs),
    didOpenCpu: ratio(row.ours?.didOpenCpuMs, row.null?.didOpenCpuMs),
    didOpenWithoutDebounce: ratio(row.ours?.didOpenToDiagnosticsMs - PUSH_DEBOUNCE_MS, row.null?.didOpenToDiagnosticsMs),
    memory: ratio(row.ours?.peakRss, row.null?.peakRss),
    hoverP99: ratio(row.ours?.hover?.p99Ms, row.null?.hover?.p99Ms),
    hoverMedian: ratio(row.ours?.hover?.medianMs, row.null?.hover?.medianMs),
    analysis: a.ratio,
  };
  return row;
}

// ---------------------------------------------------------------- output

function fmtMs(ms) {
  if (!Number.isFinite(ms)) {
    return '—';
  }
  return ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : ms >= 10 ? `${ms.toFixed(0)} ms` : `${ms.toFixed(2)} ms`;
}

function fmtBytes(b) {
  return Number.isFinite(b) ? `${(b / MiB).toFixed(0)} MiB` : '—';
}

function fmtRatio(r) {
  return Number.isFinite(r) ? `${r.toFixed(2)}×` : '—';
}

function verdict(r, goal) {
  return Number.isFinite(r) ? (r <= goal ? '✓' : '✗') : '—';
}

function lspNote(row) {
  const who = (n) => (n === 'ours' ? 'our server' : 'null server');
  const failed = ['null', 'ours'].filter((n) => row[n] && !row[n].ok).map((n) => `${who(n)}: ${row[n].error}`);
  for (const n of ['null', 'ours']) {
    if (row[n]?.ok && row[n].failedRuns) {
      failed.push(`${who(n)}: ${row[n].failedRuns.length} run(s) failed: ${row[n].failedRuns[0]}`);
    }
  }
  return [row.lspSkipped, ...failed].filter(Boolean).join('; ');
}

function printTable(rows) {
  const lines = [];
  const cell = (s, w) => String(s).padEnd(w);
  for (const row of rows) {
    const a = row.analysis;
    lines.push('');
    lines.push(`${DOC_NAMES[row.kind]} · ${(row.bytes / MiB).toFixed(1)} MiB · ${a.lines.toLocaleString('en')} lines · ${a.failures} failures (${a.errors} errors, ${a.verdicts} verdicts) · ${a.foldRanges} folding ranges${row.mib === GOAL_SIZE_MIB && row.kind === 'cbs' ? '   ← the goal case' : ''}`);
    lines.push(`  ${cell('metric', 40)}${cell('ours', 24)}${cell('reference', 18)}${cell('ratio', 9)}goal`);
    const o = row.ours;
    const n = row.null;
    const put = (metric, ours, ref, r, goal) => lines.push(`  ${cell(metric, 40)}${cell(ours, 24)}${cell(ref, 18)}${cell(r, 9)}${goal}`.trimEnd());
    if (o?.ok || n?.ok) {
      put(`didOpen → diagnostics (best of ${o?.runs ?? n?.runs ?? 0})`, fmtMs(o?.didOpenToDiagnosticsMs), fmtMs(n?.didOpenToDiagnosticsMs), fmtRatio(row.ratios.didOpen), `≤${GOALS.didOpen}× ${verdict(row.ratios.didOpen, GOALS.didOpen)}`);
      if ((o?.runs ?? 0) > 1) {
        put('  median of the runs', fmtMs(o?.didOpenToDiagnosticsMedianMs), fmtMs(n?.didOpenToDiagnosticsMedianMs), fmtRatio(row.ratios.didOpenMedian), '');
      }
      put(`  without the ${PUSH_DEBOUNCE_MS} ms push debounce`, fmtMs(o?.didOpenToDiagnosticsMs - PUSH_DEBOUNCE_MS), '', fmtRatio(row.ratios.didOpenWithoutDebounce), '');
      if (o?.didOpenToDetectedMs !== undefined) {
        put('  didOpen → parsed (detected notification)', fmtMs(o.didOpenToDetectedMs), '', '', '');
      }
      put('  server CPU time until diagnostics', fmtMs(o?.didOpenCpuMs), fmtMs(n?.didOpenCpuMs), fmtRatio(row.ratios.didOpenCpu), '');
      put('  client finished writing didOpen', fmtMs(o?.sentMs), fmtMs(n?.sentMs), '', '');
      put('peak server memory (VmHWM)', fmtBytes(o?.peakRss), fmtBytes(n?.peakRss), fmtRatio(row.ratios.memory), `≤${GOALS.memory}× ${verdict(row.ratios.memory, GOALS.memory)}`);
      put(`hover p99 (n=${o?.hover?.n ?? n?.hover?.n ?? 0})`, fmtMs(o?.hover?.p99Ms), fmtMs(n?.hover?.p99Ms), fmtRatio(row.ratios.hoverP99), `≤${GOALS.hoverP99}× ${verdict(row.ratios.hoverP99, GOALS.hoverP99)}`);
      put('hover median', fmtMs(o?.hover?.medianMs), fmtMs(n?.hover?.medianMs), fmtRatio(row.ratios.hoverMedian), '');
      put(`hover while analysing, median / max (n=${o?.hoverWhileAnalysing?.n ?? 0})`, `${fmtMs(o?.hoverWhileAnalysing?.medianMs)} / ${fmtMs(o?.hoverWhileAnalysing?.maxMs)}`, `${fmtMs(n?.hoverWhileAnalysing?.medianMs)} / ${fmtMs(n?.hoverWhileAnalysing?.maxMs)}`, '', '');
      put(`folding median / p99 (n=${o?.folding?.n ?? 0})`, `${fmtMs(o?.folding?.medianMs)} / ${fmtMs(o?.folding?.p99Ms)}`, `${fmtMs(n?.folding?.medianMs)} / ${fmtMs(n?.folding?.p99Ms)}`, '', '');
    }
    const note = lspNote(row);
    if (note) {
      lines.push(`  LSP: ${note}`);
    }
    put('analysis vs plain line scan', `${a.analysis.mbPerS.toFixed(1)} MB/s`, `${a.scan.mbPerS.toFixed(1)} MB/s`, fmtRatio(row.ratios.analysis), `≤${GOALS.analysis}× ${verdict(row.ratios.analysis, GOALS.analysis)}`);
    put('  CPU time (all threads), best', fmtMs(a.cpu.analysisMs), fmtMs(a.cpu.scanMs), fmtRatio(a.cpu.ratio), '');
    const e = a.edits;
    put(`edits: ${e.edits} keystrokes into ${(e.bytes / MiB).toFixed(0)} MiB, re-parse each`, `${fmtMs(e.msPerEdit)}/edit (${e.editsPerS.toFixed(0)}/s)`, `${fmtMs(e.referenceMsPerEdit)}/edit`, fmtRatio(e.msPerEdit / e.referenceMsPerEdit), '');
    put('  diagnostics of the last version', fmtMs(e.diagnosticsAfterLastEditMs), '', '', '');
    put('  parse / failures / folding / outline', `${fmtMs(a.analysis.parseMs)} / ${fmtMs(a.analysis.failuresMs)} / ${fmtMs(a.analysis.foldingMs)} / ${fmtMs(a.analysis.outlineMs)}`, '', '', '');
  }
  return lines.join('\n');
}

function markdown(rows, info, options) {
  const out = [];
  out.push(`Machine: ${info.cpu}, ${info.cores} cores, ${info.memoryGiB} GiB, ${info.os}, Node ${info.node}; commit ${info.commit}; load average at start ${info.loadAverageAtStart.join(' / ')}.`);
  out.push(`Command: \`node bench/run.mjs${options.argv.length ? ` ${options.argv.join(' ')}` : ''}\` (${new Date(info.finished).toISOString().slice(0, 16).replace('T', ' ')} UTC). MB = MiB. Ratios = ours ÷ reference, measured in the same run.`);
  out.push('');
  out.push('| log | size | didOpen→diagnostics ours / null | ratio (≤1.5×) | peak RSS ours / null | ratio (≤1.5×) | hover p99 ours / null | ratio (≤5×) | folding p99 | analysis / line scan | ratio (≤2×) |');
  out.push('|---|---|---|---|---|---|---|---|---|---|---|');
  for (const row of rows) {
    const o = row.ours;
    const n = row.null;
    const lsp = o?.ok && n?.ok;
    const r = row.ratios;
    const a = row.analysis;
    const c = (x, goal) => `${fmtRatio(x)} ${verdict(x, goal)}`;
    out.push(
      `| ${DOC_NAMES[row.kind]} | ${(row.bytes / MiB).toFixed(0)} MiB | ${lsp ? `${fmtMs(o.didOpenToDiagnosticsMs)} / ${fmtMs(n.didOpenToDiagnosticsMs)}` : lspNote(row) || '—'} | ${lsp ? c(r.didOpen, GOALS.didOpen) : '—'} | ${lsp ? `${fmtBytes(o.peakRss)} / ${fmtBytes(n.peakRss)}` : '—'} | ${lsp ? c(r.memory, GOALS.memory) : '—'} | ${lsp ? `${fmtMs(o.hover.p99Ms)} / ${fmtMs(n.hover.p99Ms)}` : '—'} | ${lsp ? c(r.hoverP99, GOALS.hoverP99) : '—'} | ${lsp ? fmtMs(o.folding.p99Ms) : '—'} | ${a.analysis.mbPerS.toFixed(1)} / ${a.scan.mbPerS.toFixed(0)} MB/s | ${c(r.analysis, GOALS.analysis)} |`,
    );
  }
  out.push('');
  out.push(`didOpen→diagnostics for our server includes its ${PUSH_DEBOUNCE_MS} ms push debounce. Analysis = parseLog + findFailures + getFoldRanges + getOutline, best of ${options.reps}; line scan = split into lines + \`${PLAIN_REGEX}\` on each.`);
  return out.join('\n');
}

// ---------------------------------------------------------------- main

async function main() {
  const argv = process.argv.slice(2);
  const options = { ...parseArgs(argv), argv };
  const started = performance.now();
  const built = ensureBuilt();
  const scripts = { server: built.server, nullServer: path.join(REPO_ROOT, 'bench', 'nullServer.js') };
  const info = machine();
  console.log(`Servicing-logs benchmark · ${info.cpu} × ${info.cores}, ${info.memoryGiB} GiB · Node ${info.node} · commit ${info.commit}`);
  console.log(`Load average at start: ${info.loadAverageAtStart.join(' / ')}${info.loadAverageAtStart[0] > info.cores * 0.5 ? '  (the machine is busy: numbers will be noisy)' : ''}`);
  console.log(`Sources: ${fs.existsSync(CORPUS_DIR) ? CORPUS_DIR : 'examples/ and test/fixtures/ (corpus not found)'}; generated logs in ${path.relative(REPO_ROOT, BENCH_DIR)}/`);

  if (options.profile) {
    console.log(`--profile: CPU profiles of our server and of the analysis go to ${path.relative(REPO_ROOT, path.join(BENCH_DIR, 'profiles'))}/ (profiling slows both: the ratios of this run are not the real ones). Summarize one with: node bench/profile.mjs <file.cpuprofile>`);
  }
  const rows = [];
  for (const kind of options.kinds) {
    for (const mib of options.sizes) {
      rows.push(await measure(kind, mib, options, scripts));
    }
  }
  info.loadAverageAtEnd = os.loadavg().map((x) => Math.round(x * 100) / 100);
  info.finished = Date.now();
  info.seconds = (performance.now() - started) / 1000;

  const table = printTable(rows);
  console.log(`\n════ Results (ratios = ours ÷ reference; goals apply to the ${GOAL_SIZE_MIB} MiB CBS.log) ════`);
  console.log(table);
  const goal = rows.find((r) => r.kind === 'cbs' && r.mib === GOAL_SIZE_MIB);
  if (goal) {
    const checks = [
      ['didOpen → diagnostics', goal.ratios.didOpen, GOALS.didOpen],
      ['peak memory', goal.ratios.memory, GOALS.memory],
      ['hover p99', goal.ratios.hoverP99, GOALS.hoverP99],
      ['analysis vs line scan', goal.ratios.analysis, GOALS.analysis],
    ];
    console.log(`\nGoals (CBS.log ${GOAL_SIZE_MIB} MiB): ${checks.map(([n, r, g]) => `${n} ${fmtRatio(r)} (≤${g}×) ${verdict(r, g)}`).join(' · ')}`);
  }
  console.log(`\nLoad average at end: ${info.loadAverageAtEnd.join(' / ')} · total ${info.seconds.toFixed(0)} s`);

  fs.mkdirSync(BENCH_DIR, { recursive: true });
  const hostile = await benchHostile();
  const results = { machine: info, options: { ...options, lspMaxMiB: Number.isFinite(options.lspMaxMiB) ? options.lspMaxMiB : null }, goals: GOALS, pushDebounceMs: PUSH_DEBOUNCE_MS, rows, hostile };
  fs.writeFileSync(path.join(BENCH_DIR, 'results.json'), JSON.stringify(results, null, 2));
  fs.writeFileSync(path.join(BENCH_DIR, 'results.md'), `${markdown(rows, info, options)}\n`);
  console.log(`Wrote ${path.relative(REPO_ROOT, path.join(BENCH_DIR, 'results.json'))} and results.md`);
  if (options.large && !options.quick) {
    // The read path at size: the CLI on 1 GiB beside lnav, and the 81 × 25 MiB workspace.
    spawnSync(process.execPath, [path.join(REPO_ROOT, 'bench', 'largeFile.mjs')], { stdio: 'inherit' });
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
