// The command line: `servicing-logs analyze <file-or-folder>… [--format text|json|sarif] [--ansi …] [--lang en|zh-CN]`.

import { parseArgs } from 'node:util';
import { toLang, type AnsiCodePage, type Lang } from '../../../analysis/src/index';

export const USAGE = 'usage: servicing-logs analyze <file-or-folder>... [--format text|json|sarif] [--ansi windows-1252|windows-1251] [--lang en|zh-CN]';
const FORMATS = ['text', 'json', 'sarif'] as const;
const CODE_PAGES: readonly AnsiCodePage[] = ['windows-1252', 'windows-1251'];
export type Format = (typeof FORMATS)[number];

export interface Options {
  help: boolean;
  format: Format;
  ansi: AnsiCodePage;
  /** The language of the text report: `--lang`, else the environment's locale. */
  lang: Lang;
  targets: string[];
}

/** The locale the environment asks for, in POSIX order of precedence. */
export function environmentLang(env: NodeJS.ProcessEnv): Lang {
  return toLang(env.LC_ALL || env.LC_MESSAGES || env.LANG);
}

const LANG_NAMES = ['en', 'zh-cn'];

/** The options, or what is wrong with the command line. */
export function readArgs(args: string[], env: NodeJS.ProcessEnv = {}): Options | string {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { format: { type: 'string', default: 'text' }, ansi: { type: 'string', default: 'windows-1252' }, lang: { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } },
    });
  } catch (error) {
    const option = /'(-[^']*)'/.exec((error as Error).message)?.[1];
    return option ? `unknown option "${option}"` : (error as Error).message;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    return { help: true, format: 'text', ansi: 'windows-1252', lang: 'en', targets: [] };
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
  if (values.lang !== undefined && !LANG_NAMES.includes(values.lang.toLowerCase())) {
    return `unknown language "${values.lang}" (en or zh-CN)`;
  }
  if (targets.length === 0) {
    return 'no file or folder given';
  }
  const lang = values.lang !== undefined ? toLang(values.lang) : environmentLang(env);
  return { help: false, format: values.format as Format, ansi: values.ansi as AnsiCodePage, lang, targets };
}
