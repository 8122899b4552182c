// Reading one log from disk: regular files only, opened without blocking (a FIFO is never opened
// for reading), read in chunks and decoded as they come, so any size the disk holds can be read
// with memory bounded by the chunk and the longest line.

import * as fs from 'node:fs';
import { createChunkDecoder, phrase, SNIFF_BYTES, type AnsiCodePage, type MessageKey, type Phrase, type TextEncoding } from '../../../analysis/src/index.js';

const CHUNK_BYTES = 4 * 1024 * 1024;

/** What went wrong reading a file, in words for the user; `io` when it was the disk or the system. */
export interface ReadProblem {
  reason: Phrase;
  io: boolean;
}

export interface ReadResult {
  encoding: TextEncoding | undefined;
  bytes: number;
  notes: Phrase[];
  /** Set when the file is not a text log (only its first bytes were read). */
  binary?: Phrase;
  cancelled?: boolean;
}

export interface ReadOptions {
  ansi?: AnsiCodePage;
  isCancelled?: () => boolean;
  /** Bytes per read (the server reads less at a time, to answer requests between chunks). */
  chunkBytes?: number;
  /** Bytes read so far, after each chunk. */
  onBytes?: (bytes: number) => void;
}

/** What a non-regular file is, for the message that says why it is not read. */
export function describeType(stat: fs.Stats): Phrase | undefined {
  if (stat.isFile()) {
    return undefined;
  }
  return phrase(
    stat.isDirectory()
      ? 'file.folder'
      : stat.isFIFO()
        ? 'file.fifo'
        : stat.isSocket()
          ? 'file.socket'
          : stat.isCharacterDevice()
            ? 'file.characterDevice'
            : stat.isBlockDevice()
              ? 'file.blockDevice'
              : 'file.notRegular',
  );
}

/** `… , not a file: not read`, for anything but a regular file. */
export function notAFile(type: Phrase | undefined): Phrase {
  return phrase('file.notAFile', { type: type ?? phrase('file.notRegular') });
}

const IO_WORDS: Record<string, MessageKey> = {
  EACCES: 'file.io.EACCES',
  EPERM: 'file.io.EPERM',
  ENOENT: 'file.notFound',
  ELOOP: 'file.io.ELOOP',
  EISDIR: 'file.folder',
  EIO: 'file.io.EIO',
  EMFILE: 'file.io.EMFILE',
};

export function ioReason(error: unknown): Phrase {
  const e = error as NodeJS.ErrnoException;
  const why = phrase((e?.code && IO_WORDS[e.code]) || 'file.cannotRead');
  return phrase('file.io', { why, code: e?.code ?? String(error) });
}

/**
 * Decode `file` chunk by chunk into `onText` (whole lines). Returns a ReadProblem when the file
 * cannot be read as a regular file; nothing is thrown for I/O errors.
 */
export async function readLogText(file: string, onText: (text: string) => void, options: ReadOptions = {}): Promise<ReadResult | ReadProblem> {
  let handle: fs.promises.FileHandle | undefined;
  try {
    // stat before open: opening a FIFO for reading would wait for a writer.
    const type = describeType(await fs.promises.stat(file));
    if (type) {
      return { reason: notAFile(type), io: false };
    }
    handle = await fs.promises.open(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
    // The path may have been swapped between stat and open.
    const opened = describeType(await handle.stat());
    if (opened) {
      return { reason: notAFile(opened), io: false };
    }
    const decoder = createChunkDecoder(options.ansi ?? 'windows-1252');
    const chunkBytes = options.chunkBytes ?? CHUNK_BYTES;
    const buffer = Buffer.allocUnsafe(chunkBytes);
    let bytes = 0;
    // The first read is small: a binary file is called so after its first bytes.
    for (let want = SNIFF_BYTES; ; want = chunkBytes) {
      if (options.isCancelled?.()) {
        return { encoding: decoder.encoding, bytes, notes: decoder.notes, cancelled: true };
      }
      const { bytesRead } = await handle.read(buffer, 0, want, bytes);
      bytes += bytesRead;
      const text = decoder.decode(buffer.subarray(0, bytesRead), bytesRead === 0);
      if (decoder.binary) {
        return { encoding: decoder.encoding, bytes, notes: decoder.notes, binary: decoder.binary };
      }
      if (text.length > 0) {
        onText(text);
      }
      options.onBytes?.(bytes);
      if (bytesRead === 0) {
        return { encoding: decoder.encoding, bytes, notes: decoder.notes };
      }
    }
  } catch (error) {
    return { reason: ioReason(error), io: true };
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

export function isProblem(result: object): result is ReadProblem {
  return 'reason' in result;
}
