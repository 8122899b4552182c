// Known-issue rules, as data: the pattern a rule matches and our explanation and next steps.
// Every rule comes from the project's case (cases/kb5016623-oposdrv) or from failures seen in
// the real corpus (../shared/corpus, see test/golden/cli). Explanations are in our own words.
//
// How a rule matches (see match.ts): a finding of one of the rule's `match` patterns, in a
// log of the given kind, with one of the codes (1009, 0x3F1 and 0x800703F1 count as one), whose
// line matches `pattern` (a case-insensitive regular expression). A `companion` is a line in
// ANOTHER log of the bundle that confirms the reading; without it the match is "likely".

import type { LogKind, Severity } from '../model.js';

export interface LinePattern {
  logs: readonly LogKind[];
  /** Error codes; the line's finding or one of its codes must be one of them. */
  codes?: readonly number[];
  /** Regular expression source, matched case-insensitively against the whole line. */
  pattern?: string;
  /** Only findings with one of these diagnostic codes (failures/catalog.ts). */
  diagnostics?: readonly string[];
}

export interface KnownIssueRule {
  id: string;
  title: string;
  /** What the issue means for the outcome: `information` for expected or harmless findings. */
  severity: Severity;
  match: readonly LinePattern[];
  companion?: readonly LinePattern[];
  explanation: string;
  nextSteps: readonly string[];
}

const FAMILY: LogKind[] = ['cbs', 'dism', 'panther'];

export const KNOWN_ISSUES: readonly KnownIssueRule[] = [
  {
    id: 'drivers-hive-baddb',
    title: 'A driver package could not be written to the DRIVERS registry hive (ERROR_BADDB)',
    severity: 'error',
    match: [
      { logs: ['cbs'], codes: [0x3f1], pattern: String.raw`STAGE index|Doqe|DriverUpdate|StageDrivers` },
      { logs: ['setupapi'], codes: [0x3f1], pattern: String.raw`DRIVERS database` },
      { logs: ['dism'], codes: [0x3f1], pattern: String.raw`driver` },
    ],
    companion: [
      { logs: ['setupapi'], codes: [0x3f1], pattern: String.raw`DRIVERS database` },
      { logs: ['cbs'], codes: [0x3f1], pattern: String.raw`STAGE index` },
    ],
    explanation:
      'While staging the drivers of an update, Windows tried to record a driver package in the DRIVERS database, the registry hive ' +
      'C:\\Windows\\System32\\config\\DRIVERS (loaded as HKLM\\DRIVERS), and the write failed with ERROR_BADDB (Win32 1009, 0x3F1; ' +
      'CBS reports it as 0x800703F1). CBS then abandons the whole update, which rolls back at the restart. Two causes fit: the hive ' +
      'file is damaged, or a filter driver (typically security, endpoint-protection or device-control software) blocks or alters ' +
      'writes to it. The INF named in the failing lines is the package that was being written at that moment: look at the hive and ' +
      'at what guards it before looking at that driver.',
    nextSteps: [
      'Confirm the pair: the CBS `STAGE … result 1009 inf: <name>.inf` line and the setupapi.dev.log `!!!  idb:` line of the same second name the same INF.',
      'Look for security, endpoint-protection or device-control software with a kernel driver (`fltmc filters` lists file-system filters, which such products usually install). Disable or uninstall it, restart, and install the update again: machines with this exact failure have been fixed that way.',
      'Check the System event log around the failure time for registry or disk errors, and run `chkdsk C: /scan` to rule out file-system damage under the hive.',
      'If the hive is damaged, an in-place upgrade (repair install from media of the same Windows version, keeping files and apps) rebuilds it: far less work than a reinstall.',
      'Only if that does not settle it: a Process Monitor boot log filtered on the DRIVERS hive shows which process or filter fails the write.',
    ],
  },
  {
    id: 'source-missing',
    title: 'The repair source did not have the files (CBS_E_SOURCE_MISSING)',
    severity: 'error',
    match: [
      { logs: ['cbs'], codes: [0x800f081f], diagnostics: ['cbs.processing-failed', 'cbs.store-corruption', 'log.error-record'] },
      { logs: ['dism'], codes: [0x800f081f], diagnostics: ['dism.command-failed', 'dism.cbs-error', 'log.error-record'] },
    ],
    explanation:
      'A repair (DISM /RestoreHealth, or the automatic store repair) or a feature install needed the original files of some ' +
      'components, and no allowed source had them: not the local component store, not Windows Update or WSUS, not the /Source ' +
      'given. Nothing was repaired.',
    nextSteps: [
      'Give DISM a source that matches the installed Windows (same build, edition and language): `DISM /Online /Cleanup-Image /RestoreHealth /Source:wim:X:\\sources\\install.wim:N /LimitAccess`, with N the index of the installed edition (`DISM /Get-WimInfo /WimFile:X:\\sources\\install.wim`); use `esd:` for an install.esd.',
      'Write options exactly (`/LimitAccess` is one word) and quote a /Source path that contains spaces.',
      'If matching media still fails, the components needed are newer than the media: let DISM use Windows Update (leave out /LimitAccess; on WSUS-managed machines allow repair content from Windows Update in the policy "Specify settings for optional component installation and component repair").',
      'The CBS.log lines just before the failure name the components whose files were not found.',
    ],
  },
  {
    id: 'sfc-store-corrupt',
    title: 'SFC could not repair files because the component store is damaged too',
    severity: 'error',
    match: [{ logs: ['cbs'], diagnostics: ['cbs.sfc-store-corrupt'] }],
    explanation:
      'SFC found damaged system files but could not replace them: SFC repairs from the copies in the component store (WinSxS), ' +
      'and those copies are damaged as well.',
    nextSteps: [
      'Repair the store first: `DISM /Online /Cleanup-Image /RestoreHealth` (with a matching /Source if it ends in 0x800F081F).',
      'Then run `sfc /scannow` again and check that the `[SR] Cannot repair` lines are gone.',
      'Damage spread over many unrelated components points at the disk or the memory rather than at one update: check the disk (chkdsk, the drive\'s health data) and test the memory.',
    ],
  },
  {
    id: 'setup-image-corrupt',
    title: 'Windows Setup read corrupt data from the new Windows image (ERROR_FILE_CORRUPT)',
    severity: 'error',
    match: [{ logs: ['panther'], codes: [0x80070570], diagnostics: ['log.wim-failure', 'panther.abort', 'log.error-record'] }],
    explanation:
      'While applying the new Windows image (install.wim or install.esd), Setup read data that failed its checks: the media, the ' +
      'download in $WINDOWS.~BT, or the disk under it is bad. The codes logged after it (0x8007000D, for example) only report ' +
      'that the apply phase was abandoned.',
    nextSteps: [
      'Throw the downloaded setup files away (Disk Cleanup > Windows Setup temporary files, or delete C:\\$WINDOWS.~BT) and download again, or build new media and check the ISO\'s hash.',
      'Run `chkdsk C: /scan` and check the drive\'s health: a failing disk corrupts what is written to it.',
      'If it happens again with good media, test the memory: bad RAM corrupts data while it is being extracted.',
    ],
  },
  {
    id: 'pending-reboot',
    title: 'Servicing is blocked by a pending restart (ERROR_FAIL_REBOOT_REQUIRED)',
    severity: 'error',
    match: [{ logs: ['cbs', 'dism', 'windowsupdate'], codes: [0x80070bc9] }],
    explanation:
      'Servicing refused to start new work because earlier servicing work is still waiting for a restart (operations that run ' +
      'while the machine boots).',
    nextSteps: [
      'Restart the machine (a real restart; shutting down with Fast Startup does not count) and try again.',
      'If it keeps coming back, the pending work itself fails at every boot: look in CBS.log after each restart for failures of startup processing (`Startup:` and poqexec lines).',
      'Leave the startup type of the Windows Modules Installer service (TrustedInstaller) alone: servicing manages it.',
    ],
  },
  {
    id: 'installers-failed',
    title: 'An advanced installer failed during the update (CBS_E_INSTALLERS_FAILED)',
    severity: 'error',
    match: [{ logs: ['cbs', 'dism', 'windowsupdate'], codes: [0x800f0922] }],
    explanation:
      'Part of the update runs custom installers (for example for scheduled tasks, networking or boot settings). One of them ' +
      'failed, so CBS rolled the update back.',
    nextSteps: [
      'Find `Failed execution of queue item Installer:` in CBS.log: it names the installer, and the CSI `(F)` lines just before it say what the installer tried.',
      'When the installer is Task Scheduler, a damaged scheduled task is a known cause: repair or re-create the task the CSI lines name.',
      'For feature updates, a full or too small system reserved or EFI partition is another known cause.',
    ],
  },
  {
    id: 'name-not-resolved',
    title: 'A server name could not be resolved (WININET_E_NAME_NOT_RESOLVED)',
    severity: 'warning',
    match: [{ logs: ['panther', 'windowsupdate', 'dism', 'cbs'], codes: [0x80072ee7] }],
    explanation:
      'A download or an online check could not resolve a server name (DNS). Setup and Windows Update then skip that online step ' +
      '(dynamic updates, compatibility data, settings) or fail the download.',
    nextSteps: [
      'If the machine is offline on purpose, this is expected: Setup carries on without the online content.',
      'Otherwise check DNS and the proxy used by services (`netsh winhttp show proxy`), and whether a firewall blocks the update servers; on WSUS-managed machines check that the WSUS server name resolves.',
    ],
  },
  {
    id: 'windows-old-cleanup',
    title: 'Setup could not delete some files of C:\\Windows.old (harmless)',
    severity: 'information',
    match: [{ logs: ['panther'], codes: [0x80070005], pattern: String.raw`windows\.old` }],
    explanation:
      'After a successful upgrade Setup removes the previous installation in C:\\Windows.old. Files it cannot delete yet (in use ' +
      'or protected) are logged as errors; they do not affect the upgrade.',
    nextSteps: ['Nothing to do for the upgrade. To reclaim the space later, use Disk Cleanup > Previous Windows installation(s).'],
  },
  {
    id: 'servicing-cancelled',
    title: 'The servicing operation was cancelled (CBS_E_CANCEL)',
    severity: 'information',
    match: [{ logs: ['cbs', 'dism'], codes: [0x800f0820] }],
    explanation: 'The operation was cancelled by the user (Ctrl+C, closing the window) or by the program that started it; nothing failed by itself.',
    nextSteps: ['Run the command again and let it finish: DISM /RestoreHealth can stay at one percentage for a long time.'],
  },
  {
    id: 'setup-cancelled',
    title: 'Windows Setup was cancelled (ERROR_CANCELLED / ERROR_REQUEST_ABORTED)',
    severity: 'information',
    match: [{ logs: ['panther', 'setupdiag'], codes: [0x800704c7, 0x800704d3] }],
    explanation:
      'Setup stopped because it was cancelled: the user closed it, or the tool that started it stopped it. The codes logged after ' +
      'it are the cancellation travelling up.',
    nextSteps: ['If nobody cancelled it, read what Setup did just before the first of these lines: a prompt nobody answered or a hang can end the same way.'],
  },
  {
    id: 'all-updates-failed',
    title: 'Every update of the Windows Update operation failed (WU_E_ALL_UPDATES_FAILED)',
    severity: 'warning',
    match: [{ logs: ['windowsupdate', 'panther'], codes: [0x80240022] }],
    explanation: 'A summary code: Windows Update finished the operation and none of its updates succeeded. The reason is the error of each update.',
    nextSteps: ['Find the per-update error just before it (FATAL or *FAILED* lines, `hr=`, `installerError`), then open CBS.log at the same moment for installs.'],
  },
  {
    id: 'dism-command-line-rejected',
    title: 'DISM rejected its command line',
    severity: 'warning',
    match: [{ logs: ['dism', 'cbs'], pattern: String.raw`Failed validating command line` }],
    explanation:
      'DISM did not run anything: it refused the command line. Usual reasons are a misspelt option and a path with spaces that ' +
      'was not quoted, which splits it into two arguments.',
    nextSteps: [
      'Compare the command with `DISM /Online /Cleanup-Image /?`: options are single words (`/LimitAccess`, `/RestoreHealth`).',
      'Quote paths with spaces, for example `/Source:"wim:D:\\Win 11\\sources\\install.wim:6"`.',
    ],
  },
  {
    id: 'dism-unknown-option',
    title: 'DISM did not know the option it was given',
    severity: 'warning',
    match: [{ logs: ['dism', 'cbs'], pattern: String.raw`No providers were found that support the command` }],
    explanation: 'No part of DISM handles the option: it is misspelt (often a missing hyphen) or belongs to a newer DISM than the one that ran.',
    nextSteps: [
      'List what this DISM supports with `DISM /Online /?`; options are spelt like `/Enable-Feature` and `/Add-Package`.',
      'Servicing an image with a newer Windows version needs the DISM of that version (from its ADK or media).',
    ],
  },
  {
    id: 'dism-driver-name-unknown',
    title: 'DISM was given a driver name that is not in the driver store',
    severity: 'warning',
    match: [{ logs: ['dism'], codes: [0x80070002], pattern: String.raw`file not found '[^']+\.inf'` }],
    explanation:
      'DISM looked up a driver by its published name (oemNN.inf) and the driver store has no such driver: the number belongs to ' +
      'another machine or image, or the driver was removed already.',
    nextSteps: ['List the published names with `DISM /Online /Get-Drivers` (or `pnputil /enum-drivers`) and use the name shown there.'],
  },
  {
    id: 'esp-boot-files',
    title: 'Setup could not copy boot files to the EFI System Partition',
    severity: 'error',
    match: [{ logs: FAMILY, pattern: String.raw`BfspCopyFile\(.*\\EFI\\` }],
    explanation:
      'Setup could not copy the boot manager to the EFI System Partition: the partition lacks its \\EFI\\Microsoft\\Boot folder, ' +
      'is full, or cannot be reached. Without the new boot files the new Windows cannot start, so the upgrade fails or rolls back.',
    nextSteps: [
      'Mount the partition (`mountvol S: /s`) and check that S:\\EFI\\Microsoft\\Boot exists and that the partition has free space.',
      'Free space on it (old vendor folders) or recreate the boot files with `bcdboot C:\\Windows /s S: /f UEFI` after copying its content somewhere safe, then retry.',
      'Third-party boot managers and disk-encryption software that hide or lock the partition cause the same failure.',
    ],
  },
];
