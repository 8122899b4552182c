// Keeps the language server alive: a crashed server is restarted after a growing delay, without
// ever giving up (the library's default gives up after four crashes, silently); a server that
// stops answering a cheap request is noticed, the user told, and restarted. Plain functions over
// injected effects, so the policy is tested without VS Code.

export const BACKOFF = { firstMs: 1000, maxMs: 60_000, stableMs: 3 * 60_000 } as const;
export const PING = { everyMs: 30_000, timeoutMs: 10_000 } as const;

/** Delay before restart number `attempt` (1-based) of a series of crashes. */
export function restartDelay(attempt: number): number {
  return Math.min(BACKOFF.maxMs, BACKOFF.firstMs * 2 ** Math.max(0, attempt - 1));
}

export interface CrashPolicy {
  /** Called when the server process is gone: how long to wait before starting it again, and what to tell the user (if anything). */
  crashed(now: number): { delayMs: number; message?: string };
}

/** Crashes close together count up; a server that ran for BACKOFF.stableMs starts a new series. */
export function crashPolicy(): CrashPolicy {
  let attempt = 0;
  let lastCrash = -Infinity;
  return {
    crashed(now) {
      attempt = now - lastCrash > BACKOFF.stableMs ? 1 : attempt + 1;
      lastCrash = now;
      const delayMs = restartDelay(attempt);
      // The first crashes restart quietly, as the library does; from the fourth on the user hears of each.
      const message = attempt >= 4 ? `The Windows Servicing Logs server stopped ${attempt} times in a row; starting it again in ${Math.round(delayMs / 1000)} s. Its output channel has the details.` : undefined;
      return { delayMs, message };
    },
  };
}

export interface HangWatch {
  /** Send the cheap request; resolves when answered. */
  ping(): Promise<unknown>;
  /** Whether the server is meant to be running now (not starting, not stopped). */
  running(): boolean;
  tell(message: string): void;
  restart(): Promise<void>;
  setTimer(run: () => void, ms: number): { dispose(): void };
}

/** One check: a ping not answered within PING.timeoutMs means the server hangs. Returns whether it did. */
export async function checkOnce(watch: HangWatch, timeoutMs: number = PING.timeoutMs): Promise<boolean> {
  if (!watch.running()) {
    return false;
  }
  let timer: { dispose(): void } | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => (timer = watch.setTimer(() => resolve('timeout'), timeoutMs)));
  const answer = await Promise.race([watch.ping().then(() => 'answered' as const, () => 'answered' as const), timedOut]);
  timer?.dispose();
  if (answer === 'answered' || !watch.running()) {
    return false;
  }
  watch.tell(`The Windows Servicing Logs server has not answered for ${Math.round(timeoutMs / 1000)} s; restarting it.`);
  await watch.restart();
  return true;
}

/** Checks every PING.everyMs until disposed; one check at a time. */
export function watchForHangs(watch: HangWatch, everyMs: number = PING.everyMs, timeoutMs: number = PING.timeoutMs): { dispose(): void } {
  let stopped = false;
  let current: { dispose(): void } | undefined;
  const schedule = (): void => {
    current = watch.setTimer(() => {
      void checkOnce(watch, timeoutMs)
        .catch(() => false)
        .then(() => !stopped && schedule());
    }, everyMs);
  };
  schedule();
  return {
    dispose: () => {
      stopped = true;
      current?.dispose();
    },
  };
}
