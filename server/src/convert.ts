// Analysis types → LSP types. The only module that knows both; one place decides severities,
// tags, symbol kinds and message text.

import {
  DiagnosticSeverity,
  DiagnosticTag,
  FoldingRangeKind,
  SymbolKind,
  type Diagnostic,
  type DocumentSymbol,
  type FoldingRange,
  type Range,
} from 'vscode-languageserver/node';
import { lineLength, relatedText, say, sectionText, textOf, type Failure, type FoldRange, type Lang, type LogDocument, type RelatedLine, type Section, type Severity } from '../../analysis/src/index.js';
import type { FailureItem } from '../../protocol/protocol.js';

export const SOURCE = 'servicing-logs';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

const RANK: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };

export function isAtLeast(severity: Severity, minimum: Severity): boolean {
  return RANK[severity] <= RANK[minimum];
}

function lineRange(line: number, start: number, end: number): Range {
  return { start: { line, character: start }, end: { line, character: end } };
}

/** `crossLog`: related lines in other logs of the bundle (each with its uri). */
export function toDiagnostic(failure: Failure, uri: string, lang: Lang, crossLog: readonly RelatedLine[] = []): Diagnostic {
  const diagnostic: Diagnostic = {
    range: lineRange(failure.line, failure.start, failure.end),
    severity: SEVERITY[failure.severity],
    code: failure.code,
    source: SOURCE,
    message: textOf(lang, failure.message),
  };
  if (failure.role === 'noise') {
    diagnostic.tags = [DiagnosticTag.Unnecessary];
  }
  const related = [...failure.related, ...crossLog];
  if (related.length > 0) {
    diagnostic.relatedInformation = related.map((r) => ({
      location: { uri: r.uri ?? uri, range: lineRange(r.line, 0, 0) },
      message: relatedText(lang, r),
    }));
  }
  return diagnostic;
}

export function toFailureItem(failure: Failure, lang: Lang): FailureItem {
  return {
    line: failure.line,
    character: failure.start,
    endCharacter: failure.end,
    severity: failure.severity,
    code: failure.code,
    role: failure.role,
    message: textOf(lang, failure.message),
  };
}

export function toFoldingRange(range: FoldRange): FoldingRange {
  return { startLine: range.startLine, endLine: range.endLine, kind: FoldingRangeKind.Region };
}

const SYMBOL_KIND: Record<Section['kind'], SymbolKind> = {
  'setupapi-section': SymbolKind.Namespace,
  'setupapi-block': SymbolKind.Function,
  'setupapi-header': SymbolKind.File,
  'cbs-session': SymbolKind.Namespace,
  'cbs-trusted-installer': SymbolKind.Module,
  'cbs-sfc': SymbolKind.Event,
  'cbs-sur-report': SymbolKind.Struct,
  'cbs-advanced-installer': SymbolKind.Function,
  'dism-session': SymbolKind.Module,
  'wu-operation': SymbolKind.Event,
  record: SymbolKind.String,
};

export function toDocumentSymbol(doc: LogDocument, section: Section, lang: Lang): DocumentSymbol {
  const endCharacter = lineLength(doc, section.endLine);
  const selectionEnd = lineLength(doc, section.startLine);
  const shown = sectionText(section, lang);
  const detail = [section.failed ? say(lang, 'outline.failed') : '', shown.detail].filter(Boolean).join(' · ');
  return {
    name: (section.failed ? '✖ ' : '') + (shown.name || say(lang, 'report.untitled')),
    detail,
    kind: SYMBOL_KIND[section.kind],
    range: { start: { line: section.startLine, character: 0 }, end: { line: section.endLine, character: endCharacter } },
    selectionRange: lineRange(section.startLine, 0, selectionEnd),
    children: section.children.map((child) => toDocumentSymbol(doc, child, lang)),
  };
}
