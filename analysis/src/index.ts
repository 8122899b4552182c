// The façade of the analysis core: the only module the server, the CLI, tests and benchmarks
// import. Pure functions over plain data; no editor, LSP or Node types (lint-enforced).

export * from './model';
export { parseLog, lineAt, codesAt, messageOf, componentOf, type LogDocument, type ParseOptions } from './document';
export { splitLines, type LineTable } from './lines';
export { detectLogKind, detectByName, detectByContent } from './detect';
export { decodeLogBytes, detectBinary, createChunkDecoder, type AnsiCodePage, type DecodedText, type ChunkDecoder } from './decode';
export { scanCodes, type CodeMatch } from './codes/scan';
export { describeCode, describeName, parseCodeInput, type CodeDescription } from './codes/describe';
export { formatCodeCard } from './codes/card';
export { DiagnosticCode } from './failures/catalog';
export { NOISE_RULES, type NoiseRule } from './failures/noise';
export { findFailures, limitFailures, getSummary, subjectOf, type FailureOptions, type Summary } from './failures/index';
export { getFoldRanges, getOutline, type FoldRange } from './structure';
export { formatReport } from './output/logReport';
export { reparseLog } from './document';
export { timelineOf, lineNearest, ownLinesBetween, formatLocalTime, type Timeline } from './bundle/timeline';
export { scanKeys, keysOfLine, keyAt, keyIndexOf, describeKey, keyValue, type KeySpan, type KeyKind, type KeyIndex } from './bundle/keys';
export { correlate, linksAt, formatDelta, type CorrelateOptions, type BundleLink, type FailureLinks, type LinkReason } from './bundle/correlate';
export { momentInOtherLogs, keyLocations, type MomentLine, type KeyLocation } from './bundle/navigate';
export { analyzeBundle, bundleRelatedLines, type BundleAnalysis, type BundleOptions } from './bundle/analyze';
export { formatBundleReport, type BundleReportOptions } from './output/bundleReport';
export { matchKnownIssues, knownIssuesAt, formatKnownIssue, KNOWN_ISSUES, type KnownIssueMatch, type KnownIssueLine, type KnownIssueRule, type KnownIssueFormat } from './knownIssues/match';
export { type ReportOptions } from './output/logReport';
export { createStreamAnalyzer, learnNames, type StreamAnalyzer, type StreamOptions, type StreamResult } from './streaming';
export { toSarif, sarifRules, type SarifOptions } from './output/sarif';
export { bundleFindings, type BundleFindings, type LogFindings, type Finding, type FindingRelated, type KnownIssueFindings } from './output/findings';
export { getLineTokens } from './tokens';
