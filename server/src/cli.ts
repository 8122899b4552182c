#!/usr/bin/env node
// servicing-logs analyze <file-or-folder>… [--format text|json|sarif] [--ansi windows-1252|windows-1251]
//
// Every file found (folders are walked recursively, in any layout a collector produces) forms ONE
// bundle: the same analysis as the language server (analyzeBundle), printed as the triage report
// (text), structured findings (json) or SARIF 2.1.0 (sarif). Binary files (.cab, .etl, …) and
// files that are not servicing logs are skipped with a message on stderr.
// Exit code: 0 no errors found, 1 errors found, 2 usage or I/O problem.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  analyzeBundle,
  bundleFindings,
  decodeLogBytes,
  detectBinary,
  detectByName,
  formatBundleReport,
  forTerminal,
  parseLog,
  toSarif,
  type AnsiCodePage,
  type LogDocument,
} from '../../analysis/src/index';

const USAGE = 'usage: servicing-logs analyze <file-or-folder>... [--format text|json|sarif] [--ansi windows-1252|windows-1251]';
const FORMATS = ['text', 'json', 'sarif'] as const;
type Format = (typeof FORMATS)[number];

/** Extensions that are never text logs: skipped without reading more than their first bytes. */
const BINARY_EXTENSIONS = /\.(?:cab|etl|evtx|evt|zip|7z|dmp|mdmp|hve|dat|wim|esd|exe|dll|sys|cat|pnf|sdb|db|jrs|chk|blf|regtrans-ms)$/i;
const SNIFF_BYTES = 8192;

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const PROCESS_IO: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

interface Options {
  format: Format;
  ansi: AnsiCodePage;
  targets: string[];
}

interface Skipped {
  name: string;
  reason: string;
}

function parseArgs(args: string[]): Options | string {
  if (args[0] !== 'analyze') {
    return args[0] === undefined ? 'missing command' : `unknown command "${args[0]}"`;
  }
  const options: Options = { format: 'text', ansi: 'windows-1252', targets: [] };
  for (let i = 1; i < args.length; i++) {
    const arg = args[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (flag === '--format') {
      const value = inline ?? args[++i];
      if (!FORMATS.includes(value as Format)) {
        return `unknown format "${value ?? ''}"`;
      }
      options.format = value as Format;
    } else if (flag === '--ansi') {
      const value = inline ?? args[++i];
      if (value !== 'windows-1252' && value !== 'windows-1251') {
        return `unknown code page "${value ?? ''}"`;
      }
      options.ansi = value;
    } else if (arg.startsWith('--')) {
      return `unknown option "${arg}"`;
    } else {
      options.targets.push(arg);
    }
  }
  return options.targets.length > 0 ? options : 'no file or folder given';
}

export function main(argv: string[], io: CliIo = PROCESS_IO): number {
  const args = argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  const options = parseArgs(args);
  if (typeof options === 'string') {
    io.stderr(`servicing-logs: ${options}\n${USAGE}\n`);
    return 2;
  }
  const files: string[] = [];
  for (const target of options.targets) {
    if (!fs.existsSync(target)) {
      io.stderr(`servicing-logs: not found: ${target}\n`);
      return 2;
    }
    collect(path.resolve(target), files, new Set());
  }
  const root = commonRoot(options.targets.map((t) => path.resolve(t)));
  const display = (file: string): string => path.relative(root, file).split(path.sep).join('/') || path.basename(file);

  const docs: LogDocument[] = [];
  const names: string[] = [];
  const skipped: Skipped[] = [];
  let ioProblem = false;
  for (const file of [...new Set(files)]) {
    const name = display(file);
    try {
      const result = readLog(file, name, options.ansi);
      if ('reason' in result) {
        skipped.push({ name, reason: result.reason });
        io.stderr(`servicing-logs: skipped ${name}: ${result.reason}\n`);
      } else {
        docs.push(result.doc);
        names.push(name);
      }
    } catch (error) {
      ioProblem = true;
      const reason = `cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`;
      skipped.push({ name, reason });
      io.stderr(`servicing-logs: ${name}: ${reason}\n`);
    }
  }
  if (docs.length === 0) {
    io.stderr(`servicing-logs: no servicing log found in ${options.targets.join(', ')}\n`);
  }

  const analysis = analyzeBundle(docs, { names });
  if (options.format === 'json') {
    io.stdout(JSON.stringify({ tool: 'servicing-logs', version: toolVersion(), root: root.split(path.sep).join('/'), ...bundleFindings(analysis), skipped }, null, 2) + '\n');
  } else if (options.format === 'sarif') {
    const sarif = toSarif(analysis, {
      relativeUris: names.map(encodeRelative),
      baseUri: pathToFileURL(root + path.sep).href,
      toolVersion: toolVersion(),
      informationUri: informationUri(),
      notifications: skipped.map((s) => ({ level: 'note' as const, message: `Skipped ${s.name}: ${s.reason}`, uri: encodeRelative(s.name) })),
    });
    io.stdout(JSON.stringify(sarif, null, 2) + '\n');
  } else {
    io.stdout(forTerminal(formatBundleReport(analysis, { skipped })) + '\n');
  }
  if (ioProblem) {
    return 2;
  }
  return analysis.failures.some((list) => list.some((f) => f.severity === 'error')) ? 1 : 0;
}

/** All files under a target (sorted, recursively), following links once. */
function collect(target: string, out: string[], seen: Set<string>): void {
  const real = fs.realpathSync(target);
  if (seen.has(real)) {
    return;
  }
  seen.add(real);
  if (fs.statSync(target).isDirectory()) {
    for (const entry of fs.readdirSync(target).sort()) {
      if (entry === '.git' || entry === 'node_modules') {
        continue;
      }
      collect(path.join(target, entry), out, seen);
    }
  } else {
    out.push(target);
  }
}

/** The folder the display names start from: the target itself for one folder, else the common parent. */
function commonRoot(targets: string[]): string {
  const dirs = targets.map((t) => (fs.statSync(t).isDirectory() ? t : path.dirname(t)));
  let root = dirs[0];
  for (const dir of dirs.slice(1)) {
    while (root !== path.dirname(root) && path.relative(root, dir).startsWith('..')) {
      root = path.dirname(root);
    }
  }
  return root;
}

function readLog(file: string, name: string, ansi: AnsiCodePage): { doc: LogDocument } | { reason: string } {
  if (BINARY_EXTENSIONS.test(file)) {
    const head = readHead(file);
    return { reason: detectBinary(head) ?? 'not a text log (binary file type)' };
  }
  const decoded = decodeLogBytes(fs.readFileSync(file), ansi);
  if (decoded.binary) {
    return { reason: `not a text log: ${decoded.binary}` };
  }
  const doc = parseLog(decoded.text, { uri: pathToFileURL(file).href });
  if (doc.kind === 'plain' && !detectByName(name)) {
    return { reason: 'not a servicing log (no CBS, DISM, Panther, SetupAPI, WindowsUpdate or SetupDiag format found)' };
  }
  return { doc };
}

function readHead(file: string): Uint8Array {
  const fd = fs.openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const n = fs.readSync(fd, buffer, 0, SNIFF_BYTES, 0);
    return buffer.subarray(0, n);
  } finally {
    fs.closeSync(fd);
  }
}

function encodeRelative(name: string): string {
  return name.split('/').map(encodeURIComponent).join('/');
}

interface PackageInfo {
  version?: string;
  repository?: { url?: string } | string;
}

let packageInfo: PackageInfo | undefined;

/** Our package.json: next to dist/ when bundled, three levels up from out/server/src when compiled. */
function readPackage(): PackageInfo {
  if (!packageInfo) {
    packageInfo = {};
    for (let dir = __dirname, i = 0; i < 5; i++, dir = path.dirname(dir)) {
      const candidate = path.join(dir, 'package.json');
      if (fs.existsSync(candidate)) {
        const json = JSON.parse(fs.readFileSync(candidate, 'utf8')) as PackageInfo & { name?: string };
        if (json.name === 'windows-servicing-logs') {
          packageInfo = json;
          break;
        }
      }
    }
  }
  return packageInfo;
}

function toolVersion(): string | undefined {
  return readPackage().version;
}

function informationUri(): string | undefined {
  const repository = readPackage().repository;
  const url = typeof repository === 'string' ? repository : repository?.url;
  return url?.replace(/^git\+/, '').replace(/\.git$/, '');
}

if (require.main === module) {
  process.exitCode = main(process.argv);
}
