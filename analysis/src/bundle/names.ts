// How a log of a bundle is named in messages and reports.

import type { LogDocument } from '../document.js';

/** The last path segment of a URI or path, decoded: `file:///c%3A/Logs/CBS.log` → `CBS.log`. */
function fileNameOf(uri: string | undefined): string {
  if (!uri) {
    return '(untitled)';
  }
  const last = uri.replace(/[?#][\s\S]*$/, '').split(/[\\/]/).pop() ?? uri;
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

/** Shortened in the middle, so that the end (often the decoded code) stays readable. */
export function shortMiddle(text: string, max = 160): string {
  const s = text.trim().replace(/\s+/g, ' ');
  if (s.length <= max) {
    return s;
  }
  const tail = Math.floor(max * 0.4);
  return `${s.slice(0, max - tail - 1)}…${s.slice(s.length - tail)}`;
}
