// The operation model on lines written for the test (the WindowsUpdate.log grammar, our own ids):
// calls that run side by side and end in another order, and failed calls redone by a later
// install of the update they failed on.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { findFailures, operationsOf, parseLog, textOf } from '../../analysis/src/index.js';
import type { Operation } from '../../analysis/src/model.js';

const T = '2024/01/02 10:00:00.0000000';
/** One WindowsUpdate.log line: process, thread, component, message. */
const wu = (pid: number, tid: number, component: string, message: string): string => `${T} ${pid}  ${tid}  ${component.padEnd(15)} ${message}`;

function flat(ops: readonly Operation[]): Operation[] {
  return ops.flatMap((o) => [o, ...flat(o.children)]);
}

/** A download call of `client` that fails on `update`: its start, the update's failure, its result and end. */
function failedDownload(pid: number, tid: number, client: string, update: string, code: string): string[] {
  return [
    wu(pid, tid, 'ComApi', `* START *   Download ClientId = ${client} `),
    wu(10, 5, 'DownloadManager', `*FAILED* [${code}] Error occurred while downloading update ${update}.1; notifying dependent calls.`),
    wu(pid, tid + 1, 'ComApi', `*RESUMED* Download ClientId = ${client}`),
    wu(pid, tid + 1, 'ComApi', 'Download call complete (succeeded = 0, succeeded with errors = 0, failed = 1, cancelled = 0, unaccounted = 0)'),
    wu(pid, tid + 1, 'ComApi', `ClientId = ${client}: Exit code = 0x00000000; Call error code = 0x80240022`),
    wu(pid, tid + 1, 'ComApi', `* END *   Download ClientId = ${client}`),
  ];
}

const UPDATE_A = 'AAAAAAAA-1111-2222-3333-444444444444';
const UPDATE_B = 'BBBBBBBB-1111-2222-3333-444444444444';

/** Two federated downloads of one client start; the second-started ends first, and fails. */
function interleaved(): string[] {
  return [
    wu(10, 1, 'Shared', '* START * Service startup'),
    wu(20, 100, 'ComApi', '* START *   Federated Download ClientId = Orchestrator (cV = base.1.0)'),
    wu(20, 101, 'ComApi', '* START *   Download ClientId = Orchestrator '),
    wu(20, 102, 'ComApi', '* START *   Federated Download ClientId = Orchestrator (cV = base.2.0)'),
    wu(20, 103, 'ComApi', '* START *   Download ClientId = Orchestrator '),
    wu(10, 5, 'DownloadManager', `*FAILED* [80240061] Error occurred while downloading update ${UPDATE_A}.1; notifying dependent calls.`),
    // The first-started call ends first: its result on a callback thread, the roll-up on 101.
    wu(20, 200, 'ComApi', '*RESUMED* Download ClientId = Orchestrator'),
    wu(20, 200, 'ComApi', 'Download call complete (succeeded = 0, succeeded with errors = 0, failed = 1, cancelled = 0, unaccounted = 0)'),
    wu(20, 200, 'ComApi', 'ClientId = Orchestrator: Exit code = 0x00000000; Call error code = 0x80240022'),
    wu(20, 200, 'ComApi', '* END *   Download ClientId = Orchestrator'),
    wu(20, 101, 'ComApi', 'Download call complete (succeeded = 0, succeeded with errors = 0, failed = 1, cancelled = 0, unaccounted = 0)'),
    wu(20, 101, 'ComApi', '* END *   All federated downloads have completed. ClientId = Orchestrator (cV = base.1.1)'),
    wu(20, 201, 'ComApi', '*RESUMED* Download ClientId = Orchestrator'),
    wu(20, 201, 'ComApi', 'Download call complete (succeeded = 1, succeeded with errors = 0, failed = 0, cancelled = 0, unaccounted = 0)'),
    wu(20, 201, 'ComApi', '* END *   Download ClientId = Orchestrator'),
    wu(20, 103, 'ComApi', 'Download call complete (succeeded = 1, succeeded with errors = 0, failed = 0, cancelled = 0, unaccounted = 0)'),
    wu(20, 103, 'ComApi', '* END *   All federated downloads have completed. ClientId = Orchestrator (cV = base.2.1)'),
  ];
}

test('side-by-side WindowsUpdate download calls: each END goes to the call it ends, by correlation vector and thread', () => {
  const doc = parseLog(interleaved().join('\r\n'), { uri: 'file:///t/WindowsUpdate.log' });
  const calls = flat(operationsOf(doc)).filter((o) => o.kind === 'wu-call');
  const span = (o: Operation): string => `${o.startLine + 1}-${o.endLine + 1} ${o.outcome}`;
  const federated = calls.filter((o) => textOf('en', o.name).startsWith('Federated'));
  const inner = calls.filter((o) => !textOf('en', o.name).startsWith('Federated'));
  assert.deepEqual(federated.map((o) => `${o.startLine + 1}-${o.endLine + 1}`), ['2-12', '4-17']);
  assert.deepEqual(inner.map(span), ['3-10 failed', '5-15 succeeded']);
  assert.equal((inner[0]?.verdictLine ?? -1) + 1, 9, 'the failed call is judged by its own Call error code line');
});

test('a failed download redone by a later install of the same update, by another caller, is a Warning saying where', () => {
  const lines = [
    wu(10, 1, 'Shared', '* START * Service startup'),
    ...failedDownload(30, 300, 'Driver Client', UPDATE_A, '80240061'),
    ...failedDownload(40, 400, 'Repair Client', UPDATE_B, '8007000D'),
    wu(10, 7, 'UDP', `Deployment job Id 1 : Method succeeded for update ${UPDATE_A}.1, hrDeploy = 0x00000000`),
  ];
  const doc = parseLog(lines.join('\r\n'), { uri: 'file:///t/WindowsUpdate.log' });
  const calls = flat(operationsOf(doc)).filter((o) => o.kind === 'wu-call');
  assert.deepEqual(
    calls.map((o) => [o.outcome, o.redoneAt === undefined ? undefined : o.redoneAt + 1]),
    [
      ['failed', 14],
      ['failed', undefined],
    ],
  );
  const verdicts = findFailures(doc).filter((f) => f.role === 'verdict');
  assert.deepEqual(
    verdicts.map((f) => [f.line + 1, f.severity]),
    [
      [6, 'warning'],
      [12, 'error'],
    ],
  );
  const verdict = verdicts[0];
  assert.ok(verdict);
  assert.match(textOf('en', verdict.message), /redone successfully at line 14/);
});

test('a newer agent install started by a banner ends at the deployment job line that names its caller', () => {
  const lines = [
    wu(10, 1, 'Shared', '* START * Service startup'),
    wu(10, 2, 'Agent', '* START *  Installing updates CallerId = Driver Client'),
    wu(10, 3, 'UDP', 'Deployment job Id 1 : Ending Installing updates, CallerId = Driver Client, Exit code = 0x00000000'),
    wu(10, 4, 'Agent', 'Some later line'),
  ];
  const doc = parseLog(lines.join('\r\n'), { uri: 'file:///t/WindowsUpdate.log' });
  const install = flat(operationsOf(doc)).find((o) => textOf('en', o.name).startsWith('Installing updates'));
  assert.ok(install);
  assert.deepEqual([install.endLine + 1, install.outcome], [3, 'succeeded']);
});
