// SetupDiagResults.log (formats.md §3.4): a key = value report, not a line-record log.

import { Level } from '../model.js';

export const RX_SD_LINE =
  /^(?:LogEntry: (.*)|(\t)?([A-Za-z](?:\w| (?!= )|\?(?! ))*)(?: = |: ?|\? )(.*)|([A-Za-z][\w ]*):|Refer to "([^"]+)".*)$/;

export function setupDiagLevel(s: string): Level {
  if (/^Error: SetupDiag reports|^Error = 0x[0-9A-Fa-f]{8}/.test(s)) {
    return Level.Error;
  }
  if (/^Completed Successfully\? False/.test(s)) {
    return Level.Warning;
  }
  return Level.Info;
}
