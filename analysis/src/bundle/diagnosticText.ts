// One sentence per diagnostic code, in our words: the rule descriptions of the SARIF output (and
// anything else that lists the rules). Typed as a complete record: a new DiagnosticCode does not
// compile until it has its sentence here.

import type { DiagnosticCode } from '../failures/catalog';

export const DIAGNOSTIC_DESCRIPTIONS: Record<DiagnosticCode, string> = {
  'cbs.processing-failed': 'A CBS operation (an update, a repair, a feature change) ended with a failing code: the verdict of that session.',
  'cbs.original-failure': 'CBS recorded the code the update failed with before it started to roll back.',
  'cbs.driver-stage-failed': 'A driver package of an update could not be staged; CBS prints the Win32 result and the INF name.',
  'cbs.installer-failed': 'An advanced installer (custom code run during servicing) failed, and its failure is not ignored.',
  'cbs.csi-failure': 'The component store layer (CSI) marked a record as a failure.',
  'cbs.hang-detected': 'Servicing noticed at start-up that the previous boot hung while it was processing.',
  'cbs.rollback': 'An update is being rolled back: a consequence of an earlier failure, not a cause.',
  'cbs.sfc-cannot-repair': 'SFC found a damaged protected file and could not repair it.',
  'cbs.sfc-store-corrupt': 'SFC could not repair a file because the copy in the component store is damaged too.',
  'cbs.sfc-hash-mismatch': 'A file does not match the hash its manifest expects.',
  'cbs.sfc-repaired': 'SFC repaired a damaged file.',
  'cbs.store-corruption': 'A component store check or repair left corruption unrepaired or ended with a failing code.',
  'log.error-record': 'A record written at Error or Fatal Error level.',
  'log.warning-record': 'A record written at Warning level.',
  'log.failure-code': 'An informational record that carries a failing error code.',
  'log.wim-failure': 'The image (WIM) library reported a failing code while reading or applying an image.',
  'dism.command-failed': 'A DISM command ended with a failing code: the verdict of that DISM run.',
  'dism.retry': 'DISM could not reach the servicing stack at once and retries.',
  'dism.cbs-error': 'DISM passes on the code the servicing stack (CBS) failed with.',
  'panther.abort': 'Windows Setup gave up an operation or a phase.',
  'setupapi.section-failed': 'A device or driver installation section ended with FAILURE.',
  'setupapi.error-line': 'SetupAPI wrote an error entry (`!!!`).',
  'setupapi.warning-line': 'SetupAPI wrote a warning entry (`!`).',
  'setupapi.block-failed': 'A step inside a SetupAPI section returned a failing code.',
  'setupapi.section-unclosed': 'A SetupAPI section has no end: the operation was cut off or the log was copied while it was written.',
  'wu.fatal': 'Windows Update wrote a FATAL entry.',
  'wu.warning': 'Windows Update wrote a WARNING entry.',
  'wu.failed': 'A Windows Update step reported *FAILED* with an error code.',
  'log.operation-failed': 'An operation (a session, a command, a run, a call) ended failed, as its own outcome line states.',
  'setupdiag.failure': 'SetupDiag reported a failed upgrade, its result code, or an incomplete run.',
};
