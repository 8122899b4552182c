import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../support.js';

// The façade exports what the server, the CLI and the benchmarks use, nothing more: a name
// nobody above the core uses is a dead export (tests import the module they test).
function sourcesUnder(dir: string, ext: RegExp): string[] {
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && ext.test(e.name))
    .map((e) => fs.readFileSync(path.join(e.parentPath, e.name), 'utf8'));
}

test('façade: every export of analysis/src/index.ts is used by the server, the CLI or a benchmark', () => {
  const facade = fs.readFileSync(path.join(REPO_ROOT, 'analysis', 'src', 'index.ts'), 'utf8');
  const names = [...facade.matchAll(/export (?:type )?\{([^}]*)\}/g)]
    .flatMap(([, list = '']) => list.split(','))
    .map((n) => n.replace(/\btype\b/, '').trim())
    .filter((n) => n !== '');
  assert.ok(names.length > 20, `read the façade's names (${names.length})`);
  const users = [...sourcesUnder(path.join(REPO_ROOT, 'server', 'src'), /\.ts$/), ...sourcesUnder(path.join(REPO_ROOT, 'bench'), /\.m?js$/)].join('\n');
  const unused = names.filter((n) => !new RegExp(`\\b${n}\\b`).test(users));
  assert.deepEqual(unused, [], 'exported but used by neither the server, the CLI nor a benchmark');
});
