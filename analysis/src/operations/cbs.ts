// CBS.log and CbsPersist_*.log operations (operations.md §2): TrustedInstaller runs holding boot-time
// startup processing, CBS sessions (package installs, applicability queries, store scans and
// repairs) and SFC runs.

import { blame, createDraftTree, settle, type Draft } from './draft.js';
import { statedCode, type OperationBuilder } from './builder.js';
import { outcomeOfCode } from './outcomes.js';
import { phrase, type Phrase } from '../messages/index.js';

const RX_TI_START = /^(?:TI: --- Initializing Trusted Installer ---|Starting TrustedInstaller initialization\.)/;
const RX_TI_END = /^Ending TrustedInstaller finalization\./;
const RX_TI_INTERRUPTED = /^TI: It looks like TI crashed or was interrupted/;
const RX_STARTUP_START = /^(?:Startup: BlockTime: |Retrieved original failure status: |Startup: current ExecuteState is )/;
const RX_STARTUP_END = /^Startup: Processing complete\./;
const RX_ORIGINAL_FAILURE = /^Setting original failure status: (0x[0-9A-Fa-f]{8})/;
const RX_SESSION_INIT = /^Session: (\d+_\d+) initialized by client ([^,.]+)/;
const RX_SESSION_END = /^Session: (\d+_\d+) finalized\. Reboot required: (yes|no)/;
const RX_EXEC_STARTED = /^Exec: Processing started\.\s+Client: ([^,]+), Session: (\d+_\d+), Package: ([^,\s]+)/;
const RX_EXEC_MANUAL = /^Exec: Session processing started\.\s+Client: [^,]+, Session\(([^)]*)\): (\d+_\d+)/;
const RX_EXEC = /^Exec: /;
const RX_EXEC_COMPLETE = /^Exec: Processing complete(?:\.\s+Session: (\d+_\d+)|, session\((Corruption (?:Repairing|Detecting))\): (\d+_\d+))/;
const RX_INSTALL_FAILED = /^(?:Failed to process single phase execution\.|WER: Generating failure report for package: )/;
const RX_CANCEL = /^User canceled the install\./;
const RX_SFC_START = /^TiWorker: Client requests SFP repair object\.|^\[SR\] Verifying \d+ (?:\(0x[0-9a-f]+\) )?components/;
const RX_SFC_DONE = /^\[SR\] Verify and Repair Transaction completed\./;
// The repair phase's own end: the closing line may not follow it (a findstr of the [SR] lines).
const RX_SFC_REPAIR_DONE = /^\[SR\] Repair complete/;
const RX_SFC_REBOOT = /^\[SR\] (?:Unable to complete Verify and Repair transaction .*reboot is required|Cannot commit interactively)|^TI: CBS has signaled that a reboot is required/;
const RX_SFC_UNREPAIRED = /^\[SR\] (?:Cannot repair member file (?:\[[^\]]*\])?['"]([^'"]+)['"]|Could not reproject corrupted file (.+?); source file in store is also corrupted)/;
const RX_SFC_REPAIRED = /^\[SR\] Repaired file .*?['"]([^'"]+)['"] by copying/;
const RX_WALLPAPER = /Microsoft-Windows-Shell-Wallpaper|\.jpg['"]/;
const RX_REPAIR_PHRASE = /^Exec: Addsource called|Store Corruption Detect\/Repair/;
// Every rule needs one of these starts; most records skip the rules after one test.
const RX_ANY = /^(?:TI:|Starting Trusted|Ending Trusted|Startup: |Retrieved orig|Setting orig|Session: |Exec: |Failed to process single|WER: Generating|User canceled|TiWorker: Client|\[SR\] )/;

interface SessionFacts {
  sid: string;
  draft: Draft;
  /** The session ran something (`Exec:` lines): it is an install or a repair, not a query. */
  executed: boolean;
}

export function createCbsBuilder(): OperationBuilder {
  const tree = createDraftTree();
  const sessions = new Map<string, SessionFacts>();
  /** Sessions that ended with `Exec: Processing complete`, by id, until their `finalized` line. */
  const finished = new Map<string, Draft>();
  let ti: Draft | undefined;
  let startup: Draft | undefined;
  /** An SFC run and the files it could not repair (file name → first line), in order. */
  let sfc: { draft: Draft; unrepaired: Map<string, { line: number; message: string }> } | undefined;
  /** The session the lines in between belong to: the newest one still open. */
  let current: SessionFacts | undefined;

  const closeSession = (s: SessionFacts, line: number, why?: Phrase): void => {
    if (!s.executed && s.draft.outcome === undefined) {
      s.draft.outcome = 'none';
      s.draft.why = phrase('why.applicabilityQuery');
    }
    tree.end(s.draft, line, why);
    sessions.delete(s.sid);
    finished.set(s.sid, s.draft);
    if (current === s) {
      current = [...sessions.values()].pop();
    }
  };
  const closeRun = (line: number, why: Phrase): void => {
    for (const s of [...sessions.values()]) {
      closeSession(s, line, why);
    }
    sessions.clear();
    current = undefined;
    startup = undefined;
    sfc = undefined;
    tree.endAll(line, why);
    ti = undefined;
  };

  return {
    record(line, _level, _component, msg) {
      if (!RX_ANY.test(msg)) {
        return;
      }
      if (RX_TI_START.test(msg)) {
        // 8.1 and later write both start lines, two lines apart: one run.
        if (ti && line - ti.startLine <= 4) {
          return;
        }
        if (ti) {
          closeRun(line - 1, phrase('why.newTiRun'));
        }
        ti = tree.start('cbs-ti-run', phrase('op.tiRun'), line, undefined, true);
        return;
      }
      if (RX_TI_END.test(msg)) {
        if (ti) {
          closeRun(line, phrase('why.tiStopped'));
        }
        return;
      }
      if (RX_TI_INTERRUPTED.test(msg)) {
        return;
      }
      if (RX_STARTUP_START.test(msg) && !startup) {
        startup = tree.start('cbs-startup', phrase('op.startup'), line, ti);
        startup.subject = 'startup';
      }
      if (startup) {
        const [, original] = RX_ORIGINAL_FAILURE.exec(msg) ?? [];
        if (original !== undefined) {
          const code = parseInt(original, 16) >>> 0;
          if (code !== 0) {
            settle(startup, 'failed', line, code, 3);
          }
          return;
        }
        if (RX_STARTUP_END.test(msg)) {
          const code = statedCode(msg);
          settle(startup, outcomeOfCode(code), line, code);
          tree.end(startup, line);
          startup = undefined;
          return;
        }
      }
      const init = RX_SESSION_INIT.exec(msg);
      if (init) {
        const [, sid = '', client = ''] = init;
        // Windows 7 and 8.1 write no end for a query session: the next session ends it.
        if (current && !current.executed && current.draft.outcome === undefined) {
          closeSession(current, line - 1);
        }
        const draft = tree.start('cbs-session', phrase('op.cbsSession', { id: sid, client: client.trim() }), line, ti);
        draft.subject = client.trim();
        current = { sid, draft, executed: false };
        sessions.set(sid, current);
        return;
      }
      const s = current;
      if (RX_SFC_START.test(msg) && !sfc) {
        sfc = { draft: tree.start('cbs-sfc', phrase('op.sfc'), line, ti), unrepaired: new Map() };
        sfc.draft.subject = 'sfc';
        return;
      }
      if (sfc) {
        const unrepaired = RX_SFC_UNREPAIRED.exec(msg);
        if (unrepaired && !RX_WALLPAPER.test(msg)) {
          const file = sfcFile(unrepaired[1] ?? unrepaired[2] ?? '');
          if (!sfc.unrepaired.has(file)) {
            sfc.unrepaired.set(file, { line, message: msg });
          }
          return;
        }
        const [, repaired] = RX_SFC_REPAIRED.exec(msg) ?? [];
        if (repaired !== undefined) {
          // "Cannot repair" is often followed by a repair from the backup copy: then it was repaired.
          sfc.unrepaired.delete(sfcFile(repaired));
          return;
        }
        const closing = RX_SFC_DONE.test(msg) || RX_SFC_REBOOT.test(msg);
        if (closing || RX_SFC_REPAIR_DONE.test(msg)) {
          // The closing line says "successfully repaired" even when files could not be repaired.
          const count = sfc.unrepaired.size;
          const rank = closing ? 2 : 1;
          if (count > 0) {
            settle(sfc.draft, 'failed', line, undefined, rank);
            sfc.draft.why = phrase(count === 1 ? 'why.sfcUnrepairedOne' : 'why.sfcUnrepairedMany', { count });
            const first = [...sfc.unrepaired.values()].reduce((a, b) => (b.line < a.line ? b : a));
            blame(sfc.draft, first.line, first.message);
          } else {
            settle(sfc.draft, RX_SFC_REBOOT.test(msg) ? 'reboot-pending' : 'succeeded', line, undefined, rank);
          }
          if (closing) {
            tree.end(sfc.draft, line);
            sfc = undefined;
          }
          return;
        }
      }
      if (!s) {
        return;
      }
      const started = RX_EXEC_STARTED.exec(msg);
      if (started) {
        const [, client = '', , identity = ''] = started;
        s.executed = true;
        s.draft.subject = packageBase(identity);
        s.draft.name = phrase('op.install', { package: packageBase(identity), client: client.trim() });
        return;
      }
      const manual = RX_EXEC_MANUAL.exec(msg);
      if (manual || RX_REPAIR_PHRASE.test(msg)) {
        s.executed = true;
        s.draft.subject = 'store repair';
        s.draft.name = phrase('op.storeScanOrRepair');
        return;
      }
      const complete = RX_EXEC_COMPLETE.exec(msg);
      if (complete) {
        const target = sessions.get(complete[1] ?? complete[3] ?? '') ?? s;
        target.executed = true;
        if (complete[2]) {
          target.draft.name = phrase(complete[2] === 'Corruption Repairing' ? 'op.storeRepair' : 'op.storeScan');
          target.draft.subject = complete[2];
        }
        const code = statedCode(msg);
        settle(target.draft, outcomeOfCode(code), line, code, 3);
        if (complete[1]) {
          // An asynchronous session writes no `finalized` line after this one.
          closeSession(target, line);
        }
        return;
      }
      if (RX_CANCEL.test(msg)) {
        s.executed = true;
        settle(s.draft, 'cancelled', line, statedCode(msg), 3);
        return;
      }
      if (RX_INSTALL_FAILED.test(msg)) {
        // Sessions interleave: an install failure belongs to the newest session that installs.
        const target = [...sessions.values()].reverse().find((o) => o.executed) ?? s;
        target.executed = true;
        const code = statedCode(msg);
        if (code !== undefined && outcomeOfCode(code) === 'failed') {
          settle(target.draft, 'failed', line, code);
        }
        return;
      }
      if (RX_EXEC.test(msg)) {
        // Other `Exec:` lines name no session: they belong to the one that is installing.
        if (![...sessions.values()].some((o) => o.executed)) {
          s.executed = true;
        }
        return;
      }
      const end = RX_SESSION_END.exec(msg);
      if (end) {
        const [, sid = ''] = end;
        const done = finished.get(sid);
        if (done) {
          // `finalized` follows `Exec: Processing complete`: one operation, the verdict stays.
          done.endLine = line;
          if (end[2] === 'yes' && done.outcome === 'succeeded') {
            done.outcome = 'reboot-pending';
          }
          return;
        }
        const target = sessions.get(sid);
        if (!target) {
          return;
        }
        const code = statedCode(msg);
        const outcome = outcomeOfCode(code);
        settle(target.draft, outcome === 'succeeded' && end[2] === 'yes' ? 'reboot-pending' : outcome, line, code, 2);
        target.executed ||= outcome !== 'succeeded' || end[2] === 'yes';
        closeSession(target, line);
      }
    },
    finish(lastLine) {
      for (const s of [...sessions.values()]) {
        closeSession(s, lastLine, phrase('why.logEndsSession'));
      }
      tree.endAll(lastLine, phrase('why.logEndsOperation'));
      return tree.top;
    },
  };
}

/** `Package_for_KB5016623~31bf3856ad364e35~amd64~~17763.3287.1.7` → `Package_for_KB5016623`. */
function packageBase(identity: string): string {
  const [base = ''] = identity.split('~');
  return base;
}

/** The file name SFC lines agree on: `\??\C:\Windows\System32\\ntdll.dll` and `'ntdll.dll'` are one. */
function sfcFile(path: string): string {
  return (path.split('\\').pop() ?? path).toLowerCase();
}
