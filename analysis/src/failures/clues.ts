// Lines that name what broke (operations.md §2.3, §3.3, §4.3, §5.3, §7.3): when the operation they
// sit in failed, one of them is its root cause. And results a user must act on even when their
// operation succeeded (corruption a scan found).

const RX_CAUSE = new RegExp(
  [
    // CBS / CSI
    'STAGE index: ',
    'Failed execution of queue item',
    'originated in function',
    'A pending repair transaction already exists',
    'alternate source path',
    'AddSource failed',
    'Not able to find replacement file',
    '\\[SR\\] (?:Cannot repair member file|Could not reproject)',
    'Hydration failed for component',
    // a Feature on Demand's payload: the Windows Update search CBS made for it
    'DLWD:WU search failed',
    // Setup / WIM; the AppX provider's `Msg:[Failed to …]` / `Msg:[Failed while …]`
    'SPWIMCallback: Error in apply',
    'Msg:\\[Failed (?:to|while) ',
    // the user stopped it (a cancelled operation's reason)
    '[Uu]ser cancel(?:l?ed)?\\b',
    // setupapi
    '^!!! ',
    // WindowsUpdate
    '(?:BITS|DO) job \\{?[0-9A-Fa-f-]+\\}? failed',
    'Error occurred while downloading update',
    'Install complete for update ID: .* Return code is 0x(?!0{8})',
    'WARNING: Operation failed at update',
    'Completed install of CBS update .*hr=0x(?!0\\b)',
  ].join('|'),
);
const RX_FINDING = /^\(p\)\t/;
// A step retried a fixed number of times: its last attempt failing is the step failing for good.
const RX_ATTEMPT = /\(Attempt (\d+) of (\d+)\)/;

export function clueOf(text: string): 'cause' | 'finding' | undefined {
  return RX_CAUSE.test(text) || lastAttempt(text) ? 'cause' : RX_FINDING.test(text) ? 'finding' : undefined;
}

function lastAttempt(text: string): boolean {
  const m = RX_ATTEMPT.exec(text);
  return m !== null && m[1] === m[2];
}
