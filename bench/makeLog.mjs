// Builds large, realistic CBS.log and setupapi.dev.log files for the benchmark out of real lines:
// the corpus in ../shared/corpus (never copied into the repository: the generated files live in
// .bench/, which is gitignored), falling back to our own examples and test fixtures.
//
// CBS: runs of consecutive records (a record = its timestamped line plus its continuation lines)
// cut from random places of random corpus CBS logs, timestamps rewritten so they rise
// monotonically, and the failure story of examples/case/CBS.log spliced in about every MiB, so
// the diagnostics have verdicts, root causes and chains to link.
// setupapi: whole `>>>  [...]` … `<<<  [Exit status…]` sections of the corpus setupapi logs (so
// blocks pair), with `[Boot Session: …]` lines between them and the sections of
// examples/case/setupapi.dev.log (one of them fails) spliced in about every MiB.
//
// Deterministic: a seeded PRNG; the same sources give byte-identical files. A file already in
// .bench/ is reused when its sidecar (.meta.json) says it was made the same way.
//
// Usage as a script: node bench/makeLog.mjs cbs|setupapi <MiB> [outFile]

import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const BENCH_DIR = path.join(REPO_ROOT, '.bench');
export const CORPUS_DIR = process.env.BENCH_CORPUS ?? path.resolve(REPO_ROOT, '..', 'shared', 'corpus');
export const MiB = 1024 * 1024;

/** Bump when the output of the generator changes, so old files in .bench/ are rebuilt. */
const GENERATOR_VERSION = 3;
const SPLICE_EVERY = 1 * MiB;

/** mulberry32: small, fast, good enough to pick chunks. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Lines of a file as latin1 strings (1 char = 1 byte, so bytes survive untouched), each with its own line end. */
function readLines(file) {
  let bytes = fs.readFileSync(file);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    bytes = bytes.subarray(3);
  }
  const text = bytes.toString('latin1');
  const lines = [];
  const rx = /[^\r\n]*(?:\r\n|\n|\r|$)/g;
  let m;
  while ((m = rx.exec(text)) !== null && m[0] !== '') {
    lines.push(m[0]);
  }
  return lines;
}

function listSources(kind) {
  const fromCorpus = fs.existsSync(CORPUS_DIR)
    ? fs
        .readdirSync(CORPUS_DIR)
        .filter((f) => f.endsWith('.log'))
        .sort()
        .filter((f) =>
          kind === 'cbs'
            ? // sfcdetails is a findstr extract (no continuation lines): not a whole log.
              f.startsWith('cbs-') && !f.includes('sfcdetails')
            : // The cp1251 (Russian) log would mix two ANSI code pages in one file.
              f.startsWith('setupapi-') && !f.includes('ttxamlottmolo75'),
        )
        .map((f) => path.join(CORPUS_DIR, f))
    : [];
  if (fromCorpus.length > 0) {
    return { origin: 'corpus', files: fromCorpus };
  }
  const fixtures = [path.join(REPO_ROOT, 'examples', 'case'), path.join(REPO_ROOT, 'test', 'fixtures')]
    .filter((d) => fs.existsSync(d))
    .flatMap((d) => fs.readdirSync(d, { recursive: true }).map((f) => path.join(d, String(f))))
    .filter((f) => f.endsWith('.log') && (kind === 'cbs' ? /cbs/i.test(path.basename(f)) : /setupapi/i.test(path.basename(f))))
    .sort();
  return { origin: 'fixtures', files: fixtures };
}

// ---------------------------------------------------------------- CBS

const RX_CBS_TS = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2}),/;

function cbsTime(line) {
  const m = RX_CBS_TS.exec(line);
  return m ? Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]) : undefined;
}

function pad(n, w = 2) {
  return String(n).padStart(w, '0');
}

function cbsStamp(ms) {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

/** Records of a CBS log: [time, lines[]]; lines before the first record are dropped. */
function cbsRecords(file) {
  const records = [];
  for (const line of readLines(file)) {
    const t = cbsTime(line);
    if (t !== undefined) {
      records.push({ time: t, lines: [line] });
    } else if (records.length > 0) {
      records[records.length - 1].lines.push(line);
    }
  }
  return records;
}

// ---------------------------------------------------------------- setupapi

const RX_SA_TITLE = /^>>> {2}\[/;
const RX_SA_EXIT = /^<<< {2}\[Exit/;
const RX_SA_STAMP = /^(>>> {2}Section start |<<< {2}Section end )(\d{4})\/(\d{2})\/(\d{2}) (\d{2}):(\d{2}):(\d{2})\.(\d{3})/;
const RX_SA_BOOT = /^\[Boot Session: /;

function saTime(m) {
  return Date.UTC(+m[2], +m[3] - 1, +m[4], +m[5], +m[6], +m[7], +m[8]);
}

function saStamp(ms) {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}/${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)}`;
}

/** Header lines (before the first section or boot session) and whole sections of a setupapi log. */
function setupapiUnits(file) {
  const lines = readLines(file);
  const header = [];
  const sections = [];
  let i = 0;
  while (i < lines.length && !RX_SA_TITLE.test(lines[i]) && !RX_SA_BOOT.test(lines[i])) {
    header.push(lines[i++]);
  }
  let current;
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (RX_SA_TITLE.test(line)) {
      if (current) {
        sections.push(current); // a section cut off without an exit line: real logs have them too
      }
      current = [line];
    } else if (current) {
      current.push(line);
      if (RX_SA_EXIT.test(line)) {
        // The blank line that follows belongs to the section.
        while (i + 1 < lines.length && lines[i + 1].trim() === '') {
          current.push(lines[++i]);
        }
        sections.push(current);
        current = undefined;
      }
    }
  }
  if (current) {
    sections.push(current);
  }
  return { header, sections };
}

// ---------------------------------------------------------------- generation

class Sink {
  constructor(file) {
    this.fd = fs.openSync(file, 'w');
    this.bytes = 0;
    this.parts = [];
    this.pending = 0;
  }
  write(latin1) {
    this.parts.push(latin1);
    this.pending += latin1.length;
    this.bytes += latin1.length;
    if (this.pending > 4 * MiB) {
      this.flush();
    }
  }
  flush() {
    fs.writeSync(this.fd, Buffer.from(this.parts.join(''), 'latin1'));
    this.parts = [];
    this.pending = 0;
  }
  close() {
    this.flush();
    fs.closeSync(this.fd);
  }
}

function pickWeighted(rand, items, weight) {
  const total = items.reduce((s, x) => s + weight(x), 0);
  let r = rand() * total;
  for (const x of items) {
    r -= weight(x);
    if (r < 0) {
      return x;
    }
  }
  return items[items.length - 1];
}

function generateCbs(out, targetBytes, sources, rand) {
  const logs = sources.map((f) => ({ file: f, records: cbsRecords(f) })).filter((l) => l.records.length > 0);
  const storyFile = path.join(REPO_ROOT, 'examples', 'case', 'CBS.log');
  const story = fs.existsSync(storyFile) ? cbsRecords(storyFile) : [];
  if (logs.length === 0) {
    throw new Error('no CBS source lines found');
  }
  const sizeOf = (l) => l.records.reduce((s, r) => s + r.lines.reduce((a, x) => a + x.length, 0), 0);
  const sizes = new Map(logs.map((l) => [l, sizeOf(l)]));
  const sink = new Sink(out);
  sink.write('\u00ef\u00bb\u00bf'); // the UTF-8 BOM Windows writes, as latin1 bytes
  let clock = Date.UTC(2024, 0, 8, 9, 0, 0);
  let nextSplice = SPLICE_EVERY;
  let stories = 0;
  const emit = (records) => {
    let previous;
    for (const r of records) {
      clock += previous === undefined ? 1000 : Math.min(60_000, Math.max(0, r.time - previous));
      previous = r.time;
      sink.write(cbsStamp(clock) + r.lines[0].slice(19));
      for (let k = 1; k < r.lines.length; k++) {
        sink.write(r.lines[k]);
      }
    }
    clock += 1000 + Math.floor(rand() * 600_000);
  };
  while (sink.bytes < targetBytes) {
    if (sink.bytes >= nextSplice && story.length > 0) {
      emit(story);
      stories++;
      nextSplice += SPLICE_EVERY;
      continue;
    }
    const log = pickWeighted(rand, logs, (l) => sizes.get(l));
    const length = 100 + Math.floor(rand() * 2900);
    const start = Math.floor(rand() * log.records.length);
    emit(log.records.slice(start, start + length));
  }
  sink.close();
  return { bytes: sink.bytes, stories };
}

function generateSetupapi(out, targetBytes, sources, rand) {
  const logs = sources.map((f) => ({ file: f, ...setupapiUnits(f) })).filter((l) => l.sections.length > 0);
  const storyFile = path.join(REPO_ROOT, 'examples', 'case', 'setupapi.dev.log');
  const story = fs.existsSync(storyFile) ? setupapiUnits(storyFile).sections : [];
  if (logs.length === 0) {
    throw new Error('no setupapi source sections found');
  }
  const sections = logs.flatMap((l) => l.sections);
  const headerLog = logs.find((l) => l.header.some((h) => h.startsWith('[Device Install Log]'))) ?? logs[0];
  const sink = new Sink(out);
  let clock = Date.UTC(2024, 0, 8, 9, 0, 0, 0);
  const eol = headerLog.header[0]?.endsWith('\r\n') ? '\r\n' : '\n';
  for (const h of headerLog.header) {
    sink.write(h);
  }
  const boot = () => {
    sink.write(`[Boot Session: ${saStamp(clock)}]${eol}${eol}`);
    clock += 5000;
  };
  const emit = (section) => {
    let start;
    let last = clock;
    for (const line of section) {
      const m = RX_SA_STAMP.exec(line);
      if (m) {
        const t = saTime(m);
        start ??= t;
        last = clock + Math.max(0, Math.min(3_600_000, t - start));
        sink.write(m[1] + saStamp(last) + line.slice(m[0].length));
      } else {
        sink.write(line);
      }
    }
    clock = last + 50 + Math.floor(rand() * 120_000);
  };
  let nextSplice = SPLICE_EVERY;
  let stories = 0;
  boot();
  while (sink.bytes < targetBytes) {
    if (sink.bytes >= nextSplice && story.length > 0) {
      story.forEach(emit);
      stories++;
      nextSplice += SPLICE_EVERY;
      continue;
    }
    if (rand() < 0.02) {
      clock += 3_600_000 + Math.floor(rand() * 86_400_000);
      boot();
    }
    emit(sections[Math.floor(rand() * sections.length)]);
  }
  sink.close();
  return { bytes: sink.bytes, stories };
}

/**
 * The path of a generated `kind` log of about `mib` MiB, built unless an identical one is already
 * in .bench/. Returns { file, bytes, origin, sources, stories, reused, seconds }.
 */
export function ensureLog(kind, mib, dir = BENCH_DIR) {
  fs.mkdirSync(dir, { recursive: true });
  const target = Math.round(mib * MiB);
  const { origin, files } = listSources(kind);
  if (files.length === 0) {
    throw new Error(`no ${kind} source logs: neither ${CORPUS_DIR} nor examples/ and test/fixtures/ have any`);
  }
  const sourceStamp = files.map((f) => `${path.basename(f)}:${fs.statSync(f).size}`).join(',');
  const seed = 0x5eed0000 + (kind === 'cbs' ? 1 : 2) * 1000 + mib;
  const file = path.join(dir, `${kind}-${mib}MiB.log`);
  const metaFile = `${file}.meta.json`;
  const wanted = { generator: GENERATOR_VERSION, kind, mib, seed, origin, sources: sourceStamp };
  if (fs.existsSync(file) && fs.existsSync(metaFile)) {
    try {
      const meta = JSON.parse(fs.readFileSync(metaFile, 'utf8'));
      const size = fs.statSync(file).size;
      const same = Object.entries(wanted).every(([k, v]) => meta[k] === v);
      if (same && size === meta.bytes && size >= target) {
        return { file, bytes: size, origin, sources: files.map((f) => path.basename(f)), stories: meta.stories, reused: true, seconds: 0 };
      }
    } catch {
      // rebuild below
    }
  }
  const t0 = performance.now();
  const rand = prng(seed);
  const made = kind === 'cbs' ? generateCbs(file, target, files, rand) : generateSetupapi(file, target, files, rand);
  fs.writeFileSync(metaFile, JSON.stringify({ ...wanted, bytes: made.bytes, stories: made.stories }, null, 2));
  return { file, bytes: made.bytes, origin, sources: files.map((f) => path.basename(f)), stories: made.stories, reused: false, seconds: (performance.now() - t0) / 1000 };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [kind, mib] = process.argv.slice(2);
  if (kind !== 'cbs' && kind !== 'setupapi') {
    console.error('usage: node bench/makeLog.mjs cbs|setupapi <MiB>');
    process.exit(2);
  }
  console.log(JSON.stringify(ensureLog(kind, Number(mib ?? 5)), null, 2));
}
