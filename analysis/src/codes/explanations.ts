// Our own explanations of the codes that matter in servicing: what the code means, what usually
// causes it in CBS / DISM / SetupAPI / Windows Update / Setup, and what to check next. Written by
// this project (docs/explanation-review.md says how each one is reviewed); no Microsoft or Wine
// message text. One JSON file per family in ./explanations/, bundled by the build.

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

let byKey: Map<string, Explanation> | undefined;

function load(): Map<string, Explanation> {
  if (!byKey) {
    byKey = new Map();
    for (const [, entries] of FAMILIES) {
      for (const e of entries) {
        for (const k of e.keys) {
          if (!byKey.has(k)) {
            byKey.set(k, e);
          }
        }
      }
    }
  }
  return byKey;
}

/** Every explanation entry (for tests and coverage). */
export function allExplanations(): readonly Explanation[] {
  return FAMILIES.flatMap(([, entries]) => entries);
}

/** The explanation files by family (for tests). */
export function explanationFamilies(): readonly [string, readonly Explanation[]][] {
  return FAMILIES;
}

/** The first entry that covers any of the keys (names, or values as numbers), in key order. */
export function explanationFor(keys: readonly (string | number)[]): Explanation | undefined {
  const map = load();
  for (const k of keys) {
    const key = typeof k === 'number' ? '0x' + (k >>> 0).toString(16).toUpperCase().padStart(8, '0') : k;
    const e = map.get(key);
    if (e) {
      return e;
    }
  }
  return undefined;
}
