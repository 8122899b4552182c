// What a user types into "Decode Error Code…", read as a 32-bit value.

import { hresultFromNt, hresultFromSetupapi, hresultFromWin32, ntStatusFromWin32 } from './hresult.js';
import { namedCode } from './lookup.js';

/**
 * Reads what a user typed into "Decode Error Code…": `0x800703f1`, `800703f1`, `2147942413`,
 * `-2147023887`, `1009`, `ERROR_BADDB`, `0x800703f1 - ERROR_BADDB`, `HRESULT_FROM_WIN32(5)`.
 */
export function parseCodeInput(text: string): number | undefined {
  const t = text.trim().replace(/^\[|\]$/g, '').trim();
  if (t === '') {
    return undefined;
  }
  const wrapped = /^(HRESULT|NTSTATUS)_FROM_(WIN32|NT|SETUPAPI)\((.+)\)$/i.exec(t);
  if (wrapped) {
    const [, outer = '', from = '', argument = ''] = wrapped;
    const inner = parseCodeInput(argument);
    if (inner === undefined) {
      return undefined;
    }
    const macro = `${outer.toUpperCase()}_FROM_${from.toUpperCase()}`;
    switch (macro) {
      case 'HRESULT_FROM_WIN32':
        return hresultFromWin32(inner);
      case 'HRESULT_FROM_NT':
        return hresultFromNt(inner);
      case 'HRESULT_FROM_SETUPAPI':
        return hresultFromSetupapi(inner);
      case 'NTSTATUS_FROM_WIN32':
        return ntStatusFromWin32(inner);
      default:
        return undefined;
    }
  }
  // `0x… - NAME`, `0x… [NAME]`, `0x… (NAME)`: the number decides.
  const [, lead] = /^(-?(?:0x)?[0-9a-f]+)(?:\s*(?:-|\[|\(|:)\s*[A-Za-z_][\w ]*[\])]?)?$/i.exec(t) ?? [];
  if (lead !== undefined) {
    return parseNumber(lead);
  }
  if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(t)) {
    return namedCode(t)?.value;
  }
  return undefined;
}

function parseNumber(s: string): number | undefined {
  if (/^0x[0-9a-f]{1,8}$/i.test(s)) {
    return parseInt(s.slice(2), 16) >>> 0;
  }
  if (/^-\d{1,10}$/.test(s)) {
    const n = Number(s);
    return n >= -0x80000000 ? n >>> 0 : undefined;
  }
  // Exactly eight digits is how logs print an HRESULT without 0x (`*FAILED* [80070490]`,
  // `HRESULT = 800f0207`): hex. Any other all-digit input is decimal (1009, 2147942413).
  if (/^\d{1,10}$/.test(s) && s.length !== 8) {
    const n = Number(s);
    return n <= 0xffffffff ? n : undefined;
  }
  if (/^[0-9a-f]{1,8}$/i.test(s)) {
    return parseInt(s, 16) >>> 0;
  }
  return undefined;
}

