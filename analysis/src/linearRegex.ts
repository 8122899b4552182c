// Patterns matched in linear time (RE2 semantics): a log line can never make them backtrack.
// Every user pattern and every built-in noise rule goes through here; a user pattern also sees at
// most MAX_USER_TEXT characters of a line.

import { RE2JS } from 're2js';

export interface LinearPattern {
  readonly source: string;
  test(text: string): boolean;
}

export interface RefusedPattern {
  source: string;
  reason: string;
}

/** A user pattern sees this much of a line: the part any sensible noise pattern is about. */
export const MAX_USER_TEXT = 4096;

/** A built-in pattern, written as a regular expression literal for syntax checking. */
export function linear(pattern: RegExp): LinearPattern {
  return compile(pattern.source, pattern.flags.includes('i'), Infinity);
}

/** Compile user pattern sources; the ones RE2 cannot take are returned with the reason. */
export function compileUserPatterns(sources: readonly string[]): { patterns: LinearPattern[]; refused: RefusedPattern[] } {
  const patterns: LinearPattern[] = [];
  const refused: RefusedPattern[] = [];
  for (const source of sources) {
    try {
      patterns.push(compile(source, false, MAX_USER_TEXT));
    } catch (error) {
      refused.push({ source, reason: error instanceof Error ? error.message : String(error) });
    }
  }
  return { patterns, refused };
}

function compile(source: string, ignoreCase: boolean, maxText: number): LinearPattern {
  const re = RE2JS.compile(source, ignoreCase ? RE2JS.CASE_INSENSITIVE : 0);
  return { source, test: (text) => re.matcher(text.length > maxText ? text.slice(0, maxText) : text).find() };
}
