import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CATALOGS, placeholders, say, toLang, type Lang } from '../../analysis/src/messages/index';

const LANGS = Object.keys(CATALOGS) as Lang[];

test('every language has the same message keys', () => {
  const english = Object.keys(CATALOGS.en).sort();
  for (const lang of LANGS) {
    assert.deepEqual(Object.keys(CATALOGS[lang]).sort(), english, lang);
  }
});

// An empty message is a part the language does not write (the English report has no 问题定义 heading).
test('a message has the same placeholders in every language that writes it', () => {
  for (const [key, text] of Object.entries(CATALOGS.en)) {
    for (const lang of LANGS.filter((l) => text !== '' && CATALOGS[l][key as keyof typeof CATALOGS.en] !== '')) {
      assert.deepEqual(placeholders(CATALOGS[lang][key as keyof typeof CATALOGS.en] ?? ''), placeholders(text), `${lang} ${key}`);
    }
  }
});

test('a Chinese message is written in Chinese unless it is a file or format name', () => {
  const sameInBoth = Object.entries(CATALOGS['zh-cn']).filter(([key, text]) => text !== '' && text === CATALOGS.en[key as keyof typeof CATALOGS.en]);
  assert.deepEqual(sameInBoth.map(([key]) => key), ['report.kind.windowsupdate']);
});

test('say fills placeholders, and locales map to a language', () => {
  assert.equal(say('en', 'summary.failedMany', { count: 3 }), '3 failed operations');
  assert.equal(say('zh-cn', 'report.chainItem', { line: 5, message: 'x' }), '第 5 行：x');
  assert.deepEqual(['zh-CN', 'zh_CN.UTF-8', 'zh-Hans', 'zh-sg', 'zh', 'en-US', 'C', 'de', undefined, 'zh-tw'].map(toLang), ['zh-cn', 'zh-cn', 'zh-cn', 'zh-cn', 'zh-cn', 'en', 'en', 'en', 'en', 'en']);
});
