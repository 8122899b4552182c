import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { parseLog, type LogDocument } from '../../analysis/src/index.js';
import { formatLocalTime, lineNearest, ownLinesBetween, timeAt, timelineOf } from '../../analysis/src/bundle/timeline.js';
import { joinLines } from '../support.js';

function timeOf(doc: LogDocument, line: number): string {
  return formatLocalTime(timeAt(timelineOf(doc), line), true);
}

const CBS = (time: string, component: string, message: string): string => `${time}, Info                  ${component.padEnd(6)} ${message}`;

test('setupapi: body lines take the date of their section and their own time of day', () => {
  const doc = parseLog(
    joinLines(
      '[Device Install Log]',
      '     OS Version = 10.0.17763',
      '[BeginLog]',
      '',
      '[Boot Session: 2024/03/12 07:58:44.500]',
      '',
      '>>>  [Device Install (Hardware initiated) - USB\\VID_04B8&PID_0202\\J7FG031442]',
      '>>>  Section start 2024/03/12 08:03:17.214',
      '     ump: Creating Install Process: DrvInst.exe 08:03:17.216',
      '     ndv: Retrieving device info...',
      '     dvi: {Build Driver List} 08:03:17.297',
      '<<<  Section end 2024/03/12 08:03:17.648',
      '<<<  [Exit status: SUCCESS]',
    ),
    { uri: 'file:///logs/setupapi.dev.log' },
  );
  assert.equal(doc.kind, 'setupapi');
  assert.equal(timeOf(doc, 4), '2024-03-12 07:58:44.500', 'boot session line');
  assert.equal(timeOf(doc, 0), '2024-03-12 07:58:44.500', 'header lines before the first stamp take the first time');
  assert.equal(timeOf(doc, 6), '2024-03-12 08:03:17.214', 'the section title takes its Section start time');
  assert.equal(timeOf(doc, 8), '2024-03-12 08:03:17.216');
  assert.equal(timeOf(doc, 9), '2024-03-12 08:03:17.216', 'a line without a time inherits the previous one');
  assert.equal(timeOf(doc, 10), '2024-03-12 08:03:17.297');
  assert.equal(timeOf(doc, 12), '2024-03-12 08:03:17.648', 'the exit line inherits the section end');
  const timeline = timelineOf(doc);
  assert.equal(timeline.resolutionMs, 1);
  assert.equal(timeline.own[9], 0);
  assert.equal(timeline.own[10], 1);
});

test('setupapi: midnight passes inside a section', () => {
  const doc = parseLog(
    joinLines(
      '>>>  [Setup Import Driver Package - C:\\drivers\\oem.inf]',
      '>>>  Section start 2024/03/12 23:59:58.900',
      '     inf: {SetupCopyOEMInf: C:\\drivers\\oem.inf} 23:59:58.910',
      '     inf:      Driver Store location: C:\\Windows\\System32\\DriverStore\\FileRepository\\oem.inf_amd64_0123456789abcdef\\oem.inf',
      '     inf: {SetupCopyOEMInf exit (0x00000000)} 00:00:00.120',
      '     inf: Done. 00:00:01.500',
      '<<<  Section end 2024/03/13 00:00:01.600',
      '<<<  [Exit status: SUCCESS]',
    ),
    { uri: 'file:///logs/setupapi.dev.log' },
  );
  assert.equal(timeOf(doc, 2), '2024-03-12 23:59:58.910');
  assert.equal(timeOf(doc, 3), '2024-03-12 23:59:58.910');
  assert.equal(timeOf(doc, 4), '2024-03-13 00:00:00.120', 'the time of day went back: the next day');
  assert.equal(timeOf(doc, 5), '2024-03-13 00:00:01.500', 'and stays on the next day');
  assert.equal(timeOf(doc, 6), '2024-03-13 00:00:01.600');
});

test('setupapi excerpt that starts inside a section: times of day are dated back from the first date', () => {
  // The shape of the real case's excerpt: no `Section start`, only the end of the section.
  const doc = parseLog(
    joinLines(
      '!!! idb: Failed to create driver package object \'x.inf amd64 0123456789abcdef\' in DRIVERS database node. Error = 0x000003f1',
      'idb: {Register Driver Package: exit(0x000003f1)} 23:59:59.638',
      'sto: {Stage Driver Package: exit(0x000003f1)} 00:00:00.020',
      '<<< Section end 2024/03/13 00:00:00.054',
      '<<< [Exit status: FAILURE(0x000003f1)]',
    ),
    { uri: 'file:///case/setupapi.dev-excerpt.log' },
  );
  assert.equal(doc.kind, 'setupapi');
  assert.equal(timeOf(doc, 1), '2024-03-12 23:59:59.638', 'before midnight: the day before the first date');
  assert.equal(timeOf(doc, 2), '2024-03-13 00:00:00.020');
  assert.equal(timeOf(doc, 0), '2024-03-12 23:59:59.638', 'a leading line without a time takes the first time that follows');
  assert.equal(timeOf(doc, 4), '2024-03-13 00:00:00.054');
});

test('CBS: record times are local; the UTC offset comes from `Universal Time is:` and CSI stamps', () => {
  const doc = parseLog(
    joinLines(
      CBS('2024-03-12 15:02:11', 'CBS', 'Universal Time is: 2024-03-12 14:02:11.087'),
      CBS('2024-03-12 15:02:11', 'CBS', 'Loaded Servicing Stack v10.0.17763.5568 with Core: C:\\Windows\\winsxs\\cbscore.dll'),
      CBS('2024-03-12 15:02:16', 'CSI', '00000002@2024/3/12:14:02:16.402 CSI Transaction @0x1d5c3a2b010 initialized'),
      CBS('2024-03-12 15:02:16', 'CSI', '00000003 Creating NT transaction (seq 1), objectname [6]"(null)"'),
      'CSIPERF:TXCOMMIT;271554',
      CBS('2024-03-12 15:03:53', 'CBS', 'Setting ExecuteState key to: CbsExecuteStateStageDrivers'),
    ),
    { uri: 'file:///logs/CBS.log' },
  );
  assert.equal(doc.kind, 'cbs');
  const timeline = timelineOf(doc);
  assert.equal(timeline.utcOffsetMinutes, 60);
  assert.equal(timeline.resolutionMs, 1000);
  assert.equal(timeOf(doc, 2), '2024-03-12 15:02:16.000', 'a CSI record keeps its local record time, not its UTC stamp');
  assert.equal(timeOf(doc, 4), '2024-03-12 15:02:16.000', 'a continuation line inherits its record');
  assert.equal(timeOf(doc, 5), '2024-03-12 15:03:53.000');
});

test('CBS without `Universal Time is:`: the offset from CSI stamps alone (west of UTC too)', () => {
  const east = parseLog(joinLines(CBS('2016-09-28 04:30:31', 'CSI', '00000001@2016/9/27:20:30:31.455 WcpInitialize (wcp.dll version 0.0.0.6) called')), {
    uri: 'file:///logs/CBS.log',
  });
  assert.equal(timelineOf(east).utcOffsetMinutes, 480);
  const west = parseLog(joinLines(CBS('2020-02-04 17:51:01', 'CSI', '00000001@2020/2/5:01:51:01.120 WcpInitialize called')), { uri: 'file:///logs/CBS.log' });
  assert.equal(timelineOf(west).utcOffsetMinutes, -480);
  const none = parseLog(joinLines(CBS('2020-02-04 17:51:01', 'CBS', 'Starting TrustedInstaller initialization.')), { uri: 'file:///logs/CBS.log' });
  assert.equal(timelineOf(none).utcOffsetMinutes, undefined);
});

test('WindowsUpdate.log: Windows 10 stamps (7 fraction digits) and Windows 7 tab format with tz', () => {
  const w10 = parseLog(
    joinLines(
      '2021/07/13 10:22:58.9553434 1234  5678  Agent           Starting search',
      '2021/07/13 10:22:59.0012345 1234  5678  Agent           Search done',
    ),
    { uri: 'file:///logs/WindowsUpdate.log' },
  );
  assert.equal(w10.kind, 'windowsupdate');
  assert.equal(timeOf(w10, 0), '2021-07-13 10:22:58.955');
  assert.equal(timeOf(w10, 1), '2021-07-13 10:22:59.001');

  const w7 = parseLog(
    joinLines(
      '2021-08-28\t11:05:07:920\t 576\ta70\tMisc\t===========  Logging initialized (build: 7.6.7600.256, tz: +0530)  ===========',
      '2021-08-28\t11:05:09:100\t 576\ta70\tAgent\tStarted',
      '2021-08-28\t11:05:08:000\t 576\ta71\tAgent\tAn earlier stamp written later by another thread',
    ),
    { uri: 'file:///logs/WindowsUpdate.log' },
  );
  const timeline = timelineOf(w7);
  assert.equal(timeline.utcOffsetMinutes, 330);
  assert.equal(timeOf(w7, 1), '2021-08-28 11:05:09.100');
  assert.deepEqual([...timeline.order], [0, 2, 1], 'the search index is sorted by time even when the log is not');
});

test('lineNearest and ownLinesBetween search the timeline by time', () => {
  const doc = parseLog(
    joinLines(
      CBS('2024-03-12 15:04:26', 'CBS', 'Perf: Doqe: Staging started.'),
      CBS('2024-03-12 15:04:27', 'CBS', 'STAGE index: 7 phase: 1 result 1009 inf: oposdrv.inf'),
      CBS('2024-03-12 15:04:27', 'CBS', 'Doqe: Recording result: 0x800703f1, for Inf: oposdrv.inf'),
      CBS('2024-03-12 15:04:29', 'CBS', 'Exec: Processing complete.'),
    ),
    { uri: 'file:///logs/CBS.log' },
  );
  const timeline = timelineOf(doc);
  const t = (hms: string): number => Date.parse(`2024-03-12T${hms}Z`);
  assert.equal(lineNearest(timeline, t('15:04:27.400')), 1, 'the first line of the nearest time');
  assert.equal(lineNearest(timeline, t('15:04:28.600')), 3);
  assert.equal(lineNearest(timeline, t('10:00:00')), 0, 'before the log: its first line');
  assert.equal(lineNearest(timeline, t('23:00:00')), 3, 'after the log: its last line');
  assert.equal(lineNearest(timeline, NaN), undefined);
  assert.deepEqual(ownLinesBetween(timeline, t('15:04:27'), t('15:04:28')), [1, 2]);

  const plain = parseLog('just some text\nwith no times\n', { uri: 'file:///notes.txt' });
  assert.ok(Number.isNaN(timelineOf(plain).times[0]));
  assert.equal(lineNearest(timelineOf(plain), t('15:00:00')), undefined);
});
