// WindowsUpdate.log operations, both formats (operations.md §6, §7): the service run and every
// START/END banner pair (searches, downloads, installs, handler calls). A call's outcome is its
// counts and `Call error code`, not its `Exit code` alone.

import { blame, createDraftTree, settle, type Draft } from './draft.js';
import { statedCode, type OperationBuilder } from './builder.js';
import { outcomeOfCode } from './outcomes.js';
import { must } from '../must.js';
import { logText, phrase, textOf } from '../messages/index.js';

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
// …and its search's result, the code without `0x`.
const RX_AU_SEARCH_FAILED = /# WARNING: Failed to find updates with error code ((?:0x)?[0-9A-Fa-f]{8})/;
// Newer agents start an install with a banner and end it with the deployment job's line.
const RX_DEPLOYMENT_END = /Ending Installing updates, CallerId = ([^,]+), Exit code = (0x[0-9A-Fa-f]+)/;
const RX_SEARCH = /^(?:Agent: )?Finding updates|^(?:COMAPI: )?Search|^AU: Search/;
// The compatibility appraiser searches for telemetry: its failures do not touch updates.
const RX_TELEMETRY = /CompatTelRunner/;
/** Lines that state a call's result with one code, and how strongly (Windows 7's AU result wins). */
const RESULT_LINES: readonly [RegExp, number][] = [
  [RX_AU_RESULT, 2],
  [RX_AU_SEARCH_FAILED, 2],
  [RX_HANDLER_FAILED, 1],
  [RX_WARNING_EXIT, 1],
];
// A federated call wraps one call per client: its counts repeat theirs.
const RX_FEDERATED = /^Federated |^All federated /;
// …and its start and end carry one correlation vector, `.0` and `.1` after the same base.
const RX_CV = /\(cV ?[:=] ?([^\s()]+)\.\d+\)/;
const RX_CBS_INSTALL = /Completed install of CBS update with type=\d+, requiresReboot=(\d), installerError=\d+, hr=(0x[0-9A-Fa-f]+)/;
const RX_ANY = /START|END|Exit code|call complete|Completed install|failed, error =|Call error code|job \{|\*FAILED\*|\*QUEUED\*|\*RESUMED\*|hrDeploy = |Return code is |Failed to find updates/;
// A call's result comes on the thread that resumed it (`*RESUMED* Download ClientId = …`); the
// same counts on the thread its call started on are the federated call's roll-up.
const RX_RESUMED = /^\*RESUMED\*[^=]*ClientId = (.*\S)/;
// DownloadManager tries an update's file with one job after another (DO, then BITS); the update
// fails with the last job's failure, which the call reporting the failure next is ended by.
// `*QUEUED* SLS Discovery` right after its START: the call goes on elsewhere and logs no end here.
const RX_QUEUED = /^\*QUEUED\*\s+(\S.*)$/;
const RX_JOB_FAILED = /(?:DO|BITS) job \{[^{}]+\} failed, updateId = ([0-9A-Fa-f.-]+)/;
// What an update's install came to, by update id: a failed download or install call is redone
// when the update it failed on is installed later, by any caller. (A download job that completes
// says nothing yet: the file's signature check can still fail.)
// The handler's result for one update: a failed install call rolls it up as "all updates failed".
const RX_HANDLER_RESULT = /Install complete for update ID: ([0-9A-Fa-f-]+)(?:\.\d+)? Return code is (0x[0-9A-Fa-f]+)/;
const RX_DEPLOYED = /Method (succeeded|failed) for update ([0-9A-Fa-f-]+)(?:\.\d+)?, hrDeploy = /;
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

/** The thread column (after the date, time and process id) of a WindowsUpdate.log line, both formats. */
function threadOf(text: string): string {
  return fieldOf(text, 3);
}

/** The process column: a client's API calls log their results from the client's own process. */
function processOf(text: string): string {
  return fieldOf(text, 2);
}

/** The `skip`+1th whitespace-separated field of a line. */
function fieldOf(text: string, skip: number): string {
  let at = 0;
  for (let field = 0; field < skip; field++) {
    while (at < text.length && text.charCodeAt(at) > 32) {
      at++;
    }
    while (at < text.length && text.charCodeAt(at) <= 32) {
      at++;
    }
  }
  let end = at;
  while (end < text.length && text.charCodeAt(end) > 32) {
    end++;
  }
  return text.slice(at, end);
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
  // Calls of one client that look alike run side by side and end in any order. A federated call
  // is paired by its correlation vector and ends on the thread its inner call started on, so
  // the inner call its END closed is known only then (`rewrap`).
  const keyOf = new Map<Draft, string>();
  const cvOf = new Map<Draft, string>();
  const innerByThread = new Map<string, Draft>();
  const lastEnded = new Map<string, Draft>();
  const resumed = new Map<string, string>();
  const rewrap = (federated: Draft, component: string, text: string): void => {
    const inner = innerByThread.get(`${component}|${threadOf(text)}`);
    const ended = lastEnded.get(component);
    lastEnded.delete(component);
    if (!inner || !ended || inner === ended || !inner.open || ended.open || callText(inner) !== callText(ended) || inner.startLine < federated.startLine) {
      return;
    }
    tree.moveEnd(ended, inner);
    const list = open.get(keyOf.get(inner)!) ?? [];
    list.splice(list.indexOf(inner), 1);
    const at = list.findIndex((x) => x.startLine > ended.startLine);
    list.splice(at < 0 ? list.length : at, 0, ended);
  };
  const lastJobFailure = new Map<string, { line: number; message: string }>();
  let updateFailure: { line: number; message: string } | undefined;
  let failedUpdate: string | undefined;
  let installFailure: { line: number; message: string } | undefined;
  const failedUpdateOf = new Map<Draft, string>();
  const installed = new Map<string, number[]>();
  /** The open call a result line of `component` (naming `client`, if it does) belongs to. */
  const processes = new Map<Draft, string>();
  const callFor = (component: string, client: string | undefined, process: string): Draft | undefined => {
    for (let k = tree.open.length - 1; k >= 0; k--) {
      const d = must(tree.open[k]);
      if (d.kind === 'wu-call' && !d.container && components.get(d) === component && processes.get(d) === process && (client === undefined || callText(d).includes(client))) {
        return d;
      }
    }
    return tree.latest('wu-call');
  };
  /** A call that failed after an update's download failed: that update's last job failure explains it. */
  const failedWith = (call: Draft): void => {
    // Every call that waited on the update fails with it ("notifying dependent calls").
    if (call.outcome === 'failed' && failedUpdate !== undefined) {
      failedUpdateOf.set(call, failedUpdate);
    }
    if (call.outcome === 'failed' && call.rootLine === undefined && installFailure && /install/i.test(callText(call))) {
      blame(call, installFailure.line, installFailure.message);
      installFailure = undefined;
    }
    if (call.outcome === 'failed' && call.rootLine === undefined && updateFailure) {
      blame(call, updateFailure.line, updateFailure.message);
      updateFailure = undefined;
    }
  };
  return {
    record(line, _level, component, msg, full) {
      if (!RX_ANY.test(msg)) {
        return;
      }
      const banner = RX_BANNER.exec(msg.trim());
      if (banner) {
        const [, phase, rest = ''] = banner;
        const text = rest.trim();
        if (RX_SERVICE.test(text)) {
          if (phase === 'START') {
            if (service) {
              tree.end(service, line - 1, phrase('why.serviceRestarted'));
            }
            open.clear();
            innerByThread.clear();
            lastEnded.clear();
            failedUpdate = undefined;
            service = tree.start('wu-service', phrase('op.wuService'), line, undefined, true);
          } else if (service) {
            tree.end(service, line, phrase('why.serviceExited'));
            service = undefined;
            open.clear();
            innerByThread.clear();
            lastEnded.clear();
          }
          return;
        }
        const key = `${component}|${subjectOf(text)}`;
        if (phase === 'START') {
          const d = tree.start('wu-call', logText(text.length > 90 ? `${text.slice(0, 89)}…` : text), line, service, RX_FEDERATED.test(text));
          // Searches by one caller are attempts of one thing; downloads and installs are of
          // different updates each time, so a later success redoes nothing.
          d.subject = RX_SEARCH.test(text) ? subjectOf(text) : undefined;
          if (RX_TELEMETRY.test(text)) {
            telemetry.add(d);
          }
          components.set(d, component);
          processes.set(d, processOf(full));
          keyOf.set(d, key);
          const cv = d.container ? RX_CV.exec(text)?.[1] : undefined;
          if (cv !== undefined) {
            cvOf.set(d, cv);
          } else if (!d.container) {
            innerByThread.set(`${component}|${threadOf(full)}`, d);
          }
          open.set(key, [...(open.get(key) ?? []), d]);
          return;
        }
        const list = open.get(key);
        const cv = list && RX_FEDERATED.test(text) ? RX_CV.exec(text)?.[1] : undefined;
        const paired = cv !== undefined && list ? list.findIndex((x) => cvOf.get(x) === cv) : -1;
        const d = paired >= 0 ? list?.splice(paired, 1)[0] : list?.pop();
        resumed.delete(`${component}|${threadOf(full)}`);
        if (d) {
          const exit = RX_EXIT.exec(text);
          const code = exit ? parseInt(exit[1] ?? '', 16) >>> 0 : statedCode(text);
          settle(d, code === undefined ? 'succeeded' : outcomeOfCode(code), line, code);
          if (telemetry.has(d) && d.outcome !== 'succeeded') {
            d.outcome = 'none';
            d.why = phrase('why.telemetryScan');
          }
          tree.end(d, line);
          if (d.container) {
            rewrap(d, component, full);
          } else {
            lastEnded.set(component, d);
          }
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
      const deploymentEnd = RX_DEPLOYMENT_END.exec(msg);
      if (deploymentEnd) {
        const [, caller = '', exitCode = ''] = deploymentEnd;
        const install = [...tree.open].reverse().find((d) => d.kind === 'wu-call' && !d.container && callText(d).startsWith('Installing updates') && callText(d).includes(caller));
        if (install) {
          const code = parseInt(exitCode, 16) >>> 0;
          settle(install, outcomeOfCode(code), line, code);
          tree.end(install, line);
        }
        return;
      }
      const resumedCall = RX_RESUMED.exec(msg.trim());
      if (resumedCall) {
        resumed.set(`${component}|${threadOf(full)}`, resumedCall[1] ?? '');
        return;
      }
      const handlerResult = RX_HANDLER_RESULT.exec(msg);
      if (handlerResult) {
        const [, id = '', code = ''] = handlerResult;
        if (parseInt(code, 16) !== 0) {
          installFailure = { line, message: msg };
          failedUpdate = id.toUpperCase();
        }
        return;
      }
      const deployed = RX_DEPLOYED.exec(msg);
      if (deployed) {
        const [, how, update = ''] = deployed;
        const id = update.toUpperCase();
        if (how === 'succeeded') {
          installed.set(id, [...(installed.get(id) ?? []), line]);
        } else {
          failedUpdate = id;
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
        const [, update = ''] = updateFailed;
        updateFailure = lastJobFailure.get(update) ?? updateFailure;
        failedUpdate = update.replace(/\.\d+$/, '').toUpperCase();
        return;
      }
      const callError = RX_CALL_ERROR.exec(msg);
      const counts = callError ? null : RX_COUNTS.exec(msg);
      let client = callError?.[1]?.trim();
      if (counts) {
        const thread = `${component}|${threadOf(full)}`;
        client = resumed.get(thread);
        if (client === undefined && innerByThread.get(thread)?.open === false) {
          return;
        }
      }
      const call = callFor(component, client, processOf(full));
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
      const auDone = RX_AU_CALL_DONE.exec(msg);
      if (auDone) {
        const code = parseInt(auDone[2] ?? '', 16) >>> 0;
        const outcome = outcomeOfCode(code);
        settle(call, outcome === 'succeeded' && auDone[1] === 'Yes' ? 'reboot-pending' : outcome, line, code, 2);
        return;
      }
      for (const [rx, rank] of RESULT_LINES) {
        const m = rx.exec(msg);
        if (m) {
          const code = parseInt((m[1] ?? '').replace(/^0x/, ''), 16) >>> 0;
          // AU's result of one update follows the handler call that failed with it: that call's verdict.
          const handler = rx === RX_AU_RESULT ? [...tree.open].reverse().find((d) => d.outcome === 'failed' && d.code === code) : undefined;
          settle(handler ?? call, outcomeOfCode(code), line, code, rank);
          return;
        }
      }
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
      for (const [call, id] of failedUpdateOf) {
        const after = call.verdictLine ?? call.endLine;
        const redo = installed.get(id)?.find((l) => l > after);
        if (call.outcome === 'failed' && redo !== undefined) {
          call.retriedAt = redo;
        }
      }
      return tree.top;
    },
  };
}
