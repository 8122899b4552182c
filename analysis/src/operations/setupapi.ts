// setupapi.*.log operations (operations.md §5): each section is one operation, its exit line the
// verdict. Sections come from the parsed document (their `{…}` blocks stay structure).

import type { Section } from '../model.js';
import { EXCERPT_SECTION, type ExitInfo } from '../formats/setupapi.js';
import type { Draft } from './draft.js';
import { outcomeOfCode } from './outcomes.js';
import { logText, phrase } from '../messages/index.js';

export function setupapiDrafts(sections: readonly Section[], exits: ReadonlyMap<Section, ExitInfo> | undefined, lineBase: number): Draft[] {
  const out: Draft[] = [];
  for (const s of sections) {
    if (s.kind !== 'setupapi-section') {
      continue;
    }
    const exit = exits?.get(s);
    const d: Draft = {
      kind: 'setupapi-section',
      name: s.name === EXCERPT_SECTION ? phrase('diag.excerptSection') : logText(s.name),
      subject: s.name.toLowerCase(),
      startLine: s.startLine + lineBase,
      endLine: s.endLine + lineBase,
      container: false,
      open: false,
      children: [],
    };
    if (exit) {
      d.verdictLine = exit.line + lineBase;
      d.code = exit.code;
      d.outcome = exit.failed ? 'failed' : /REBOOT/.test(s.detail) ? 'reboot-pending' : outcomeOfCode(exit.code ?? 0, 'setupapi');
      if (exit.failed && d.outcome !== 'failed') {
        d.outcome = 'failed';
      }
    } else {
      d.outcome = 'unknown';
      d.why = phrase('why.noExitLine');
    }
    out.push(d);
  }
  return out;
}
