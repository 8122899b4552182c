// "Analyze Large Log…": read a log from disk in a streaming pass, with bounded memory, progress
// and cancellation, and publish its failures for the file. VS Code never hands files over 50 MB
// to extensions, and CBS.log grows far beyond that when its rotation fails.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CancellationToken } from 'vscode-languageserver/node';
import { createChunkDecoder, createStreamAnalyzer, learnNames, type AnsiCodePage } from '../../../analysis/src/index';
import { AnalyzeFileRequest, type AnalyzeFileParams, type AnalyzeFileResult } from '../../../protocol/protocol';
import type { ServerContext } from '../context';
import { isAtLeast, toDiagnostic } from '../convert';
import { groupProblems, groupedFailure } from './problems';
import { largeFailures } from './excerpt';

const CHUNK_BYTES = 4 * 1024 * 1024;

/** Read `file` chunk by chunk; `onText` gets decoded text, `onBytes` the bytes read so far. */
async function readDecoded(file: string, ansi: AnsiCodePage, isCancelled: () => boolean, onText: (text: string) => void, onBytes: (bytes: number) => void) {
  const decoder = createChunkDecoder(ansi);
  const stream = fs.createReadStream(file, { highWaterMark: CHUNK_BYTES });
  let read = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      if (isCancelled()) {
        return { cancelled: true, decoder };
      }
      read += chunk.length;
      onText(decoder.decode(chunk, false));
      if (decoder.binary) {
        return { cancelled: false, decoder };
      }
      onBytes(read);
    }
    onText(decoder.decode(new Uint8Array(0), true));
    return { cancelled: false, decoder };
  } finally {
    stream.destroy();
  }
}

export function registerLargeFile(ctx: ServerContext): void {
  const { connection } = ctx;
  connection.onRequest(AnalyzeFileRequest, async (params: AnalyzeFileParams, token: CancellationToken): Promise<AnalyzeFileResult> => {
    let file: string;
    try {
      file = fileURLToPath(params.uri);
      if (!fs.statSync(file).isFile()) {
        return { problem: `${file} is not a file` };
      }
    } catch (error) {
      return { problem: `cannot read ${params.uri}: ${error instanceof Error ? error.message : String(error)}` };
    }
    const settings = await ctx.settings.get(params.uri);
    const size = fs.statSync(file).size;
    const progress = await connection.window.createWorkDoneProgress();
    progress.begin(`Analyzing ${path.basename(file)}`, 0, 'learning code names', true);
    const cancelled = (): boolean => token.isCancellationRequested || progress.token.isCancellationRequested;
    const report = (pass: number) => (bytes: number) => progress.report(Math.round((pass * 50 * bytes) / Math.max(1, size) + (pass === 1 ? 0 : 50)), pass === 1 ? 'learning code names' : 'finding failures');
    try {
      const names = new Map<number, string>();
      const first = await readDecoded(file, settings.ansiCodePage, cancelled, (text) => learnNames(text, names), report(1));
      if (first.cancelled) {
        return { problem: 'cancelled' };
      }
      if (first.decoder.binary) {
        return { problem: `${path.basename(file)} is not a text log: ${first.decoder.binary}` };
      }
      const analyzer = createStreamAnalyzer({ uri: params.uri, noisePatterns: settings.noisePatterns, learnedNames: names });
      const second = await readDecoded(file, settings.ansiCodePage, cancelled, (text) => analyzer.push(text), report(2));
      if (second.cancelled) {
        return { problem: 'cancelled' };
      }
      const result = analyzer.finish();
      largeFailures.set(params.uri, { file, ansi: settings.ansiCodePage, failures: result.failures });
      const shown = groupProblems(result.failures.filter((f) => isAtLeast(f.severity, 'warning') && isAtLeast(f.severity, settings.minimumSeverity)), settings.maxDiagnostics);
      await connection.sendDiagnostics({ uri: params.uri, diagnostics: shown.map((g) => toDiagnostic(groupedFailure(g), params.uri)) });
      return {
        kind: result.kind,
        encoding: second.decoder.encoding,
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
