// Our own explanations of the codes that matter in servicing: what the code means, what usually
// causes it in CBS / DISM / SetupAPI / Windows Update / Setup, and what to check next. Written by
// this project (docs/explanation-review.md says how each one is reviewed); no Microsoft or Wine
// message text. One JSON file per family in ./explanations/, bundled by the build; the Chinese
// texts in ./explanations/zh-cn/, same entries in the same order (test/analysis/explanationsZh.test.ts).

import appx from './explanations/appx.json';
import bitlocker from './explanations/bitlocker.json';
import bits from './explanations/bits.json';
import cbs from './explanations/cbs.json';
import com from './explanations/com.json';
import deliveryOptimization from './explanations/delivery-optimization.json';
import licensing from './explanations/licensing.json';
import ntstatus from './explanations/ntstatus.json';
import setupapi from './explanations/setupapi.json';
import sxs from './explanations/sxs.json';
import trust from './explanations/trust.json';
import wim from './explanations/wim.json';
import win32 from './explanations/win32.json';
import windowsSetup from './explanations/windows-setup.json';
import windowsUpdate from './explanations/windows-update.json';
import winhttp from './explanations/winhttp.json';
import wmi from './explanations/wmi.json';
import appxZhCn from './explanations/zh-cn/appx.json';
import bitlockerZhCn from './explanations/zh-cn/bitlocker.json';
import bitsZhCn from './explanations/zh-cn/bits.json';
import cbsZhCn from './explanations/zh-cn/cbs.json';
import comZhCn from './explanations/zh-cn/com.json';
import deliveryOptimizationZhCn from './explanations/zh-cn/delivery-optimization.json';
import licensingZhCn from './explanations/zh-cn/licensing.json';
import ntstatusZhCn from './explanations/zh-cn/ntstatus.json';
import trustZhCn from './explanations/zh-cn/trust.json';
import wimZhCn from './explanations/zh-cn/wim.json';
import setupapiZhCn from './explanations/zh-cn/setupapi.json';
import sxsZhCn from './explanations/zh-cn/sxs.json';
import win32ZhCn from './explanations/zh-cn/win32.json';
import windowsSetupZhCn from './explanations/zh-cn/windows-setup.json';
import windowsUpdateZhCn from './explanations/zh-cn/windows-update.json';
import winhttpZhCn from './explanations/zh-cn/winhttp.json';
import wmiZhCn from './explanations/zh-cn/wmi.json';

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
