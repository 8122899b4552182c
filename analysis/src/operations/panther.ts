// Panther setupact.log operations (operations.md §4): SetupHost runs, SetupPlatform phases and the
// operations inside them, rollback runs, and Sysprep passes with their modules. A setuperr.log has
// none of the start or end lines: its failures stand alone.

import { blame, createDraftTree, settle, type Draft } from './draft.js';
import type { OperationBuilder } from './builder.js';
import { outcomeOfCode } from './outcomes.js';
import { logText, phrase } from '../messages/index.js';

const RX_HOST_START = /^\*+ SetupHost Logging Begin \*+/;
const RX_HOST_END = /^\*+ SetupHost Logging End \*+/;
const RX_HOST_RESULT = /^(?:ImageExit: Initializing SetupResult: \[|CSetupHost::Execute\(\d+\): Result = )(0x[0-9A-Fa-f]{8})/;
const RX_REBOOT = /^SetupManager: Requesting reboot of system/;
const RX_PHASE_START = /^(?:Executing phase \[([^\]]+)\]|SetupPlatform: Phase "([^"]+)" started)/;
const RX_PHASE_EXIT = /^Execution phase \[([^\]]+)\] exiting with HRESULT \[(0x[0-9A-Fa-f]{8})\]/;
const RX_PHASE_DONE = /^SetupPlatform: Phase "([^"]+)" completed successfully/;
const RX_OP_START = /^Executing operation: (.+)$/;
const RX_OP_DONE = /^Operation completed successfully: (.+)$/;
const RX_OP_FAILED = /^Operation failed: (.+?)\. Error: (0x[0-9A-Fa-f]{8})/;
const RX_ROLLBACK = /^Initiating rollback\/uninstall, phase = /;
const RX_ROLLBACK_DONE = /^Rollback completed successfully\./;
// A rollback starts by restating the upgrade it undoes: the operation that failed and the result.
const RX_RESTATED_OP = /^Current op string\s*: /;
const RX_RESTATED_RESULT = /^Current result: (0x[0-9A-Fa-f]{8})/;
const RX_SYSPREP_START = /^SysprepSession::Execute: Beginning action execution from .*\\([^\\]+)\.xml/;
const RX_SYSPREP_FAILED = /^ActionPlatform::LaunchModule: Failure occurred while executing .*dwRet = (0x[0-9A-Fa-f]+)/;
const RX_SYSPREP_MODULE_OK = /^ActionPlatform::LaunchModule: Successfully executed /;
const RX_ANY = /Current (?:op string|result:)|Rollback completed|SetupHost Logging|Initializing SetupResult|CSetupHost::Execute\(|Requesting reboot|[Pp]hase|[Oo]peration|rollback\/uninstall|SysprepSession::Execute|LaunchModule/;

export function createPantherBuilder(): OperationBuilder {
  const tree = createDraftTree();
  let host: Draft | undefined;
  let rollback: Draft | undefined;
  let restated: { draft: Draft; opLine?: number; opMessage?: string } | undefined;
  let sysprep: { draft: Draft; modulesOk: number } | undefined;
  const phases = new Map<string, Draft>();
  const operations = new Map<string, Draft>();

  const parentOf = (): Draft | undefined => tree.latest('setup-phase') ?? rollback ?? host;
  const endSysprep = (line: number): void => {
    if (sysprep) {
      if (sysprep.draft.outcome === undefined && sysprep.modulesOk > 0) {
        settle(sysprep.draft, 'succeeded', line);
      }
      tree.end(sysprep.draft, line, phrase('why.logEndsSysprep'));
      sysprep = undefined;
    }
  };
  return {
    record(line, _level, _component, msg) {
      if (!RX_ANY.test(msg)) {
        return;
      }
      if (RX_HOST_START.test(msg)) {
        if (host) {
          tree.end(host, line - 1, phrase('why.newSetupHost'));
        }
        host = tree.start('setup-run', phrase('op.setupRun'), line, rollback);
        host.subject = 'setuphost';
        return;
      }
      if (host) {
        // SetupHost runs that carry out a rollback restate the result of the upgrade they undo.
        const result = rollback ? null : RX_HOST_RESULT.exec(msg);
        if (result) {
          const code = parseInt(result[1] ?? '', 16) >>> 0;
          settle(host, outcomeOfCode(code), line, code);
          return;
        }
        if (RX_REBOOT.test(msg)) {
          settle(host, 'reboot-pending', line);
          return;
        }
        if (RX_HOST_END.test(msg)) {
          tree.end(host, line, phrase('why.setupHostNoResult'));
          host = undefined;
          return;
        }
      }
      if (RX_ROLLBACK.test(msg)) {
        if (!rollback) {
          rollback = tree.start('setup-rollback', phrase('op.rollback'), line);
          rollback.subject = 'rollback';
          restated = { draft: tree.start('setup-run', phrase('op.rolledBack'), line) };
        }
        return;
      }
      if ((restated || !rollback) && RX_RESTATED_OP.test(msg)) {
        // Pasted without the line that starts the rollback, the restated pair still states the result.
        restated ??= { draft: tree.start('setup-run', phrase('op.rollingBack'), line) };
        restated.opLine = line;
        restated.opMessage = msg;
        return;
      }
      const result = restated ? RX_RESTATED_RESULT.exec(msg) : null;
      if (restated && result) {
        const code = parseInt(result[1] ?? '', 16) >>> 0;
        settle(restated.draft, outcomeOfCode(code), line, code);
        if (restated.opLine !== undefined && restated.opMessage !== undefined) {
          blame(restated.draft, restated.opLine, restated.opMessage);
        }
        tree.end(restated.draft, line);
        restated = undefined;
        return;
      }
      if (rollback && RX_ROLLBACK_DONE.test(msg)) {
        settle(rollback, 'succeeded', line);
        return;
      }
      const phase = RX_PHASE_START.exec(msg);
      if (phase) {
        const name = phase[1] ?? phase[2] ?? '';
        const d = tree.start('setup-phase', phrase('op.setupPhase', { name }), line, parentOf());
        d.subject = name.toLowerCase();
        phases.set(normal(name), d);
        return;
      }
      const exit = RX_PHASE_EXIT.exec(msg) ?? RX_PHASE_DONE.exec(msg);
      if (exit) {
        const [, phaseName = ''] = exit;
        const d = phases.get(normal(phaseName));
        if (d) {
          const code = exit[2] !== undefined ? parseInt(exit[2], 16) >>> 0 : 0;
          settle(d, outcomeOfCode(code), line, exit[2] !== undefined ? code : undefined);
          tree.end(d, line);
          phases.delete(normal(phaseName));
        }
        return;
      }
      const [, op] = RX_OP_START.exec(msg) ?? [];
      if (op !== undefined) {
        const d = tree.start('setup-operation', logText(op), line, tree.latest('setup-phase') ?? host);
        d.subject = op;
        operations.set(op, d);
        return;
      }
      const done = RX_OP_DONE.exec(msg);
      const failed = done ? null : RX_OP_FAILED.exec(msg);
      const finished = done?.[1] ?? failed?.[1];
      if (finished !== undefined) {
        const d = operations.get(finished);
        if (d) {
          const code = failed ? parseInt(failed[2] ?? '', 16) >>> 0 : undefined;
          settle(d, failed ? 'failed' : 'succeeded', line, code);
          tree.end(d, line);
          operations.delete(finished);
        }
        return;
      }
      const [, pass] = RX_SYSPREP_START.exec(msg) ?? [];
      if (pass !== undefined) {
        endSysprep(line - 1);
        const draft = tree.start('sysprep-run', phrase('op.sysprep', { pass }), line, parentOf());
        draft.subject = pass.toLowerCase();
        sysprep = { draft, modulesOk: 0 };
        return;
      }
      if (sysprep) {
        const failure = RX_SYSPREP_FAILED.exec(msg);
        if (failure) {
          settle(sysprep.draft, 'failed', line, parseInt(failure[1] ?? '', 16) >>> 0);
        } else if (RX_SYSPREP_MODULE_OK.test(msg)) {
          sysprep.modulesOk++;
        }
      }
    },
    finish(lastLine) {
      endSysprep(lastLine);
      tree.endAll(lastLine, phrase('why.logEndsOperation'));
      return tree.top;
    },
  };
}

/** `Safe OS`, `SafeOS` and `Pre-OOBE` / `Pre OOBE` name the same phase. */
function normal(name: string): string {
  return name.toLowerCase().replace(/[\s-]/g, '');
}
