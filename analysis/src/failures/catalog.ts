// Stable diagnostic codes. Tests and user settings depend on them: never rename or reuse one.

export const DiagnosticCode = {
  /** CBS `Exec: Processing complete … [HRESULT = failure]`: the verdict of a CBS operation. */
  cbsProcessingFailed: 'cbs.processing-failed',
  /** CBS `Setting original failure status: 0x…`: the code the update failed with, before rollback. */
  cbsOriginalFailure: 'cbs.original-failure',
  /** CBS `STAGE index: …, result N, inf: x.inf`: a driver package failed to stage. */
  cbsDriverStageFailed: 'cbs.driver-stage-failed',
  /** CSI `Failed execution of queue item Installer: …`: an advanced installer failed. */
  cbsInstallerFailed: 'cbs.installer-failed',
  /** CSI `(F)` failure record. */
  cbsCsiFailure: 'cbs.csi-failure',
  /** CBS `Startup: A possible hang was detected on the last boot`. */
  cbsHangDetected: 'cbs.hang-detected',
  /** Rollback of an update (a consequence of an earlier failure). */
  cbsRollback: 'cbs.rollback',
  /** SFC `[SR] Cannot repair member file`. */
  sfcCannotRepair: 'cbs.sfc-cannot-repair',
  /** SFC `Could not reproject corrupted file …; source file in store is also corrupted`. */
  sfcStoreCorrupt: 'cbs.sfc-store-corrupt',
  /** SFC `Hashes for file member … do not match`. */
  sfcHashMismatch: 'cbs.sfc-hash-mismatch',
  /** SFC repaired a file. */
  sfcRepaired: 'cbs.sfc-repaired',
  /** DISM /ScanHealth or /RestoreHealth report: a corruption item not fixed, or a failing result. */
  storeCorruption: 'cbs.store-corruption',
  /** A record at Error or Fatal Error level (CBS, DISM, Panther). */
  errorRecord: 'log.error-record',
  /** A record at Warning level. */
  warningRecord: 'log.warning-record',
  /** An Info-level record that carries a failing code. */
  failureCode: 'log.failure-code',
  /** A WIM library trace line with a failing code (DISM, Setup). */
  wimFailure: 'log.wim-failure',
  /** DISM `Failed while processing command <cmd>`: the verdict of a DISM command. */
  dismCommandFailed: 'dism.command-failed',
  /** DISM `… waiting for a second and trying again`. */
  dismRetry: 'dism.retry',
  /** DISM `Error in operation: … (CBS HRESULT=0x…)` bridge line. */
  dismCbsError: 'dism.cbs-error',
  /** Windows Setup gave up: `Shell application requested abort`, `abandoning`, `Operation failed`. */
  pantherAbort: 'panther.abort',
  /** setupapi section ended `[Exit status: FAILURE(…)]`. */
  setupapiSectionFailed: 'setupapi.section-failed',
  /** setupapi `!!!` error line. */
  setupapiError: 'setupapi.error-line',
  /** setupapi `!` warning line. */
  setupapiWarning: 'setupapi.warning-line',
  /** setupapi `{… exit(0x…)}` block closed with a failing code. */
  setupapiBlockFailed: 'setupapi.block-failed',
  /** setupapi section with no end/exit line (log cut while writing, or a crash). */
  setupapiSectionUnclosed: 'setupapi.section-unclosed',
  /** WindowsUpdate.log `FATAL:`. */
  wuFatal: 'wu.fatal',
  /** WindowsUpdate.log `WARNING:`. */
  wuWarning: 'wu.warning',
  /** WindowsUpdate.log `*FAILED* [code]`. */
  wuFailed: 'wu.failed',
  /** An operation failed and no line rule flagged its verdict line (the operation model did). */
  operationFailed: 'log.operation-failed',
  /** SetupDiagResults.log verdict lines. */
  setupDiagFailure: 'setupdiag.failure',
} as const;

export type DiagnosticCode = (typeof DiagnosticCode)[keyof typeof DiagnosticCode];
