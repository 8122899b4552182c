// Property tests: the analysis never throws or hangs, whatever the text, and its results are
// always well-formed (lines in range, ranges ordered, children inside parents).

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { findFailures, getFoldRanges, getOutline, getSummary, parseLog, scanCodes, type LogDocument, type Section } from '../../analysis/src/index.js';
import type { LogKind } from '../../analysis/src/model.js';
import { decodeLogBytes } from '../../analysis/src/decode.js';

const KINDS: LogKind[] = ['cbs', 'dism', 'panther', 'setupapi', 'windowsupdate', 'setupdiag', 'plain'];

// Fragments of real line shapes, so random inputs reach deep into every parser.
const FRAGMENTS = [
  '2024-03-12 15:04:27, Info                  CBS    ',
  '2024-03-12 15:04:27, Error                 CSI    00000001@2024/3/12:14:02:11.123 (F) ',
  '2024-03-12 15:04:27, Info\tCBS ',
  '2023-05-23 00:32:46, Error                 SP     ',
  '>>>  [Device Install - X]',
  '>>>  Section start 2024/03/12 15:04:27.000',
  '<<<  Section end 2024/03/12 15:04:27.100',
  '<<<  [Exit status: FAILURE(0x000003f1)]',
  '!!!  idb: ',
  '!    sto: ',
  '     sto: {Stage Driver Package: ',
  '     sto: {Stage Driver Package: exit(0x000003f1)} 15:04:27.100',
  '{',
  '}',
  '[HRESULT = 0x800703f1 - ERROR_BADDB]',
  'HRESULT_FROM_WIN32(ERROR_FILE_NOT_FOUND)',
  'STATUS_SXS_ASSEMBLY_NOT_FOUND',
  'Error = 0x000003f1',
  'result 1009',
  '[gle=0x80004005]',
  '*FAILED* [80072F8F]',
  'Session: 1_2 initialized by client X.',
  'Session: 1_2 finalized. Reboot required: no [HRESULT = 0x00000000 - S_OK]',
  'Setting original failure status: 0x800f0922, last forward execute state: X',
  'Exec: Processing complete.  Session: 1_2 [HRESULT = 0x800f0922 - CBS_E_INSTALLERS_FAILED]',
  'STAGE index: 1, phase: 1, result 5, inf: a.inf',
  '[SR] Cannot repair member file [l:4]"a.dll" of x',
  'Checking System Update Readiness.',
  '(p)\tCSI Payload Corrupt\t\tx',
  'Operation result: 0x800f081f',
  '[1676.1796] [0x80070570] ResExtract:(514): x',
  'TI: --- Initializing Trusted Installer ---',
  'Ending TrustedInstaller finalization.',
  '\r\n',
  '\n',
  '\r',
  '\t',
  ' ',
  '\uFEFF',
  '\u0000',
];

const logText = fc
  .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 20 })), { maxLength: 200 })
  .map((parts) => parts.join(''));

function checkSections(doc: LogDocument, sections: readonly Section[], from: number, to: number): void {
  for (const s of sections) {
    assert.ok(s.startLine >= from && s.endLine <= to && s.startLine <= s.endLine, `section ${s.kind} ${s.startLine}-${s.endLine} inside ${from}-${to}`);
    checkSections(doc, s.children, s.kind === 'record' ? 0 : s.startLine, s.kind === 'record' ? doc.lines.count - 1 : s.endLine);
  }
}

function analyseAndCheck(text: string, kind?: LogKind): void {
  const doc = parseLog(text, { kind });
  assert.equal(doc.lineKinds.length, doc.lines.count);
  const failures = findFailures(doc);
  for (const f of failures) {
    assert.ok(f.line >= 0 && f.line < doc.lines.count, 'failure line in range');
    assert.ok(f.start >= 0 && f.start <= f.end, 'failure columns ordered');
    for (const r of f.related) {
      assert.ok(r.line >= 0 && r.line < doc.lines.count, 'related line in range');
    }
  }
  for (const r of getFoldRanges(doc, failures, 50)) {
    assert.ok(r.startLine < r.endLine && r.endLine < doc.lines.count, 'fold range valid');
  }
  checkSections(doc, getOutline(doc, failures), 0, doc.lines.count - 1);
  getSummary(doc, failures, 'en');
}

test('random log-shaped texts: every format parses without throwing, results well-formed', () => {
  fc.assert(
    fc.property(logText, fc.constantFrom(...KINDS, undefined), (text, kind) => {
      analyseAndCheck(text, kind);
    }),
    { numRuns: 3000 },
  );
});

test('random bytes through the decoder and the parser', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 3000 }), (bytes) => {
      const decoded = decodeLogBytes(bytes);
      if (!decoded.binary) {
        analyseAndCheck(decoded.text);
      }
    }),
    { numRuns: 2000 },
  );
});

test('the code scanner never throws and its spans lie inside the line', () => {
  fc.assert(
    fc.property(fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 12 })), { maxLength: 30 }).map((p) => p.join('')), (line) => {
      for (const c of scanCodes(line)) {
        assert.ok(c.start >= 0 && c.end <= line.length && c.start < c.end);
        assert.ok(c.value >= 0 && c.value <= 0xffffffff);
      }
    }),
    { numRuns: 3000 },
  );
});

test('extreme inputs: a 10 MB line, 100 000 nested braces, empty, only CRs, mixed line ends', () => {
  const inputs: [string, LogKind | undefined][] = [
    ['2024-01-01 10:00:00, Error                 CBS    ' + 'x0x800703f1 '.repeat(900_000), undefined],
    ['>>>  [S]\r\n>>>  Section start 2024/01/01 10:00:00.000\r\n' + '     sto: {x}\r\n'.repeat(100_000), 'setupapi'],
    ['     sto: ' + '{'.repeat(100_000), 'setupapi'],
    ['', undefined],
    ['\r'.repeat(100_000), undefined],
    // Found by the property test above: a BOM before a section title or an exit line.
    ['\uFEFF>>>  [Device Install - X]', 'setupapi'],
    ['\uFEFF<<<  [Exit status: FAILURE(0x000003f1)]\r\n<<<  [Exit status: SUCCESS]', 'setupapi'],
    ['a\r\nb\nc\rd\n\r\n'.repeat(10_000), 'cbs'],
  ];
  for (const [text, kind] of inputs) {
    analyseAndCheck(text, kind);
  }
});
