import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { findFailures, keyLocations, momentInOtherLogs, must, parseLog, type LogDocument } from '../../analysis/src/index.js';
import { correlate, type FailureLinks } from '../../analysis/src/bundle/correlate.js';
import { joinLines, skipAbsent } from '../support.js';
import { EXAMPLE_CASE, NO_REAL_CASE, REAL_CASE, docNamed, lineOf, loadFolder, logNamed } from './bundleSupport.js';
import { textOf } from '../../analysis/src/messages/index.js';


function linksOf(correlation: readonly FailureLinks[], docIndex: number, line: number): FailureLinks {
  const hit = correlation.find((f) => f.docIndex === docIndex && f.line === line);
  assert.ok(hit, `links for line ${line + 1} of log ${docIndex}; have ${correlation.map((c) => `${c.docIndex}:${c.line + 1}`).join(' ')}`);
  return hit;
}

test('example case: the CBS failures link to the setupapi lines of the same second, and back', () => {
  const docs = loadFolder(EXAMPLE_CASE);
  const cbs = docNamed(docs, 'CBS.log');
  const setupapi = docNamed(docs, 'setupapi.dev.log');
  const correlation = correlate(docs, (d) => findFailures(d));

  const stage = lineOf(docs[cbs], 'STAGE index: 7');
  const idb = lineOf(docs[setupapi], '!!!  idb:           Failed to create driver package object');
  const fromStage = linksOf(correlation, cbs, stage);
  const toIdb = fromStage.links.find((l) => l.docIndex === setupapi && l.line === idb);
  assert.ok(toIdb, 'STAGE line → setupapi idb line');
  assert.deepEqual(toIdb.reasons, ['same-second', 'key']);
  assert.deepEqual(toIdb.keys, ['inf:oposdrv.inf']);
  assert.equal(toIdb.failure?.code, 'setupapi.error-line');
  assert.match(textOf('en', toIdb.message), /^setupapi\.dev\.log: .*DRIVERS database node.*ERROR_BADDB.*\(same second, oposdrv\.inf\)$/);
  assert.equal(fromStage.links[0]?.line, idb, 'the idb line ranks first');
  assert.deepEqual(fromStage.related[0], { line: idb, message: toIdb.unnamed, uri: docs[setupapi]?.uri }, 'related information carries the other log\'s URI');
  assert.equal(textOf('en', toIdb.message), `setupapi.dev.log: ${textOf('en', toIdb.unnamed)}`, 'the editor names the file of related information: its message does not');

  // The verdict (`Exec: Processing complete`, two seconds later) links through the keys of its chain.
  const verdict = lineOf(docs[cbs], 'Exec: Processing complete');
  const fromVerdict = linksOf(correlation, cbs, verdict);
  const viaChain = fromVerdict.links.find((l) => l.line === idb);
  assert.ok(viaChain);
  assert.deepEqual(viaChain.reasons, ['near-time', 'key']);

  // And the reverse: the setupapi failure links to the CBS STAGE line.
  const back = linksOf(correlation, setupapi, idb);
  assert.equal(back.links[0]?.docIndex, cbs);
  assert.equal(back.links[0]?.line, stage);
  const backLink = back.links[0];
  assert.ok(backLink);
  assert.match(textOf('en', backLink.message), /^CBS\.log: .*oposdrv\.inf failed to stage.*\(same second, oposdrv\.inf\)$/);

  // Nothing before the failure window links: the printer install at 08:03 is another story.
  const printer = lineOf(docs[setupapi], 'usbprint.inf');
  assert.ok(correlation.every((c) => c.links.every((l) => !(l.docIndex === setupapi && l.line <= printer + 60))));
  assert.ok(correlation.every((c) => c.links.every((l) => l.docIndex !== c.docIndex)), 'links only go to other logs');
  assert.ok(correlation.every((c) => c.links.length <= 10));
});

test('the real case: the CBS verdict links to the setupapi idb line of the same second (15:33:51.638)', (t) => {
  if (!fs.existsSync(REAL_CASE)) {
    skipAbsent(t, NO_REAL_CASE);
    return;
  }
  const docs = loadFolder(REAL_CASE);
  const cbs = docNamed(docs, 'CBS-excerpt.log');
  const setupapi = docNamed(docs, 'setupapi.dev-excerpt.log');
  const correlation = correlate(docs, (d) => findFailures(d));
  const verdict = lineOf(docs[cbs], 'Setting original failure status');
  const idb = lineOf(docs[setupapi], 'Failed to create driver package object');
  const link = linksOf(correlation, cbs, verdict).links.find((l) => l.docIndex === setupapi && l.line === idb);
  assert.ok(link, 'verdict → idb line');
  assert.ok(link.reasons.includes('same-second'));
  assert.ok(link.keys.includes('inf:oposdrv.inf'), 'the key comes from the verdict\'s chain (the STAGE line)');
  const exit = lineOf(docs[setupapi], 'Exit status: FAILURE');
  assert.ok(linksOf(correlation, cbs, verdict).links.some((l) => l.line === exit), 'and to the failed section exit');
  const stage = lineOf(docs[cbs], 'STAGE index');
  assert.ok(linksOf(correlation, setupapi, idb).links.some((l) => l.docIndex === cbs && l.line === stage), 'and back');
});

const CBS = (time: string, message: string, level = 'Info'): string => `${time}, ${level.padEnd(21)} CBS    ${message}`;

function cbsWithStageFailure(): LogDocument {
  return parseLog(
    joinLines(
      CBS('2024-03-12 15:04:27', 'STAGE index: 7 phase: 1 result 1009 inf: oposdrv.inf'),
      CBS('2024-03-12 15:04:27', 'Doqe: Failed staging driver updates [HRESULT = 0x800703f1 - ERROR_BADDB]', 'Error'),
      CBS('2024-03-12 15:04:27', 'Setting original failure status: 0x800703f1, last forward execute state: CbsExecuteStateStageDrivers'),
    ),
    { uri: 'file:///bundle/CBS.log' },
  );
}

test('a shared key far away in time does not link; a plain line with the key only when close', () => {
  const setupapi = parseLog(
    joinLines(
      '>>>  [Setup Import Driver Package - oposdrv.inf]',
      '>>>  Section start 2019/05/01 10:00:00.000',
      '!!!  sto: Failed to import oposdrv.inf. Error = 0x00000005',
      '<<<  Section end 2019/05/01 10:00:01.000',
      '<<<  [Exit status: FAILURE(0x00000005)]',
      '>>>  [Device Install (DiInstallDriver) - oposdrv.inf]',
      '>>>  Section start 2024/03/12 15:00:00.000',
      '     inf: Opened oposdrv.inf 15:00:00.100',
      '     inf: Opened oposdrv.inf again 14:04:27.000',
      '<<<  Section end 2024/03/12 15:00:01.000',
      '<<<  [Exit status: SUCCESS]',
    ),
    { uri: 'file:///bundle/setupapi.dev.log' },
  );
  const docs = [cbsWithStageFailure(), setupapi];
  const links = correlate(docs, (d) => findFailures(d)).filter((c) => c.docIndex === 0).flatMap((c) => c.links);
  assert.ok(!links.some((l) => l.line === 2), 'a failure five years earlier is another story');
  assert.ok(links.some((l) => l.line === 7 && l.reasons.join() === 'key'), 'a mention four minutes earlier belongs to the same operation');
});

test('momentInOtherLogs: the first line of that second in the other log, and back', () => {
  const docs = loadFolder(EXAMPLE_CASE);
  const cbs = docNamed(docs, 'CBS.log');
  const setupapi = docNamed(docs, 'setupapi.dev.log');
  const stage = lineOf(docs[cbs], 'STAGE index: 7');
  const moment = momentInOtherLogs(docs, cbs, stage);
  assert.equal(moment.length, 1);
  assert.equal(moment[0]?.docIndex, setupapi);
  assert.equal(moment[0]?.line, lineOf(docs[setupapi], 'amd64_dual_oposdrv.inf_31bf3856ad364e35_10.0.17763.5576_none_8e41c0b7d25a3f19\\oposdrv.inf} 15:04:27.402'));
  assert.equal(moment[0]?.deltaMs, 402);
  const idb = lineOf(docs[setupapi], 'Failed to create driver package object');
  const back = momentInOtherLogs(docs, setupapi, idb);
  assert.equal(back[0]?.line, lineOf(docs[cbs], '15:04:27'), 'the first CBS line of 15:04:27');
  assert.deepEqual(momentInOtherLogs([parseLog('no time here', { uri: 'file:///a.txt' }), logNamed(docs, 'CBS.log')], 0, 0), []);
  const printer = lineOf(docs[setupapi], 'Section start 2024/03/12 08:03:17.214');
  assert.equal(momentInOtherLogs(docs, setupapi, printer)[0]?.line, 0, 'before the CBS log starts: its first line');
  assert.deepEqual(momentInOtherLogs(docs, setupapi, printer, 3_600_000), [], 'unless that is further away than allowed');
});

test('keyLocations: where every log mentions a key (go to definition / peek)', () => {
  const docs = loadFolder(EXAMPLE_CASE);
  const cbs = docNamed(docs, 'CBS.log');
  const setupapi = docNamed(docs, 'setupapi.dev.log');
  const locations = keyLocations(docs, 'inf:oposdrv.inf');
  assert.ok(locations.some((l) => l.docIndex === cbs && l.line === lineOf(docs[cbs], 'STAGE index: 7')));
  assert.ok(locations.some((l) => l.docIndex === setupapi && l.line === lineOf(docs[setupapi], 'Failed to create driver package object')));
  assert.ok(locations.every((l) => l.uri === docs[l.docIndex]?.uri));
  assert.deepEqual(keyLocations(docs, 'inf:nothing.inf'), []);
});

test('a bundle of two big logs correlates: the failures of both find their links (its speed is in npm run bench)', () => {
  const cbsLines: string[] = [];
  const saLines: string[] = ['[Device Install Log]', '[BeginLog]'];
  const start = Date.UTC(2024, 2, 12, 8, 0, 0);
  for (let i = 0; i < 150_000; i++) {
    const time = new Date(start + i * 200).toISOString();
    const stamp = `${time.slice(0, 10)} ${time.slice(11, 19)}`;
    cbsLines.push(
      i % 300 === 0
        ? CBS(stamp, `Setting original failure status: 0x800703f1, last forward execute state: CbsExecuteStateStageDrivers driver${i}.inf`, 'Error')
        : CBS(stamp, `Package_for_KB${5000000 + (i % 50)}~31bf3856ad364e35~amd64~~17763.1.1.1 is applicable`),
    );
    if (i % 2000 === 0) {
      saLines.push('>>>  [Stage Driver Updates]', `>>>  Section start ${time.slice(0, 10).replace(/-/g, '/')} ${time.slice(11, 23)}`);
    }
    const tod = time.slice(11, 23);
    saLines.push(i % 300 === 0 ? `!!!  sto: Failed to stage driver${i}.inf. Error = 0x000003f1` : `     sto: {Stage Driver Package: C:\\x\\driver${i}.inf} ${tod}`);
    if (i % 2000 === 1999) {
      saLines.push(`<<<  Section end ${time.slice(0, 10).replace(/-/g, '/')} ${tod}`, '<<<  [Exit status: SUCCESS]');
    }
  }
  const docs = [parseLog(cbsLines.join('\r\n'), { uri: 'file:///big/CBS.log' }), parseLog(saLines.join('\r\n'), { uri: 'file:///big/setupapi.dev.log' })];
  const failures = docs.map((d) => findFailures(d));
  const correlation = correlate(docs, (d) => must(failures[docs.indexOf(d)]));
  assert.ok(correlation.length > 100, `links found (${correlation.length})`);
});
