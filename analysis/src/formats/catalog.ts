// The formats we read, each with real sample lines (formats.md) and what they must parse to.
// One test checks every sample (lnav's format self-test): add a sample before a new variant.

import { Level, LineKind, type LogKind } from '../model.js';

export interface FormatSample {
  line: string;
  kind: LineKind;
  level?: Level;
  component?: string;
  /** Values of the error codes the line holds, in order. */
  codes?: number[];
}

export interface LogFormat {
  kind: LogKind;
  name: string;
  files: string;
  samples: FormatSample[];
}

export const LOG_FORMATS: readonly LogFormat[] = [
  {
    kind: 'cbs',
    name: 'CBS.log',
    files: 'CBS.log, CbsPersist_*.log (C:\\Windows\\Logs\\CBS)',
    samples: [
      { line: '2016-09-28 04:30:30, Info                  CBS    Loaded Servicing Stack v6.1.7601.23505 with Core: C:\\Windows\\winsxs\\amd64', kind: LineKind.Record, level: Level.Info, component: 'CBS' },
      {
        line: '2016-09-29 00:01:03, Info                  CBS    Failed to internally open package. [HRESULT = 0x800f0805 - CBS_E_INVALID_PACKAGE]',
        kind: LineKind.Record,
        level: Level.Info,
        component: 'CBS',
        codes: [0x800f0805, 0x800f0805],
      },
      { line: '2016-09-28 04:30:31, Info                  CSI    00000001@2016/9/27:20:30:31.455 WcpInitialize (wcp.dll version 0.0.0.6) called (stack @0x7fed806eb5d @0x7fef9fb9b6d)', kind: LineKind.Record, component: 'CSI', codes: [] },
      { line: '2026-05-22 20:34:09, Info                         Arbiter invoked from servicing stack; skip locking', kind: LineKind.Record, component: '' },
      { line: '2022-10-10 15:33:51, Info\tCBS STAGE index: 7 phase: 1 result 1009 inf: oposdrv.inf', kind: LineKind.Record, component: 'CBS', codes: [1009] },
      { line: '2022-10-10 15:33:51, Error\tCBS Doqe: Failed staging driver updates [HRESULT = 0x800703f1 - ERROR_BADDB]', kind: LineKind.Record, level: Level.Error, component: 'CBS', codes: [0x800703f1, 0x800703f1] },
      { line: ' Expected: {l:32 ml:33 b:0458ba45}.', kind: LineKind.Continuation },
      { line: 'CSIPERF:TXCOMMIT;15663', kind: LineKind.Continuation },
      { line: '    1: Move File: Source = [l:162{81}]"\\SystemRoot\\WinSxS\\Temp\\PendingRenames\\8d4e.cdf-ms"', kind: LineKind.Continuation },
      { line: 'Operation result: 0x800f081f', kind: LineKind.Continuation, codes: [0x800f081f] },
      { line: '  { 10.0.19041.1 -> (null) Windows-Defender-AM-Engine, arch amd64, nonSxS, pkt {l:8 b:31bf3856ad364e35} }', kind: LineKind.Continuation },
      { line: 'The following actions will be performed:', kind: LineKind.Continuation },
      { line: '    Superseded/LDR (Delta Compression) Candidates: 0', kind: LineKind.Continuation },
      { line: '    Null-Delta Compression Candidates: ', kind: LineKind.Continuation },
      { line: '    Deletion Candidates (Non Driver): 0', kind: LineKind.Continuation },
    ],
  },
  {
    kind: 'dism',
    name: 'DISM.log',
    files: 'dism.log (C:\\Windows\\Logs\\DISM)',
    samples: [
      {
        line: '2014-02-17 15:22:02, Info                  DISM   PID=10500 Scratch directory set to \'C:\\Users\\user\\AppData\\Local\\Temp\\\'. - CDISMManager::put_ScratchDir',
        kind: LineKind.Record,
        component: 'DISM',
      },
      {
        line: '2020-09-18 21:56:48, Error                 DISM   DISM Package Manager: PID=6108 TID=5192 Failed finalizing changes. - CDISMPackageManager::Internal_Finalize(hr:0x800f0922)',
        kind: LineKind.Record,
        level: Level.Error,
        component: 'DISM',
        codes: [0x800f0922],
      },
      { line: '[7932] [0x8007007b] FIOReadFileIntoBuffer:(1381): The filename, directory name, or volume label syntax is incorrect.', kind: LineKind.Continuation, codes: [0x8007007b] },
      { line: '2020-09-18 21:56:48, Error                        EnumeratePathEx: FindFirstFile failed for [C:\\$Windows.~BT\\*]; GLE = 0x3[gle=0x00000003]', kind: LineKind.Record, level: Level.Error, component: '', codes: [3, 3] },
    ],
  },
  {
    kind: 'panther',
    name: 'Windows Setup (Panther) setupact.log / setuperr.log',
    files: 'setupact.log, setuperr.log ($Windows.~BT\\Sources\\Panther, C:\\Windows\\Panther, …\\Rollback)',
    samples: [
      { line: '2016-10-22 16:46:58, Info       [0x060228] IBS    Callback_UpdateBootFiles:Successfully updated Windows boot files.', kind: LineKind.Record, component: 'IBS' },
      { line: '2023-05-23 00:21:30, Info                         VDS available', kind: LineKind.Record, component: '' },
      {
        line: '2023-05-23 00:32:46, Error                 SP     Operation failed: Apply WIM file PathForNewOSFile, index 6 to D:\\$WINDOWS.~BT\\NewOS. Error: 0x80070570[gle=0x000000b7]',
        kind: LineKind.Record,
        level: Level.Error,
        component: 'SP',
        codes: [0x80070570, 0xb7],
      },
      { line: '2025-05-02 15:20:18, Error                        Failed to delete \\\\?\\C:\\windows.old\\WINDOWS\\System32\\igc64.dll. hr = 0x80070005', kind: LineKind.Record, level: Level.Error, codes: [0x80070005] },
      { line: '                                   Firmware type: UEFI', kind: LineKind.Continuation },
    ],
  },
  {
    kind: 'setupapi',
    name: 'SetupAPI text log',
    files: 'setupapi.dev.log, setupapi.app.log, setupapi.setup.log, setupapi.offline.log (C:\\Windows\\INF)',
    samples: [
      { line: '[Device Install Log]', kind: LineKind.Header },
      { line: '     OS Version = 10.0.10240', kind: LineKind.Header },
      { line: '>>>  [Device Install (Hardware initiated) - SWD\\IP_TUNNEL_VBUS\\ISATAP_0]', kind: LineKind.SectionTitle },
      { line: '>>>  Section start 2015/11/22 17:59:28.110', kind: LineKind.SectionStart },
      { line: '     dvi: {Build Driver List} 17:59:28.176', kind: LineKind.Record, level: Level.Info },
      { line: '!!!  idb: Failed to create driver package object \'oposdrv.inf amd64 313106b94d0b5742\' in DRIVERS database node. Error = 0x000003f1', kind: LineKind.Record, level: Level.Error, codes: [1009] },
      { line: '!    sig: Verifying file against specific (valid) catalog failed! (0x800b0109)', kind: LineKind.Record, level: Level.Warning, codes: [0x800b0109] },
      { line: '     sto:           {Configure Driver Package: exit(0x00000bc2)}', kind: LineKind.Record, codes: [0xbc2] },
      { line: '       os: Version = 10.0.20348, Service Pack = 0.0, Suite = 0x0190, ProductType = 3, Architecture = amd64', kind: LineKind.Record, codes: [] },
      { line: '     dvi:                     Device Status: 0x01802000', kind: LineKind.Record, codes: [] },
      { line: '     inf:           Hardware Id  = USB\\RESET_FAILURE', kind: LineKind.Record, codes: [] },
      { line: '<<<  Section end 2015/11/22 17:59:37.142', kind: LineKind.SectionEnd },
      { line: '<<<  [Exit status: FAILURE(0x000003f1)]', kind: LineKind.SectionExit, level: Level.Error, codes: [1009] },
      { line: '[Boot Session: 2015/11/22 17:58:03.498]', kind: LineKind.BootSession },
    ],
  },
  {
    kind: 'windowsupdate',
    name: 'WindowsUpdate.log',
    files: 'WindowsUpdate.log (Windows 7 native, or written by Get-WindowsUpdateLog on Windows 10+)',
    samples: [
      { line: '2023/03/21 22:19:01.8143606 19924 14968 Misc            *FAILED* [80072F8F] Send request', kind: LineKind.Record, level: Level.Warning, component: 'Misc', codes: [0x80072f8f] },
      { line: '2024-04-11 12:48:04.6269606 1980  8444  DownloadManager PurgeExpiredFiles::Found 9 expired files to delete.', kind: LineKind.Record, component: 'DownloadManager' },
      // Pasted with its column spacing turned into tabs.
      { line: '2024-04-11 12:48:04.6269606 1980\t8444\tComApi\t* END *\tDownload ClientId = Orchestrator', kind: LineKind.Record, component: 'ComApi' },
      { line: '2021-09-03\t18:28:07:640\t 716\t a0\tReport\tCWERReporter finishing event handling. (00000000)', kind: LineKind.Record, component: 'Report' },
      { line: '2017-03-18\t19:06:43:471\t 952\t5b4\tHandler\tFATAL: UH: 0x80070057: EvaluateApplicability failed in CCbs::EvaluateApplicability', kind: LineKind.Record, level: Level.Error, component: 'Handler' },
    ],
  },
  {
    kind: 'setupdiag',
    name: 'SetupDiag report',
    files: 'SetupDiagResults.log',
    samples: [
      { line: 'Matching Profile found: FindRollbackFailure - 3A43C9B5-05B3-4F7C-A955-88F991BB5A48', kind: LineKind.Record },
      { line: 'Error: SetupDiag reports rollback failure found.', kind: LineKind.Record, level: Level.Error },
      { line: 'Error = 0x8007000D-0x2000C', kind: LineKind.Record, level: Level.Error, codes: [0x8007000d, 0x2000c] },
    ],
  },
];
