import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { findFailures, must, type LogDocument } from '../../analysis/src/index.js';
import { KNOWN_ISSUES, KNOWN_ISSUE_TEXTS, formatKnownIssue, knownIssueText, matchKnownIssues, type KnownIssueText } from '../../analysis/src/knownIssues/match.js';
import { EXAMPLE_CASE, loadFolder } from './bundleSupport.js';

const failuresOf = (doc: LogDocument) => findFailures(doc);
const sorted = (found: Iterable<RegExpMatchArray>): string[] => [...found].map((m) => m[0]).sort();
/** What a translation must carry over unchanged: `{name}` placeholders and `code` spans (commands, log text). */
const fixedParts = (s: string): string[] => sorted(s.matchAll(/\{\w+\}|`[^`]*`/g));
const CJK = /[\u4e00-\u9fff]/;

for (const [lang, texts] of Object.entries(KNOWN_ISSUE_TEXTS)) {
  test(`${lang}: a text for every known-issue rule and none for a rule that does not exist`, () => {
    assert.deepEqual(Object.keys(texts).sort(), KNOWN_ISSUES.map((r) => r.id).sort());
  });

  test(`${lang}: each text has the fields, the number of next steps, the placeholders and the code spans of the English`, () => {
    for (const rule of KNOWN_ISSUES) {
      const text: KnownIssueText | undefined = texts[rule.id];
      if (!text) {
        continue; // reported by the test above
      }
      assert.deepEqual(Object.keys(text).sort(), ['explanation', 'nextSteps', 'title'], rule.id);
      assert.equal(text.nextSteps.length, rule.nextSteps.length, `${rule.id}: next steps`);
      const pairs: [string, string, string][] = [
        ['title', rule.title, text.title],
        ['explanation', rule.explanation, text.explanation],
        ...rule.nextSteps.map((s, i): [string, string, string] => [`nextSteps[${i}]`, s, must(text.nextSteps[i])]),
      ];
      for (const [field, en, translated] of pairs) {
        assert.deepEqual(fixedParts(translated), fixedParts(en), `${rule.id} ${field}`);
        assert.match(translated, CJK, `${rule.id} ${field} is translated`);
      }
    }
  });
}

test('the fixed-parts check sees a changed command and a lost placeholder', () => {
  assert.notDeepEqual(fixedParts('运行 `chkdsk C: /f`'), fixedParts('Run `chkdsk C: /scan`'));
  assert.notDeepEqual(fixedParts('已有 个'), fixedParts('{count} found'));
});

test('knownIssueText: English by default, the translation by rule id, English for a rule without one', () => {
  const [rule] = KNOWN_ISSUES;
  assert.ok(rule);
  assert.equal(knownIssueText(rule), rule);
  assert.equal(knownIssueText(rule, 'zh-cn'), KNOWN_ISSUE_TEXTS['zh-cn'][rule.id]);
  const madeUp = { id: 'made-up', title: 'A rule', explanation: 'Made up here.', nextSteps: ['Nothing'] };
  assert.equal(knownIssueText(madeUp, 'zh-cn'), madeUp);
});

test('example case in Chinese: the DRIVERS hive as 驱动程序数据库 / DRIVERS 配置单元, confirmed by the other log', () => {
  const docs = loadFolder(EXAMPLE_CASE);
  const [match] = matchKnownIssues(docs, failuresOf);
  assert.ok(match);
  assert.equal(match.id, 'drivers-hive-baddb');
  const zh = formatKnownIssue(match, docs, { headingLevel: 3 }, 'zh-cn');
  const en = formatKnownIssue(match, docs, { headingLevel: 3 });
  assert.equal(formatKnownIssue(match, docs, { headingLevel: 3 }, 'en'), en, "'en' is the default");
  assert.match(zh, /^### 驱动程序包无法写入 DRIVERS 配置单元（驱动程序数据库）（ERROR_BADDB）（已由另一份日志证实）\n/);
  assert.match(zh, /驱动程序数据库/);
  assert.match(zh, /由 setupapi\.dev\.log:\d+ 证实。/);
  assert.match(zh, /\n下一步：\n- 先确认这一对/);
  assert.doesNotMatch(zh, /Next steps|Seen at|confirmed by/);
  assert.match(en, /^### A driver package could not be written to the DRIVERS registry hive/);
  assert.doesNotMatch(en, CJK);
});
