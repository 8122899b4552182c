// The parse cache parses a big document in steps and gives what a parse at once gives.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseLog } from '../../analysis/src/document.js';
import { DocumentCache, type TextSource } from '../../server/src/documentCache.js';
import { REPO_ROOT } from '../support.js';

const CASE = fs.readFileSync(path.join(REPO_ROOT, 'examples', 'case', 'CBS.log'), 'utf8');
/** Enough lines for several parse steps. */
const BIG = CASE.repeat(Math.ceil(40_000 / CASE.split('\n').length));

function source(text: string, version = 1): TextSource {
  return { uri: 'file:///case/CBS.log', version, languageId: 'cbs-log', getText: () => text };
}

test('load parses in steps: other work runs before it finishes, and the result is parseLog', async () => {
  const cache = new DocumentCache();
  let ranMeanwhile = false;
  const loading = cache.load(source(BIG));
  setImmediate(() => (ranMeanwhile = true));
  const doc = await loading;
  assert.ok(ranMeanwhile, 'a callback queued after the load began ran before it finished');
  const full = parseLog(BIG, { uri: 'file:///case/CBS.log', languageId: 'cbs-log' });
  assert.deepEqual(Array.from(doc!.lineKinds), Array.from(full.lineKinds));
  assert.deepEqual(doc!.codes, full.codes);
  assert.equal(JSON.stringify(doc!.sections), JSON.stringify(full.sections));
});

test('get during a load finishes that parse, and the load gives the same document', async () => {
  const cache = new DocumentCache();
  const loading = cache.load(source(BIG));
  const now = cache.get(source(BIG));
  assert.equal(await loading, now);
});

test('a newer version arriving during a load ends the older load without a document', async () => {
  const cache = new DocumentCache();
  const loading = cache.load(source(BIG, 1));
  const edited = `${BIG}note\r\n`;
  const newer = cache.get(source(edited, 2));
  assert.equal(await loading, undefined);
  assert.equal(newer.lines.count, parseLog(edited).lines.count);
});
