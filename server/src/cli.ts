// servicing-logs analyze <file-or-folder>… [--format text|json]
// The same analysis as the language server, for a terminal or a script.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { decodeLogBytes, detectByName, findFailures, formatReport, getSummary, parseLog, type AnsiCodePage } from '../../analysis/src/index';

const USAGE = 'usage: servicing-logs analyze <file-or-folder>... [--format text|json] [--ansi windows-1252|windows-1251]';

function collect(target: string, out: string[]): void {
  const stat = fs.statSync(target);
  if (stat.isDirectory()) {
    for (const entry of fs.readdirSync(target).sort()) {
      const full = path.join(target, entry);
      if (fs.statSync(full).isDirectory()) {
        collect(full, out);
      } else if (/\.(log|txt)$/i.test(entry)) {
        out.push(full);
      }
    }
  } else {
    out.push(target);
  }
}

export function main(argv: string[]): number {
  const args = argv.slice(2);
  if (args[0] !== 'analyze' || args.length < 2) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  let format = 'text';
  let ansi: AnsiCodePage = 'windows-1252';
  const targets: string[] = [];
  for (let i = 1; i < args.length; i++) {
    if (args[i] === '--format') {
      format = args[++i] ?? '';
    } else if (args[i] === '--ansi') {
      ansi = args[++i] === 'windows-1251' ? 'windows-1251' : 'windows-1252';
    } else {
      targets.push(args[i]);
    }
  }
  if (!['text', 'json'].includes(format)) {
    process.stderr.write(`unknown format "${format}"\n${USAGE}\n`);
    return 2;
  }
  const files: string[] = [];
  for (const target of targets) {
    if (!fs.existsSync(target)) {
      process.stderr.write(`not found: ${target}\n`);
      return 2;
    }
    collect(target, files);
  }
  const results = files.map((file) => analyzeFile(file, ansi)).filter((r) => r !== undefined);
  if (format === 'json') {
    process.stdout.write(JSON.stringify(results.map(({ markdown: _markdown, ...rest }) => rest), null, 2) + '\n');
  } else {
    process.stdout.write(results.map((r) => r.markdown).join('\n') + '\n');
  }
  return results.some((r) => r.errors > 0) ? 1 : 0;
}

function analyzeFile(file: string, ansi: AnsiCodePage) {
  const decoded = decodeLogBytes(fs.readFileSync(file), ansi);
  const uri = pathToFileURL(path.resolve(file)).href;
  if (decoded.binary) {
    return { file, kind: 'binary', errors: 0, warnings: 0, summary: `not a text log: ${decoded.binary}`, failures: [], markdown: `## ${path.basename(file)}\n\nNot a text log: ${decoded.binary}\n` };
  }
  const doc = parseLog(decoded.text, { uri });
  if (doc.kind === 'plain' && !detectByName(file)) {
    return undefined;
  }
  const failures = findFailures(doc);
  const summary = getSummary(doc, failures);
  return {
    file,
    kind: doc.kind,
    encoding: decoded.encoding,
    errors: summary.errors,
    warnings: summary.warnings,
    summary: summary.text,
    failures: failures
      .filter((f) => f.severity === 'error' || f.severity === 'warning')
      .map((f) => ({ line: f.line + 1, severity: f.severity, code: f.code, role: f.role, message: f.message, value: f.value, related: f.related.map((r) => r.line + 1) })),
    markdown: formatReport(doc, failures),
  };
}

if (require.main === module) {
  process.exitCode = main(process.argv);
}
