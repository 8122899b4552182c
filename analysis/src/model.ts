// The data model of the analysis core. Plain data only: no editor, LSP or Node types.
// Positions are 0-based lines and UTF-16 columns, as in LSP, so the adapter copies fields.

import type { Phrase } from './messages/index.js';

/** The log formats we understand. `plain` means "not a servicing log we recognise". */
export type LogKind = 'cbs' | 'dism' | 'panther' | 'setupapi' | 'windowsupdate' | 'setupdiag' | 'plain';

/** What a physical line is. Stored per line in a Uint8Array, hence numbers. */
export const LineKind = {
  Blank: 0,
  /** A timestamped record start (CBS/DISM/Panther, WindowsUpdate), or a setupapi body entry. */
  Record: 1,
  /** A line that belongs to the record above it (no timestamp of its own). */
  Continuation: 2,
  /** Log header lines (`[Device Install Log]`, `OS Version = …`, `[BeginLog]`). */
  Header: 3,
  /** setupapi `>>>  [title]`. */
  SectionTitle: 4,
  /** setupapi `>>>  Section start …`. */
  SectionStart: 5,
  /** setupapi `<<<  Section end …`. */
  SectionEnd: 6,
  /** setupapi `<<<  [Exit status: …]`. */
  SectionExit: 7,
  /** setupapi `[Boot Session: …]`. */
  BootSession: 8,
  /** A line no rule of the format describes. */
  Unclassified: 9,
} as const;
export type LineKind = (typeof LineKind)[keyof typeof LineKind];

/** Record level, stored per line in a Uint8Array. Continuation lines carry their record's level. */
export const Level = {
  None: 0,
  Verbose: 1,
  Info: 2,
  Warning: 3,
  Error: 4,
  Fatal: 5,
} as const;
export type Level = (typeof Level)[keyof typeof Level];

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/**
 * How a code was spelled tells what kind of value it is. `hresult` for `[HRESULT = 0x…]`,
 * `hr:`; `win32` for `Error = 0x000003f1`, `[gle=…]`, `result 1009`; `ntstatus` for
 * `STATUS_*`; `setupapi` for `exit(0xe0000247)`; `any` when only the value is known.
 */
/** How the log spelled a code; `setupExtend` is the phase/operation after a Setup result (`0xC1900101-0x2000C`). */
export type CodeHint = 'hresult' | 'win32' | 'ntstatus' | 'setupapi' | 'wu' | 'setupExtend' | 'any';

/** An error code found in a line: where it is, its value and how it was written. */
export interface CodeSpan {
  line: number;
  start: number;
  end: number;
  /** Unsigned 32-bit value. */
  value: number;
  hint: CodeHint;
  /** Symbolic name printed next to the code in the log (`[HRESULT = 0x… - NAME]`), if any. */
  printedName?: string;
  /** A last-error trailer (`[gle=0x…]`): context, not the code the line is about. */
  secondary?: boolean;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** The part a failure plays in the story of the log. */
export type FailureRole = 'verdict' | 'root-cause' | 'chain' | 'failure' | 'noise';

/** Why a related line is listed: the words for it are composed where it is shown (messages `related.*`). */
export type RelatedRole = 'root-cause' | 'leads-to' | 'part-of';

export interface RelatedLine {
  readonly line: number;
  /** The other line's own message (its role's words are not part of it). */
  readonly message: Phrase;
  readonly role?: RelatedRole;
  /** Another log of the bundle; undefined means the same document. */
  readonly uri?: string;
}

/** A finding that becomes a diagnostic. `code` is a stable id from `DiagnosticCode`. */
export interface Failure {
  readonly line: number;
  readonly start: number;
  readonly end: number;
  readonly severity: Severity;
  readonly code: string;
  /** What the diagnostic says, as data: composed in the reader's language where it is shown. */
  readonly message: Phrase;
  readonly role: FailureRole;
  /** The error code the finding is about, if any. */
  readonly value?: number;
  readonly related: readonly RelatedLine[];
  /**
   * What a line rule knows beyond severity: `cause`, the line names what broke (a driver package
   * that did not stage, a file that could not be repaired, a source that could not be reached);
   * `finding`, a result the user must act on even when its operation succeeded (corruption found).
   */
  readonly clue?: 'cause' | 'finding';
  /** How many lines this diagnostic stands for (a failure repeated inside one operation). */
  readonly count?: number;
}

export type SectionKind =
  | 'setupapi-section'
  | 'setupapi-block'
  | 'setupapi-header'
  | 'cbs-session'
  | 'cbs-trusted-installer'
  | 'cbs-sfc'
  | 'cbs-sur-report'
  | 'cbs-advanced-installer'
  | 'dism-session'
  | 'wu-operation'
  | 'record';

/** A foldable, nameable range of lines (setupapi sections and blocks, CBS sessions, records). */
export interface Section {
  kind: SectionKind;
  name: string;
  /** Short status shown next to the name (`SUCCESS`, `FAILURE(0x000003f1)`, `0x800f081f`). */
  detail: string;
  startLine: number;
  endLine: number;
  failed: boolean;
  children: Section[];
}

/**
 * How an operation ended. `none`: the operation states no outcome and needs none (an
 * applicability query that installed nothing); `unknown`: it should have, but the log starts or
 * ends inside it, or it was interrupted.
 */
export type Outcome = 'succeeded' | 'failed' | 'cancelled' | 'reboot-pending' | 'not-applicable' | 'unknown' | 'none';

export type OperationKind =
  | 'cbs-ti-run'
  | 'cbs-startup'
  | 'cbs-session'
  | 'cbs-sfc'
  | 'dism-command'
  | 'dism-api'
  | 'setup-run'
  | 'setup-phase'
  | 'setup-operation'
  | 'setup-rollback'
  | 'sysprep-run'
  | 'setupapi-section'
  | 'wu-service'
  | 'wu-call'
  | 'setupdiag-report';

/** One operation of a log (operations.md): a session, a command, a run, a section, a call. */
export interface Operation {
  readonly kind: OperationKind;
  /** What the operation is called, as data (the log's own words where it names it). */
  readonly name: Phrase;
  /** What the operation works on (package, KB, INF, command line, client); attempts share it. */
  readonly subject?: string;
  readonly startLine: number;
  readonly endLine: number;
  readonly outcome: Outcome;
  /** The code the outcome was stated with, when one was. */
  readonly code?: number;
  /** The line that states the outcome. */
  readonly verdictLine?: number;
  /** The line that explains a failure, when the operation's own lines say it (SFC's first unrepaired file). */
  readonly rootLine?: number;
  /** What that line says, shortened. */
  readonly rootWords?: string;
  /** Why the outcome is what it is, when the lines alone do not say (truncated, interrupted…). */
  readonly why?: Phrase;
  /** 1 for the first operation of its kind and subject in the log, 2 for the next, … */
  readonly attempt: number;
  /** Line of a later attempt of the same subject that succeeded. */
  readonly redoneAt?: number;
  /** Containers (a TrustedInstaller run, the WU service) are not graded themselves. */
  readonly container: boolean;
  readonly children: readonly Operation[];
}
