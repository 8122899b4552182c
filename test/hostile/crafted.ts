// Crafted log lines that make a backtracking matcher stall: one per built-in rule family, each a
// real-looking prefix followed by a pumped middle that almost matches. Shared by the hostile
// tests (which check the results) and bench/hostile.mjs (which times them).

export interface Crafted {
  name: string;
  /** File name the log is opened as (decides its kind). */
  file: string;
  /** Builds the log with the pump repeated `n` times. */
  text(n: number): string;
  /** Repeats for the attack (about 15 KB of line). */
  repeats: number;
  noisePatterns?: string[];
}

const CBS = '2024-05-01 10:00:00, Info                  CBS    ';
const CBS_ERROR = '2024-05-01 10:00:00, Error                 CBS    ';
const DISM = '2024-05-01 10:00:00, Error                 DISM   DISM Package Manager: PID=1234 TID=5678 ';
const PANTHER = '2024-05-01 10:00:00, Error                 SP     ';
const pump = (s: string, n: number): string => s.repeat(n);

export const CRAFTED: readonly Crafted[] = [
  {
    name: 'cbs-probe-miss: ", Info failed to read value" repeated, no [HRESULT',
    file: 'CBS.log',
    repeats: 500,
    text: (n) => `${CBS}${pump(', Info failed to read value ', n)} hr = 0x80070002\n`,
  },
  {
    name: 'cbs-probe-miss: "failed to read value" repeated on an Error line',
    file: 'CBS.log',
    repeats: 700,
    text: (n) => `${CBS_ERROR}${pump('failed to read value ', n)} [HRESULT = 0x80070003 - ERROR_PATH_NOT_FOUND] 0x80070002\n`,
  },
  {
    name: 'cbs-fod-probe: FOD and Info repeated without the tail',
    file: 'CBS.log',
    repeats: 1000,
    text: (n) => `${CBS}${pump('FOD: , Info ', n)}0x80070002 [HRESULT = 0x80070005 - E_ACCESSDENIED]\n`,
  },
  {
    name: 'cbs-manifest-invalid-item: ", Info " repeated',
    file: 'CBS.log',
    repeats: 2000,
    text: (n) => `${CBS_ERROR}${pump(', Info ', n)}0x800f080d [HRESULT = 0x80004005 - E_FAIL]\n`,
  },
  {
    name: 'cbs-wer-probe: "Not able to add" repeated',
    file: 'CBS.log',
    repeats: 1000,
    text: (n) => `${CBS_ERROR}${pump('Not able to add u', n)} [HRESULT = 0x80004005 - E_FAIL]\n`,
  },
  {
    name: 'dism bridge: "Error in operation: " repeated without the CBS code',
    file: 'dism.log',
    repeats: 700,
    text: (n) => `${DISM}${pump('Error in operation: ', n)}(CBS HRESULT=0x800f0922 - CBS_E_INSTALLERS_FAILED\n`,
  },
  {
    name: 'panther windows.old cleanup: "Failed to delete " repeated',
    file: 'setupact.log',
    repeats: 800,
    text: (n) => `${PANTHER}${pump('Failed to delete ', n)}C:\\Windows.old Error: 0x80070005\n`,
  },
  {
    name: 'setupapi: a section line of tabs and a long exit line',
    file: 'setupapi.dev.log',
    repeats: 5000,
    text: (n) => `>>>  [Device Install (Hardware initiated) - USB\\VID_1234]\n>>>  Section start 2024/05/01 10:00:00.000\n!!!  dvi: Failed${pump(' \t', n)}x Error 0x00000005\n<<<  Section end 2024/05/01 10:00:01.000\n<<<  [Exit status: FAILURE(0x00000005)]\n`,
  },
  {
    name: 'user pattern (a+)+$ on a line of a',
    file: 'CBS.log',
    repeats: 30,
    noisePatterns: ['(a+)+$'],
    text: (n) => `${CBS_ERROR}Probe ${pump('a', n)}! [HRESULT = 0x80004005 - E_FAIL]\n`,
  },
  {
    name: 'user pattern (x+x+)+y at the line start',
    file: 'CBS.log',
    repeats: 5000,
    noisePatterns: ['(x+x+)+y'],
    text: (n) => `${CBS_ERROR}${pump('x', n)} [HRESULT = 0x80004005 - E_FAIL]\n`,
  },
];
