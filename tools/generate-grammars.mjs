#!/usr/bin/env node
// Generates the five TextMate grammars in syntaxes/ from the rule definitions below.
//
//   node tools/generate-grammars.mjs           write syntaxes/*.tmLanguage.json
//   node tools/generate-grammars.mjs --check   exit 1 if a committed grammar differs
//
// The grammars share most of their rules (error codes, paths, package identities, ...), but each
// scope carries its language's suffix (".cbs-log", ".setupapi-log", ...), so the JSON files are
// generated rather than hand-edited. Edit this file, run it, and commit both.
//
// Scope choices (style.md §3.4: a standard theme scope plus the domain suffix), with the colour
// they get in Dark+ / Light+:
//   timestamps, PIDs/TIDs, message ids, DISM source functions  comment.line.*       green / green
//   level Error / Fatal Error, error markers (!!!, (F), ...)    invalid.illegal.*   red / red
//   level Warning, warning markers (!, WARNING:, False)         entity.name.function.*  yellow / brown
//   level Info                                                  markup.inserted.*   pale green / green
//   error codes (hex and decimal, zero or not)                  constant.numeric.*  pale green / green
//   symbolic codes (ERROR_*, CBS_E_*, E_FAIL, S_OK, STATUS_*)   constant.language.* blue / blue
//   component (CBS, CSI, DISM, SP, ...), setupapi category      support.type.*      teal / teal
//   paths, quoted strings                                       string.*            orange / dark red
//   package identities, KB numbers, INF names, GUIDs            variable.other.*    light blue / navy
//   setupapi sections, banners, report headings                 markup.heading.*    blue / bold maroon
// Zero and success codes get ".success-code" / ".success-name" instead of ".error-code" /
// ".error-name"; both are numeric or constant scopes, never invalid.* or markup.deleted.
//
// Every regex here is applied to one line at a time (VS Code tokenizes line by line). Rules:
// bounded repetition wherever a required token follows, left guards ((?<!...)) on rules that could
// otherwise restart inside a run, no nested unbounded quantifiers, no rule that spans lines, and no
// capture with sub-patterns (vscode-textmate re-scans the line prefix for each one: quadratic on long
// lines). `node tools/grammar-corpus-check.mjs --stress` checks that time stays linear.

import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

// ---------------------------------------------------------------------------------------------
// A tiny regex builder: strings are raw regex text (no capturing groups allowed in them); g(...)
// is a capturing group with a scope (without the language suffix). Groups are numbered in the
// order of their opening parenthesis, as Oniguruma does.

const g = (scope, ...parts) => ({ scope, parts });

function build(parts, lang) {
  let n = 0;
  const captures = {};
  const emit = (p) => {
    if (typeof p === 'string') {
      if (/(?<!\\)\((?!\?)/.test(p)) {
        throw new Error(`capturing group in raw part: ${p}`);
      }
      return p;
    }
    const idx = ++n;
    if (p.scope) {
      captures[idx] = { name: `${p.scope}.${lang}` };
    }
    return `(${p.parts.map(emit).join('')})`;
  };
  const src = parts.map(emit).join('');
  return { src, captures };
}

function match(lang, name, parts) {
  const { src, captures } = build(parts, lang);
  const rule = {};
  if (name) {
    rule.name = `${name}.${lang}`;
  }
  rule.match = src;
  if (Object.keys(captures).length) {
    rule.captures = captures;
  }
  return rule;
}

// begin/end rule that always ends on the same line (end = "$" unless given).
function line(lang, name, beginParts, patterns, { end = '$', endParts, contentName } = {}) {
  const { src, captures } = build(beginParts, lang);
  const rule = {};
  if (name) {
    rule.name = `${name}.${lang}`;
  }
  if (contentName) {
    rule.contentName = `${contentName}.${lang}`;
  }
  rule.begin = src;
  if (Object.keys(captures).length) {
    rule.beginCaptures = captures;
  }
  if (endParts) {
    const e = build(endParts, lang);
    rule.end = e.src;
    if (Object.keys(e.captures).length) {
      rule.endCaptures = e.captures;
    }
  } else {
    rule.end = end;
  }
  rule.patterns = patterns;
  return rule;
}

const inc = (name) => ({ include: `#${name}` });

// ---------------------------------------------------------------------------------------------
// Shared pieces

const TS_ISO = String.raw`\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}`; // 2022-10-10 15:33:51
const HEX = '[0-9A-Fa-f]';
const END_OF_VALUE = String.raw`(?![0-9A-Za-z_])`;
// Success values: 0 in any spelling, ERROR_SUCCESS_REBOOT/RESTART_REQUIRED (0xbc2/0xbc3),
// Windows Update WU_S_* (0x0024xxxx).
const SUCCESS_HEX = String.raw`0[xX]0*(?:24${HEX}{4}|[bB][cC][23])`;
const ZERO = String.raw`(?:0[xX])?0+`;

// A code value in a code context. bare: also accept 8 hex digits without 0x (CSI, WU7, setupapi).
function codeValue({ bare = false } = {}) {
  const success = `(?:${SUCCESS_HEX}|${ZERO})${END_OF_VALUE}`;
  const failure = bare ? `(?:0[xX]${HEX}{1,16}|${HEX}{8})${END_OF_VALUE}` : `0[xX]${HEX}{1,16}${END_OF_VALUE}`;
  return ['(?:', g('constant.numeric.hex.success-code', success), '|', g('constant.numeric.hex.error-code', failure), ')'];
}

const FAMILY_COMPONENTS = 'IBSLIB|DIAGER|SYSPRP|PANTHR|DEPLOY|MOUPG|CONX|DISM|DIAG|TOOL|CBS|CSI|DPX|SXS|MIG|IBS|CMI|SP|UI';

// Symbolic code names. Prefix-based on purpose: identifiers such as USB\RESET_FAILURE or
// BG_ERROR_CONTEXT must not match (formats.md §2.5).
const SUCCESS_NAME = String.raw`S_OK|S_FALSE|NO_ERROR|ERROR_SUCCESS(?:_[A-Z_]{1,40})?|STATUS_SUCCESS|[A-Z][A-Z0-9]{0,9}_S_[A-Z0-9_]{1,80}`;
const ERROR_NAME = String.raw`(?:ERROR_|STATUS_|CM_PROB_|E_|[A-Z][A-Z0-9]{0,9}_E_)[A-Z0-9_]{0,80}[A-Z0-9]`;

function symbols(lang) {
  return [
    match(lang, null, [
      // cheap prefilter: an upper-case word with an underscore in its first 14 characters
      String.raw`(?=[A-Z][A-Z0-9]{0,12}_)\b(?:`,
      g('constant.language.success-name', SUCCESS_NAME), '|', g('constant.language.error-name', ERROR_NAME),
      String.raw`)\b`,
    ]),
  ];
}

function codes(lang) {
  const meta = 'meta.error-code';
  return [
    // [HRESULT = 0x800f0922 - CBS_E_INSTALLERS_FAILED], [HRESULT = 0x80071a91]
    match(lang, meta, [
      g('punctuation.definition.error-code.begin', String.raw`\[`), 'HRESULT ?= ?', ...codeValue(),
      '(?: - (?:', g('constant.language.success-name', SUCCESS_NAME), String.raw`(?=\])`,
      '|', g('constant.language.error-name', ERROR_NAME), String.raw`(?=\])`, String.raw`|[^\]]{1,200}))?`,
      g('punctuation.definition.error-code.end', String.raw`\]`),
    ]),
    // HRESULT_FROM_WIN32(ERROR_FILE_NOT_FOUND), NTSTATUS_FROM_WIN32(ERROR_INVALID_DATA), HRESULT_FROM_WIN32(1058)
    match(lang, meta, [
      g('keyword.other.macro', String.raw`\b(?:HRESULT|NTSTATUS)_FROM_WIN32`), String.raw`\(`,
      '(?:', g('constant.language.success-name', String.raw`(?:ERROR_SUCCESS|NO_ERROR|S_OK|0)(?=\))`),
      '|', g('constant.numeric.decimal.error-code', String.raw`\d{1,10}(?=\))`),
      '|', g('constant.language.error-name', String.raw`[A-Z][A-Z0-9_]{0,80}`), ')', String.raw`\)`,
    ]),
    // [gle=0x80004005]
    match(lang, meta, [String.raw`\[gle=`, ...codeValue(), String.raw`\]`]),
    // exit(0x00000000), exit (0xe0000247), exit(00000000), exit(0x00000000  (closing parenthesis missing)
    match(lang, meta, [
      g('keyword.control.exit', String.raw`\bexit`), String.raw` ?\(`, ...codeValue({ bare: true }), String.raw`\)?`,
    ]),
    // HRESULT = 800f0207, HRESULT=0x800f0922, HRESULT=0, HRESULT [0x8007000D]
    match(lang, meta, [String.raw`\bHRESULT ?(?:= ?|\[)`, ...codeValue({ bare: true }), String.raw`\]?`]),
    // Status: 0x800736b3 (8 digits only; never "Device Status:", which holds DN_* flags)
    match(lang, meta, [String.raw`(?=[Ss][Tt])(?<![Dd]evice )\b(?i:status)(?: ?[:=] ?| )`, ...codeValue(), `(?<=${HEX}{8})`]),
    // hr:0x8007045b, hr = 0x80070005, Error = 0x000003f1, Error: 0x8007042B, Error 0X2, Result = 0x80070002,
    // GLE = 0x3, hrStatus: 0x800f0820, Last error: 0x00000000, Exit code = 0x240001, Operation result: 0x0,
    // Device has problem: 0x34; and with 8 bare hex digits after hr/error: hr = 80070057, error 80070490
    match(lang, meta, [
      String.raw`(?=[A-Za-z]{2,8}(?: code)?(?: ?[:=] ?| )(?:0[xX])?[0-9A-Fa-f])(?<![Dd]evice )\b(?:`,
      String.raw`(?i:hr|hrstatus|gle|error(?: code)?|result|exit code|problem)(?: ?[:=] ?| )`, ...codeValue(),
      '|', String.raw`(?i:hr|error)(?: ?[:=] ?| )`, ...codeValue({ bare: true }), ')',
    ]),
    // result 1009 (decimal Win32 code, CBS driver staging)
    match(lang, meta, [
      String.raw`\b(?i:result) `,
      '(?:', g('constant.numeric.decimal.success-code', String.raw`0+(?![\w.:/])`),
      '|', g('constant.numeric.decimal.error-code', String.raw`\d{1,10}(?![\w.:/])`), ')',
    ]),
    inc('symbols'),
  ];
}

function entities(lang) {
  return [
    inc('link'),
    // Package_for_KB5016623~31bf3856ad364e35~amd64~~17763.3287.1.10
    match(lang, 'variable.other.package', [
      String.raw`(?<![\w.-])(?:Package_(?:\d{1,4}_)?for_`, g('variable.other.kb', String.raw`KB\d{6,8}`), '|[A-Za-z0-9])',
      String.raw`[\w.-]{0,200}~[0-9a-fA-F]{16}~\w{0,20}~[\w-]{0,20}~[\d.]{0,40}`,
    ]),
    // Drive, UNC, NT and \SystemRoot paths; stops at white space, quotes and brackets, and drops
    // trailing punctuation.
    match(lang, 'string.unquoted.path', [
      String.raw`(?<![\w\\])(?:[A-Za-z]:\\|\\\\\?\\|\\\?\?\\|\\SystemRoot\\|\\Device\\|%\w{1,30}%\\)`,
      String.raw`(?:[^\s"'<>|\[\]]{0,1024}[^\s"'<>|\[\].,;:)}])?`,
    ]),
    // 'quoted', "quoted" (CSI counted strings, DISM scratch paths, setupapi command lines)
    // (begin/end, not match + captures: vscode-textmate re-scans the line prefix for every capture
    // that has patterns, which is quadratic on long lines)
    line(lang, 'string.quoted.single', [String.raw`(?<![\w'])'(?=[^']{0,2000}')`], [inc('link'), inc('inf'), inc('kb'), inc('guid')], { end: "'" }),
    line(lang, 'string.quoted.double', [String.raw`(?<![\w"])"(?=[^"]{0,2000}")`], [inc('link'), inc('inf'), inc('kb'), inc('guid')], { end: '"' }),
    inc('guid'),
    inc('inf'),
    inc('kb'),
  ];
}

function sharedRepository(lang) {
  return {
    symbols: { patterns: symbols(lang) },
    codes: { patterns: codes(lang) },
    entities: { patterns: entities(lang) },
    // http(s) links (SetupDiag "Refer to", WU download URLs)
    link: match(lang, 'markup.underline.link', [String.raw`\bhttps?://[^\s"'<>\]\[)]{1,2000}`]),
    guid: match(lang, 'variable.other.guid', [
      String.raw`(?<![\w-])\{?${HEX}{8}-${HEX}{4}-${HEX}{4}-${HEX}{4}-${HEX}{12}\}?(?![\w-])`,
    ]),
    inf: match(lang, 'variable.other.inf', [String.raw`(?<![\w.\\-])[\w-]{1,100}\.inf(?:_[a-z0-9]{1,10}_[0-9a-f]{16})?(?!\w)`]),
    kb: match(lang, 'variable.other.kb', [String.raw`[Kk][Bb](?<![A-Za-z0-9][Kk][Bb])\d{6,8}(?!\d)`]),
    'generic-hex': match(lang, 'constant.numeric.hex', [String.raw`(?<![\w.])0[xX]${HEX}{1,16}(?![\w.])`]),
    // Everything that can appear inside a message, in priority order.
    message: { patterns: [inc('codes'), inc('entities'), inc('generic-hex')] },
  };
}

// ---------------------------------------------------------------------------------------------
// CBS / DISM / Panther family (formats.md §1, §3.1, §3.3)

function levelGroups() {
  return [
    '(?:', g('invalid.illegal.level.error', 'Fatal Error|Error'),
    '|', g('entity.name.function.level.warning', 'Warning'),
    '|', g('markup.inserted.level.info', 'Info'),
    '|', g('markup.inserted.level.other', '[A-Z][a-z]{1,15}'), ')',
  ];
}

function familyRepository(lang, { setupDiag }) {
  const msgid = g('comment.line.message-id', String.raw`\[0x${HEX}{6}\]`);
  const recordPatterns = [inc('csi-prefix'), inc('dism-prefix'), inc('dism-exe-prefix'), inc('message')];
  const repo = {
    ...sharedRepository(lang),
    // Files written by Windows: fixed columns (level field 21 wide, component cols 43-48, message
    // from col 50); the component is read from its column, blank = none (formats.md §1.1).
    'record-columns': line(lang, 'meta.record', [
      '^', g('comment.line.timestamp', TS_ISO), ', ', ...levelGroups(), ' {0,20}?',
      '(?: ', msgid, ')?', '(?<=^.{42}) ',
      '(?:', g('support.type.component', '[A-Z][A-Za-z0-9_]{0,5}'), '| )', ' {0,6}(?<=^.{49}) ',
    ], recordPatterns),
    // Pasted copies with flattened spacing ("Info<TAB>CBS msg", "Error CSI 0000..."): any white
    // space, and only known component names (so "VDS available" keeps VDS in the message).
    'record-tolerant': line(lang, 'meta.record', [
      String.raw`^\x{FEFF}?`, g('comment.line.timestamp', TS_ISO), String.raw`,\s*`, ...levelGroups(),
      String.raw`(?:\s+`, msgid, ')?',
      String.raw`(?:\s+`, g('support.type.component', FAMILY_COMPONENTS), String.raw`(?=\s|$))?\s*`,
    ], recordPatterns),
    // CSI message head: 00000008@2023/5/17:15:44:12.956 (F) ...
    'csi-prefix': match(lang, null, [
      String.raw`\G`, g('constant.numeric.sequence', '[0-9a-f]{8}'),
      '(?:', g('comment.line.timestamp.utc', String.raw`@(?:\d{4}/\d{1,2}/\d{1,2}:\d{2}:\d{2}:\d{2}\.\d{1,3})?`), ')?',
      '(?: ', g('invalid.illegal.failure-flag', String.raw`\(F\)`), ')?', String.raw`(?=\s|$)`,
    ]),
    // DISM message head: "DISM Package Manager: PID=3316 TID=2288 ... - Class::Function(hr:0x...)"
    'dism-prefix': line(lang, 'meta.dism-message', [
      String.raw`\G(?:`, g('entity.name.tag.subcomponent', String.raw`[A-Za-z][A-Za-z .]{0,40}?`), ': )?',
      g('comment.line.process-id', String.raw`PID=\d+`), '(?: ', g('comment.line.thread-id', String.raw`TID=\d+`), ')?',
      '(?= |$)',
    ], [inc('dism-function'), inc('message')]),
    // dism.exe's own records: "DISM.EXE: No providers were found ... HRESULT=80070057"
    'dism-exe-prefix': match(lang, null, [String.raw`\G`, g('entity.name.tag.subcomponent', String.raw`DISM\.EXE`), '(?=:)']),
    'dism-function': match(lang, null, [
      String.raw`(?<=\s)- `,
      g('comment.line.source-function', String.raw`[A-Za-z_~][\w~]{0,200}(?:::[\w~]{1,200}){0,8}`),
      '(?:', String.raw`\(hr:`, ...codeValue(), String.raw`\)`, ')?', String.raw`\s*$`,
    ]),
    // Untimed WIM-library trace: [1676.1796] [0x80070570] ResExtract:(514): ...
    'wim-trace': match(lang, 'meta.wim-trace', [
      '^', g('comment.line.process-id', String.raw`\[\d+(?:\.\d+)?\]`), ' ',
      String.raw`\[`, ...codeValue(), String.raw`\]`,
    ]),
    // DISM /RestoreHealth report: "(p)<TAB>CSI Payload Corrupt ..." is a corruption unless "(Fixed)".
    'sur-item': match(lang, null, [
      '^', '(?:', g('markup.inserted.corruption-fixed', String.raw`\(p\)(?=.*\(Fixed\))`),
      '|', g('invalid.illegal.corruption', String.raw`\(p\)`), ')', String.raw`(?=\t|\s)`,
    ]),
    'sur-fixed': match(lang, 'markup.inserted.corruption-fixed', [String.raw`\(Fixed\)`]),
  };
  // Continuation lines: the DISM AppX provider puts " - CAppxManager::Function" on a line of its own.
  const top = [inc('record-columns'), inc('record-tolerant'), inc('wim-trace'), inc('sur-item'), inc('sur-fixed'), inc('dism-function')];
  if (setupDiag) {
    // SetupDiag report (formats.md §3.4)
    repo['setupdiag'] = {
      patterns: [
        line(lang, 'meta.record', [
          '^', g('keyword.other.log-entry', 'LogEntry'), ': ', g('comment.line.timestamp', TS_ISO),
          String.raw`,\s*`, ...levelGroups(), String.raw`(?:\s+`, msgid, ')?',
          String.raw`(?:\s+`, g('support.type.component', '[A-Z][A-Z0-9]{1,5}'), String.raw`(?=\s|$))?\s*`,
        ], [inc('message')]),
        match(lang, 'markup.heading.report', [
          '^', String.raw`(?:Matching Profile found|SetupDiag version|System Information|Last Setup Phase|Last Setup Operation)(?=:)`,
        ]),
        // Error: SetupDiag reports rollback failure found.
        match(lang, null, ['^', g('invalid.illegal.error-marker', 'Error'), String.raw`(?=: SetupDiag reports)`]),
        // Error = 0x8007000D-0x2000C (result code, extend code)
        match(lang, 'meta.error-code', [
          '^', g('invalid.illegal.error-marker', 'Error'), ' ?= ?', ...codeValue(),
          '(?:-', g('constant.numeric.hex.extend-code', `0[xX]${HEX}{1,8}`), ')?',
        ]),
        match(lang, null, [
          String.raw`\bCompleted Successfully\? `,
          '(?:', g('entity.name.function.warning', 'False'), '|', g('markup.inserted.success', 'True'), ')', String.raw`\b`,
        ]),
      ],
    };
    top.push(inc('setupdiag'));
  }
  top.push(inc('message'));
  return { repo, top };
}

// ---------------------------------------------------------------------------------------------
// SetupAPI (formats.md §2)

function setupapiRepository(lang) {
  const TS = String.raw`\d{4}/\d{2}/\d{2} \d{2}:\d{2}:\d{2}\.\d{3}`;
  const ts = g('comment.line.timestamp', TS);
  const open = g('punctuation.definition.section.begin', '>>>');
  const close = g('punctuation.definition.section.end', '<<<');
  const entryPatterns = [inc('block'), inc('trailing-time'), inc('message')];
  const category = [
    String.raw`(?:`, ts, ':? )?',
    g('support.type.category', String.raw`[a-z]{2,3}|ui ?|\.\.\.`), g('punctuation.separator.category', ':'),
    String.raw`(?=\s|$)\s*`,
  ];
  const repo = {
    ...sharedRepository(lang),
    'log-header': match(lang, 'markup.heading.log-header', [String.raw`^\[(?:Device Install Log|BeginLog|SetupAPI Log)\]\s*$`]),
    'boot-session': match(lang, 'markup.heading.boot-session', [String.raw`^\[Boot Session: `, ts, String.raw`\]\s*$`]),
    // >>>  [Device Install (Hardware initiated) - SWD\IP_TUNNEL_VBUS\ISATAP_0]
    'section-title': match(lang, 'markup.heading.section', [
      '^', open, String.raw`\s+\[`, g('entity.name.section', '.*'), String.raw`\]\s*$`,
    ]),
    // >>>  Section start 2015/11/22 17:59:28.110   (Vista: >>>  2005/02/13 22:06:20.000: Section start)
    'section-start': match(lang, 'markup.heading.section-start', [
      '^', open, String.raw`\s+(?:Section start `, ts, '|', ts, ': Section start)', String.raw`\s*$`,
    ]),
    // <<<  Section end 2015/11/22 17:59:37.142   (Vista: <<<  [2005/02/13 22:06:28.109: Section end])
    'section-end': match(lang, 'markup.heading.section-end', [
      '^', close, String.raw`\s+(?:Section end `, ts, String.raw`|\[`, ts, String.raw`:? Section end\])\s*$`,
    ]),
    // <<<  [Exit status: SUCCESS], SUCCESS (REBOOT_REQUIRED), FAILURE(0xe0000247), [Exit Status(0x00000000)], [Exit]
    'section-exit': match(lang, 'markup.heading.section-exit', [
      '^', close, String.raw`\s+\[Exit(?: status: (?:`,
      g('markup.inserted.exit-success', 'SUCCESS'), '(?: ?', String.raw`\(`, g('constant.language.status', '[A-Z_]{1,40}'), String.raw`\))?`,
      '|', g('invalid.illegal.exit-failure', 'FAILURE'), '(?: ?', String.raw`\(`,
      '(?:', ...codeValue({ bare: true }), '|', g('constant.language.error-name', '[A-Z_]{1,60}'), ')', String.raw`\))?`,
      String.raw`)| Status\(`, ...codeValue(), String.raw`\))?\]\s*$`,
    ]),
    'entry-error': line(lang, 'meta.entry.error', ['^', g('invalid.illegal.error-marker', '!!!'), String.raw`\s*`, ...category], entryPatterns),
    'entry-warning': line(lang, 'meta.entry.warning', ['^', g('entity.name.function.warning-marker', '!'), String.raw`(?!!)\s*`, ...category], entryPatterns),
    'entry-info': line(lang, 'meta.entry.info', [String.raw`^\s*(?:\.\s+)?`, ...category], entryPatterns),
    // {Build Driver List} ... {Build Driver List - exit(0x00000000)}; titles may hold {GUID}s.
    block: line(lang, 'meta.block', [String.raw`\G`, g('punctuation.section.block.begin', String.raw`\{`)],
      [inc('exit-word'), inc('trailing-time'), inc('message')],
      { endParts: ['(?:', g('punctuation.section.block.end', String.raw`\}`), '|$)'], contentName: 'entity.name.section.block' }),
    // {Restarting Devices exit}, {_commit_copyfile exit OK}
    'exit-word': match(lang, null, [
      g('keyword.control.exit', String.raw`\bexit`), String.raw`(?=\s*\}|\s+OK\s*\})(?:\s+`, g('markup.inserted.exit-ok', 'OK'), ')?',
    ]),
    // trailing time of day: "... 17:59:28.176"
    'trailing-time': match(lang, 'comment.line.timestamp', [String.raw`\d{2}:\d{2}:\d{2}\.\d{3}(?<=\s.{12})(?=\s*$)`]),
  };
  const top = [
    inc('log-header'), inc('boot-session'), inc('section-title'), inc('section-start'), inc('section-end'),
    inc('section-exit'), inc('entry-error'), inc('entry-warning'), inc('entry-info'), inc('message'),
  ];
  return { repo, top };
}

// ---------------------------------------------------------------------------------------------
// WindowsUpdate.log (formats.md §3.2): Windows 10+ decoded ETW text and the Windows 7 tab format.

function windowsUpdateRepository(lang) {
  const recordPatterns = [inc('markers'), inc('message')];
  const repo = {
    ...sharedRepository(lang),
    // 2023/03/21 22:19:01.8143606 19924 14968 Misc            *FAILED* [80072F8F] Send request
    'record-win10': line(lang, 'meta.record', [
      '^', g('comment.line.timestamp', String.raw`\d{4}[/.-]\d{2}[/.-]\d{2} \d{2}:\d{2}:\d{2}\.\d{7}`),
      String.raw`\s+`, g('comment.line.process-id', String.raw`\d+`), String.raw`\s+`, g('comment.line.thread-id', String.raw`\d+`),
      String.raw`\s+`, g('support.type.component', String.raw`\S{1,40}`), String.raw`(?:\s+|$)`,
    ], recordPatterns),
    // 2021-08-28<TAB>11:05:07:920<TAB> 576<TAB>a70<TAB>Misc<TAB>message (tabs may be flattened to spaces)
    'record-win7': line(lang, 'meta.record', [
      '^', g('comment.line.timestamp', String.raw`\d{4}-\d{2}-\d{2}[\t ]+\d{2}:\d{2}:\d{2}:\d{3}`),
      String.raw`[\t ]+`, g('comment.line.process-id', String.raw`\d+`), String.raw`[\t ]+`, g('comment.line.thread-id', `${HEX}+`),
      String.raw`[\t ]+`, g('support.type.component', String.raw`[^\t ]{1,40}`), String.raw`(?:\t| +|$)`,
    ], recordPatterns),
    markers: {
      patterns: [
        // *FAILED* [80072F8F]
        match(lang, 'meta.error-code', [
          g('invalid.illegal.failed', String.raw`\*FAILED\*`), String.raw`(?:\s+\[`, ...codeValue({ bare: true }), String.raw`\])?`,
        ]),
        match(lang, 'invalid.illegal.fatal', [String.raw`\bFATAL(?=:)`]),
        match(lang, 'entity.name.function.warning', [String.raw`\bWARNING(?=:)`]),
        // ** START **, ## END ##, :: START ::, -- START --, * END *
        match(lang, 'markup.heading.banner', [
          String.raw`(?:\*\*|##|::|--|(?<!\*)\*)\s{1,4}(?:START|END)\s{1,4}(?:\*\*|##|::|--|\*(?!\*))`,
        ]),
        // +++++++++++  PT: ...  +++++++++++, ===========  Logging initialized ...  ===========, ***********  Agent: ...
        match(lang, 'markup.heading.banner', [String.raw`(?:\+{5,}|={5,}|\*{5,}|#{5,})(?=\s|$)`]),
      ],
    },
  };
  return { repo, top: [inc('record-win10'), inc('record-win7'), inc('markers'), inc('message')] };
}

// ---------------------------------------------------------------------------------------------

const LANGS = [
  { id: 'cbs-log', scope: 'text.log.cbs', name: 'CBS Log', make: (l) => familyRepository(l, { setupDiag: false }) },
  { id: 'setupapi-log', scope: 'text.log.setupapi', name: 'SetupAPI Log', make: setupapiRepository },
  { id: 'dism-log', scope: 'text.log.dism', name: 'DISM Log', make: (l) => familyRepository(l, { setupDiag: false }) },
  { id: 'panther-log', scope: 'text.log.panther', name: 'Windows Setup (Panther) Log', make: (l) => familyRepository(l, { setupDiag: true }) },
  { id: 'windowsupdate-log', scope: 'text.log.windowsupdate', name: 'Windows Update Log', make: windowsUpdateRepository },
];

export function generateGrammars() {
  const out = {};
  for (const { id, scope, name, make } of LANGS) {
    const { repo, top } = make(id);
    const grammar = {
      $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
      information_for_contributors: ['Generated by tools/generate-grammars.mjs. Do not edit; edit the generator and run it.'],
      name,
      scopeName: scope,
      patterns: top,
      repository: repo,
    };
    out[join('syntaxes', `${id}.tmLanguage.json`)] = JSON.stringify(grammar, null, 2) + '\n';
  }
  return out;
}

function main() {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const [rel, text] of Object.entries(generateGrammars())) {
    const file = join(root, rel);
    let current = null;
    try {
      current = readFileSync(file, 'utf8');
    } catch {
      current = null;
    }
    if (current === text) {
      continue;
    }
    if (check) {
      console.error(`${rel} is out of date: run node tools/generate-grammars.mjs`);
      stale++;
    } else {
      writeFileSync(file, text);
      console.log(`wrote ${rel}`);
    }
  }
  if (stale) {
    process.exit(1);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main();
}
