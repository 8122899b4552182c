// The façade of the analysis core: what the server and the CLI use (and the benchmarks, which
// measure what the server calls), nothing more. Tests import the module they test. Pure functions
// over plain data; no editor, LSP or Node types (lint-enforced).

export type { Failure, LogKind, Range, RelatedLine, Section, Severity } from './model.js';
export { parseLog, reparseLog, parseSteps, runSteps, lineAt, lineLength, componentOf, codesAt, type LogDocument } from './document.js';
export { detectByName } from './detect.js';
export { createChunkDecoder, SNIFF_BYTES, type AnsiCodePage, type TextEncoding } from './decode.js';
export { scanCodes } from './codes/scan.js';
export { describeCode, describeName, parseCodeInput } from './codes/describe.js';
export { formatCodeCard } from './codes/card.js';
export { findFailures, findFailuresSteps, limitFailures, getSummary } from './failures/index.js';
export { compileUserPatterns } from './linearRegex.js';
export { getFoldRanges, getOutline, type FoldRange } from './structure.js';
export { keyAt } from './bundle/keys.js';
export { timelineOf, timeAt, formatLocalTime } from './bundle/timeline.js';
export { momentInOtherLogs, keyLocations } from './bundle/navigate.js';
export { analyzeBundle, bundleRelatedLines, type BundleAnalysis } from './bundle/analyze.js';
export { knownIssueText, knownIssuesAt, type KnownIssueMatch } from './knownIssues/match.js';
export { createStreamAnalyzer, type StreamResult } from './streaming.js';
export { phrase, say, textOf, toLang, relatedText, type Lang, type MessageKey, type Phrase } from './messages/index.js';
export { formatReport } from './output/logReport.js';
export { formatBundleReport } from './output/bundleReport.js';
export { bundleFindings } from './output/findings.js';
export { toSarif } from './output/sarif.js';
export { operationsOf, gradedOperations } from './operations/index.js';
export { operationOutline, sectionText } from './operations/outline.js';
export { forTerminal, markdownCode, markdownText } from './output/escape.js';
export { must } from './must.js';
