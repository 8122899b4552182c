// WindowsUpdate.log operations, both formats (operations.md §6, §7): the service run and every
// START/END banner pair (searches, downloads, installs, handler calls). A call's outcome is its
// counts and `Call error code`, not its `Exit code` alone.

import { blame, createDraftTree, settle, type Draft } from './draft';
import { statedCode, type OperationBuilder } from './builder';
import { outcomeOfCode } from './outcomes';
import { must } from '../must';
import { logText, phrase, textOf } from '../messages/index';

/** A call's banner text (its name is the log's own words). */
function callText(d: Draft): string {
  return textOf('en', d.name);
}

const RX_BANNER = /^(?:\*{1,2}|##|::|--)\s+(START|END)\s+(?:\*{1,2}|##|::|--)\s+(?!\s)(.*)$/;
const RX_SERVICE = /^(?:Service: )?Service (?:startup|exit)/;
const RX_EXIT = /Exit code = (0x[0-9A-Fa-f]+)/;
const RX_CALL_ERROR = /(?:ClientId = ((?:(?!ClientId = )[^:])+): Exit code = (0x[0-9A-Fa-f]+); )?Call error code = (0x[0-9A-Fa-f]+)/;
const RX_COUNTS = /\b(\w+) call complete \(succeeded = (\d+), succeeded with errors = (\d+), failed = (\d+), cancelled = (\d+)/i;
const RX_WARNING_EXIT = /WARNING: Exit code = (0x[0-9A-Fa-f]+)/;
// Windows 7's Automatic Updates states each update's result after the handler's exit code.
const RX_AU_RESULT = /# WARNING: (?:Install|Download) failed, error = (0x[0-9A-Fa-f]+)/;
// …and the call's own result after all its updates.
const RX_AU_CALL_DONE = /# WARNING: (?:Install|Download) call completed, reboot required = (Yes|No), error = (0x[0-9A-Fa-f]+)/;
const RX_HANDLER_FAILED = /WARNING: Operation failed at update \d+, Exit code = (0x[0-9A-Fa-f]+)/;
const RX_SEARCH = /^(?:Agent: )?Finding updates|^(?:COMAPI: )?Search|^AU: Search/;
// The compatibility appraiser searches for telemetry: its failures do not touch updates.
const RX_TELEMETRY = /CompatTelRunner/;
/** Lines that state a call's result with one code, and how strongly (Windows 7's AU result wins). */
const RESULT_LINES: readonly [RegExp, number][] = [
  [RX_AU_RESULT, 2],
  [RX_HANDLER_FAILED, 1],
  [RX_WARNING_EXIT, 1],
];
// A federated call wraps one call per client: its counts repeat theirs.
const RX_FEDERATED = /^Federated |^All federated /;
const RX_CBS_INSTALL = /Completed install of CBS update with type=\d+, requiresReboot=(\d), installerError=\d+, hr=(0x[0-9A-Fa-f]+)/;
const RX_ANY = /START|END|Exit code|call complete|Completed install|failed, error =|Call error code|job \{|\*FAILED\*|\*QUEUED\*/;
// DownloadManager tries an update's file with one job after another (DO, then BITS); the update
// fails with the last job's failure, which the call reporting the failure next is ended by.
// `*QUEUED* SLS Discovery` right after its START: the call goes on elsewhere and logs no end here.
const RX_QUEUED = /^\*QUEUED\*\s+(\S.*)$/;
const RX_JOB_FAILED = /(?:DO|BITS) job \{[^{}]+\} failed, updateId = ([0-9A-Fa-f.-]+)/;
const RX_UPDATE_FAILED = /\*FAILED\* \[[0-9A-Fa-f]+\] Error occurred while downloading update ([0-9A-Fa-f.-]+)/;

/** Each `[…]` (to the first `]`) as a space; an unclosed `[` ends the search (a regex would rescan). */
function withoutBracketed(text: string): string {
  let out = '';
  let from = 0;
  for (let open = text.indexOf('['); open >= 0; open = text.indexOf('[', from)) {
    const close = text.indexOf(']', open);
    if (close < 0) {
      break;
    }
    out += `${text.slice(from, open)} `;
    from = close + 1;
  }
  return out + text.slice(from);
}

/** `Finding updates CallerId = CcmExec Id = 10` → `finding updates ccmexec`: what attempts share. */
function subjectOf(text: string): string {
  const words = withoutBracketed(text.replace(/^All federated (\w+?)s have completed\./, 'Federated $1'))
    .split(/[\s:=,]+/)
    .filter(Boolean);
  const caller = /(?:Caller|Client)Id = ([^\s,\]]+)/.exec(text)?.[1] ?? '';
  return `${words.slice(words[0] === 'Agent' || words[0] === 'COMAPI' || words[0] === 'Handler' || words[0] === 'AU' ? 1 : 0).slice(0, 2).join(' ')} ${caller}`.toLowerCase().trim();
}

export function createWindowsUpdateBuilder(): OperationBuilder {
  const tree = createDraftTree();
  let service: Draft | undefined;
  const open = new Map<string, Draft[]>();
  const components = new Map<Draft, string>();
  const telemetry = new Set<Draft>();
  const lastJobFailure = new Map<string, { line: number; message: string }>();
  let updateFailure: { line: number; message: string } | undefined;
  /** The open call a result line of `component` (naming `client`, if it does) belongs to. */
  const callFor = (component: string, client?: string): Draft | undefined => {
    for (let k = tree.open.length - 1; k >= 0; k--) {
      const d = must(tree.open[k]);
      if (d.kind === 'wu-call' && !d.container && components.get(d) === component && (client === undefined || callText(d).includes(client))) {
        return d;
      }
    }
    return tree.latest('wu-call');
  };
  /** A call that failed after an update's download failed: that update's last job failure explains it. */
  const failedWith = (call: Draft): void => {
    if (call.outcome === 'failed' && call.rootLine === undefined && updateFailure) {
      blame(call, updateFailure.line, updateFailure.message);
      updateFailure = undefined;
    }
  };
  return {
    record(line, _level, component, msg) {
      if (!RX_ANY.test(msg)) {
        return;
      }
      const banner = RX_BANNER.exec(msg.trim());
      if (banner) {
        const text = (banner[2] ?? '').trim();
        if (RX_SERVICE.test(text)) {
          if (banner[1] === 'START') {
            if (service) {
              tree.end(service, line - 1, phrase('why.serviceRestarted'));
            }
            open.clear();
            service = tree.start('wu-service', phrase('op.wuService'), line, undefined, true);
          } else if (service) {
            tree.end(service, line, phrase('why.serviceExited'));
            service = undefined;
            open.clear();
          }
          return;
        }
        const key = `${component}|${subjectOf(text)}`;
        if (banner[1] === 'START') {
          const d = tree.start('wu-call', logText(text.length > 90 ? `${text.slice(0, 89)}…` : text), line, service, RX_FEDERATED.test(text));
          // Searches by one caller are attempts of one thing; downloads and installs are of
          // different updates each time, so a later success redoes nothing.
          d.subject = RX_SEARCH.test(text) ? subjectOf(text) : undefined;
          if (RX_TELEMETRY.test(text)) {
            telemetry.add(d);
          }
          components.set(d, component);
          open.set(key, [...(open.get(key) ?? []), d]);
          return;
        }
        const d = open.get(key)?.pop();
        if (d) {
          const exit = RX_EXIT.exec(text);
          const code = exit ? parseInt(exit[1] ?? '', 16) >>> 0 : statedCode(text);
          settle(d, code === undefined ? 'succeeded' : outcomeOfCode(code), line, code);
          if (telemetry.has(d) && d.outcome !== 'succeeded') {
            d.outcome = 'none';
            d.why = phrase('why.telemetryScan');
          }
          tree.end(d, line);
        }
        return;
      }
      const handedOff = RX_QUEUED.exec(msg.trim());
      if (handedOff) {
        const d = open.get(`${component}|${subjectOf((handedOff[1] ?? '').trim())}`)?.at(-1);
        if (d && d.outcome === undefined) {
          // An END, if one comes, still states the outcome.
          d.outcome = 'none';
          d.why = phrase('why.queued');
        }
        return;
      }
      const job = RX_JOB_FAILED.exec(msg);
      if (job) {
        lastJobFailure.set(job[1] ?? '', { line, message: msg });
        return;
      }
      const updateFailed = RX_UPDATE_FAILED.exec(msg);
      if (updateFailed) {
        updateFailure = lastJobFailure.get(updateFailed[1] ?? '') ?? updateFailure;
        return;
      }
      const callError = RX_CALL_ERROR.exec(msg);
      const call = callFor(component, callError?.[1]?.trim());
      if (!call) {
        return;
      }
      if (callError) {
        const code = parseInt(callError[3] ?? '', 16) >>> 0;
        const exit = callError[2] !== undefined ? parseInt(callError[2], 16) >>> 0 : 0;
        const outcome = code !== 0 ? outcomeOfCode(code) : outcomeOfCode(exit);
        // The call's own result line outranks the counts written just before it.
        settle(call, outcome, line, code !== 0 ? code : exit, 2);
        failedWith(call);
        return;
      }
      const done = RX_AU_CALL_DONE.exec(msg);
      if (done) {
        const code = parseInt(done[2] ?? '', 16) >>> 0;
        const outcome = outcomeOfCode(code);
        settle(call, outcome === 'succeeded' && done[1] === 'Yes' ? 'reboot-pending' : outcome, line, code, 2);
        return;
      }
      for (const [rx, rank] of RESULT_LINES) {
        const m = rx.exec(msg);
        if (m) {
          const code = parseInt(m[1] ?? '', 16) >>> 0;
          // AU's result of one update follows the handler call that failed with it: that call's verdict.
          const handler = rx === RX_AU_RESULT ? [...tree.open].reverse().find((d) => d.outcome === 'failed' && d.code === code) : undefined;
          settle(handler ?? call, outcomeOfCode(code), line, code, rank);
          return;
        }
      }
      const counts = RX_COUNTS.exec(msg);
      if (counts) {
        // `Download call complete` states the counts of a download call, never of another kind.
        const [, kind = '', ...numbers] = counts;
        if (!callText(call).toLowerCase().includes(kind.toLowerCase())) {
          return;
        }
        const [succeeded = 0, withErrors = 0, failed = 0, cancelled = 0] = numbers.map(Number);
        if (failed > 0 && succeeded + withErrors === 0) {
          settle(call, 'failed', line);
          failedWith(call);
        } else if (cancelled > 0 && succeeded + withErrors === 0) {
          settle(call, 'cancelled', line);
        }
        return;
      }
      const cbs = RX_CBS_INSTALL.exec(msg);
      if (cbs) {
        const code = parseInt(cbs[2] ?? '', 16) >>> 0;
        const outcome = outcomeOfCode(code);
        settle(call, outcome === 'succeeded' && cbs[1] === '1' ? 'reboot-pending' : outcome, line, code);
      }
    },
    finish(lastLine) {
      tree.endAll(lastLine, phrase('why.logEndsCall'));
      return tree.top;
    },
  };
}
