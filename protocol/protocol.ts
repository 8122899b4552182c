// The few custom messages between the client and the server, beyond standard LSP. Both sides
// import this file (esbuild bundles it into each); it holds the typed message objects and their
// shapes, nothing else. Client: `client.sendRequest(FailuresRequest, params)`; server:
// `connection.onRequest(FailuresRequest, handler)`: the parameter and result types follow.

import { NotificationType, RequestType } from 'vscode-languageserver-protocol';

export const FailuresRequest = new RequestType<FailuresParams, FailuresResult, void>('servicingLogs/failures');
export interface FailuresParams {
  uri: string;
}
export interface FailureItem {
  line: number;
  character: number;
  endCharacter: number;
  severity: 'error' | 'warning' | 'information' | 'hint';
  code: string;
  role: string;
  message: string;
}
export interface FailuresResult {
  failures: FailureItem[];
  summary: string;
  /** Line of the root cause of the last verdict (or first failure), if any. */
  focusLine?: number;
}

export const DecodeRequest = new RequestType<DecodeParams, DecodeResult, void>('servicingLogs/decode');
export interface DecodeParams {
  text: string;
}
/** Markdown, or null when the text is not a code we can read. */
export type DecodeResult = { markdown: string } | null;

export const ReportRequest = new RequestType<ReportParams, ReportResult, void>('servicingLogs/report');
export interface ReportParams {
  uri: string;
}
export type ReportResult = { markdown: string } | null;

/** Server → client: the bundle analysis changed (indexing done, a log changed): views re-read it. */
export const BundleChangedNotification = new NotificationType<Record<string, never>>('servicingLogs/bundleChanged');

/** Server → client: the format the server found in a document (after content detection). */
export const DetectedNotification = new NotificationType<DetectedParams>('servicingLogs/detected');
export interface DetectedParams {
  uri: string;
  /** The language id to use, e.g. `cbs-log`; undefined when the text is not a servicing log. */
  languageId?: string;
  notes: string[];
}

/** Analyse a file on disk in a streaming pass (files VS Code does not hand to extensions). */
export const AnalyzeFileRequest = new RequestType<AnalyzeFileParams, AnalyzeFileResult, void>('servicingLogs/analyzeFile');
export interface AnalyzeFileParams {
  uri: string;
}
export interface AnalyzeFileResult {
  /** Why nothing was analysed (not a file, binary data, cancelled), else undefined. */
  problem?: string;
  kind?: string;
  encoding?: string;
  lineCount?: number;
  errors?: number;
  warnings?: number;
  summary?: string;
  /** Diagnostics published for the file (errors and warnings, capped). */
  published?: number;
}

/** "Show This Moment in Other Logs": the nearest line by time in every other log of the bundle. */
export const MomentRequest = new RequestType<MomentParams, MomentResult, void>('servicingLogs/moment');
export interface MomentParams {
  uri: string;
  line: number;
}
export type MomentResult = { uri: string; line: number; deltaMs: number }[];

/** The Failures view: every failure of every log of the bundle, grouped by operation. */
export const BundleFailuresRequest = new RequestType<BundleFailuresParams, BundleFailuresResult, void>('servicingLogs/bundleFailures');
/** No parameters: the bundle is the server's workspace. */
export type BundleFailuresParams = Record<string, never>;
export interface BundleFailure extends FailureItem {
  /** Component column of the line (CBS, CSI, DISM, SP, …), '' when the format has none. */
  component: string;
  /** Local wall-clock milliseconds of the line (analysis/src/bundle/timeline.ts), or null. */
  time: number | null;
  /** How many lines this failure stands for (repeats grouped by the analysis). */
  count: number;
}
export interface BundleOperation {
  name: string;
  outcome: string;
  /** The outcome in the requester's language ('' when the operation states none). */
  outcomeText: string;
  line: number;
  failures: BundleFailure[];
}
export interface BundleLog {
  uri: string;
  name: string;
  kind: string;
  summary: string;
  /** Operations that hold failures, in line order; failures outside any operation last, under `name: ''`. */
  operations: BundleOperation[];
}
export type BundleFailuresResult = { logs: BundleLog[] };

/**
 * Read-only documents made by the server: the case timeline, a filtered view of one log, the
 * triage report. `links` point from a span of the text back to a line of a log.
 */
export const ViewRequest = new RequestType<ViewParams, ViewResult | null, void>('servicingLogs/view');
export type ViewParams =
  | { kind: 'timeline' }
  | { kind: 'report'; uri: string }
  /** A log over 50 MB analysed with Analyze Large Log: the lines around each failure. */
  | { kind: 'excerpt'; uri: string }
  | { kind: 'filter'; uri: string; filter: LineFilter };
export interface LineFilter {
  /** Keep only lines with an Error-severity failure. */
  errorsOnly?: boolean;
  /** Drop lines whose failures are all routine (hints, information) and lines of routine noise. */
  hideRoutine?: boolean;
  component?: string;
  /** Local wall-clock milliseconds, inclusive. */
  from?: number;
  to?: number;
}
export interface ViewLink {
  line: number;
  start: number;
  end: number;
  uri: string;
  targetLine: number;
  targetCharacter: number;
}
export interface ViewResult {
  title: string;
  text: string;
  links: ViewLink[];
  /** An excerpt: line i of the text is line `lines[i]` (0-based) of the log at `uri`. */
  source?: { uri: string; lines: number[] };
}
