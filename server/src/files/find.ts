// Finding the files of a log collection: the folders given are walked (sorted, in any layout a
// collector produces), never leaving them: a link is followed only when it points inside the
// folder it was found in, each folder is walked once (link loops end), and only regular files are
// returned. Everything not returned that might have been a log is reported with the reason.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { describeType, ioReason, notAFile } from './read.js';
import { phrase, type Phrase } from '../../../analysis/src/index.js';

export interface FoundFile {
  path: string;
  /** Path relative to the folder the display names start from, with '/' separators. */
  name: string;
  size: number;
  mtimeMs: number;
}

export interface Passed {
  name: string;
  reason: Phrase;
  /** An I/O problem (unreadable, a broken or looping link), not just something that is no log. */
  io: boolean;
}

export interface FindOptions {
  skipFolders?: ReadonlySet<string>;
  maxDepth?: number;
  maxFiles?: number;
  /** A tree that is not a log collection (a source tree) is not walked to the end. */
  maxFolders?: number;
  /** Which files to return or report (the rest are left without a message). */
  accept?: (file: string) => boolean;
}

export interface FindResult {
  /** The folder the display names start from: the target itself for one folder, else the common parent. */
  root: string;
  files: FoundFile[];
  passed: Passed[];
  /** Set when a limit stopped the walk. */
  truncated?: Phrase;
}

const DEFAULT_SKIP = new Set(['.git', 'node_modules']);

export async function findFiles(targets: readonly string[], options: FindOptions = {}): Promise<FindResult> {
  const resolved = targets.map((t) => path.resolve(t));
  const stats = await Promise.all(resolved.map((t) => fs.promises.stat(t).catch(() => undefined)));
  const root = commonRoot(resolved.map((t, i) => (stats[i]?.isDirectory() ? t : path.dirname(t))));
  const result: FindResult = { root, files: [], passed: [] };
  const display = (file: string): string => path.relative(root, file).split(path.sep).join('/') || path.basename(file);
  const seen = new Set<string>();
  const skip = options.skipFolders ?? DEFAULT_SKIP;
  let folders = 0;

  const addFile = (file: string, real: string, stat: fs.Stats): void => {
    if (seen.has(real) || (options.accept && !options.accept(file))) {
      return;
    }
    if (options.maxFiles !== undefined && result.files.length >= options.maxFiles) {
      result.truncated = phrase('file.moreFiles', { count: options.maxFiles });
      return;
    }
    seen.add(real);
    result.files.push({ path: file, name: display(file), size: stat.size, mtimeMs: stat.mtimeMs });
  };
  const pass = (file: string, reason: Phrase, io: boolean): void => {
    if (options.accept && !options.accept(file)) {
      return;
    }
    result.passed.push({ name: display(file), reason, io });
  };

  const walk = async (dir: string, realDir: string, top: string, depth: number): Promise<void> => {
    if (seen.has(realDir)) {
      return;
    }
    seen.add(realDir);
    if ((options.maxDepth !== undefined && depth > options.maxDepth) || (options.maxFolders !== undefined && ++folders > options.maxFolders)) {
      result.truncated ??= phrase('file.moreFolders', { folders: String(options.maxFolders), depth: String(options.maxDepth) });
      return;
    }
    let entries: fs.Dirent[];
    try {
      entries = await fs.promises.readdir(dir, { withFileTypes: true });
    } catch (error) {
      pass(dir, phrase('file.folderNotRead', { reason: ioReason(error) }), true);
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!skip.has(entry.name)) {
          await walk(full, path.join(realDir, entry.name), top, depth + 1);
        }
      } else if (entry.isFile()) {
        const stat = await fs.promises.stat(full).catch(() => undefined);
        if (stat) {
          addFile(full, path.join(realDir, entry.name), stat);
        }
      } else if (entry.isSymbolicLink()) {
        await follow(full, top, depth);
      } else {
        const stat = await fs.promises.lstat(full).catch(() => undefined);
        pass(full, notAFile(stat && describeType(stat)), false);
      }
    }
  };

  const follow = async (link: string, top: string, depth: number): Promise<void> => {
    let real: string;
    let stat: fs.Stats;
    try {
      real = await fs.promises.realpath(link);
      stat = await fs.promises.stat(real);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      pass(link, code === 'ENOENT' ? phrase('file.danglingLink') : phrase('file.linkNotFollowed', { reason: ioReason(error) }), true);
      return;
    }
    if (!isInside(real, top)) {
      pass(link, phrase('file.linkOutside', { target: real }), false);
    } else if (stat.isDirectory()) {
      await walk(link, real, top, depth + 1);
    } else if (stat.isFile()) {
      addFile(link, real, stat);
    } else {
      pass(link, phrase('file.linkToNotAFile', { type: describeType(stat) ?? phrase('file.notRegular') }), false);
    }
  };

  for (const [i, target] of resolved.entries()) {
    const stat = stats[i];
    if (!stat) {
      const lstat = await fs.promises.lstat(target).catch(() => undefined);
      pass(target, phrase(lstat?.isSymbolicLink() ? 'file.brokenLink' : 'file.notFound'), true);
    } else if (stat.isDirectory()) {
      const real = await fs.promises.realpath(target);
      await walk(target, real, real, 0);
    } else if (stat.isFile()) {
      addFile(target, await fs.promises.realpath(target), stat);
    } else {
      pass(target, notAFile(describeType(stat)), true);
    }
  }
  return result;
}

function isInside(file: string, folder: string): boolean {
  const relative = path.relative(folder, file);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

function commonRoot(dirs: readonly string[]): string {
  let root = dirs[0] ?? process.cwd();
  for (const dir of dirs.slice(1)) {
    while (root !== path.dirname(root) && !isInside(dir, root)) {
      root = path.dirname(root);
    }
  }
  return root;
}
