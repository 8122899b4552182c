// A workspace's settings are untrusted: each value is checked against its schema in package.json.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_SETTINGS, validateSettings } from '../../server/src/settings.js';
import { textOf, type Phrase } from '../../analysis/src/messages/index.js';
import { REPO_ROOT } from '../support.js';

/** A problem as the English user reads it. */
const en = (p: Phrase | undefined): string => (p ? textOf('en', p) : '');

const schemas = (JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { contributes: { configuration: { properties: Record<string, { default?: unknown }> } } }).contributes.configuration.properties;

test('the defaults are the ones package.json declares', () => {
  const { settings, problems } = validateSettings({});
  assert.deepEqual(settings, DEFAULT_SETTINGS);
  assert.deepEqual(problems, []);
  assert.equal(schemas['servicingLogs.maxDiagnostics']?.default, DEFAULT_SETTINGS.maxDiagnostics);
  assert.equal(schemas['servicingLogs.minimumSeverity']?.default, DEFAULT_SETTINGS.minimumSeverity);
  assert.equal(schemas['servicingLogs.ansiCodePage']?.default, DEFAULT_SETTINGS.ansiCodePage);
});

test('values that fit the schema are taken', () => {
  const raw = { minimumSeverity: 'warning', maxDiagnostics: 250, noisePatterns: ['Probe'], summary: { enabled: false }, ansiCodePage: 'windows-1251' };
  const { settings, problems } = validateSettings(raw);
  assert.deepEqual(problems, []);
  assert.deepEqual(settings, { minimumSeverity: 'warning', maxDiagnostics: 250, noisePatterns: ['Probe'], summaryEnabled: false, ansiCodePage: 'windows-1251' });
});

const REFUSED: [string, unknown, RegExp][] = [
  ['maxDiagnostics', 0.5, /whole number/],
  ['maxDiagnostics', 1000.5, /whole number/],
  ['maxDiagnostics', 10, /at least 100/],
  ['maxDiagnostics', '5000', /whole number/],
  ['maxDiagnostics', Number.NaN, /whole number/],
  ['minimumSeverity', 'fatal', /one of "error", "warning", "information", "hint"/],
  ['minimumSeverity', 3, /must be a string/],
  ['ansiCodePage', 'utf-8', /one of/],
  ['noisePatterns', 'Probe', /must be a list/],
  ['noisePatterns', ['ok', 7], /item 2 must be a string/],
];

for (const [key, value, why] of REFUSED) {
  test(`servicingLogs.${key} = ${JSON.stringify(value) ?? String(value)} is refused with the reason`, () => {
    const { settings, problems } = validateSettings({ [key]: value });
    assert.equal(problems.length, 1);
    assert.match(en(problems[0]), new RegExp(`servicingLogs\\.${key}`));
    assert.match(en(problems[0]), why);
    assert.deepEqual(settings, DEFAULT_SETTINGS);
  });
}

test('a nested setting is checked too', () => {
  const { settings, problems } = validateSettings({ summary: { enabled: 'no' } });
  assert.equal(settings.summaryEnabled, true);
  assert.match(en(problems[0]), /servicingLogs\.summary\.enabled.*must be a boolean/);
  assert.equal(problems[0] && textOf('zh-cn', problems[0]), '设置 servicingLogs.summary.enabled：值 "no" 被拒绝，必须是布尔值；改用 true。', 'told in the display language');
});

test('each noise pattern RE2 cannot take is named, the others are kept', () => {
  const { settings, problems } = validateSettings({ noisePatterns: ['(?<=x)y', 'Probe', '(a'] });
  assert.deepEqual(settings.noisePatterns, ['(?<=x)y', 'Probe', '(a']);
  assert.equal(problems.length, 2);
  assert.match(en(problems[0]), /"\(\?<=x\)y" not used/);
  assert.match(en(problems[1]), /"\(a" not used.*missing closing/);
});
