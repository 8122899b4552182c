// servicing-logs analyze <file-or-folder>… [--format text|json|sarif] [--ansi windows-1252|windows-1251] [--lang en|zh-CN]
//
// Every file found (folders are walked recursively, in any layout a collector produces) forms ONE
// bundle: the same analysis as the language server (analyzeBundle). Logs within the memory budget
// are held and correlated; larger ones are summarised by the streaming pass, so any size the disk
// holds is read. Binary files, files that are not servicing logs and anything that is not a
// regular file are skipped with a message on stderr.
// Exit code: 0 no errors found, 1 errors found, 2 usage or I/O problem (always with a message).

import { analyzeBundle, forTerminal, phrase, say, textOf, type Lang, type LogDocument, type Phrase } from '../../../analysis/src/index.js';
import { findFiles } from '../files/find.js';
import { DEFAULT_BUDGET, isSkipped, planMembers, readDocument, streamMember } from '../files/members.js';
import { readArgs, SYNTAX } from './args.js';
import { MAX_LISTED, render, type Skipped, type Summarised } from './output.js';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const PROCESS_IO: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

export async function main(argv: string[], io: CliIo = PROCESS_IO, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const options = readArgs(argv.slice(2), env);
  if ('problem' in options) {
    warn(io, options.lang, options.problem);
    io.stderr(`${say(options.lang, 'cli.usage', { syntax: SYNTAX })}\n`);
    return 2;
  }
  const { lang } = options;
  if (options.help) {
    io.stdout(`${say(lang, 'cli.usage', { syntax: SYNTAX })}\n`);
    return 0;
  }
  const found = await findFiles(options.targets);
  const skipped: Skipped[] = [];
  let ioProblem = false;
  for (const p of found.passed) {
    ioProblem ||= p.io;
    skipped.push(p);
    warn(io, lang, phrase(p.io ? 'file.named' : 'cli.skipped', { name: p.name, reason: p.reason }));
  }

  const { plan, reasons } = planMembers(found.files, DEFAULT_BUDGET);
  const docs: LogDocument[] = [];
  const names: string[] = [];
  const summarised: Summarised[] = [];
  for (const [i, file] of found.files.entries()) {
    const read = { ansi: options.ansi, name: file.name, lang: options.lang };
    const member = plan[i] === 'document' ? await readDocument(file.path, read) : await streamMember(file.path, read);
    if (isSkipped(member)) {
      ioProblem ||= member.io;
      skipped.push({ name: file.name, reason: member.reason });
      warn(io, lang, phrase(member.io ? 'file.named' : 'cli.skipped', { name: file.name, reason: member.reason }));
      continue;
    }
    for (const note of member.notes) {
      warn(io, lang, phrase('file.named', { name: file.name, reason: note }));
    }
    if ('doc' in member) {
      docs.push(member.doc);
      names.push(file.name);
    } else {
      const { result } = member;
      const errorList = result.failures.filter((f) => f.severity === 'error');
      summarised.push({
        name: file.name,
        why: reasons[i] ?? phrase('file.tooLarge'),
        kind: result.kind,
        lines: result.lineCount,
        bytes: member.bytes,
        errors: result.summary.errors,
        warnings: result.summary.warnings,
        summary: result.summary.text,
        errorList: errorList.slice(0, MAX_LISTED),
      });
    }
  }
  if (docs.length === 0 && summarised.length === 0) {
    warn(io, lang, phrase('cli.noLog', { targets: options.targets.join(', ') }));
  }

  const analysis = analyzeBundle(docs, { names });
  io.stdout(render(options.format, { root: found.root, names, analysis, skipped, summarised, lang: options.lang }));
  if (ioProblem) {
    return 2;
  }
  const errors = analysis.failures.some((list) => list.some((f) => f.severity === 'error')) || summarised.some((s) => s.errors > 0);
  return errors ? 1 : 0;
}

/** One line on stderr, in `lang`: it names files and quotes reasons, shown with their control characters made visible, as stdout is. */
function warn(io: CliIo, lang: Lang, message: Phrase): void {
  io.stderr(forTerminal(`servicing-logs: ${textOf(lang, message)}\n`));
}
