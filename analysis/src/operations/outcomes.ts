// The one place that says what a code means for the outcome of an operation (operations.md §1.1):
// success, success with a reboot pending, cancelled, not applicable, or failure. Severity bits lie
// (0x80070BC2 has the failure bit and means "done, restart pending"), so nothing else decides this.

import type { LogKind, Outcome } from '../model.js';

const SUCCESS = new Set([
  0x00000000,
  0x00240001, // WU_S_SERVICE_STOP: the Windows Update service stopped when idle
  0x00240006, // WU_S_ALREADY_INSTALLED
]);
const REBOOT_PENDING = new Set([
  0x00000bc2, // ERROR_SUCCESS_REBOOT_REQUIRED (3010)
  0x00000bc3, // ERROR_SUCCESS_RESTART_REQUIRED (3011)
  0x80070bc2, // the same, as an HRESULT
  0x80070bc3,
  0x00240005, // WU_S_REBOOT_REQUIRED
  0x80242014, // WU_E_UH_POSTREBOOTSTILLPENDING: installed, the restart finishes it
]);
const CANCELLED = new Set([
  0x800f0820, // CBS_E_CANCEL
  0x800704c7, // ERROR_CANCELLED
  0x800704d3, // ERROR_REQUEST_ABORTED: the cancel travelling up Setup's stack
  0x8024000b, // WU_E_CALL_CANCELLED
]);
const NOT_APPLICABLE = new Set([
  0x800f081e, // CBS_E_NOT_APPLICABLE: nothing to install, nothing broken
]);
/** setupapi block and section exits that are not failures (formats.md §2.5). */
const SETUPAPI_BENIGN = new Set([
  0xe000020e, // SPAPI_E_NO_DRIVER_SELECTED during a search that found a better one elsewhere
  0xe0000241, // signed by a publisher the machine already trusts
]);

/** What a code says about the operation that ended with it. */
export function outcomeOfCode(value: number | undefined, kind?: LogKind): Outcome {
  if (value === undefined) {
    return 'unknown';
  }
  if (SUCCESS.has(value) || (value >>> 16 === 0x24 && !REBOOT_PENDING.has(value))) {
    return 'succeeded';
  }
  if (REBOOT_PENDING.has(value)) {
    return 'reboot-pending';
  }
  if (CANCELLED.has(value)) {
    return 'cancelled';
  }
  if (NOT_APPLICABLE.has(value)) {
    return 'not-applicable';
  }
  if (kind === 'setupapi' && SETUPAPI_BENIGN.has(value)) {
    return 'succeeded';
  }
  return 'failed';
}

/** A value that never makes a failure on its own: success, reboot pending, WU_S_* informational. */
export function isSuccessCode(value: number, kind?: LogKind): boolean {
  const outcome = outcomeOfCode(value, kind);
  return outcome === 'succeeded' || outcome === 'reboot-pending';
}
