// Failures that are routine: logged by healthy machines, never the reason an update failed.
// They are still reported, as hints, so nothing is hidden; users extend the list with the
// `servicingLogs.noisePatterns` setting. Each entry says why it is noise (shown on hover).

import type { LogKind } from '../model';
import { linear, type LinearPattern } from '../linearRegex';

export interface NoiseRule {
  id: string;
  kinds: readonly LogKind[];
  /** Matched against the whole line, in linear time (a crafted line cannot make it backtrack). */
  pattern: LinearPattern;
  /** Literal text the line must contain before `pattern` is tried (one of them): a cheap first test. */
  needles?: readonly string[];
  why: string;
}

const FAMILY: readonly LogKind[] = ['cbs', 'dism', 'panther'];

export const NOISE_RULES: readonly NoiseRule[] = [
  {
    id: 'cbs-manifest-invalid-item',
    needles: ['0x800f080d'],
    kinds: FAMILY,
    pattern: linear(/, Info .*\[HRESULT = 0x800f080d/),
    why: 'applicability scans read manifests with attributes this servicing stack does not know; healthy machines log this hundreds of times',
  },
  {
    id: 'cbs-invalid-package',
    needles: ['0x800f0805'],
    kinds: FAMILY,
    pattern: linear(/, Info .*\[HRESULT = 0x800f0805/),
    why: 'Windows Update asks CBS about packages that are not installed, and CBS answers that it cannot open them',
  },
  {
    id: 'cbs-sqm',
    needles: [' SQM: '],
    kinds: FAMILY,
    pattern: linear(/, Info .* SQM: /),
    why: 'SQM is the telemetry upload; its failures do not affect servicing',
  },
  {
    id: 'cbs-backup-log-cab',
    needles: ['backup log cab'],
    kinds: FAMILY,
    pattern: linear(/Failed to create backup log cab/),
    why: 'log rotation housekeeping',
  },
  {
    id: 'cbs-wer-probe',
    needles: ['Not able to '],
    kinds: FAMILY,
    pattern: linear(/Not able to (?:add .* to Windows Error Report|query DisableWerReporting flag)/),
    why: 'CBS collects files for an error report and some of them do not exist',
  },
  {
    id: 'cbs-perf-datapoint',
    needles: ['performance datapoint', 'Win SAT'],
    kinds: FAMILY,
    pattern: linear(/Execute time performance datapoint is invalid|Failed to initialize Win SAT assessment/),
    why: 'performance bookkeeping',
  },
  {
    id: 'cbs-probe-miss',
    needles: ['0x80070002'],
    kinds: FAMILY,
    pattern: linear(/, Info .*(?:Failed to get|Not able to|[Qq]uery|[Ff]ailed to (?:open|find|read)\b.*(?:key|value)).*\[HRESULT = 0x80070002/),
    why: 'an Info-level "file not found" while looking something up is a probe miss, not a failure',
  },
  {
    id: 'cbs-fod-probe',
    needles: ['FOD: '],
    kinds: FAMILY,
    pattern: linear(/, Info .*FOD: .*hr = 0x80070002/),
    why: 'Features on Demand look for optional content that is not present',
  },
  {
    id: 'cbs-stack-lookup',
    needles: ['servicing stack'],
    kinds: FAMILY,
    pattern: linear(/Failed to find (?:a matching version for servicing stack|servicing stack directory in online store)/),
    why: 'servicing an offline image, CBS first looks for the stack in the running system; it then loads the image\'s own stack, as the next lines say',
  },
  {
    id: 'dism-provider-absent',
    needles: ['the provider: '],
    kinds: FAMILY,
    pattern: linear(/Failed to [Ll]oad the provider: .*\(hr:0x8007007[Ee]\)/),
    why: 'DISM tries every provider DLL it knows; one this build or image does not ship is "module not found", and DISM goes on without it',
  },
  {
    id: 'dism-wim-probe',
    needles: ['] [0x'],
    kinds: FAMILY,
    pattern: linear(/^\[\d+(?:\.\d+)?\] \[0x[0-9A-Fa-f]{8}\] (?:FIOReadFileIntoBuffer|UnmarshallImageHandleFromDirectory|WIMGetMountedImageHandle):/),
    why: 'every online DISM session probes whether the system drive is a mounted WIM image; these lines say it is not',
  },
  {
    id: 'dism-cleanup-probe',
    needles: ['EnumeratePathEx'],
    kinds: FAMILY,
    pattern: linear(/EnumeratePathEx: FindFirstFile failed for \[/),
    why: 'the setup-files cleanup plug-in looks for upgrade folders that do not exist',
  },
  {
    id: 'dism-dummy-path',
    needles: ['DummyPath'],
    kinds: FAMILY,
    pattern: linear(/Lookup in table by path failed for: DummyPath/),
    why: 'an internal lookup with a placeholder path',
  },
  {
    id: 'panther-windows-old-cleanup',
    needles: ['indows.old', 'INDOWS.OLD'],
    kinds: ['panther'],
    pattern: linear(/Failed to delete .*\\windows\.old\\/i),
    why: 'removing C:\\Windows.old after a successful upgrade; files in use are left for later',
  },
  {
    id: 'panther-swallowed',
    needles: ['wallowing'],
    kinds: ['panther'],
    pattern: linear(/[Ss]wallowing/),
    why: 'Setup logs the error and carries on without it (its own word: "swallowing")',
  },
  {
    id: 'panther-appraiser-download',
    needles: ['Appraiser', 'aeinv: '],
    kinds: ['panther'],
    pattern: linear(/Appraiser::Utilities::(?:SendRequest|DownloadCabFile)|Appraiser::SetupAppraiser::GetAlternateData|Appraiser: ERROR,|aeinv: ERROR,/),
    why: 'the compatibility appraiser could not download fresh data or read an inventory item; it uses what it has',
  },
  {
    id: 'panther-settings-fetch',
    needles: ['ettings'],
    kinds: ['panther'],
    pattern: linear(/[Oo]ne[Ss]ettings?\b|OneSettings|InitializeOneSettings/),
    why: 'Setup fetches optional settings from an online service; when it cannot, it goes on with its defaults',
  },
  {
    id: 'panther-registry-probe',
    needles: ['egistry'],
    kinds: ['panther'],
    pattern: linear(/[Rr]egistry (?:key|value)\b.*0x80070002|0x80070002.*[Rr]egistry (?:key|value)\b/),
    why: 'an optional registry key or value that is not set: "file not found" is the expected answer',
  },
  {
    id: 'panther-unsupported-query',
    needles: ['IOCTL_'],
    kinds: ['panther'],
    pattern: linear(/IOCTL_\w+ failed: 0x0*1\b/),
    why: 'the disk does not support that query (invalid function); Setup reads what it needs another way',
  },
  {
    id: 'panther-telemetry',
    needles: ['elemetry', 'DiagTrack', 'SQM'],
    kinds: ['panther'],
    pattern: linear(/to telemetry|[Tt]elemetry (?:report|upload)|Service DiagTrack is not available|Setup SQM task/),
    why: 'telemetry only: reporting what Setup did, never a step of the upgrade',
  },
  {
    id: 'setupapi-legacy-directive',
    needles: ['!    inf:'],
    kinds: ['setupapi'],
    pattern: linear(/^!    inf: +(?:Legacy directive|Found legacy)/),
    why: 'the INF uses an old directive that Windows ignores',
  },
  {
    id: 'setupapi-already-imported',
    needles: ['!    sto:'],
    kinds: ['setupapi'],
    pattern: linear(/^!    sto: +Driver package already imported/),
    why: 'the package is already in the driver store',
  },
  {
    id: 'setupapi-not-configurable',
    needles: ['!    '],
    kinds: ['setupapi'],
    pattern: linear(/^!    (?:ndv|dvi): +(?:Device class \{.*\} is not configurable|Driver list already built)/),
    why: 'informational: nothing to configure or already done',
  },
  {
    id: 'setupapi-delete-in-use',
    needles: ['!    cpy:'],
    kinds: ['setupapi'],
    pattern: linear(/^!    cpy: +Could not delete (?:file|directory) .*Error = 0x0000000[25]/),
    why: 'a file in use or already gone during cleanup; it is removed at the next restart',
  },
  {
    id: 'setupapi-catalog-signer',
    needles: ['!    sig:'],
    kinds: ['setupapi'],
    pattern: linear(/^!    sig: +Verifying file against specific (?:\(valid\) )?catalog failed!? \(0x800b0109\)/),
    why: 'the catalog chains to a root that is not in the machine store; Windows then checks the signer and usually trusts it',
  },
];

/** The rule that calls this line noise, or undefined. User patterns come first. */
export function findNoiseRule(kind: LogKind, line: string, userPatterns: readonly LinearPattern[]): NoiseRule | undefined {
  for (const pattern of userPatterns) {
    if (pattern.test(line)) {
      return { id: 'user', kinds: [kind], pattern, why: 'matches a pattern in the servicingLogs.noisePatterns setting' };
    }
  }
  // An excerpt no format claims (a find-results prefix, columns cut away) may come from any log.
  for (const rule of NOISE_RULES) {
    if ((kind === 'plain' || rule.kinds.includes(kind)) && (!rule.needles || rule.needles.some((n) => line.includes(n))) && rule.pattern.test(line)) {
      return rule;
    }
  }
  return undefined;
}
