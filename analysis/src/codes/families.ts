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
