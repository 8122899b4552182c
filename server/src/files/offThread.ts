// Streamed members analysed off the server's thread: a worker (streamWorker.ts) reads and
// analyses them while the server answers hovers, folding and typing. Only plain options cross
// (no callbacks); the result comes back as a structured clone. Without the worker file (a build
// that lacks it) or after the worker fails, members are streamed on this thread.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { streamMember, type SkippedMember, type StreamMemberOptions, type SummaryMember } from './members.js';

/** What a worker may be given: the options that are plain data. */
export type PlainStreamOptions = Pick<StreamMemberOptions, 'ansi' | 'name' | 'noisePatterns' | 'lang' | 'windowChars' | 'chunkBytes'>;

export interface StreamRequest {
  id: number;
  file: string;
  options: PlainStreamOptions;
}

export type StreamReply = { id: number; member: SummaryMember | SkippedMember } | { id: number; error: string };

export const WORKER_FILE = path.join(import.meta.dirname, 'streamWorker.js');

export class OffThreadStreamer {
  private worker: Worker | undefined;
  private broken = !fs.existsSync(WORKER_FILE);
  private nextId = 0;
  private readonly waiting = new Map<number, { resolve: (m: SummaryMember | SkippedMember) => void; reject: (e: Error) => void }>();

  stream(file: string, options: PlainStreamOptions): Promise<SummaryMember | SkippedMember> {
    const worker = this.start();
    if (!worker) {
      return streamMember(file, options);
    }
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      worker.postMessage({ id, file, options } satisfies StreamRequest);
    }).catch(() => streamMember(file, options)) as Promise<SummaryMember | SkippedMember>;
  }

  /** Stop the worker when it has nothing to do (its memory goes with it); the next `stream` starts another. */
  close(): void {
    if (this.worker && this.waiting.size === 0) {
      this.worker.removeAllListeners();
      void this.worker.terminate();
      this.worker = undefined;
    }
  }

  private start(): Worker | undefined {
    if (this.worker || this.broken) {
      return this.worker;
    }
    const worker = new Worker(WORKER_FILE);
    worker.unref();
    worker.on('message', (reply: StreamReply) => {
      const waiter = this.waiting.get(reply.id);
      this.waiting.delete(reply.id);
      if ('error' in reply) {
        waiter?.reject(new Error(reply.error));
      } else {
        waiter?.resolve(reply.member);
      }
    });
    const fail = (error: Error): void => {
      this.broken = true;
      this.worker = undefined;
      for (const waiter of this.waiting.values()) {
        waiter.reject(error);
      }
      this.waiting.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => code !== 0 && fail(new Error(`the stream worker exited with code ${code}`)));
    this.worker = worker;
    return worker;
  }
}
