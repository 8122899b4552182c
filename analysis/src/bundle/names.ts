// How a log of a bundle is named in messages and reports.

import type { LogDocument } from '../document';

/** The last path segment of a URI or path, decoded: `file:///c%3A/Logs/CBS.log` → `CBS.log`. */
export function fileNameOf(uri: string | undefined): string {
  if (!uri) {
    return '(untitled)';
  }
  const last = uri.replace(/[?#].*$/, '').split(/[\\/]/).pop() ?? uri;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** Display names for the logs of a bundle: the given names, else the file names. */
export function bundleNames(docs: readonly LogDocument[], names?: readonly string[]): string[] {
  return docs.map((doc, i) => names?.[i] ?? fileNameOf(doc.uri));
}

/** One log line quoted for a message: trimmed, shortened, backticks neutralised. */
export function shortLine(text: string, max = 140): string {
  const s = text.trim().replace(/\s+/g, ' ');
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
