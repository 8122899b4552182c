// Failure rules for the CBS/DISM/Panther record family (formats.md §1.5–§1.7, §3.1, §3.3, §5).
// Severity comes from what a line means, not from words: a failing code, the level column, and
// the phrase patterns that CBS, DISM and Setup use for verdicts.

import { Level, LineKind, type Failure, type Severity } from '../model.js';
import { codesAt, componentOf, lineAt, lineLength, type LogDocument } from '../document.js';
import { RX_CSI } from '../formats/records.js';
import { DiagnosticCode as C } from './catalog.js';
import { codeLabel, codeSuffix, describeWithCode as describe, failingCode } from './label.js';
import { clueOf } from './clues.js';
import { linear } from '../linearRegex.js';
import { must } from '../must.js';
import { firstAtLeast } from '../search.js';
import { logText, phrase, type Phrase } from '../messages/index.js';

const RX_PROCESSING_COMPLETE = /^Exec: Processing complete/;
const RX_ORIGINAL_FAILURE = /^Setting original failure status: /;
const RX_STAGE = /^STAGE index: \d+,? phase: \d+,? result (\d+),? inf: (\S+)/;
const RX_INSTALLER = /Failed execution of queue item Installer: ([^(]+)/;
const RX_HANG = /^Startup: A possible hang was detected/;
const RX_ROLLBACK = /Stage: \d+ out of \d+\. Rollback\.$|^Setting ExecuteState key to: CbsExecuteStateInitiateRollback|^Startup: Rolling back KTM/;
const RX_SFC_CANNOT = /^\[SR\] Cannot repair member file (?:\[[^\]]*\])?['"]([^'"]+)['"]/;
const RX_SFC_STORE = /^\[SR\] Could not reproject corrupted file (.*?); source file in store is also corrupted/;
const RX_SFC_HASH = /^Hashes for file member (?:\[[^\]]*\])?['"]([^'"]+)['"] do not match/;
const RX_SFC_REPAIRED = /^\[SR\] Repairing corrupted file|^Repaired file /;
const RX_WALLPAPER = /Microsoft-Windows-Shell-Wallpaper|\.jpg['"]/;
const RX_RETRY = /waiting for a second and trying again/;
// On RE2: a line repeating `Error in operation: ` would make a backtracking search quadratic.
const RX_CBS_BRIDGE = linear(/Error in operation: .*\(CBS HRESULT=0x[0-9A-Fa-f]{8}\)/);
const RX_DISM_COMMAND = /Failed while processing command ([\w-]+)/;
// SetupHost's own result, the outcome of a Windows Setup run as Setup reports it.
const RX_SETUP_RESULT = /^CSetupHost::Execute\(\d+\): Result = /;
const SETUP_CANCELLED = new Set([0x800704c7, 0x800704d3]);
const RX_ABORT = /Shell application requested abort|Abandoning apply due to error for object|abandoning\. Error: |^Operation failed: |Gather failed\. Last error: |exiting with HRESULT \[/;
const RX_WIM = /^\[\d+(?:\.\d+)?\] \[(0x[0-9A-Fa-f]{8})\] (\w+):/;
const RX_SUR_ITEM = /^\(p\)\t(.*)$/;
const RX_SUR_RESULT = /^Operation result: (0x[0-9A-Fa-f]+)/;
// A store scan's summary (ScanHealth, RestoreHealth, CheckSUR): corruption found and not all of it
// repaired is a result to act on, whatever the scan's own outcome.
const RX_DETECTED = /^\s*Total Detected Corruption:\s*(\d+)/;
const RX_REPAIRED = /^\s*Total Repaired Corruption:\s*(\d+)/;
/** Lines from a summary's detected count to its repaired count. */
const SUMMARY_LINES = 8;

// Every rule below needs a failing code, a Warning/Error level, or one of these words: records
// without any of them (most of a log) are skipped after one test.
const RX_GATE = /\[SR\]|Detected Corruption|[Uu]ser cancel|Hashes for|Not able to find replacement|alternate source|Repaired file|Rollback|Rolling back|hang was|trying again|abort|[Aa]bandon|Operation failed|Gather failed|queue item/;
const RX_CONTINUATION_GATE = /^\[\d|^\(p\)|^Operation result|^\s*Total Detected/;

/** The failures of lines `from` to `to` (exclusive): a line's rules need no state of the lines above. */
export function findFamilyFailures(doc: LogDocument, from = 0, to = doc.lines.count): Failure[] {
  const out: Failure[] = [];
  const codes = doc.codes;
  let cursor = firstAtLeast(codes, from, (c) => c.line);
  for (let line = from; line < to; line++) {
    const kind = doc.lineKinds[line];
    while ((codes[cursor]?.line ?? Infinity) < line) {
      cursor++;
    }
    const hasCode = codes[cursor]?.line === line;
    if (kind === LineKind.Record) {
      if (hasCode || must(doc.levels[line]) >= Level.Warning || RX_GATE.test(lineAt(doc, line))) {
        recordFailure(doc, line, out);
      }
    } else if ((kind === LineKind.Continuation || kind === LineKind.Unclassified) && (hasCode || RX_CONTINUATION_GATE.test(lineAt(doc, line)))) {
      continuationFailure(doc, line, out);
    }
  }
  return out;
}

function push(
  out: Failure[],
  doc: LogDocument,
  line: number,
  severity: Severity,
  code: string,
  message: Phrase,
  value?: number,
  role: Failure['role'] = 'failure',
): void {
  const end = lineLength(doc, line);
  const start = Math.min(must(doc.messageStarts[line]), end);
  // An AppX provider record states what failed on its `Msg:[…]` continuation line.
  const next = line + 1 < doc.lines.count && doc.lineKinds[line + 1] === LineKind.Continuation ? lineAt(doc, line + 1) : '';
  const clue = clueOf(next.startsWith('    Msg:[') ? `${lineAt(doc, line)} ${next.trim()}` : lineAt(doc, line));
  out.push({ line, start, end, severity, code, message, role, value, related: [], ...(clue ? { clue } : {}) });
}

function recordFailure(doc: LogDocument, line: number, out: Failure[]): void {
  const text = lineAt(doc, line);
  let msg = text.slice(doc.messageStarts[line]);
  if (componentOf(doc, line) === 'CSI') {
    const csi = RX_CSI.exec(msg);
    if (csi) {
      msg = msg.slice(csi[0].length);
    }
  }
  const level = must(doc.levels[line]);
  const code = failingCode(codesAt(doc, line));
  const label = code ? codeLabel(doc, code.value, code.hint) : '';
  const at = codeSuffix(label);

  if (RX_PROCESSING_COMPLETE.test(msg) && code) {
    const cancelled = code.value === 0x800f0820;
    push(out, doc, line, cancelled ? 'warning' : 'error', C.cbsProcessingFailed, phrase(cancelled ? 'diag.cbsCancelled' : 'diag.cbsFailed', { at }), code.value, cancelled ? 'failure' : 'verdict');
    return;
  }
  if (RX_ORIGINAL_FAILURE.test(msg) && code) {
    const state = /last forward execute state: (\w+)/.exec(msg)?.[1];
    push(out, doc, line, 'error', C.cbsOriginalFailure, phrase('diag.updateFailed', { at, during: state ? phrase('diag.during', { state: state.replace(/^CbsExecuteState/, '') }) : '' }), code.value, 'verdict');
    return;
  }
  const stage = RX_STAGE.exec(msg);
  if (stage && stage[1] !== '0') {
    push(out, doc, line, 'error', C.cbsDriverStageFailed, phrase('diag.driverStage', { inf: stage[2] ?? '', label: codeLabel(doc, Number(stage[1]), 'win32') }), Number(stage[1]));
    return;
  }
  const installer = RX_INSTALLER.exec(msg);
  if (installer) {
    const [, name = ''] = installer;
    push(out, doc, line, 'error', C.cbsInstallerFailed, phrase('diag.installerFailed', { name: name.trim(), at }), code?.value);
    return;
  }
  if (RX_HANG.test(msg)) {
    push(out, doc, line, 'error', C.cbsHangDetected, phrase('diag.hang', { at }), code?.value);
    return;
  }
  const store = RX_SFC_STORE.exec(msg);
  if (store) {
    const [, file = ''] = store;
    push(out, doc, line, 'error', C.sfcStoreCorrupt, phrase('diag.sfcStoreCorrupt', { file: file.replace(/^\\\?\?\\/, '') }));
    return;
  }
  const cannot = RX_SFC_CANNOT.exec(msg);
  if (cannot) {
    const benign = RX_WALLPAPER.test(msg);
    push(out, doc, line, benign ? 'hint' : 'warning', C.sfcCannotRepair, phrase('diag.sfcCannotRepair', { file: cannot[1] ?? '', harmless: benign ? phrase('diag.sfcHarmless') : '' }), undefined, benign ? 'noise' : 'failure');
    return;
  }
  const hash = RX_SFC_HASH.exec(msg);
  if (hash) {
    push(out, doc, line, 'information', C.sfcHashMismatch, phrase('diag.hashMismatch', { file: hash[1] ?? '' }));
    return;
  }
  if (corruptionFound(doc, line, msg, out)) {
    return;
  }
  if (RX_SFC_REPAIRED.test(msg)) {
    push(out, doc, line, 'information', C.sfcRepaired, phrase('diag.sfcRepaired'));
    return;
  }
  if (RX_ROLLBACK.test(msg)) {
    push(out, doc, line, 'warning', C.cbsRollback, phrase('diag.rollback'));
    return;
  }
  if (RX_RETRY.test(msg)) {
    push(out, doc, line, 'warning', C.dismRetry, phrase('diag.dismRetry', { at }), code?.value);
    return;
  }
  if (code && msg.includes('Error in operation: ') && RX_CBS_BRIDGE.test(msg)) {
    push(out, doc, line, 'error', C.dismCbsError, phrase('diag.dismCbsError', { at }), code.value);
    return;
  }
  const command = RX_DISM_COMMAND.exec(msg);
  if (command && code) {
    push(out, doc, line, 'error', C.dismCommandFailed, phrase('diag.dismCommandFailed', { command: command[1] ?? '', at }), code.value, 'verdict');
    return;
  }
  if (RX_SETUP_RESULT.test(msg) && code) {
    const cancelled = SETUP_CANCELLED.has(code.value);
    push(out, doc, line, cancelled ? 'warning' : 'error', C.pantherAbort, phrase(cancelled ? 'diag.setupCancelled' : 'diag.setupFailed', { at }), code.value, 'verdict');
    return;
  }
  if (RX_ABORT.test(msg) && (level >= Level.Error || code)) {
    push(out, doc, line, 'error', C.pantherAbort, phrase('diag.setupGaveUp', { line: describe(msg, label) }), code?.value, 'verdict');
    return;
  }
  if (level >= Level.Error) {
    push(out, doc, line, 'error', C.errorRecord, logText(describe(msg, label)), code?.value);
    return;
  }
  if (level === Level.Warning) {
    push(out, doc, line, 'warning', C.warningRecord, logText(describe(msg, label)), code?.value);
    return;
  }
  if (code && (code.value >= 0x80000000 || ((code.hint === 'win32' || code.hint === 'any') && /\b(?:[Ff]ail|[Ee]rror)/.test(msg)))) {
    push(out, doc, line, 'information', C.failureCode, logText(describe(msg, label)), code.value);
  } else if (clueOf(msg) === 'cause') {
    // A line that names what broke, without a code: only its operation can say whether it matters.
    push(out, doc, line, 'information', C.failureCode, logText(describe(msg, label)), code?.value);
  }
}


/** `Total Detected Corruption: N` with fewer than N repaired below it: a finding. */
function corruptionFound(doc: LogDocument, line: number, msg: string, out: Failure[]): boolean {
  const detected = RX_DETECTED.exec(msg);
  if (!detected || detected[1] === '0') {
    return false;
  }
  let repaired = 0;
  for (let k = line + 1; k < Math.min(doc.lines.count, line + SUMMARY_LINES); k++) {
    const m = RX_REPAIRED.exec(lineAt(doc, k).slice(doc.lineKinds[k] === LineKind.Record ? doc.messageStarts[k] : 0));
    if (m) {
      repaired = Number(m[1]);
      break;
    }
  }
  const found = Number(detected[1]);
  push(out, doc, line, repaired < found ? 'warning' : 'information', C.storeCorruption, phrase('diag.storeScanFound', { found, repaired }));
  const pushed = out.pop();
  if (pushed) {
    out.push(repaired < found ? { ...pushed, clue: 'finding' } : pushed);
  }
  return true;
}

function continuationFailure(doc: LogDocument, line: number, out: Failure[]): void {
  const text = lineAt(doc, line);
  if (corruptionFound(doc, line, text, out)) {
    return;
  }
  const wim = RX_WIM.exec(text);
  if (wim) {
    const [, hex = ''] = wim;
    const value = parseInt(hex, 16) >>> 0;
    if (value !== 0) {
      push(out, doc, line, 'warning', C.wimFailure, phrase('diag.wimFailed', { name: wim[2] ?? '', label: codeLabel(doc, value, 'hresult') }), value);
    }
    return;
  }
  const [, item] = RX_SUR_ITEM.exec(text) ?? [];
  if (item !== undefined && !item.includes('(Fixed)')) {
    push(out, doc, line, 'warning', C.storeCorruption, phrase('diag.storeNotRepaired', { item: item.replace(/\t+/g, ' ').trim() }));
    return;
  }
  const result = RX_SUR_RESULT.exec(text);
  if (result) {
    const [, hex = ''] = result;
    const value = parseInt(hex, 16) >>> 0;
    if (value !== 0) {
      const cancelled = value === 0x800f0820;
      push(out, doc, line, cancelled ? 'warning' : 'error', C.storeCorruption, phrase(cancelled ? 'diag.storeCheckCancelled' : 'diag.storeCheckFailed', { label: codeLabel(doc, value, 'hresult') }), value, cancelled ? 'failure' : 'verdict');
    }
  }
}

