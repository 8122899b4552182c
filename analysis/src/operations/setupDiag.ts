// SetupDiagResults.log (formats.md §3.4): one report of one Setup attempt.

import { blame, createDraftTree, settle } from './draft.js';
import { statedCode, type OperationBuilder } from './builder.js';
import { phrase } from '../messages/index.js';

const RX_FAILED = /^Error: SetupDiag reports /;
const RX_CODE = /^Error = (0x[0-9A-Fa-f]{8})/;

export function createSetupDiagBuilder(): OperationBuilder {
  const tree = createDraftTree();
  const report = tree.start('setupdiag-report', phrase('op.setupDiag'), 0);
  let code: number | undefined;
  const line = (i: number, text: string): void => {
    const c = RX_CODE.exec(text);
    if (c) {
      code = parseInt(c[1] ?? '', 16) >>> 0;
      if (report.outcome === 'failed') {
        report.code ??= code;
        // The report's headline comes first; the result code it explains comes after it.
        blame(report, i, text);
      }
    }
    if (RX_FAILED.test(text)) {
      settle(report, 'failed', i, code ?? statedCode(text));
    }
  };
  return {
    record: (i, _level, _component, message) => line(i, message),
    other: line,
    finish(lastLine) {
      tree.endAll(lastLine, phrase('why.reportNoFailure'));
      if (report.outcome === 'unknown') {
        report.outcome = 'none';
      }
      return tree.top;
    },
  };
}
