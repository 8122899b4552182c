// Bit arithmetic of Windows error codes: HRESULT and NTSTATUS fields and the conversion
// macros of winerror.h / ntstatus.h (docs: error-codes.md §5). Pure functions over numbers.
//
// JavaScript bit operators work on signed 32-bit integers, so `0x80000000 | 7` is negative.
// Every function here returns unsigned values (`>>> 0`) and accepts either form.

export const FACILITY_NULL = 0;
export const FACILITY_WIN32 = 7;
export const FACILITY_SETUPAPI = 0xf;
export const FACILITY_WINDOWSUPDATE = 0x24;
/** NTSTATUS facility of Win32 codes carried as NTSTATUS (`NTSTATUS_FROM_WIN32`). */
export const FACILITY_NTWIN32 = 7;
/** Bit 28 of an HRESULT: the value is a mapped NTSTATUS (`HRESULT_FROM_NT`). */
export const FACILITY_NT_BIT = 0x10000000;
/** setupapi.h: `APPLICATION_ERROR_MASK | ERROR_SEVERITY_ERROR`. */
export const SETUPAPI_ERROR_BASE = 0xe0000000;

/** The value as an unsigned 32-bit number. */
export function u32(value: number): number {
  return value >>> 0;
}

/** The value as a signed 32-bit number (what `%d` of an HRESULT prints). */
export function s32(value: number): number {
  return value | 0;
}

/** `0x800703F1`: eight upper-case hex digits. */
export function hex8(value: number): string {
  return '0x' + (value >>> 0).toString(16).toUpperCase().padStart(8, '0');
}

/** `0x3F1`: the shortest upper-case hex form. */
export function hexShort(value: number): string {
  return '0x' + (value >>> 0).toString(16).toUpperCase();
}

// ---------------------------------------------------------------------------------------------
// HRESULT: S(31) R(30) C(29) N(28) X(27) facility(26..16) code(15..0)

export interface HresultFields {
  /** Bit 31: 1 = failure. */
  severity: 0 | 1;
  /** Bit 30, reserved (set in NTSTATUS-style values). */
  r: 0 | 1;
  /** Bit 29: customer-defined. */
  c: 0 | 1;
  /** Bit 28: the value is a mapped NTSTATUS. */
  n: 0 | 1;
  /** Bit 27, reserved. */
  x: 0 | 1;
  /** `HRESULT_FACILITY(hr)` of winerror.h: `(hr >> 16) & 0x1fff` (includes X and N). */
  facility: number;
  /** The 11-bit facility field of MS-ERREF (bits 26..16). */
  facility11: number;
  /** `HRESULT_CODE(hr)`: the low 16 bits. */
  code: number;
}

const bit = (v: number, n: number): 0 | 1 => ((v >>> n) & 1) as 0 | 1;

export function hresultFields(hr: number): HresultFields {
  const v = hr >>> 0;
  return {
    severity: bit(v, 31),
    r: bit(v, 30),
    c: bit(v, 29),
    n: bit(v, 28),
    x: bit(v, 27),
    facility: hresultFacility(v),
    facility11: (v >>> 16) & 0x7ff,
    code: hresultCode(v),
  };
}

/** `HRESULT_SEVERITY(hr)`: 1 for failure. */
export function hresultSeverity(hr: number): 0 | 1 {
  return bit(hr, 31);
}

/** `HRESULT_FACILITY(hr)`: `(hr >> 16) & 0x1fff`, as winerror.h defines it. */
export function hresultFacility(hr: number): number {
  return (hr >>> 16) & 0x1fff;
}

/** `HRESULT_CODE(hr)`: `hr & 0xFFFF`. */
export function hresultCode(hr: number): number {
  return (hr >>> 0) & 0xffff;
}

/** `SUCCEEDED(hr)`: the value read as a signed 32-bit number is not negative. */
export function succeeded(hr: number): boolean {
  return (hr | 0) >= 0;
}

/** `MAKE_HRESULT(sev, fac, code)`. */
export function makeHresult(severity: number, facility: number, code: number): number {
  return (((severity & 1) << 31) | ((facility & 0x1fff) << 16) | (code & 0xffff)) >>> 0;
}

// ---------------------------------------------------------------------------------------------
// NTSTATUS: Sev(31..30) C(29) N(28) facility(27..16) code(15..0)

export interface NtStatusFields {
  /** 0 success, 1 informational, 2 warning, 3 error. */
  severity: 0 | 1 | 2 | 3;
  c: 0 | 1;
  n: 0 | 1;
  /** 12 bits. */
  facility: number;
  code: number;
}

export const NT_SEVERITY_NAMES = ['SUCCESS', 'INFORMATIONAL', 'WARNING', 'ERROR'] as const;

export function ntStatusFields(status: number): NtStatusFields {
  const v = status >>> 0;
  return {
    severity: (v >>> 30) as 0 | 1 | 2 | 3,
    c: bit(v, 29),
    n: bit(v, 28),
    facility: (v >>> 16) & 0xfff,
    code: v & 0xffff,
  };
}

// ---------------------------------------------------------------------------------------------
// Conversion macros and their inverses

/**
 * `HRESULT_FROM_WIN32(x)`: `(int)x <= 0 ? x : (x & 0xFFFF) | FACILITY_WIN32 << 16 | 0x80000000`.
 * So 0 stays 0 and a value that already has the top bit set is returned unchanged.
 */
export function hresultFromWin32(win32: number): number {
  const x = win32 >>> 0;
  return (x | 0) <= 0 ? x : ((x & 0xffff) | (FACILITY_WIN32 << 16) | 0x80000000) >>> 0;
}

/** The Win32 code inside `0x8007xxxx` (and 0 for 0); undefined for other values. */
export function win32FromHresult(hr: number): number | undefined {
  const v = hr >>> 0;
  if (v === 0) {
    return 0;
  }
  return (v & 0xffff0000) >>> 0 === 0x80070000 ? v & 0xffff : undefined;
}

/** `HRESULT_FROM_NT(x)`: `x | FACILITY_NT_BIT`. */
export function hresultFromNt(status: number): number {
  return (status | FACILITY_NT_BIT) >>> 0;
}

/** The NTSTATUS inside an HRESULT with the N bit (and a failure or warning severity). */
export function ntFromHresult(hr: number): number | undefined {
  const v = hr >>> 0;
  return (v & FACILITY_NT_BIT) !== 0 && (v & 0x80000000) !== 0 ? (v & ~FACILITY_NT_BIT) >>> 0 : undefined;
}

/** True for a setupapi.h `ERROR_*` value (`0xE000xxxx`). */
export function isSetupapiError(value: number): boolean {
  return (value & 0xffff0000) >>> 0 === SETUPAPI_ERROR_BASE;
}

/**
 * `HRESULT_FROM_SETUPAPI(x)`: a setupapi code (`(x & 0xE0000000) == 0xE0000000`) becomes
 * `0x800Fxxxx`; anything else goes through `HRESULT_FROM_WIN32`.
 */
export function hresultFromSetupapi(value: number): number {
  const x = value >>> 0;
  if ((x & SETUPAPI_ERROR_BASE) >>> 0 === SETUPAPI_ERROR_BASE) {
    return ((x & 0xffff) | (FACILITY_SETUPAPI << 16) | 0x80000000) >>> 0;
  }
  return hresultFromWin32(x);
}

/** The setupapi `0xE000xxxx` code of a `0x800Fxxxx` HRESULT; undefined for other values. */
export function setupapiFromHresult(hr: number): number | undefined {
  const v = hr >>> 0;
  return (v & 0xffff0000) >>> 0 === 0x800f0000 ? (SETUPAPI_ERROR_BASE | (v & 0xffff)) >>> 0 : undefined;
}

/**
 * `NTSTATUS_FROM_WIN32(x)` of the SDK's ntstatus.h: `(x & 0xFFFF) | FACILITY_NTWIN32 << 16 |
 * ERROR_SEVERITY_ERROR`, with 0 (and values with the top bit set) passed through as the
 * HRESULT macro does.
 */
export function ntStatusFromWin32(win32: number): number {
  const x = win32 >>> 0;
  return (x | 0) <= 0 ? x : ((x & 0xffff) | (FACILITY_NTWIN32 << 16) | 0xc0000000) >>> 0;
}

/** The Win32 code inside `0xC007xxxx`; undefined for other values. */
export function win32FromNtStatus(status: number): number | undefined {
  const v = status >>> 0;
  return (v & 0xffff0000) >>> 0 === 0xc0070000 ? v & 0xffff : undefined;
}
