// Awkward files for the read-path tests (test/server/files.test.ts, test/cli.test.ts).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** Run `body` in a fresh temporary folder, removed afterwards. */
export async function inTempDir(body: (dir: string) => void | Promise<void>): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'servicing-logs-files-'));
  try {
    await body(dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** A file of `bytes` zeros that takes no disk space. */
export function sparseFile(file: string, bytes: number): void {
  fs.writeFileSync(file, '');
  fs.truncateSync(file, bytes);
}

/** `before`, then one line of `megabytes` MB, then `after` (written a megabyte at a time). */
export function longLineFile(file: string, before: string, megabytes: number, after: string): void {
  const fd = fs.openSync(file, 'w');
  try {
    fs.writeSync(fd, before);
    const block = Buffer.alloc(1024 * 1024, 'z');
    for (let i = 0; i < megabytes; i++) {
      fs.writeSync(fd, block);
    }
    fs.writeSync(fd, after);
  } finally {
    fs.closeSync(fd);
  }
}
