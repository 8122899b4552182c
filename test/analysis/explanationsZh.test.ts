// The Chinese code explanations (analysis/src/codes/explanations/zh-cn/<family>.json) against the
// English ones: same entries in the same order, same keys, same number of causes and next steps,
// every field in Chinese, and every code name, command, switch, path and file name of the English
// field kept as it is. docs/glossary-zh.md's typography rules are checked too.

import { strict as assert } from 'node:assert';
import { existsSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { type Explanation, explanationFamilies, explanationFor } from '../../analysis/src/codes/explanations.js';

// Tests compile to out/test/analysis/*.js: the repository root is three levels up.
const ZH_DIR = path.resolve(import.meta.dirname, '../../../analysis/src/codes/explanations/zh-cn');


/** What must appear unchanged in the translation: codes, names, switches, paths, files, cmdlets, KB numbers. */
const KEPT: readonly RegExp[] = [
  /0x[0-9A-Fa-f]+/g,
  /\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b/g,
  /(?<=^|[\s(])\/[A-Za-z](?:[\w:.*<>\\~$-]*[\w:*<>\\~$-])?/g,
  /\b[A-Za-z]:\\(?:[^\s,;)"\]]*[^\s,;)".\]])?/g,
  /%\w+%(?:\\[^\s,;)"]*[^\s,;)".])?/g,
  /[\w$*.~-]*\.(?:log|inf|exe|cab|msu|msi|dll|sys|xml|cat|mum|manifest|wim|esd|ini|etl|evtx|ps1|appx|msix)\b/g,
  /\bKB\d{6,}\b/g,
  /\b[A-Z][a-z]+-[A-Z][A-Za-z]+\b/g,
  /\b[A-Za-z]*[a-z][A-Z]\w*\b/g,
  /\b(?:CBS|CSI|DISM|SFC|WSUS|INF|HRESULT|NTSTATUS|DRIVERS|COMPONENTS|SYSTEM|SOFTWARE|HKLM|SCCM)\b/g,
];

const CJK = /[\u3400-\u9fff]/;

function keptTokens(text: string): string[] {
  return [...new Set(KEPT.flatMap((re) => [...text.matchAll(re)].map((m) => m[0])))];
}

/** True when nothing but kept tokens and punctuation is left: a field that is only code names. */
function onlyCodeNames(text: string): boolean {
  let rest = text;
  for (const t of keptTokens(text)) {
    rest = rest.split(t).join(' ');
  }
  return !/[A-Za-z]{2,}/.test(rest);
}

/** English prose left in a Chinese field: three ASCII words in a row with a function word among them, outside quoted log text. */
function englishProse(zh: string, en: string): string | undefined {
  const unquoted = zh.replace(/"([^"]*)"|“([^”]*)”/g, (whole, a?: string, b?: string) => (en.includes(a ?? b ?? '') ? ' ' : whole));
  const run = /\b[A-Za-z']+(?:[ ,]+[A-Za-z']+){2,}\b/g;
  return [...unquoted.matchAll(run)].map((m) => m[0]).find((r) => /\b(?:the|a|an|and|or|is|are|to|of|in|on|for|with|that|this|it|be|when|then|from|not|was|by|as|if)\b/i.test(r));
}

/** docs/glossary-zh.md: full-width punctuation after Chinese, one space between Chinese and Latin, none before full-width punctuation. */
function typographyFault(zh: string): string | undefined {
  const faults: [RegExp, string][] = [
    [/[\u3400-\u9fff][,.;:!?]/, 'half-width punctuation after Chinese'],
    [/[\u3400-\u9fff][A-Za-z0-9`]|[A-Za-z0-9`][\u3400-\u9fff]/, 'no space between Chinese and a Latin word or number'],
    [/\s[，。：；！？、）]|[（“]\s/, 'space next to full-width punctuation'],
    [/\s{2,}|^\s|\s$/, 'stray whitespace'],
  ];
  return faults.find(([re]) => re.test(zh))?.[1];
}

/** Every fault of one translated text against its English text. */
function textFaults(zh: string, en: string): string[] {
  const faults: string[] = [];
  if (!CJK.test(zh) && !onlyCodeNames(en)) {
    faults.push('not in Chinese');
  }
  const prose = englishProse(zh, en);
  if (prose) {
    faults.push(`English left: ${JSON.stringify(prose)}`);
  }
  const lost = keptTokens(en).filter((t) => !zh.includes(t));
  if (lost.length) {
    faults.push(`lost ${lost.join(', ')}`);
  }
  const typo = typographyFault(zh);
  if (typo) {
    faults.push(typo);
  }
  return faults;
}

/** Every fault of one translated file against its English file. */
function fileFaults(zh: readonly Explanation[], en: readonly Explanation[]): string[] {
  const faults: string[] = [];
  if (zh.length !== en.length) {
    faults.push(`${zh.length} entries, English has ${en.length}`);
  }
  en.forEach((e, i) => {
    const z = zh[i];
    const id = `#${i} ${e.keys.join(' ')}`;
    if (!z) {
      return;
    }
    if (z.keys.join(' ') !== e.keys.join(' ')) {
      faults.push(`${id}: keys ${z.keys.join(' ')}`);
      return;
    }
    const extra = Object.keys(z).filter((k) => !['keys', 'summary', 'meaning', 'causes', 'next'].includes(k));
    if (extra.length) {
      faults.push(`${id}: unknown field ${extra.join(', ')}`);
    }
    if ((z.summary === undefined) !== (e.summary === undefined)) {
      faults.push(`${id}: summary ${e.summary === undefined ? 'extra' : 'missing'}`);
    }
    for (const list of ['causes', 'next'] as const) {
      if (z[list].length !== e[list].length) {
        faults.push(`${id}: ${z[list].length} ${list}, English has ${e[list].length}`);
      }
    }
    const pairs: [string, string | undefined, string | undefined][] = [
      ['summary', z.summary, e.summary],
      ['meaning', z.meaning, e.meaning],
      ...e.causes.map((c, j): [string, string | undefined, string] => [`causes[${j}]`, z.causes[j], c]),
      ...e.next.map((n, j): [string, string | undefined, string] => [`next[${j}]`, z.next[j], n]),
    ];
    for (const [field, zt, et] of pairs) {
      if (zt !== undefined && et !== undefined) {
        faults.push(...textFaults(zt, et).map((f) => `${id} ${field}: ${f}`));
      }
    }
  });
  return faults;
}

const english = new Map(explanationFamilies('en'));
const chinese = new Map(explanationFamilies('zh-cn'));

describe('Chinese explanations', () => {
  test('every zh-cn file is loaded, and every English family has a Chinese file', () => {
    const files = (existsSync(ZH_DIR) ? readdirSync(ZH_DIR) : []).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));
    assert.deepEqual([...chinese.keys()].sort(), files.sort(), 'the loader imports every zh-cn file, once');
    assert.deepEqual([...english.keys()].filter((f) => !chinese.has(f)), [], 'English families with no Chinese file');
    assert.deepEqual([...chinese.keys()].filter((f) => !english.has(f)), [], 'Chinese files with no English family');
  });

  for (const [family, zh] of chinese) {
    test(`${family}: same entries, keys and list lengths as English, every text in Chinese with its codes kept`, () => {
      assert.deepEqual(fileFaults(zh, english.get(family) ?? []), []);
    });
  }

  test('explanationFor answers in the language asked, English where no Chinese file exists yet', () => {
    for (const [family, en] of english) {
      const zh = chinese.get(family);
      en.forEach((e, i) => {
        const key = e.keys[0]!;
        if (explanationFor([key]) !== e) {
          return; // an earlier family explains this key
        }
        assert.equal(explanationFor([key], 'zh-cn'), zh ? zh[i] : e, `${family} ${key}`);
      });
    }
  });

  test('the checks catch English prose, a dropped command and a missing entry', () => {
    const en: Explanation = {
      keys: ['CBS_E_SOURCE_MISSING'],
      meaning: 'Run DISM /Online /Cleanup-Image /RestoreHealth /Source:C:\\mount to repair 0x800f081f.',
      causes: ['The repair source is missing'],
      next: ['Check CBS.log'],
    };
    const good: Explanation = {
      keys: ['CBS_E_SOURCE_MISSING'],
      meaning: '运行 DISM /Online /Cleanup-Image /RestoreHealth /Source:C:\\mount 修复 0x800f081f。',
      causes: ['修复源缺失'],
      next: ['查看 CBS.log'],
    };
    assert.deepEqual(fileFaults([good], [en]), []);
    assert.deepEqual(fileFaults([{ ...good, causes: ['The repair source is missing'] }], [en]), [
      '#0 CBS_E_SOURCE_MISSING causes[0]: not in Chinese',
      '#0 CBS_E_SOURCE_MISSING causes[0]: English left: "The repair source is missing"',
    ]);
    assert.deepEqual(fileFaults([{ ...good, meaning: '运行 DISM /Online /RestoreHealth /Source:C:\\mount 修复 0x800f081f。' }], [en]), [
      '#0 CBS_E_SOURCE_MISSING meaning: lost /Cleanup-Image, Cleanup-Image',
    ]);
    assert.deepEqual(fileFaults([{ ...good, next: ['查看CBS.log'] }], [en]), [
      '#0 CBS_E_SOURCE_MISSING next[0]: no space between Chinese and a Latin word or number',
    ]);
    assert.deepEqual(fileFaults([], [en]), ['0 entries, English has 1']);
  });
});
