import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CATALOGS, phrase, placeholders, say, textOf, toLang, type Lang } from '../../analysis/src/messages/index.js';

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

// `text` is a log line's own words; `link.unnamed` only joins a line and why it is linked.
test('a Chinese message is written in Chinese unless it is a file or format name, or only log text', () => {
  const sameInBoth = Object.entries(CATALOGS['zh-cn']).filter(([key, text]) => text !== '' && text === CATALOGS.en[key as keyof typeof CATALOGS.en]);
  assert.deepEqual(sameInBoth.map(([key]) => key).sort(), ['link.unnamed', 'report.kind.windowsupdate', 'text']);
});

test('Chinese messages keep the glossary spacing: one space between Chinese and a Latin word or number, none before full-width punctuation', () => {
  const wrong = Object.entries(CATALOGS['zh-cn']).filter(([, text]) => /[\u4e00-\u9fff][A-Za-z0-9]|[A-Za-z0-9][\u4e00-\u9fff]| [，。：；（）“”]/.test(text));
  assert.deepEqual(wrong, []);
});

test('a phrase is data until it is shown: nested phrases are composed in the language asked for', () => {
  const inner = phrase('diag.driverStage', { inf: 'oposdrv.inf', label: '0x000003F1 (1009) ERROR_BADDB' });
  const outer = phrase('grade.moreLikeIt', { message: inner, count: 2 });
  assert.equal(textOf('en', outer), 'Driver package oposdrv.inf failed to stage: 0x000003F1 (1009) ERROR_BADDB (and 2 more like it in this operation)');
  assert.equal(textOf('zh-cn', outer), '驱动程序包 oposdrv.inf 暂存失败：0x000003F1 (1009) ERROR_BADDB（本操作中另有 2 行相同）');
  assert.deepEqual(JSON.parse(JSON.stringify(outer)), outer, 'a phrase survives JSON (failures travel as values)');
});

test('say fills placeholders, and locales map to a language', () => {
  assert.equal(say('en', 'summary.failedMany', { count: 3 }), '3 failed operations');
  assert.equal(say('zh-cn', 'report.chainItem', { line: 5, message: 'x' }), '第 5 行：x');
  assert.deepEqual(['zh-CN', 'zh_CN.UTF-8', 'zh-Hans', 'zh-sg', 'zh', 'en-US', 'C', 'de', undefined, 'zh-tw'].map(toLang), ['zh-cn', 'zh-cn', 'zh-cn', 'zh-cn', 'zh-cn', 'en', 'en', 'en', 'en', 'en']);
});
