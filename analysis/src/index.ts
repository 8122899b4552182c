// The façade of the analysis core: the only module the server, the CLI, tests and benchmarks
// import. Pure functions over plain data; no editor, LSP or Node types (lint-enforced).

export * from './model';
export { parseLog, lineAt, codesAt, messageOf, componentOf, type LogDocument, type ParseOptions } from './document';
export { splitLines, type LineTable } from './lines';
export { detectLogKind, detectByName, detectByContent } from './detect';
export { decodeLogBytes, detectBinary, type AnsiCodePage, type DecodedText } from './decode';
export { scanCodes, type CodeMatch } from './codes/scan';
export { describeCode, describeName, parseCodeInput, type CodeDescription } from './codes/describe';
export { formatCodeCard } from './codes/card';
export { DiagnosticCode } from './failures/catalog';
export { NOISE_RULES, type NoiseRule } from './failures/noise';
export { findFailures, limitFailures, getSummary, subjectOf, type FailureOptions, type Summary } from './failures/index';
export { getFoldRanges, getOutline, type FoldRange } from './structure';
export { formatReport } from './report';
export { reparseLog } from './document';
