// Failures that are routine: logged by healthy machines, never the reason an update failed.
// They are still reported, as hints, so nothing is hidden; users extend the list with the
// `servicingLogs.noisePatterns` setting. Each entry says why it is noise (shown on hover).

import type { LogKind } from '../model.js';
import { linear, type LinearPattern } from '../linearRegex.js';
import type { MessageKey } from '../messages/index.js';

export interface NoiseRule {
  id: string;
  kinds: readonly LogKind[];
  /** Matched against the whole line, in linear time (a crafted line cannot make it backtrack). */
  pattern: LinearPattern;
  /** Literal text the line must contain before `pattern` is tried (one of them): a cheap first test. */
  needles?: readonly string[];
  /** Why the line is routine: a message key, composed in the reader's language. */
  why: MessageKey;
}

const FAMILY: readonly LogKind[] = ['cbs', 'dism', 'panther'];

export const NOISE_RULES: readonly NoiseRule[] = [
  {
    id: 'cbs-manifest-invalid-item',
    needles: ['0x800f080d'],
    kinds: FAMILY,
    pattern: linear(/, Info .*\[HRESULT = 0x800f080d/),
    why: 'noise.cbs-manifest-invalid-item',
  },
  {
    id: 'cbs-invalid-package',
    needles: ['0x800f0805'],
    kinds: FAMILY,
    pattern: linear(/, Info .*\[HRESULT = 0x800f0805/),
    why: 'noise.cbs-invalid-package',
  },
  {
    id: 'cbs-sqm',
    needles: [' SQM: '],
    kinds: FAMILY,
    pattern: linear(/, Info .* SQM: /),
    why: 'noise.cbs-sqm',
  },
  {
    id: 'cbs-backup-log-cab',
    needles: ['backup log cab'],
    kinds: FAMILY,
    pattern: linear(/Failed to create backup log cab/),
    why: 'noise.cbs-backup-log-cab',
  },
  {
    id: 'cbs-wer-probe',
    needles: ['Not able to '],
    kinds: FAMILY,
    pattern: linear(/Not able to (?:add .* to Windows Error Report|query DisableWerReporting flag)/),
    why: 'noise.cbs-wer-probe',
  },
  {
    id: 'cbs-perf-datapoint',
    needles: ['performance datapoint', 'Win SAT'],
    kinds: FAMILY,
    pattern: linear(/Execute time performance datapoint is invalid|Failed to initialize Win SAT assessment/),
    why: 'noise.cbs-perf-datapoint',
  },
  {
    id: 'cbs-probe-miss',
    needles: ['0x80070002'],
    kinds: FAMILY,
    pattern: linear(/, Info .*(?:Failed to get|Not able to|[Qq]uery|[Ff]ailed to (?:open|find|read)\b.*(?:key|value)).*\[HRESULT = 0x80070002/),
    why: 'noise.cbs-probe-miss',
  },
  {
    id: 'cbs-fod-probe',
    needles: ['FOD: '],
    kinds: FAMILY,
    pattern: linear(/, Info .*FOD: .*hr = 0x80070002/),
    why: 'noise.cbs-fod-probe',
  },
  {
    id: 'cbs-stack-lookup',
    needles: ['servicing stack'],
    kinds: FAMILY,
    pattern: linear(/Failed to find (?:a matching version for servicing stack|servicing stack directory in online store)/),
    why: 'noise.cbs-stack-lookup',
  },
  {
    id: 'dism-provider-absent',
    needles: ['the provider: '],
    kinds: FAMILY,
    pattern: linear(/Failed to [Ll]oad the provider: .*\(hr:0x8007007[Ee]\)/),
    why: 'noise.dism-provider-absent',
  },
  {
    id: 'dism-wim-probe',
    needles: ['] [0x'],
    kinds: FAMILY,
    pattern: linear(/^\[\d+(?:\.\d+)?\] \[0x[0-9A-Fa-f]{8}\] (?:FIOReadFileIntoBuffer|UnmarshallImageHandleFromDirectory|WIMGetMountedImageHandle):/),
    why: 'noise.dism-wim-probe',
  },
  {
    id: 'dism-cleanup-probe',
    needles: ['EnumeratePathEx'],
    kinds: FAMILY,
    pattern: linear(/EnumeratePathEx: FindFirstFile failed for \[/),
    why: 'noise.dism-cleanup-probe',
  },
  {
    id: 'dism-dummy-path',
    needles: ['DummyPath'],
    kinds: FAMILY,
    pattern: linear(/Lookup in table by path failed for: DummyPath/),
    why: 'noise.dism-dummy-path',
  },
  {
    id: 'panther-windows-old-cleanup',
    needles: ['indows.old', 'INDOWS.OLD'],
    kinds: ['panther'],
    pattern: linear(/Failed to delete .*\\windows\.old\\/i),
    why: 'noise.panther-windows-old-cleanup',
  },
  {
    id: 'panther-swallowed',
    needles: ['wallowing'],
    kinds: ['panther'],
    pattern: linear(/[Ss]wallowing/),
    why: 'noise.panther-swallowed',
  },
  {
    id: 'panther-appraiser-download',
    needles: ['Appraiser', 'aeinv: '],
    kinds: ['panther'],
    pattern: linear(/Appraiser::Utilities::(?:SendRequest|DownloadCabFile)|Appraiser::SetupAppraiser::GetAlternateData|Appraiser: ERROR,|aeinv: ERROR,/),
    why: 'noise.panther-appraiser-download',
  },
  {
    id: 'panther-settings-fetch',
    needles: ['ettings'],
    kinds: ['panther'],
    pattern: linear(/[Oo]ne[Ss]ettings?\b|OneSettings|InitializeOneSettings/),
    why: 'noise.panther-settings-fetch',
  },
  {
    id: 'panther-registry-probe',
    needles: ['egistry'],
    kinds: ['panther'],
    pattern: linear(/[Rr]egistry (?:key|value)\b.*0x80070002|0x80070002.*[Rr]egistry (?:key|value)\b/),
    why: 'noise.panther-registry-probe',
  },
  {
    id: 'panther-unsupported-query',
    needles: ['IOCTL_'],
    kinds: ['panther'],
    pattern: linear(/IOCTL_\w+ failed: 0x0*1\b/),
    why: 'noise.panther-unsupported-query',
  },
  {
    id: 'panther-telemetry',
    needles: ['elemetry', 'DiagTrack', 'SQM'],
    kinds: ['panther'],
    pattern: linear(/to telemetry|[Tt]elemetry (?:report|upload)|Service DiagTrack is not available|Setup SQM task/),
    why: 'noise.panther-telemetry',
  },
  {
    id: 'setupapi-legacy-directive',
    needles: ['!    inf:'],
    kinds: ['setupapi'],
    pattern: linear(/^!    inf: +(?:Legacy directive|Found legacy)/),
    why: 'noise.setupapi-legacy-directive',
  },
  {
    id: 'setupapi-already-imported',
    needles: ['!    sto:'],
    kinds: ['setupapi'],
    pattern: linear(/^!    sto: +Driver package already imported/),
    why: 'noise.setupapi-already-imported',
  },
  {
    id: 'setupapi-not-configurable',
    needles: ['!    '],
    kinds: ['setupapi'],
    pattern: linear(/^!    (?:ndv|dvi): +(?:Device class \{.*\} is not configurable|Driver list already built)/),
    why: 'noise.setupapi-not-configurable',
  },
  {
    id: 'setupapi-delete-in-use',
    needles: ['!    cpy:'],
    kinds: ['setupapi'],
    pattern: linear(/^!    cpy: +Could not delete (?:file|directory) .*Error = 0x0000000[25]/),
    why: 'noise.setupapi-delete-in-use',
  },
  {
    id: 'setupapi-catalog-signer',
    needles: ['!    sig:'],
    kinds: ['setupapi'],
    pattern: linear(/^!    sig: +Verifying file against specific (?:\(valid\) )?catalog failed!? \(0x800b0109\)/),
    why: 'noise.setupapi-catalog-signer',
  },
];

/** The rule that calls this line noise, or undefined. User patterns come first. */
export function findNoiseRule(kind: LogKind, line: string, userPatterns: readonly LinearPattern[]): NoiseRule | undefined {
  for (const pattern of userPatterns) {
    if (pattern.test(line)) {
      return { id: 'user', kinds: [kind], pattern, why: 'noise.user' };
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
