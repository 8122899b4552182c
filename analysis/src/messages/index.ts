// Every sentence the server and the CLI write, in each language we show: one catalog per
// language (en.json, zh-cn.json) with one key set and `{name}` placeholders. Code names, codes,
// file names and log text are parameters, never part of a translation.

import type { RelatedLine } from '../model';
import en from './en.json';
import zhCn from './zh-cn.json';

export type Lang = 'en' | 'zh-cn';
export type MessageKey = keyof typeof en;

export const CATALOGS: Record<Lang, Record<MessageKey, string>> = { en, 'zh-cn': zhCn };

const CHINESE = new Set(['zh', 'zh-cn', 'zh-hans', 'zh-sg']);

/** A locale as an editor or an environment spells it (`zh-CN`, `zh_CN.UTF-8`, `en-US`) as a Lang. */
export function toLang(locale: string | undefined): Lang {
  const [base = ''] = (locale ?? '').split(/[.@]/);
  const tag = base.replace(/_/g, '-').toLowerCase();
  return CHINESE.has(tag) || tag.startsWith('zh-hans-') ? 'zh-cn' : 'en';
}

/** The message `key` in `lang`, each `{name}` replaced by `params[name]`. */
export function say(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  return CATALOGS[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** The placeholders a message uses, sorted (the parity test compares them across languages). */
export function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map(([, name = '']) => name).sort();
}

/** A related line as shown: its role's words around the other line's message. */
export function relatedText(lang: Lang, related: RelatedLine): string {
  return related.role ? say(lang, `related.${related.role}`, { message: related.message }) : related.message;
}
