import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { DiagnosticCode } from '../../analysis/src/failures/catalog.js';

// The published diagnostic codes: settings, SARIF baselines and tests name them. A rename or a
// removal breaks them, so it must be a deliberate edit of this list too.
const PUBLISHED = [
  'cbs.processing-failed', 'cbs.original-failure', 'cbs.driver-stage-failed', 'cbs.installer-failed',
  'cbs.hang-detected', 'cbs.rollback', 'cbs.sfc-cannot-repair', 'cbs.sfc-store-corrupt',
  'cbs.sfc-hash-mismatch', 'cbs.sfc-repaired', 'cbs.store-corruption', 'log.error-record',
  'log.warning-record', 'log.failure-code', 'log.wim-failure', 'dism.command-failed', 'dism.retry',
  'dism.cbs-error', 'panther.abort', 'setupapi.section-failed', 'setupapi.error-line',
  'setupapi.warning-line', 'setupapi.block-failed', 'setupapi.section-unclosed', 'wu.fatal',
  'wu.warning', 'wu.failed', 'log.operation-failed', 'setupdiag.failure',
];
// Codes that were published and retired: never given to a new rule.
const RETIRED = ['cbs.csi-failure'];

test('diagnostic codes: every published code is still there, none is reused, no retired one returns', () => {
  const codes: string[] = Object.values(DiagnosticCode);
  for (const code of PUBLISHED) {
    assert.ok(codes.includes(code), `${code} is published: never rename or remove it`);
  }
  assert.equal(new Set(codes).size, codes.length, 'each code names one rule');
  for (const code of RETIRED) {
    assert.ok(!codes.includes(code), `${code} is retired: do not reuse it`);
  }
});
