// Log text and file names come from customers' machines and the internet. Every output that is
// not JSON (JSON.stringify escapes already) goes through one of these before it is shown.

// C0 controls but tab and line feed, DEL, C1 controls, and the bidirectional overrides and
// isolates that hide or reorder text. ESC is one of them, so no escape sequence (CSI, OSC,
// title change, hyperlink) survives: its ESC byte is shown as text and the rest is inert.
const RX_CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Text for a terminal: every control character shown as `\u001b`-style text. */
export function forTerminal(text: string): string {
  return text.replace(RX_CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

// What can start a link, an image, an autolink or HTML in CommonMark and GFM: `[`, `<`, a URL
// scheme's `://`, `www.`, an e-mail's `@`; `|`, which ends a table cell; and a backslash before
// punctuation, which would undo the escape put after it.
const RX_MARKDOWN = /\\(?=[!-/:-@[-`{-~])|[[<@|`]|:(?=\/\/)|(?<=\b[Ww][Ww][Ww])\./g;

/** Log text as plain Markdown text: shown as written, never a link, image, autolink or tag. */
export function markdownText(text: string): string {
  return forTerminal(text.replace(/[\r\n]+/g, ' ')).replace(RX_MARKDOWN, (c) => `\\${c}`);
}

/** Log text as a Markdown code span (nothing inside one is a link or a tag). */
export function markdownCode(text: string): string {
  const flat = forTerminal(text.replace(/[\r\n]+/g, ' '));
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}
