// Every sentence the server and the CLI write, in each language we show: one catalog per
// language (en.json, zh-cn.json) with one key set and `{name}` placeholders. Code names, codes,
// file names and log text are parameters, never part of a translation.

import type { RelatedLine } from '../model.js';
import { detach } from '../lines.js';
import en from './en.json' with { type: 'json' };
import zhCn from './zh-cn.json' with { type: 'json' };

export type Lang = 'en' | 'zh-cn';
export type MessageKey = keyof typeof en;

export const CATALOGS: Record<Lang, Record<MessageKey, string>> = { en, 'zh-cn': zhCn };

/**
 * A message as data: its key and parameters, composed into words only where it is shown
 * (`textOf`), in the language of whoever reads it. A parameter may be a phrase itself (a
 * failure's own message inside the words grading adds to it).
 */
export interface Phrase {
  readonly key: MessageKey;
  readonly params?: Readonly<Record<string, Param>>;
}
export type Param = string | number | Phrase;

export function phrase(key: MessageKey, params?: Record<string, Param>): Phrase {
  return params ? { key, params } : { key };
}

/** Words that are not ours to translate: a log line's own text, a name the log spells. */
export function logText(text: string): Phrase {
  return { key: 'text', params: { text } };
}

const CHINESE = new Set(['zh', 'zh-cn', 'zh-hans', 'zh-sg']);

/** A locale as an editor or an environment spells it (`zh-CN`, `zh_CN.UTF-8`, `en-US`) as a Lang. */
export function toLang(locale: string | undefined): Lang {
  const [base = ''] = (locale ?? '').split(/[.@]/);
  const tag = base.replace(/_/g, '-').toLowerCase();
  return CHINESE.has(tag) || tag.startsWith('zh-hans-') ? 'zh-cn' : 'en';
}

/** The message `key` in `lang`, each `{name}` replaced by `params[name]`. */
export function say(lang: Lang, key: MessageKey, params: Readonly<Record<string, Param>> = {}): string {
  return CATALOGS[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : typeof value === 'object' ? textOf(lang, value) : String(value);
  });
}

/** A phrase in `lang`. */
export function textOf(lang: Lang, p: Phrase): string {
  return say(lang, p.key, p.params);
}

/** The placeholders a message uses, sorted (the parity test compares them across languages). */
export function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map(([, name = '']) => name).sort();
}

/** A related line as shown: its role's words around the other line's message. */
export function relatedText(lang: Lang, related: RelatedLine): string {
  return related.role ? say(lang, `related.${related.role}`, { message: related.message }) : textOf(lang, related.message);
}

/** A phrase whose strings share no memory with the window they were cut from. */
export function detachPhrase(p: Phrase): Phrase {
  if (!p.params) {
    return p;
  }
  const params: Record<string, Param> = {};
  for (const [name, value] of Object.entries(p.params)) {
    params[name] = typeof value === 'string' ? detach(value) : typeof value === 'number' ? value : detachPhrase(value);
  }
  return { key: p.key, params };
}
