// Every regular expression literal in analysis/ is checked by recheck for super-linear
// backtracking. Literals handed to linear() run on RE2 and are not checked. Results are cached
// in out/recheck-cache.json by source and flags, so only new or changed patterns cost a check.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';
import { check } from 'recheck';
import { REPO_ROOT } from '../support.js';

const CACHE = path.join(REPO_ROOT, 'out', 'recheck-cache.json');


interface Literal {
  key: string;
  source: string;
  flags: string;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
}

function regexLiterals(): Literal[] {
  const out: Literal[] = [];
  for (const file of sourceFiles(path.join(REPO_ROOT, 'analysis', 'src'))) {
    const rel = path.relative(REPO_ROOT, file).split(path.sep).join('/');
    const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (ts.isRegularExpressionLiteral(node) && !isLinearCall(node.parent)) {
        const end = node.text.lastIndexOf('/');
        out.push({ key: `${rel}: ${node.text}`, source: node.text.slice(1, end), flags: node.text.slice(end + 1) });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return out;
}

function isLinearCall(node: ts.Node): boolean {
  return ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'linear';
}

async function status(literal: Literal, cache: Record<string, string>): Promise<string> {
  const id = `/${literal.source}/${literal.flags}`;
  if (!cache[id]) {
    // g and y change where a match starts, not how it backtracks.
    // recheck's fuzzing is seeded (randomSeed 0): the same pattern gets the same verdict.
    const result = await check(literal.source, literal.flags.replace(/[gy]/g, ''), { timeout: 60_000 });
    if (result.status === 'unknown') {
      // A timeout on a busy machine is not a verdict: reported, not cached.
      return `unknown: ${result.error.kind}`;
    }
    cache[id] = result.status === 'safe' ? 'linear' : `${result.complexity.summary} ${JSON.stringify(result.attack.pumps)}`;
  }
  return cache[id];
}

test('every built-in regular expression in analysis/ backtracks at most linearly', { timeout: 600_000 }, async () => {
  const cache: Record<string, string> = fs.existsSync(CACHE) ? (JSON.parse(fs.readFileSync(CACHE, 'utf8')) as Record<string, string>) : {};
  const literals = regexLiterals();
  assert.ok(literals.length > 100, `only ${literals.length} regular expressions found`);
  const flagged: string[] = [];
  try {
    for (const literal of literals) {
      const verdict = await status(literal, cache);
      if (verdict !== 'linear') {
        flagged.push(`${literal.key}  ${verdict}`);
      }
    }
  } finally {
    fs.mkdirSync(path.dirname(CACHE), { recursive: true });
    fs.writeFileSync(CACHE, JSON.stringify(cache, null, 1));
  }
  assert.deepEqual(flagged, [], 'super-linear patterns');
});
