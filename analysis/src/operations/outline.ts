// The Outline of a log read as operations: each operation, nested as Windows nests them, named with
// its outcome (`Install KB5016623 — failed 0x800F0922`), so the failed one stands out before any
// line is read.

import type { Operation, OperationKind, Section } from '../model.js';
import { say, textOf, type Lang } from '../messages/index.js';
import { EXCERPT_SECTION, NOT_CLOSED } from '../formats/setupapi.js';

/** Which outline symbol each operation kind borrows (the Outline's icons). */
const SYMBOL: Record<OperationKind, Section['kind']> = {
  'cbs-ti-run': 'cbs-trusted-installer',
  'cbs-startup': 'cbs-trusted-installer',
  'cbs-session': 'cbs-session',
  'cbs-sfc': 'cbs-sfc',
  'dism-command': 'dism-session',
  'dism-api': 'dism-session',
  'setup-run': 'cbs-trusted-installer',
  'setup-phase': 'cbs-session',
  'setup-operation': 'setupapi-block',
  'setup-rollback': 'cbs-trusted-installer',
  'sysprep-run': 'cbs-trusted-installer',
  'setupapi-section': 'setupapi-section',
  'wu-service': 'cbs-trusted-installer',
  'wu-call': 'wu-operation',
  'setupdiag-report': 'setupapi-header',
};

/** Operations as outline sections, at most `limit` of them, the outcome in each detail (in `lang`). */
export function operationOutline(ops: readonly Operation[], lang: Lang, limit = 10000): readonly Section[] {
  let budget = limit;
  const convert = (list: readonly Operation[]): Section[] => {
    const out: Section[] = [];
    for (const op of list) {
      if (budget-- <= 0) {
        break;
      }
      const code = op.code !== undefined && op.outcome !== 'succeeded' ? ` 0x${op.code.toString(16).toUpperCase().padStart(8, '0')}` : '';
      const redone = op.redoneAt !== undefined ? say(lang, 'outline.redone', { line: op.redoneAt + 1 }) : '';
      out.push({
        kind: SYMBOL[op.kind],
        name: textOf(lang, op.name),
        detail: `${say(lang, `outline.${op.outcome}`)}${code}${redone}`,
        startLine: op.startLine,
        endLine: op.endLine,
        failed: op.outcome === 'failed' && op.redoneAt === undefined,
        children: convert(op.children),
      });
    }
    return out;
  };
  return convert(ops);
}

/** A section's name and detail as shown: the words the parser gives a setupapi section it had to make up, in `lang`; the log's own words as they are. */
export function sectionText(section: Section, lang: Lang): { name: string; detail: string } {
  return {
    name: section.name === EXCERPT_SECTION ? say(lang, 'diag.excerptSection') : section.name,
    detail: section.detail === NOT_CLOSED ? say(lang, 'outline.notClosed') : section.detail,
  };
}
