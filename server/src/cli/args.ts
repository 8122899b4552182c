// The command line: `servicing-logs analyze <file-or-folder>… [--format text|json|sarif] [--ansi …]`.

import { parseArgs } from 'node:util';
import type { AnsiCodePage } from '../../../analysis/src/index';

export const USAGE = 'usage: servicing-logs analyze <file-or-folder>... [--format text|json|sarif] [--ansi windows-1252|windows-1251]';
const FORMATS = ['text', 'json', 'sarif'] as const;
const CODE_PAGES: readonly AnsiCodePage[] = ['windows-1252', 'windows-1251'];
export type Format = (typeof FORMATS)[number];

export interface Options {
  help: boolean;
  format: Format;
  ansi: AnsiCodePage;
  targets: string[];
}

/** The options, or what is wrong with the command line. */
export function readArgs(args: string[]): Options | string {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { format: { type: 'string', default: 'text' }, ansi: { type: 'string', default: 'windows-1252' }, help: { type: 'boolean', short: 'h', default: false } },
    });
  } catch (error) {
    const option = /'(-[^']*)'/.exec((error as Error).message)?.[1];
    return option ? `unknown option "${option}"` : (error as Error).message;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    return { help: true, format: 'text', ansi: 'windows-1252', targets: [] };
  }
  const [command, ...targets] = positionals;
  if (command !== 'analyze') {
    return command === undefined ? 'missing command' : `unknown command "${command}"`;
  }
  if (!FORMATS.includes(values.format as Format)) {
    return `unknown format "${values.format}"`;
  }
  if (!CODE_PAGES.includes(values.ansi as AnsiCodePage)) {
    return `unknown code page "${values.ansi}"`;
  }
  if (targets.length === 0) {
    return 'no file or folder given';
  }
  return { help: false, format: values.format as Format, ansi: values.ansi as AnsiCodePage, targets };
}
