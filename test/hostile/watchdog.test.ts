// The client's restart policy: crashes never exhaust it, and a hung server is noticed and restarted.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { BACKOFF, checkOnce, crashPolicy, restartDelay, watchForHangs, type HangWatch } from '../../client/src/watchdog.js';

test('restart delays double up to the cap and never stop', () => {
  assert.deepEqual([1, 2, 3, 4].map(restartDelay), [1000, 2000, 4000, 8000]);
  assert.equal(restartDelay(50), BACKOFF.maxMs);
  const policy = crashPolicy();
  const answers = Array.from({ length: 10 }, (_, i) => policy.crashed(1000 * i));
  assert.ok(answers.every((a) => a.delayMs > 0), 'a tenth crash in a row is still restarted');
  assert.equal(answers[2]?.message, undefined);
  assert.match(answers[3]?.message ?? '', /stopped 4 times in a row; starting it again in 8 s/);
  assert.match(answers[9]?.message ?? '', /stopped 10 times/);
});

test('a server that ran for a while starts a new series of crashes', () => {
  const policy = crashPolicy();
  policy.crashed(0);
  policy.crashed(10);
  assert.equal(policy.crashed(20 + BACKOFF.stableMs).delayMs, BACKOFF.firstMs);
});

/** A watch over a fake server and fake timers that tests fire by hand. */
function fakeWatch(answers: boolean) {
  const timers: { run: () => void; ms: number; live: boolean }[] = [];
  const told: string[] = [];
  let restarts = 0;
  const watch: HangWatch = {
    ping: () => (answers ? Promise.resolve('ok') : new Promise(() => undefined)),
    running: () => true,
    tell: (m) => told.push(m),
    restart: async () => void restarts++,
    setTimer: (run, ms) => {
      const t = { run, ms, live: true };
      timers.push(t);
      return { dispose: () => void (t.live = false) };
    },
  };
  const fire = (ms: number): void => {
    const t = timers.find((x) => x.live && x.ms === ms);
    assert.ok(t, `a timer of ${ms} ms is waiting`);
    t.live = false;
    t.run();
  };
  return { watch, told, restarts: () => restarts, fire, timers };
}

test('an answered ping is left alone; an unanswered one is told and restarted', async () => {
  const ok = fakeWatch(true);
  assert.equal(await checkOnce(ok.watch, 5000), false);
  assert.equal(ok.restarts(), 0);
  assert.ok(ok.timers.every((t) => !t.live), 'the timeout is cleared once answered');

  const hung = fakeWatch(false);
  const checking = checkOnce(hung.watch, 5000);
  hung.fire(5000);
  assert.equal(await checking, true);
  assert.equal(hung.restarts(), 1);
  assert.match(hung.told[0] ?? '', /has not answered for 5 s; restarting it/);
});

test('the watch checks again after each check until disposed', async () => {
  const hung = fakeWatch(false);
  const watching = watchForHangs(hung.watch, 30_000, 5000);
  for (let round = 1; round <= 2; round++) {
    hung.fire(30_000);
    hung.fire(5000);
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(hung.restarts(), round);
  }
  watching.dispose();
  assert.ok(hung.timers.every((t) => !t.live), 'nothing scheduled after dispose');
});
