// VS Code's own localisation of the extension: package.json's %keys% live in package.nls.json,
// the client's vscode.l10n.t strings in l10n/bundle.l10n.json (generated from client/src by
// `npm run l10n:export`), and every translation has exactly the English keys, with the same
// placeholders.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { getL10nJson, type l10nJsonFormat } from '@vscode/l10n-dev';
import { REPO_ROOT } from './support.js';

const readJson = (rel: string): Record<string, unknown> => JSON.parse(fs.readFileSync(path.join(REPO_ROOT, rel), 'utf8')) as Record<string, unknown>;
const message = (value: unknown): string => (typeof value === 'string' ? value : (value as { message: string }).message);
/** {0}, {name} and `code spans`: what a translation must carry over unchanged. */
const placeholders = (text: string): string[] => [...text.matchAll(/\{\w+\}|`[^`]+`/g)].map((m) => m[0]).sort();

function translationsOf(dir: string, base: string): string[] {
  const pattern = new RegExp(`^${base.replace(/\./g, '\\.')}\\.[\\w-]+\\.json$`);
  return fs.readdirSync(path.join(REPO_ROOT, dir)).filter((f) => pattern.test(f)).map((f) => path.posix.join(dir, f));
}

function assertParity(englishFile: string, translationFile: string): void {
  const english = readJson(englishFile);
  const translated = readJson(translationFile);
  assert.deepEqual(Object.keys(translated).sort(), Object.keys(english).sort(), `${translationFile} has other keys than ${englishFile}`);
  for (const [key, value] of Object.entries(english)) {
    assert.deepEqual(placeholders(message(translated[key])), placeholders(message(value)), `${translationFile}: placeholders of "${key}"`);
    assert.notEqual(message(translated[key]).trim(), '', `${translationFile}: "${key}" is empty`);
  }
}

function nlsKeysIn(value: unknown, found: Set<string>): Set<string> {
  if (typeof value === 'string') {
    const key = /^%(.+)%$/.exec(value)?.[1];
    if (key) {found.add(key);}
  } else if (value && typeof value === 'object') {
    for (const v of Object.values(value)) {nlsKeysIn(v, found);}
  }
  return found;
}

test('package.json names only keys of package.nls.json, and package.nls.json has no unused key', () => {
  const used = nlsKeysIn(readJson('package.json'), new Set());
  assert.deepEqual([...used].sort(), Object.keys(readJson('package.nls.json')).sort());
});

test('the Chinese package.nls exists and every package.nls translation matches the English keys and placeholders', () => {
  const files = translationsOf('.', 'package.nls');
  assert.ok(files.includes('package.nls.zh-cn.json'), `translations found: ${files.join(', ')}`);
  for (const file of files) {assertParity('package.nls.json', file);}
});

test('l10n/bundle.l10n.json holds exactly the vscode.l10n.t strings of client/src (run `npm run l10n:export` after changing them)', async () => {
  const dir = path.join(REPO_ROOT, 'client', 'src');
  const sources = fs.readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => ({ extension: '.ts', contents: fs.readFileSync(path.join(dir, f), 'utf8') }));
  const extracted: l10nJsonFormat = await getL10nJson(sources);
  assert.ok(Object.keys(extracted).length > 0, 'client/src has no vscode.l10n.t strings');
  assert.deepEqual(readJson('l10n/bundle.l10n.json'), extracted);
  assert.equal(readJson('package.json').l10n, './l10n');
});

test('the Chinese l10n bundle exists and every bundle translation matches the English keys and placeholders', () => {
  const files = translationsOf('l10n', 'bundle.l10n');
  assert.ok(files.includes('l10n/bundle.l10n.zh-cn.json'), `translations found: ${files.join(', ')}`);
  for (const file of files) {assertParity('l10n/bundle.l10n.json', file);}
});

test('the parity check fails on a missing key and on a changed placeholder', () => {
  const dir = fs.mkdtempSync(path.join(REPO_ROOT, 'out', 'l10n-'));
  try {
    const rel = (f: string): string => path.relative(REPO_ROOT, path.join(dir, f));
    fs.writeFileSync(path.join(dir, 'en.json'), JSON.stringify({ a: 'line {0}', b: 'Use `noise`' }));
    fs.writeFileSync(path.join(dir, 'missing.json'), JSON.stringify({ a: '第 {0} 行' }));
    fs.writeFileSync(path.join(dir, 'placeholder.json'), JSON.stringify({ a: '第 {1} 行', b: '使用 `noise`' }));
    fs.writeFileSync(path.join(dir, 'good.json'), JSON.stringify({ a: '第 {0} 行', b: '使用 `noise`' }));
    assert.throws(() => assertParity(rel('en.json'), rel('missing.json')), /other keys/);
    assert.throws(() => assertParity(rel('en.json'), rel('placeholder.json')), /placeholders of "a"/);
    assertParity(rel('en.json'), rel('good.json'));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
