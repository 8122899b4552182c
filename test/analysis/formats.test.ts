import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { LOG_FORMATS } from '../../analysis/src/formats/catalog.js';
import { parseLog } from '../../analysis/src/index.js';
import { componentOf } from '../../analysis/src/document.js';
import { Level } from '../../analysis/src/model.js';

// Every format carries real sample lines; each must parse as the format says (lnav's self-test).
for (const format of LOG_FORMATS) {
  test(`${format.name}: every sample line parses as declared`, () => {
    assert.ok(format.samples.length >= 3, 'each format carries at least three samples');
    for (const sample of format.samples) {
      const doc = parseLog(sample.line, { kind: format.kind });
      const where = `${format.kind}: ${sample.line}`;
      assert.equal(doc.lineKinds[0], sample.kind, `line kind of ${where}`);
      if (sample.level !== undefined) {
        assert.equal(doc.levels[0], sample.level, `level of ${where}`);
      }
      if (sample.component !== undefined) {
        assert.equal(componentOf(doc, 0), sample.component, `component of ${where}`);
      }
      if (sample.codes !== undefined) {
        assert.deepEqual(doc.codes.map((c) => c.value), sample.codes, `codes of ${where}`);
      }
    }
  });
}

test('a sample also detects as its own format from content alone', () => {
  for (const format of LOG_FORMATS) {
    const records = format.samples.filter((s) => s.kind === 1 && (s.level === undefined || s.level !== Level.None));
    const text = records.map((s) => s.line).join('\r\n');
    const kind = parseLog(text).kind;
    assert.equal(kind, format.kind, `${format.name} detected as ${kind}`);
  }
});
