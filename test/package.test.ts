// The .vsix ships exactly the run-time files (see .vscodeignore): the bundles in dist/, the
// grammars, the language configuration and the manifest/readme/changelog/licence. Nothing else:
// no sources, maps, tests, examples, node_modules or build tooling.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

const ROOT = path.resolve(import.meta.dirname, '..', '..'); // out/test/package.test.js → repo root
const VSIX = path.join(ROOT, 'dist', 'windows-servicing-logs.vsix');

/** The extension page's README (vsce --readme-path); the repository's README.md is for developers. */
const USER_README = 'docs/extension/README.md';
const exists = (rel: string): boolean => fs.existsSync(path.join(ROOT, rel));

function filesUnder(rel: string): string[] {
  const dir = path.join(ROOT, rel);
  if (!fs.existsSync(dir)) { return []; }
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(ROOT, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
}

/** The exact set the .vsix may contain, computed from what is on disk. */
function expectedFiles(): string[] {
  const top = ['package.json', USER_README, 'CHANGELOG.md', 'LICENSE', 'language-configuration.json',
    'images/icon.png', 'images/hover.png', 'images/problems.png', 'dist/client.js', 'dist/server.js', 'dist/streamWorker.js'].filter(exists);
  const nls = fs.readdirSync(ROOT).filter((f) => /^package\.nls(\.[\w-]+)?\.json$/.test(f));
  return [...top, ...nls, ...filesUnder('syntaxes'), ...filesUnder('l10n')].sort();
}

const ALLOWED = /^(package(\.nls(\.[\w-]+)?)?\.json|l10n\/bundle\.l10n(\.[\w-]+)?\.json|README\.md|docs\/extension\/README\.md|CHANGELOG\.md|LICENSE|language-configuration\.json|images\/(icon|hover|problems)\.png|dist\/(client|server|streamWorker)\.js|syntaxes\/.+)$/;

function notBuilt(): string | undefined {
  const missing = ['dist/client.js', 'dist/server.js'].filter((f) => !exists(f));
  return missing.length ? `dist/ is not built (${missing.join(', ')} missing): run \`npm run build\` first` : undefined;
}

test('vsce ls lists exactly the allowed files', (t) => {
  const skip = notBuilt();
  if (skip) {
    t.skip(skip);
    return;
  }
  const vscePkg = require.resolve('@vscode/vsce/package.json', { paths: [ROOT] });
  const vsce = path.join(path.dirname(vscePkg), 'vsce');
  const out = execFileSync(process.execPath, [vsce, 'ls', '--no-dependencies', '--readme-path', USER_README], {
    cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000,
  });
  const listed = out.split(/\r?\n/).map((l) => l.trim()).filter(Boolean).map((l) => l.split(path.sep).join('/')).sort();
  const stray = listed.filter((f) => !ALLOWED.test(f));
  assert.deepEqual(stray, [], `files that must not be packaged: ${stray.join(', ')}`);
  for (const must of ['package.json', USER_README, 'CHANGELOG.md', 'LICENSE', 'dist/client.js', 'dist/server.js']) {
    assert.ok(listed.includes(must), `${must} is not packaged`);
  }
  assert.deepEqual(listed, expectedFiles());
});

/** Entry names of a zip file, from its central directory (no dependency needed). */
function zipEntries(file: string): string[] {
  const buf = fs.readFileSync(file);
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65_557); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) { eocd = i; break; }
  }
  assert.ok(eocd >= 0, `${file} is not a zip file`);
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const names: string[] = [];
  for (let n = 0; n < count; n++) {
    assert.equal(buf.readUInt32LE(p), 0x02014b50, 'bad central directory entry');
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    names.push(buf.toString('utf8', p + 46, p + 46 + nameLen));
    p += 46 + nameLen + extraLen + commentLen;
  }
  return names;
}

test('the built .vsix holds only the allowed files', (t) => {
  if (!fs.existsSync(VSIX)) {
    t.skip('dist/windows-servicing-logs.vsix is not built: run `npm run package` first');
    return;
  }
  const newest = Math.max(...['.vscodeignore', 'package.json'].map((f) => fs.statSync(path.join(ROOT, f)).mtimeMs));
  if (fs.statSync(VSIX).mtimeMs < newest) {
    t.skip('dist/windows-servicing-logs.vsix is older than .vscodeignore/package.json: run `npm run package` again');
    return;
  }
  // vsce stores files under extension/ and renames readme/changelog/licence.
  const rename: Record<string, string> = {
    'readme.md': 'README.md', 'changelog.md': 'CHANGELOG.md', 'LICENSE.txt': 'LICENSE', 'LICENSE': 'LICENSE',
  };
  const files = zipEntries(VSIX)
    .filter((n) => n.startsWith('extension/') && !n.endsWith('/'))
    .map((n) => n.slice('extension/'.length))
    .map((n) => rename[n] ?? n)
    .sort();
  const stray = files.filter((f) => !ALLOWED.test(f));
  assert.deepEqual(stray, [], `files that must not be in the .vsix: ${stray.join(', ')}`);
  for (const must of ['package.json', 'README.md', 'LICENSE', 'dist/client.js', 'dist/server.js']) {
    assert.ok(files.includes(must), `${must} is not in the .vsix (entries: ${files.join(', ')})`);
  }
  assert.ok(!files.includes('dist/cli.js'), 'the CLI bundle ships in the npm package, not in the .vsix');
});

test('the extension page README is the user one, and its images ship', () => {
  const readme = fs.readFileSync(path.join(ROOT, USER_README), 'utf8');
  const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map(([, image = '']) => image);
  assert.ok(images.length > 0, 'the user README shows no image');
  for (const image of images) {
    assert.ok(!/^https?:/.test(image) && exists(image), `${image} is not a file of the repository`);
    assert.ok(ALLOWED.test(image), `${image} is not packaged`);
  }
  assert.ok(!/example\.invalid|npm ci/.test(readme), 'the user README carries developer material');
});

test('the manifest names no placeholder address: no repository until there is a public one', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Record<string, unknown> & { scripts: Record<string, string> };
  const placeholder = /example\.(invalid|com|org)|localhost/;
  for (const field of ['repository', 'homepage', 'bugs', 'qna']) {
    const value = JSON.stringify(manifest[field] ?? '');
    assert.ok(!placeholder.test(value), `package.json ${field} is a placeholder: ${value}`);
  }
  // vsce asks for a repository with a y/N prompt unless told it is missing on purpose.
  assert.ok(manifest.repository !== undefined || /--allow-missing-repository/.test(manifest.scripts.package ?? ''), 'no repository, and `npm run package` does not pass --allow-missing-repository');
});
