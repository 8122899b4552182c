// The hover card of a decoded code (Markdown), in the familiar order of `certutil -error` and
// Err.exe: value and name with decimal forms, the fields, our summary and explanation, other
// matches, and where the names come from. Kept narrow enough for a ~80-column hover.

import type { CodeDescription } from './describe.js';
import { hex8 } from './hresult.js';
import { namedCode, sourceLabel } from './lookup.js';
import { say, type Lang } from '../messages/index.js';

const MAX_OTHER_MATCHES = 6;

export interface CodeCardOptions {
  /** Windows' own message text for the code (from the OS, in the user's language). */
  systemMessage?: string;
}

/** Our prose may contain paths (C:\\$Windows.~BT) and names (_S_): show them literally. */
function prose(s: string): string {
  return s.replace(/[\\`*_{}[\]<>|#]/g, '\\$&');
}

/** Backticks for a code-like token; no Markdown escaping needed inside. */
const code = (s: string): string => '`' + s + '`';

function wrapText(d: CodeDescription): string | undefined {
  const w = d.wraps;
  if (!w) {
    return undefined;
  }
  const inner = w.kind === 'Win32' ? String(w.value) : hex8(w.value);
  const name = w.name && w.name !== d.name ? ` ${code(w.name)}` : '';
  return `${w.macro ?? w.kind}(${inner})${name}`;
}

function asHresultText(d: CodeDescription): string | undefined {
  const a = d.asHresult;
  if (!a) {
    return undefined;
  }
  return `${a.macro} → ${hex8(a.value)}${a.name ? ` ${code(a.name)}` : ''}`;
}

function otherMatchText(d: CodeDescription, lang: Lang): string | undefined {
  if (d.otherMatches.length === 0) {
    return undefined;
  }
  const shown = d.otherMatches.slice(0, MAX_OTHER_MATCHES).map((m) => {
    const at = m.value === d.value ? '' : m.kind === 'Win32' || m.kind.startsWith('Win32 ') ? ` ${m.value}` : ` ${hex8(m.value)}`;
    return `${code(m.name)} (${m.kind}${at})`;
  });
  const more = d.otherMatches.length - shown.length;
  return say(lang, 'card.alsoMatches', { list: `${shown.join(', ')}${more > 0 ? say(lang, 'card.andMore', { count: more }) : ''}` });
}

function sourcesText(d: CodeDescription, lang: Lang): string {
  const labels: string[] = [];
  const add = (source: string | undefined): void => {
    if (source && source !== 'log') {
      const label = sourceLabel(source);
      if (!labels.includes(label)) {
        labels.push(label);
      }
    }
  };
  add(d.nameSource);
  if (d.wraps?.name) {
    add(namedCode(d.wraps.name)?.source);
  }
  const parts: string[] = [];
  if (labels.length) {
    parts.push(say(lang, 'card.names', { list: labels.join(', ') }));
  } else if (d.nameSource === 'log') {
    parts.push(say(lang, 'card.nameFromLog'));
  }
  if (d.explanation) {
    parts.push(say(lang, 'card.ours'));
  }
  return parts.length ? `_${parts.join(' · ')}_` : '';
}

/** Markdown for a hover or a "Decode Error Code…" result. */
export function formatCodeCard(d: CodeDescription, lang: Lang, options: CodeCardOptions = {}): string {
  const out: string[] = [];
  const name = d.name ? ` · ${code(d.name)}` : '';
  const decimal = d.unsigned === d.signed ? `${d.unsigned}` : `${d.unsigned} (${d.signed})`;
  const family = d.family !== d.kind ? ` · ${d.family}` : '';
  const head = `**${d.hex}** · ${d.kind}${family}${name} — ${decimal}`;
  const second = [wrapText(d), d.fields, asHresultText(d)].filter((s): s is string => !!s).join(' · ');
  out.push(second ? `${head}  \n${second}` : head);
  out.push(d.isSuccess ? `${prose(d.summary)} _${say(lang, 'card.successCode')}_` : prose(d.summary));
  const e = d.explanation;
  if (e) {
    out.push(`**${say(lang, 'card.meaning')}** ${prose(e.meaning)}`);
    out.push([`**${say(lang, 'card.causes')}**`, ...e.causes.map((c) => `- ${prose(c)}`)].join('\n'));
    out.push([`**${say(lang, 'card.next')}**`, ...e.next.map((n) => `- ${prose(n)}`)].join('\n'));
  }
  if (options.systemMessage) {
    out.push(`**${say(lang, 'card.windowsText')}** ${prose(options.systemMessage.trim())}`);
  }
  const others = otherMatchText(d, lang);
  if (others) {
    out.push(others);
  }
  const sources = sourcesText(d, lang);
  if (sources) {
    out.push(sources);
  }
  return out.join('\n\n');
}
