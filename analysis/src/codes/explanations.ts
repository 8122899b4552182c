// Our own explanations of the codes that matter in servicing: what the code means, what usually
// causes it in CBS / DISM / SetupAPI / Windows Update / Setup, and what to check next. Written by
// this project (docs/explanation-review.md says how each one is reviewed); no Microsoft or Wine
// message text. One JSON file per family in ./explanations/, bundled by the build; the Chinese
// texts in ./explanations/zh-cn/, same entries in the same order (test/analysis/explanationsZh.test.ts).

import appx from './explanations/appx.json' with { type: 'json' };
import bitlocker from './explanations/bitlocker.json' with { type: 'json' };
import bits from './explanations/bits.json' with { type: 'json' };
import cbs from './explanations/cbs.json' with { type: 'json' };
import com from './explanations/com.json' with { type: 'json' };
import deliveryOptimization from './explanations/delivery-optimization.json' with { type: 'json' };
import licensing from './explanations/licensing.json' with { type: 'json' };
import ntstatus from './explanations/ntstatus.json' with { type: 'json' };
import setupapi from './explanations/setupapi.json' with { type: 'json' };
import sxs from './explanations/sxs.json' with { type: 'json' };
import trust from './explanations/trust.json' with { type: 'json' };
import wim from './explanations/wim.json' with { type: 'json' };
import win32 from './explanations/win32.json' with { type: 'json' };
import windowsSetup from './explanations/windows-setup.json' with { type: 'json' };
import windowsUpdate from './explanations/windows-update.json' with { type: 'json' };
import winhttp from './explanations/winhttp.json' with { type: 'json' };
import wmi from './explanations/wmi.json' with { type: 'json' };
import appxZhCn from './explanations/zh-cn/appx.json' with { type: 'json' };
import bitlockerZhCn from './explanations/zh-cn/bitlocker.json' with { type: 'json' };
import bitsZhCn from './explanations/zh-cn/bits.json' with { type: 'json' };
import cbsZhCn from './explanations/zh-cn/cbs.json' with { type: 'json' };
import comZhCn from './explanations/zh-cn/com.json' with { type: 'json' };
import deliveryOptimizationZhCn from './explanations/zh-cn/delivery-optimization.json' with { type: 'json' };
import licensingZhCn from './explanations/zh-cn/licensing.json' with { type: 'json' };
import ntstatusZhCn from './explanations/zh-cn/ntstatus.json' with { type: 'json' };
import trustZhCn from './explanations/zh-cn/trust.json' with { type: 'json' };
import wimZhCn from './explanations/zh-cn/wim.json' with { type: 'json' };
import setupapiZhCn from './explanations/zh-cn/setupapi.json' with { type: 'json' };
import sxsZhCn from './explanations/zh-cn/sxs.json' with { type: 'json' };
import win32ZhCn from './explanations/zh-cn/win32.json' with { type: 'json' };
import windowsSetupZhCn from './explanations/zh-cn/windows-setup.json' with { type: 'json' };
import windowsUpdateZhCn from './explanations/zh-cn/windows-update.json' with { type: 'json' };
import winhttpZhCn from './explanations/zh-cn/winhttp.json' with { type: 'json' };
import wmiZhCn from './explanations/zh-cn/wmi.json' with { type: 'json' };

export interface Explanation {
  /** Symbolic names and/or `0x`-prefixed 8-digit upper-case hex values this entry covers. */
  keys: string[];
  /** One line for the hover header. */
  summary?: string;
  /** What the code means (one paragraph). */
  meaning: string;
  /** Common causes in servicing. */
  causes: string[];
  /** What to check next. */
  next: string[];
}

/** The explanation files by family name (the file name without `.json`). */
const FAMILIES: readonly [string, readonly Explanation[]][] = [
  ['cbs', cbs],
  ['windows-setup', windowsSetup],
  ['appx', appx],
  ['delivery-optimization', deliveryOptimization],
  ['windows-update', windowsUpdate],
  ['setupapi', setupapi],
  ['sxs', sxs],
  ['win32', win32],
  ['com', com],
  ['trust', trust],
  ['winhttp', winhttp],
  ['bitlocker', bitlocker],
  ['bits', bits],
  ['wmi', wmi],
  ['ntstatus', ntstatus],
  ['wim', wim],
  ['licensing', licensing],
];

/** The Chinese files that exist so far, by family name. */
const ZH_CN: Readonly<Record<string, readonly Explanation[]>> = {
  cbs: cbsZhCn,
  'windows-setup': windowsSetupZhCn,
  'windows-update': windowsUpdateZhCn,
  appx: appxZhCn,
  ntstatus: ntstatusZhCn,
  trust: trustZhCn,
  com: comZhCn,
  winhttp: winhttpZhCn,
  'delivery-optimization': deliveryOptimizationZhCn,
  wim: wimZhCn,
  wmi: wmiZhCn,
  bitlocker: bitlockerZhCn,
  bits: bitsZhCn,
  licensing: licensingZhCn,
  setupapi: setupapiZhCn,
  sxs: sxsZhCn,
  win32: win32ZhCn,
};

const byKey = new Map<'en' | 'zh-cn', Map<string, Explanation>>();

/** One family's entries in `lang`: each English entry's translation (same keys), else the English entry. */
function localised(family: string, entries: readonly Explanation[], lang: 'en' | 'zh-cn'): readonly Explanation[] {
  const translated = lang === 'zh-cn' ? ZH_CN[family] : undefined;
  if (!translated) {
    return entries;
  }
  const byKeys = new Map(translated.map((e) => [e.keys.join(' '), e]));
  return entries.map((e) => byKeys.get(e.keys.join(' ')) ?? e);
}

function load(lang: 'en' | 'zh-cn'): Map<string, Explanation> {
  let map = byKey.get(lang);
  if (!map) {
    map = new Map();
    for (const [family, entries] of FAMILIES) {
      for (const e of localised(family, entries, lang)) {
        for (const k of e.keys) {
          if (!map.has(k)) {
            map.set(k, e);
          }
        }
      }
    }
    byKey.set(lang, map);
  }
  return map;
}

/** Every English explanation entry (for tests and coverage). */
export function allExplanations(): readonly Explanation[] {
  return FAMILIES.flatMap(([, entries]) => entries);
}

/** The explanation files of one language by family, as shipped: every family in English, the translated ones in Chinese (for tests). */
export function explanationFamilies(lang: 'en' | 'zh-cn' = 'en'): readonly [string, readonly Explanation[]][] {
  return lang === 'en' ? FAMILIES : Object.entries(ZH_CN);
}

/** The first entry that covers any of the keys (names, or values as numbers), in key order, in `lang`. */
export function explanationFor(keys: readonly (string | number)[], lang: 'en' | 'zh-cn' = 'en'): Explanation | undefined {
  const map = load(lang);
  for (const k of keys) {
    const key = typeof k === 'number' ? '0x' + (k >>> 0).toString(16).toUpperCase().padStart(8, '0') : k;
    const e = map.get(key);
    if (e) {
      return e;
    }
  }
  return undefined;
}
