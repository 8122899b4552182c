// The CLI: `servicing-logs analyze <file-or-folder>… [--format text|json|sarif]`, run in-process
// (main with captured output), plus the bundled dist/cli.js when it is built, a golden file over
// the whole corpus, and SARIF validation with @microsoft/sarif-multitool when it is installed.
//
// The corpus golden holds no text copied from the logs (they are not ours to republish): only
// file names, line numbers, severities, rule ids, decoded code names and known-issue ids.
// `UPDATE=1` rewrites the goldens; review the diff like code.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import type { Log } from 'sarif';
import { main } from '../../server/src/cli/main.js';
import { SYNTAX } from '../../server/src/cli/args.js';
import type { BundleFindings } from '../../analysis/src/output/findings.js';
import { CORPUS_DIR, NO_CORPUS, REPO_ROOT, checkGolden, corpusFiles, skipAbsent } from '../support.js';
import { inTempDir, longLineFile, sparseFile } from './filesSupport.js';

const GOLDEN_DIR = path.join(REPO_ROOT, 'test', 'golden', 'cli');
const EXAMPLE_CASE = path.join(REPO_ROOT, 'examples', 'case');
const REAL_CASE = path.resolve(REPO_ROOT, '..', 'shared', 'cases', 'kb5016623-oposdrv');
const DIST_CLI = path.join(REPO_ROOT, 'dist', 'cli.js');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(...args: string[]): Promise<Run> {
  return runIn({}, ...args);
}

/** The CLI in an environment (its locale variables); `run` uses an empty one, so output is English whatever the shell's locale. */
async function runIn(env: NodeJS.ProcessEnv, ...args: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(['node', 'servicing-logs', ...args], { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) }, env);
  return { code, stdout, stderr };
}

type CliJson = BundleFindings & { tool: string; version?: string; root: string; skipped: { name: string; reason: string }[] };

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'servicing-logs-cli-'));
}

test('text: the example case prints the bundle report and exits 1 (errors found)', async () => {
  const r = await run('analyze', EXAMPLE_CASE);
  assert.equal(r.code, 1);
  assert.match(r.stdout, /^# Servicing logs triage report/);
  assert.match(r.stdout, /oposdrv\.inf/);
  assert.match(r.stdout, /ERROR_BADDB/);
  assert.match(r.stdout, /DRIVERS database/);
  assert.match(r.stderr, /skipped README\.md: not a servicing log/);
  checkGolden(path.join(GOLDEN_DIR, 'examples-case.expected.md'), r.stdout);
});

test('json: structured findings with cross-log related lines', async () => {
  const r = await run('analyze', EXAMPLE_CASE, '--format', 'json');
  assert.equal(r.code, 1);
  const json = JSON.parse(r.stdout) as CliJson;
  assert.equal(json.tool, 'servicing-logs');
  assert.deepEqual(
    json.logs.map((l) => l.file),
    ['CBS.log', 'setupapi.dev.log'],
  );
  const stage = json.logs[0]?.findings.find((f) => f.code === 'cbs.driver-stage-failed');
  assert.ok(stage);
  assert.equal(stage.errorName, 'ERROR_BADDB');
  assert.ok(stage.related.some((r) => r.file === 'setupapi.dev.log' && /same second, oposdrv\.inf/.test(r.message)));
  assert.equal(json.knownIssues[0]?.id, 'drivers-hive-baddb');
  assert.equal(json.knownIssues[0]?.confidence, 'confirmed');
  assert.deepEqual(json.skipped.map((s) => s.name), ['README.md']);
});

test('sarif: one run, our rules, results with locations and cross-log related locations', async () => {
  const r = await run('analyze', EXAMPLE_CASE, '--format=sarif');
  assert.equal(r.code, 1);
  const sarif = JSON.parse(r.stdout) as Log;
  assert.deepEqual(checkSarif(sarif), []);
  const results = sarif.runs[0]?.results ?? [];
  const stage = results.find((x) => x.ruleId === 'cbs.driver-stage-failed');
  assert.ok(stage);
  assert.equal(stage.level, 'error');
  assert.equal(stage.locations?.[0]?.physicalLocation?.artifactLocation?.uri, 'CBS.log');
  assert.equal(stage.locations?.[0]?.physicalLocation?.artifactLocation?.uriBaseId, 'LOGROOT');
  assert.ok(stage.relatedLocations?.some((l) => l.physicalLocation?.artifactLocation?.uri === 'setupapi.dev.log'));
  assert.ok(results.some((x) => x.ruleId === 'known-issue.drivers-hive-baddb'));
  assert.equal(sarif.runs[0]?.tool.driver.name, 'servicing-logs');
  assert.equal(sarif.runs[0]?.columnKind, 'utf16CodeUnits');
});

test('a collector layout: sub-folders, binaries skipped with a message, names relative to the folder', async () => {
  const dir = tempDir();
  try {
    fs.mkdirSync(path.join(dir, 'Logs', 'CBS'), { recursive: true });
    fs.mkdirSync(path.join(dir, 'INF'));
    fs.mkdirSync(path.join(dir, 'WindowsUpdate'));
    fs.copyFileSync(path.join(EXAMPLE_CASE, 'CBS.log'), path.join(dir, 'Logs', 'CBS', 'CBS.log'));
    fs.copyFileSync(path.join(EXAMPLE_CASE, 'setupapi.dev.log'), path.join(dir, 'INF', 'setupapi.dev.log'));
    fs.writeFileSync(path.join(dir, 'Logs', 'CBS', 'CbsPersist_20240312150430.cab'), Buffer.from('MSCF\0\0\0\0 cabinet'));
    fs.writeFileSync(path.join(dir, 'WindowsUpdate', 'WindowsUpdate.20240312.etl'), Buffer.from([0, 1, 2, 3, 0, 0, 5, 6, 7, 8, 0, 0]));
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'collected on Tuesday\n');
    const r = await run('analyze', dir, '--format', 'json');
    assert.equal(r.code, 1);
    const json = JSON.parse(r.stdout) as CliJson;
    assert.deepEqual(
      json.logs.map((l) => l.file),
      ['INF/setupapi.dev.log', 'Logs/CBS/CBS.log'],
    );
    assert.ok(json.logs[1]?.findings.some((f) => f.related.some((x) => x.file === 'INF/setupapi.dev.log')), 'links across sub-folders');
    assert.match(r.stderr, /skipped Logs\/CBS\/CbsPersist_20240312150430\.cab: not a text log: a cabinet archive/);
    assert.match(r.stderr, /skipped WindowsUpdate\/WindowsUpdate\.20240312\.etl: /);
    assert.match(r.stderr, /skipped notes\.txt: not a servicing log/);
    const two = await run('analyze', path.join(dir, 'Logs', 'CBS', 'CBS.log'), path.join(dir, 'INF', 'setupapi.dev.log'), '--format', 'json');
    assert.deepEqual(
      (JSON.parse(two.stdout) as CliJson).logs.map((l) => l.file),
      ['Logs/CBS/CBS.log', 'INF/setupapi.dev.log'],
      'files given one by one: names relative to their common folder',
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('exit codes: 0 without errors, 2 for usage and missing files', async () => {
  const dir = tempDir();
  try {
    fs.writeFileSync(path.join(dir, 'CBS.log'), '2024-03-12 15:02:10, Info                  CBS    TI: --- Initializing Trusted Installer ---\r\n');
    assert.equal((await run('analyze', dir)).code, 0);
    const empty = await run('analyze', path.join(dir, 'CBS.log'), '--format', 'sarif');
    assert.equal(empty.code, 0);
    assert.deepEqual(checkSarif(JSON.parse(empty.stdout) as Log), []);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  assert.equal((await run()).code, 2);
  assert.equal((await run('analyse', EXAMPLE_CASE)).code, 2);
  assert.equal((await run('analyze')).code, 2);
  const bad = await run('analyze', EXAMPLE_CASE, '--format', 'xml');
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /unknown format "xml"\nusage: servicing-logs analyze/);
  assert.equal((await run('analyze', path.join(REPO_ROOT, 'no-such-folder'))).code, 2);
  assert.equal((await run('--help')).code, 0);
});

test('the real case folder: report, and links between the two excerpts', async (t) => {
  if (!fs.existsSync(REAL_CASE)) {
    skipAbsent(t, `case not found at ${REAL_CASE}`);
    return;
  }
  const r = await run('analyze', REAL_CASE);
  assert.equal(r.code, 1);
  for (const word of ['oposdrv.inf', 'ERROR_BADDB', 'DRIVERS database']) {
    assert.ok(r.stdout.includes(word), word);
  }
  const json = JSON.parse((await run('analyze', REAL_CASE, '--format', 'json')).stdout) as CliJson;
  const verdict = json.logs.find((l) => l.file === 'CBS-excerpt.log')?.findings.find((f) => f.role === 'verdict');
  assert.ok(verdict?.related.some((x) => x.file === 'setupapi.dev-excerpt.log' && x.line === 1 && /same second/.test(x.message)));
});

/** What the golden keeps of the JSON: no message text, only numbers, ids and decoded names. */
function goldenView(json: CliJson): unknown {
  return {
    logs: Object.fromEntries(
      json.logs.map((l) => [
        l.file,
        {
          kind: l.kind,
          lines: l.lines,
          counts: `${l.errors} errors, ${l.warnings} warnings, ${l.information} information, ${l.hints} hints`,
          findings: l.findings.map((f) => {
            const code = f.errorCode ? ` ${f.errorCode}${f.errorName ? ` ${f.errorName}` : ''}` : '';
            const related = f.related.map((r) => (r.file === l.file ? String(r.line) : `${r.file}:${r.line}`));
            return `${f.line}:${f.column} ${f.severity} ${f.code} ${f.role}${code}${related.length ? ` → ${related.join(', ')}` : ''}`;
          }),
        },
      ]),
    ),
    knownIssues: json.knownIssues.map(
      (k) => `${k.id} ${k.severity} ${k.confidence} ×${k.count}: ${k.lines.map((l) => `${l.file}:${l.line}`).join(', ')}${k.companion ? ` + ${k.companion.file}:${k.companion.line}` : ''}`,
    ),
    skipped: json.skipped.map((s) => s.name),
  };
}

test('sarif over the corpus: one result per failure, and every shown finding is a result or a related location of one', async (t) => {
  if (corpusFiles().length === 0) {
    skipAbsent(t, NO_CORPUS);
    return;
  }
  const json = JSON.parse((await run('analyze', CORPUS_DIR, '--format', 'json')).stdout) as CliJson;
  const sarif = JSON.parse((await run('analyze', CORPUS_DIR, '--format', 'sarif')).stdout) as Log;
  const results = sarif.runs[0]?.results ?? [];
  const located = new Set<string>();
  for (const result of results) {
    for (const l of [...(result.locations ?? []), ...(result.relatedLocations ?? [])]) {
      located.add(`${l.physicalLocation?.artifactLocation?.uri ?? ''}:${l.physicalLocation?.region?.startLine ?? 0}`);
    }
  }
  const missing = json.logs.flatMap((log) =>
    log.findings.filter((f) => f.severity !== 'hint' && !located.has(`${encodeURI(log.file)}:${f.line}`)).map((f) => `${log.file}:${f.line}`),
  );
  assert.deepEqual(missing.slice(0, 10), [], 'a finding left out of the SARIF');
  // cbs-scarlaglen-1's SFC run cannot repair hundreds of files: its root cause and its verdict, not a result per file.
  const sfc = results.filter((r) => r.locations?.[0]?.physicalLocation?.artifactLocation?.uri === 'cbs-scarlaglen-1.log');
  assert.ok(sfc.length >= 1 && sfc.length <= 3, `${sfc.length} results for one SFC run`);
});

test('golden: the CLI over the whole corpus', async (t) => {
  if (corpusFiles().length === 0) {
    skipAbsent(t, NO_CORPUS);
    return;
  }
  const r = await run('analyze', CORPUS_DIR, '--format', 'json');
  assert.equal(r.code, 1);
  const json = JSON.parse(r.stdout) as CliJson;
  assert.equal(json.logs.length, corpusFiles().length, 'every corpus log is analysed');
  checkGolden(path.join(GOLDEN_DIR, 'corpus.expected.json'), JSON.stringify(goldenView(json), null, 1) + '\n');
});

/** Structural SARIF 2.1.0 checks (the required properties and our own consistency rules). */
function checkSarif(log: Log): string[] {
  const problems: string[] = [];
  const need = (ok: unknown, what: string): void => {
    if (!ok) {
      problems.push(what);
    }
  };
  need(log.version === '2.1.0', 'version 2.1.0');
  need(Array.isArray(log.runs) && log.runs.length === 1, 'one run');
  const run = log.runs[0];
  if (!run) {
    return problems;
  }
  need(run.tool?.driver?.name, 'tool.driver.name');
  const rules = run.tool.driver.rules ?? [];
  need(new Set(rules.map((r) => r.id)).size === rules.length, 'unique rule ids');
  const artifacts = run.artifacts ?? [];
  for (const [i, result] of (run.results ?? []).entries()) {
    need(result.message?.text, `results[${i}].message.text`);
    need(['error', 'warning', 'note', 'none'].includes(result.level ?? 'warning'), `results[${i}].level`);
    need(result.ruleIndex !== undefined && rules[result.ruleIndex]?.id === result.ruleId, `results[${i}].ruleIndex points at its rule`);
    for (const loc of [...(result.locations ?? []), ...(result.relatedLocations ?? [])]) {
      const physical = loc.physicalLocation;
      need(physical?.artifactLocation?.uri && !/[\s\\]/.test(physical.artifactLocation.uri), `results[${i}]: a relative URI without spaces or backslashes`);
      need((physical?.region?.startLine ?? 0) >= 1, `results[${i}]: region.startLine >= 1`);
      const index = physical?.artifactLocation?.index;
      need(index === undefined || artifacts[index]?.location?.uri === physical?.artifactLocation?.uri, `results[${i}]: artifact index`);
    }
  }
  return problems;
}

/** The SARIF multitool, when installed (devDependency @microsoft/sarif-multitool or SARIF_MULTITOOL). */
function multitool(): string | undefined {
  const candidates = [process.env.SARIF_MULTITOOL, path.join(REPO_ROOT, 'node_modules', '.bin', process.platform === 'win32' ? 'sarif-multitool.cmd' : 'sarif-multitool')];
  return candidates.find((c): c is string => c !== undefined && c !== '' && fs.existsSync(c));
}


test('SARIF passes @microsoft/sarif-multitool validate', async (t) => {
  const tool = multitool();
  if (!tool) {
    t.skip('@microsoft/sarif-multitool is not installed (npm i -D @microsoft/sarif-multitool, or set SARIF_MULTITOOL); the structural checks above still ran');
    return;
  }
  const dir = tempDir();
  try {
    const targets = [EXAMPLE_CASE, ...(fs.existsSync(REAL_CASE) ? [REAL_CASE] : []), ...(corpusFiles().length > 0 ? [CORPUS_DIR] : [])];
    for (const target of targets) {
      const file = path.join(dir, `${path.basename(target)}.sarif`);
      fs.writeFileSync(file, (await run('analyze', target, '--format', 'sarif')).stdout);
      const result: SpawnSyncReturns<string> = spawnSync(tool, ['validate', file], { encoding: 'utf8', timeout: 300_000, shell: process.platform === 'win32' });
      const output: string = `${result.stdout ?? ''}${result.stderr ?? ''}`;
      assert.ok(/Analysis completed successfully/.test(output), `the multitool ran on ${file}:\n${output}`);
      const errors: string[] = output.split('\n').filter((l: string) => /: error [A-Z]+\d+:/.test(l));
      assert.deepEqual(errors, [], `${path.basename(target)}: no SARIF errors`);
      const warnings: string[] = output.split('\n').filter((l: string) => /: warning [A-Z]+\d+:/.test(l));
      t.diagnostic(`${path.basename(target)}: ${warnings.length} multitool warnings${warnings.length ? `\n${warnings.slice(0, 5).join('\n')}` : ''}`);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('the bundled dist/cli.js runs as a program (shebang, exit code, JSON)', async (t) => {
  if (!fs.existsSync(DIST_CLI)) {
    t.skip('dist/cli.js is not built (npm run build)');
    return;
  }
  assert.equal(fs.readFileSync(DIST_CLI, 'utf8').split('\n')[0], '#!/usr/bin/env node', 'npx needs the shebang line');
  const result = spawnSync(process.execPath, [DIST_CLI, 'analyze', EXAMPLE_CASE, '--format', 'json'], { encoding: 'utf8' });
  assert.equal(result.status, 1, result.stderr);
  assert.equal((JSON.parse(result.stdout) as CliJson).knownIssues[0]?.id, 'drivers-hive-baddb');
});


const HANG_GUARD = { timeout: 180_000 };
const CBS_LINE = (time: string, text: string): string => `2024-03-12 ${time}, Info                  CBS    ${text}\r\n`;

function noStackTrace(r: Run): void {
  assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
}

test('awkward entries in a folder: FIFO, /dev/zero link, dangling and looping links — a message each, exit 2, report still printed', HANG_GUARD, async () => {
  const dir = tempDir();
  try {
    fs.writeFileSync(path.join(dir, 'CBS.log'), CBS_LINE('15:02:10', 'TI: --- Initializing Trusted Installer ---'));
    assert.equal(spawnSync('mkfifo', [path.join(dir, 'pipe.log')]).status, 0);
    fs.symlinkSync('/dev/zero', path.join(dir, 'zero.log'));
    fs.symlinkSync(path.join(dir, 'gone.log'), path.join(dir, 'dangling.log'));
    fs.symlinkSync(path.join(dir, 'b.log'), path.join(dir, 'a.log'));
    fs.symlinkSync(path.join(dir, 'a.log'), path.join(dir, 'b.log'));
    const r = await run('analyze', dir, '--format', 'json');
    assert.equal(r.code, 2);
    noStackTrace(r);
    assert.match(r.stderr, /skipped pipe\.log: a FIFO \(named pipe\), not a file: not read/);
    assert.match(r.stderr, /skipped zero\.log: a link out of the folder \(to \/dev\/zero\)/);
    assert.match(r.stderr, /dangling\.log: a link to nothing/);
    assert.match(r.stderr, /a\.log: link not followed: a link that loops \(ELOOP\)/);
    const json = JSON.parse(r.stdout) as CliJson;
    assert.deepEqual(
      json.logs.map((l) => l.file),
      ['CBS.log'],
    );
    assert.equal(json.skipped.length, 5);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a FIFO or a device given directly: not opened, exit 2 with a message', HANG_GUARD, async () => {
  const dir = tempDir();
  try {
    const fifo = path.join(dir, 'CBS.log');
    assert.equal(spawnSync('mkfifo', [fifo]).status, 0);
    const r = await run('analyze', fifo);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /CBS\.log: a FIFO \(named pipe\), not a file: not read/);
    const zero = await run('analyze', '/dev/zero');
    assert.equal(zero.code, 2);
    assert.match(zero.stderr, /zero: a character device, not a file: not read/);
    noStackTrace(zero);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('an unreadable folder: a message naming it, exit 2', HANG_GUARD, (t) => {
  const dir = tempDir();
  try {
    fs.writeFileSync(path.join(dir, 'CBS.log'), CBS_LINE('15:02:10', 'TI: --- Initializing Trusted Installer ---'));
    fs.mkdirSync(path.join(dir, 'locked'));
    fs.chmodSync(path.join(dir, 'locked'), 0o000);
    fs.chmodSync(dir, 0o755);
    // Permissions do not stop root: run the compiled CLI as nobody then.
    const cli = path.join(REPO_ROOT, 'out', 'server', 'src', 'cli', 'bin.js');
    const asRoot = process.getuid?.() === 0;
    if (asRoot && spawnSync('setpriv', ['--version']).status !== 0) {
      t.skip('running as root without setpriv: cannot make a folder unreadable');
      return;
    }
    const [command, ...args]: [string, ...string[]] = asRoot ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, cli] : [process.execPath, cli];
    const r = spawnSync(command, [...args, 'analyze', dir], { encoding: 'utf8' });
    assert.equal(r.status, 2, r.stderr);
    assert.match(r.stderr, /locked: folder not read: permission denied \(EACCES\)/);
    assert.match(r.stdout, /^# Servicing logs triage report/);
    assert.doesNotMatch(r.stderr, /\n\s+at /);
  } finally {
    fs.chmodSync(path.join(dir, 'locked'), 0o755);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a 2 GB sparse file named CBS.log: binary after its first bytes, skipped', HANG_GUARD, () =>
  inTempDir(async (dir) => {
    sparseFile(path.join(dir, 'CBS.log'), 2 * 1024 * 1024 * 1024);
    const r = await run('analyze', dir);
    assert.equal(r.code, 0);
    assert.match(r.stderr, /skipped CBS\.log: not a text log: binary data/);
    assert.match(r.stderr, /no servicing log found/);
  }));

test('a CBS.log over the member budget with a 100 MB line: summarised by the streaming pass, the line cut with a note, its error found', HANG_GUARD, () =>
  inTempDir(async (dir) => {
    const example = fs.readFileSync(path.join(EXAMPLE_CASE, 'CBS.log'), 'utf8');
    const before = CBS_LINE('15:02:10', 'TI: --- Initializing Trusted Installer ---') + '2024-03-12 15:02:11, Info                  CBS    ';
    longLineFile(path.join(dir, 'CBS.log'), before, 100, `\r\n${example}`);
    const inMemory = JSON.parse((await run('analyze', path.join(EXAMPLE_CASE, 'CBS.log'), '--format', 'json')).stdout) as CliJson;
    const [log] = inMemory.logs;
    assert.ok(log);
    const firstError = log.findings.find((f) => f.severity === 'error');
    assert.ok(firstError);
    const r = await run('analyze', dir, '--format', 'json');
    noStackTrace(r);
    assert.match(r.stderr, /CBS\.log: a line longer than 1\.0 MB at byte \d+ was cut/);
    const json = JSON.parse(r.stdout) as CliJson & { summarised: { name: string; why: string; lines: number; errors: number; errorList: { line: number }[] }[] };
    assert.deepEqual(json.logs, []);
    assert.equal(json.summarised.length, 1);
    const [summary] = json.summarised;
    assert.ok(summary);
    assert.equal(summary.name, 'CBS.log');
    assert.match(summary.why, /larger than 32 MB/);
    assert.equal(summary.lines, log.lines + 2);
    assert.equal(summary.errorList[0]?.line, firstError.line + 2, 'the first error of the example, two lines further down');
    assert.equal(r.code, 1);
    const text = await run('analyze', dir);
    assert.match(text.stdout, /## `CBS\.log` \(summarised: larger than 32 MB\)/);
  }));

test('--lang zh-CN: the real case in Chinese, as a case summary is written, with log text, code and file names as they are', async (t) => {
  if (!fs.existsSync(REAL_CASE)) {
    skipAbsent(t, `case not found at ${REAL_CASE}`);
    return;
  }
  const { code, stdout } = await run('analyze', '--lang', 'zh-CN', REAL_CASE);
  assert.equal(code, 1);
  const headings = [...stdout.matchAll(/^## (问题定义|日志分析|建议|各日志证据)/gm)].map((m) => m[1]);
  assert.deepEqual(headings, ['问题定义', '日志分析', '建议', '各日志证据']);
  const sentences = stdout.split('\n').filter((line) => /[\u4e00-\u9fff]/.test(line));
  assert.ok(sentences.some((line) => line.includes('oposdrv.inf') && line.includes('ERROR_BADDB') && line.includes('根本原因')), 'a Chinese sentence names oposdrv.inf, ERROR_BADDB and the root cause');
  assert.match(stdout, /根本原因：第 5 行的 0x800703F1 ERROR_BADDB \(oposdrv\.inf\)/);
  assert.ok(sentences.some((line) => /DRIVERS 配置单元/.test(line) && /驱动程序数据库/.test(line)), 'Chinese prose names the DRIVERS hive (驱动程序数据库 / DRIVERS 配置单元)');
  assert.match(stdout, /## 建议[\s\S]*驱动程序包无法写入 DRIVERS 配置单元/, 'the known issue is given in Chinese');
  assert.match(stdout, /> `2022-10-10 15:33:51, Info CBS STAGE index: 7 phase: 1 result 1009 inf: oposdrv\.inf`/, 'the log line is quoted as it is');
  assert.doesNotMatch(stdout, /Servicing logs triage report|What to check next|Chain, in time order/);
});

test('--lang: the default comes from LC_ALL, then LC_MESSAGES, then LANG; --lang wins; an unknown language is a usage error', async () => {
  const folder = path.join(REPO_ROOT, 'examples', 'case');
  assert.match((await runIn({ LANG: 'zh_CN.UTF-8' }, 'analyze', folder)).stdout, /^# 服务日志分析报告/);
  assert.match((await runIn({ LANG: 'zh_CN.UTF-8', LC_MESSAGES: 'en_US.UTF-8' }, 'analyze', folder)).stdout, /^# Servicing logs triage report/);
  assert.match((await runIn({ LANG: 'en_US.UTF-8', LC_ALL: 'zh_CN.UTF-8' }, 'analyze', folder)).stdout, /^# 服务日志分析报告/);
  assert.match((await runIn({ LANG: 'zh_CN.UTF-8' }, 'analyze', '--lang', 'en', folder)).stdout, /^# Servicing logs triage report/);
  const bad = await run('analyze', '--lang', 'fr', folder);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /unknown language "fr"/);
});

test('--lang zh-CN: stderr in Chinese too (files skipped and why, usage errors); file names and code names stay as they are', async () => {
  const dir = tempDir();
  try {
    fs.copyFileSync(path.join(EXAMPLE_CASE, 'CBS.log'), path.join(dir, 'CBS.log'));
    fs.writeFileSync(path.join(dir, 'CbsPersist_20240312150430.cab'), Buffer.from('MSCF\0\0\0\0 cabinet'));
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'collected on Tuesday\n');
    const zh = await run('analyze', '--lang', 'zh-CN', dir);
    assert.equal(zh.code, 1);
    const lines = zh.stderr.trimEnd().split('\n');
    assert.deepEqual(lines, [
      'servicing-logs: 已跳过 CbsPersist_20240312150430.cab：不是文本日志：一个 cab 压缩包 (MSCF)，例如压缩过的 CbsPersist_*.cab：请先从中解压出 .log 文件',
      'servicing-logs: 已跳过 notes.txt：不是服务日志（未识别出 CBS、DISM、Panther、SetupAPI、WindowsUpdate 或 SetupDiag 格式）',
    ]);
    const en = await run('analyze', dir);
    assert.match(en.stderr, /^servicing-logs: skipped CbsPersist_20240312150430\.cab: not a text log: a cabinet archive \(MSCF\)/);
    assert.doesNotMatch(en.stderr, /[\u4e00-\u9fff]/);

    const usage = await runIn({ LANG: 'zh_CN.UTF-8' }, 'analyze', '--format', 'xml', dir);
    assert.equal(usage.code, 2);
    assert.equal(usage.stderr, `servicing-logs: 未知格式“xml”\n用法：${SYNTAX}\n`);
    const missing = await run('analyze', '--lang', 'zh-CN', path.join(dir, 'absent.log'));
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /^servicing-logs: absent\.log：找不到\nservicing-logs: 在 .*absent\.log 中没有找到服务日志\n$/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
