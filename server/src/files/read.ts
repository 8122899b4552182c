// Reading one log from disk: regular files only, opened without blocking (a FIFO is never opened
// for reading), read in chunks and decoded as they come, so any size the disk holds can be read
// with memory bounded by the chunk and the longest line.

import * as fs from 'node:fs';
import { createChunkDecoder, SNIFF_BYTES, type AnsiCodePage, type TextEncoding } from '../../../analysis/src/index';

const CHUNK_BYTES = 4 * 1024 * 1024;

/** What went wrong reading a file, in words for the user; `io` when it was the disk or the system. */
export interface ReadProblem {
  reason: string;
  io: boolean;
}

export interface ReadResult {
  encoding: TextEncoding | undefined;
  bytes: number;
  notes: string[];
  /** Set when the file is not a text log (only its first bytes were read). */
  binary?: string;
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
export function describeType(stat: fs.Stats): string | undefined {
  if (stat.isFile()) {
    return undefined;
  }
  return stat.isDirectory()
    ? 'a folder'
    : stat.isFIFO()
      ? 'a FIFO (named pipe)'
      : stat.isSocket()
        ? 'a socket'
        : stat.isCharacterDevice()
          ? 'a character device'
          : stat.isBlockDevice()
            ? 'a block device'
            : 'not a regular file';
}

export function ioReason(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  const why: Record<string, string> = {
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    ENOENT: 'not found',
    ELOOP: 'a link that loops',
    EISDIR: 'a folder',
    EIO: 'input/output error',
    EMFILE: 'too many open files',
  };
  return e?.code ? `${why[e.code] ?? 'cannot read'} (${e.code})` : `cannot read (${String(error)})`;
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
      return { reason: `${type}, not a file: not read`, io: false };
    }
    handle = await fs.promises.open(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
    // The path may have been swapped between stat and open.
    const opened = describeType(await handle.stat());
    if (opened) {
      return { reason: `${opened}, not a file: not read`, io: false };
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
