// "Analyze Large Log…": read a log from disk in a streaming pass, with bounded memory, progress
// and cancellation, and publish its failures for the file. VS Code never hands files over 50 MB
// to extensions, and CBS.log grows far beyond that when its rotation fails.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CancellationToken } from 'vscode-languageserver/node';
import { AnalyzeFileRequest, type AnalyzeFileParams, type AnalyzeFileResult } from '../../../protocol/protocol.js';
import { say } from '../../../analysis/src/index.js';
import { type ServerContext, langOf } from '../context.js';
import { isAtLeast, toDiagnostic } from '../convert.js';
import { isSkipped, streamMember } from '../files/members.js';
import { ioReason } from '../files/read.js';
import { groupProblems, groupedFailure } from './problems.js';
import { largeFailures } from './excerpt.js';

export function registerLargeFile(ctx: ServerContext): void {
  const { connection } = ctx;
  connection.onRequest(AnalyzeFileRequest, async (params: AnalyzeFileParams, token: CancellationToken): Promise<AnalyzeFileResult> => {
    let file: string;
    let size: number;
    try {
      file = fileURLToPath(params.uri);
      size = (await fs.promises.stat(file)).size;
    } catch (error) {
      return { problem: say(langOf(ctx), 'file.named', { name: params.uri, reason: ioReason(error) }) };
    }
    const lang = langOf(ctx);
    const settings = await ctx.settings.get(params.uri);
    const progress = await connection.window.createWorkDoneProgress();
    progress.begin(say(lang, 'progress.analyzing', { name: path.basename(file) }), 0, say(lang, 'progress.finding'), true);
    try {
      const member = await streamMember(file, {
        ansi: settings.ansiCodePage,
        noisePatterns: settings.noisePatterns,
        isCancelled: () => token.isCancellationRequested || progress.token.isCancellationRequested,
        onPass: (pass, bytes) => progress.report(Math.round((100 * bytes) / Math.max(1, size)), say(lang, pass === 1 ? 'progress.finding' : 'progress.readingAgain')),
      });
      if (isSkipped(member)) {
        return { problem: say(langOf(ctx), 'file.named', { name: path.basename(file), reason: member.reason }) };
      }
      const { result } = member;
      largeFailures.set(params.uri, { file, ansi: settings.ansiCodePage, failures: result.failures });
      const shown = groupProblems(result.failures.filter((f) => isAtLeast(f.severity, 'warning') && isAtLeast(f.severity, settings.minimumSeverity)), settings.maxDiagnostics);
      await connection.sendDiagnostics({ uri: params.uri, diagnostics: shown.map((g) => toDiagnostic(groupedFailure(g), params.uri, langOf(ctx))) });
      return {
        kind: result.kind,
        encoding: member.encoding,
        lineCount: result.lineCount,
        errors: result.summary.errors,
        warnings: result.summary.warnings,
        summary: result.summary.text,
        published: shown.length,
      };
    } finally {
      progress.done();
    }
  });
}
