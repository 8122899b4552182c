// The façade of the analysis core: what the server and the CLI use (and the benchmarks, which
// measure what the server calls), nothing more. Tests import the module they test. Pure functions
// over plain data; no editor, LSP or Node types (lint-enforced).

export type { Failure, LogKind, Range, RelatedLine, Section, Severity } from './model';
export { parseLog, reparseLog, parseSteps, runSteps, lineAt, lineLength, componentOf, codesAt, type LogDocument } from './document';
export { detectByName } from './detect';
export { createChunkDecoder, SNIFF_BYTES, type AnsiCodePage, type TextEncoding } from './decode';
export { scanCodes } from './codes/scan';
export { describeCode, describeName, parseCodeInput } from './codes/describe';
export { formatCodeCard } from './codes/card';
export { findFailures, findFailuresSteps, limitFailures, getSummary } from './failures/index';
export { compileUserPatterns } from './linearRegex';
export { getFoldRanges, getOutline, type FoldRange } from './structure';
export { keyAt } from './bundle/keys';
export { timelineOf, timeAt, formatLocalTime } from './bundle/timeline';
export { momentInOtherLogs, keyLocations } from './bundle/navigate';
export { analyzeBundle, bundleRelatedLines, type BundleAnalysis } from './bundle/analyze';
export { knownIssueText, knownIssuesAt, type KnownIssueMatch } from './knownIssues/match';
export { createStreamAnalyzer, type StreamResult } from './streaming';
export { phrase, say, textOf, toLang, relatedText, type Lang, type MessageKey, type Phrase } from './messages/index';
export { formatReport } from './output/logReport';
export { formatBundleReport } from './output/bundleReport';
export { bundleFindings } from './output/findings';
export { toSarif } from './output/sarif';
export { operationsOf, gradedOperations } from './operations/index';
export { operationOutline, sectionText } from './operations/outline';
export { forTerminal, markdownCode, markdownText } from './output/escape';
export { must } from './must';
