// One-line descriptions of code families, in our own words, for codes that have no
// explanation entry of their own: "Win32 error 1009 wrapped as an HRESULT", "Windows Update
// agent error", ... Facts about ranges and facilities only.

/** What an HRESULT facility is about, for the facilities servicing logs show. */
const FACILITY_TOPICS: ReadonlyMap<number, string> = new Map([
  [0x0, 'a general COM/Windows component'],
  [0x1, 'RPC'],
  [0x2, 'COM automation (IDispatch)'],
  [0x3, 'COM structured storage'],
  [0x4, 'a COM interface (meaning depends on the interface)'],
  [0x7, 'Win32'],
  [0x8, 'Windows'],
  [0x9, 'security and cryptography (SSPI)'],
  [0xa, 'COM controls'],
  [0xb, 'certificate and signature trust'],
  [0xc, 'WinINet (internet client)'],
  [0xf, 'SetupAPI / Component-Based Servicing'],
  [0x11, 'COM+'],
  [0x17, 'side-by-side assemblies (SxS)'],
  [0x19, 'HTTP'],
  [0x1b, 'Windows Error Reporting'],
  [0x20, 'BITS (Background Intelligent Transfer Service)'],
  [0x24, 'the Windows Update agent'],
  [0x31, 'BitLocker (full-volume encryption)'],
  [0xd0, 'Delivery Optimization (the update download service)'],
]);

export function facilityTopic(facility: number): string | undefined {
  return FACILITY_TOPICS.get(facility);
}

/** A family description for a value that no explanation covers. */
export function rangeSummary(value: number): string | undefined {
  const v = value >>> 0;
  const hi = v >>> 16;
  if (hi === 0x800f) {
    const code = v & 0xffff;
    if (code >= 0x800 && code < 0x980) {
      return 'Component-Based Servicing (CBS) error';
    }
    if (code >= 0x980 && code < 0xa00) {
      return 'CBS payload (PSFX delta/hydration) error';
    }
    return 'SetupAPI (device installation) error carried as an HRESULT';
  }
  if (hi === 0x000f && (v & 0xffff) >= 0x800) {
    return 'Component-Based Servicing (CBS) success/status code';
  }
  if (hi === 0x8024) {
    return 'Windows Update agent error';
  }
  if (hi === 0x0024) {
    return 'Windows Update agent success/status code';
  }
  if (hi === 0xc190) {
    return 'Windows Setup (modern setup) result code';
  }
  if (hi === 0xc180) {
    return 'Windows Setup internal code (0xC18xxxxx) with no public name: read the log lines around it';
  }
  if (hi === 0xc142 || hi === 0xc144 || hi === 0x8144) {
    return 'Windows imaging (WIM library) internal code with no public name: look at the line after it';
  }
  if (hi === 0x80d0) {
    return 'Delivery Optimization download error';
  }
  if ((v & 0xffff0000) >>> 0 === 0xe0000000) {
    return 'SetupAPI (device installation) error';
  }
  return undefined;
}

/** Families by value range, first match wins: [low, high, family] (unsigned, inclusive). */
const VALUE_FAMILIES: readonly [number, number, string][] = [
  [0x80d00000, 0x80d0ffff, 'Delivery Optimization'],
  [0xc1570000, 0xc157ffff, 'DISM AppX provider'],
  [0xc1900000, 0xc19fffff, 'Windows Setup'],
  [0xc1800000, 0xc18fffff, 'Windows Setup'],
  [0x800f0800, 0x800f09ff, 'Component-Based Servicing'],
  [0x000f0800, 0x000f09ff, 'Component-Based Servicing'],
  [0x800f0000, 0x800f07ff, 'SetupAPI'],
  [0xe0000000, 0xe000ffff, 'SetupAPI'],
  [0x80240000, 0x8024ffff, 'Windows Update'],
  [0x00240000, 0x0024ffff, 'Windows Update'],
  [0xc0150000, 0xc015ffff, 'side-by-side assemblies (SxS)'],
  [0xc1420000, 0xc144ffff, 'Windows imaging (WIM)'],
  [0x81440000, 0x8144ffff, 'Windows imaging (WIM)'],
  [0xc004f000, 0xc004ffff, 'Software licensing'],
  [0x80310000, 0x8031ffff, 'BitLocker'],
  [0x80090000, 0x8009ffff, 'cryptography and trust'],
  [0x800b0000, 0x800bffff, 'cryptography and trust'],
  [0x80200000, 0x8020ffff, 'BITS'],
  [0x80010000, 0x8001ffff, 'RPC'],
];

/** Win32 code ranges with a family of their own (winerror.h sections). */
const WIN32_FAMILIES: readonly [number, number, string][] = [
  [15600, 15699, 'AppX deployment'],
  [14000, 14999, 'side-by-side assemblies (SxS)'],
  [12000, 12175, 'WinINet / WinHTTP'],
];

/** Name prefixes that say the family outright. */
const NAME_FAMILIES: readonly [string, string][] = [
  ['DO_E_', 'Delivery Optimization'],
  ['MOSETUP_E_', 'Windows Setup'],
  ['CBS_', 'Component-Based Servicing'],
  ['PSFX_E_', 'Component-Based Servicing'],
  ['SPAPI_E_', 'SetupAPI'],
  ['WU_', 'Windows Update'],
  ['DISMAPI_', 'DISM API'],
  ['FVE_E_', 'BitLocker'],
  ['SL_E_', 'Software licensing'],
  ['BG_E_', 'BITS'],
  ['WBEM_E_', 'WMI'],
  ['VSS_E_', 'Volume Shadow Copy'],
];

const inRange = (table: readonly [number, number, string][], v: number): string | undefined =>
  table.find(([lo, hi]) => v >= lo && v <= hi)?.[2];

/**
 * The family a code belongs to, for the hover header: the name's prefix, then the value's range,
 * then the range of the Win32 code it wraps, then the kind (`Win32`, `NTSTATUS`, `HRESULT`).
 */
export function codeFamily(value: number, kind: string, name: string | undefined, wraps: { kind: string; value: number } | undefined): string {
  const v = value >>> 0;
  if (kind === 'Windows Setup extend code') {
    return 'Windows Setup';
  }
  const byName = name ? NAME_FAMILIES.find(([prefix]) => name.startsWith(prefix))?.[1] : undefined;
  if (byName) {
    return byName;
  }
  if (kind === 'Win32') {
    return inRange(WIN32_FAMILIES, v) ?? 'Win32';
  }
  const byValue = kind === 'NTSTATUS' && v <= 0xffff ? undefined : inRange(VALUE_FAMILIES, v);
  if (byValue) {
    return byValue;
  }
  if (wraps?.kind === 'Win32') {
    return inRange(WIN32_FAMILIES, wraps.value) ?? 'Win32';
  }
  return kind;
}
