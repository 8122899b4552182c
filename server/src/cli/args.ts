// The command line: `servicing-logs analyze <file-or-folder>… [--format text|json|sarif] [--ansi …] [--lang en|zh-CN]`.

import { parseArgs } from 'node:util';
import { phrase, toLang, type AnsiCodePage, type Lang, type Phrase } from '../../../analysis/src/index.js';

export const SYNTAX = 'servicing-logs analyze <file-or-folder>... [--format text|json|sarif] [--ansi windows-1252|windows-1251] [--lang en|zh-CN]';
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

/** What is wrong with the command line, and the language to say it in. */
export interface ArgsProblem {
  problem: Phrase;
  lang: Lang;
}

/** The locale the environment asks for, in POSIX order of precedence. */
export function environmentLang(env: NodeJS.ProcessEnv): Lang {
  return toLang(env.LC_ALL || env.LC_MESSAGES || env.LANG);
}

const LANG_NAMES = ['en', 'zh-cn'];

/** The options, or what is wrong with the command line. */
export function readArgs(args: string[], env: NodeJS.ProcessEnv = {}): Options | ArgsProblem {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { format: { type: 'string', default: 'text' }, ansi: { type: 'string', default: 'windows-1252' }, lang: { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } },
    });
  } catch (error) {
    const option = /'(-[^']*)'/.exec((error as Error).message)?.[1];
    return { problem: option ? phrase('cli.unknownOption', { option }) : phrase('text', { text: (error as Error).message }), lang: environmentLang(env) };
  }
  const { values, positionals } = parsed;
  const known = values.lang !== undefined && LANG_NAMES.includes(values.lang.toLowerCase());
  const lang = known ? toLang(values.lang) : environmentLang(env);
  const wrong = (problem: Phrase): ArgsProblem => ({ problem, lang });
  if (values.help) {
    return { help: true, format: 'text', ansi: 'windows-1252', lang, targets: [] };
  }
  const [command, ...targets] = positionals;
  if (command !== 'analyze') {
    return wrong(command === undefined ? phrase('cli.missingCommand') : phrase('cli.unknownCommand', { command }));
  }
  if (!FORMATS.includes(values.format as Format)) {
    return wrong(phrase('cli.unknownFormat', { format: values.format ?? '' }));
  }
  if (!CODE_PAGES.includes(values.ansi as AnsiCodePage)) {
    return wrong(phrase('cli.unknownCodePage', { codePage: values.ansi ?? '' }));
  }
  if (values.lang !== undefined && !known) {
    return wrong(phrase('cli.unknownLanguage', { lang: values.lang }));
  }
  if (targets.length === 0) {
    return wrong(phrase('cli.noTarget'));
  }
  return { help: false, format: values.format as Format, ansi: values.ansi as AnsiCodePage, lang, targets };
}
