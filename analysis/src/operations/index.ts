// The operations of a log: what ran, what it worked on, how it ended. One reader per format, fed
// the same way for a whole document (`operationsOf`) and for a file streamed in windows
// (`createOperationReader`, one `feed` per window).

import { LineKind, type Level, type LogKind, type Operation } from '../model.js';
import { componentOf, lineAt, runSteps, type LogDocument } from '../document.js';
import { detach } from '../lines.js';
import { detachPhrase } from '../messages/index.js';
import { RX_CSI } from '../formats/records.js';
import type { OperationBuilder } from './builder.js';
import { finishDrafts, type Draft } from './draft.js';
import { createCbsBuilder } from './cbs.js';
import { createDismBuilder } from './dism.js';
import { createPantherBuilder } from './panther.js';
import { createWindowsUpdateBuilder } from './windowsUpdate.js';
import { createSetupDiagBuilder } from './setupDiag.js';
import { setupapiDrafts } from './setupapi.js';
import { infoOf } from '../documentInfo.js';

export interface FeedOptions {
  /** First line of `doc` to read (a whole document is fed in steps); setupapi reads its sections at 0. */
  from?: number;
  /** Hand the builders a copy of each line (`detach`), so what they keep does not pin a streamed window. */
  copyLines?: boolean;
}

export interface OperationReader {
  /** Lines `from … lines-1` of `doc` are lines `lineBase + from …` of the log; fed in order. */
  feed(doc: LogDocument, lineBase: number, lines: number, options?: FeedOptions): void;
  finish(lastLine: number): Operation[];
}

function builderFor(kind: LogKind): OperationBuilder | undefined {
  switch (kind) {
    case 'cbs':
      return createCbsBuilder();
    case 'dism':
      return createDismBuilder();
    case 'panther':
      return createPantherBuilder();
    case 'windowsupdate':
      return createWindowsUpdateBuilder();
    case 'setupdiag':
      return createSetupDiagBuilder();
    default:
      return undefined;
  }
}

export function createOperationReader(kind: LogKind): OperationReader {
  const builder = builderFor(kind);
  // A CBS.log holds DISM lines too (dism.exe logs into it): their invocations are operations.
  const dism = kind === 'cbs' ? createDismBuilder() : undefined;
  const setupapi: Draft[] = [];
  return {
    feed(doc, lineBase, lines, { from = 0, copyLines = false } = {}) {
      const lineOf = copyLines ? (i: number): string => detach(lineAt(doc, i)) : (i: number): string => lineAt(doc, i);
      if (kind === 'setupapi') {
        if (from > 0) {
          return;
        }
        for (const d of setupapiDrafts(doc.sections, doc.setupapi?.exits, lineBase)) {
          if (copyLines) {
            d.name = detachPhrase(d.name);
            d.subject = d.subject === undefined ? undefined : detach(d.subject);
          }
          setupapi.push(d);
        }
        return;
      }
      if (!builder) {
        return;
      }
      for (let i = from; i < lines; i++) {
        const lineKind = doc.lineKinds[i];
        if (lineKind === LineKind.Record) {
          const component = componentOf(doc, i);
          const text = lineOf(i);
          let message = text.slice(doc.messageStarts[i]);
          if (component === 'CSI') {
            const csi = RX_CSI.exec(message);
            if (csi) {
              message = message.slice(csi[0].length);
            }
          }
          builder.record(i + lineBase, doc.levels[i] as Level, component, message, text);
          if (dism && component === 'DISM') {
            dism.record(i + lineBase, doc.levels[i] as Level, component, message, text);
          }
        } else if (lineKind !== LineKind.Blank && builder.other) {
          builder.other(i + lineBase, lineOf(i));
        }
      }
    },
    finish(lastLine) {
      const drafts = kind === 'setupapi' ? setupapi : [...(builder?.finish(lastLine) ?? []), ...(dism?.finish(lastLine) ?? [])];
      drafts.sort((a, b) => a.startLine - b.startLine);
      return finishDrafts(drafts);
    },
  };
}

/** Lines read between two pauses of `operationSteps`. */
const LINES_PER_STEP = 16384;

/** The operations of a whole document, top level first, children nested (kept in its info). */
export function operationsOf(doc: LogDocument): readonly Operation[] {
  return runSteps(operationSteps(doc));
}

/** `operationsOf` in steps, pausing (yield) every few thousand lines so a server can answer requests. */
export function* operationSteps(doc: LogDocument): Generator<void, readonly Operation[]> {
  const info = infoOf(doc);
  if (!info.operations) {
    const reader = createOperationReader(doc.kind);
    for (let from = 0; from < doc.lines.count; from += LINES_PER_STEP) {
      reader.feed(doc, 0, Math.min(doc.lines.count, from + LINES_PER_STEP), { from });
      yield;
    }
    info.operations ??= reader.finish(Math.max(0, doc.lines.count - 1));
  }
  return info.operations;
}

/** Every operation that is graded (not a container), in start order. */
export function gradedOperations(ops: readonly Operation[]): readonly Operation[] {
  const out: Operation[] = [];
  const visit = (op: Operation): void => {
    if (!op.container) {
      out.push(op);
    }
    op.children.forEach(visit);
  };
  ops.forEach(visit);
  return out.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}
