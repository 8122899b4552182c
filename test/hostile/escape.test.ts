// Escape sequences and Markdown payloads in log text and file names: the terminal gets no control
// byte, Markdown gets no live link, image, autolink or tag, and the failure is still reported.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import MarkdownIt from 'markdown-it';
import { forTerminal, markdownCode, markdownText } from '../../analysis/src/output/escape.js';
import { main } from '../../server/src/cli/main.js';

// What a renderer that allows everything (raw HTML, bare-URL links) makes of our Markdown.
const render = (markdown: string): string => new MarkdownIt({ html: true, linkify: true }).render(markdown);
const LIVE = /<(?:a|img|script|iframe|svg|details|style)\b|<[^>]*\son\w+=/i;
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;

export const TERMINAL_PAYLOADS = [
  '\x1b]0;pwned\x07',
  '\x1b[2J\x1b[H',
  '\x1b]8;;file:///etc/passwd\x1b\\click\x1b]8;;\x1b\\',
  '\x1b[8mhidden\x1b[0m',
  '\x9b31m C1 CSI',
  'bell\x07 backspace\x08 nul\x00',
  'reorder \u202eexe.txt\u202c',
];

export const MARKDOWN_PAYLOADS = [
  '[click](javascript:alert(1))',
  '![x](file:///C:/secret.png)',
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '<https://attacker.invalid/>',
  'https://attacker.invalid/path and www.attacker.invalid',
  'mail me at someone@attacker.invalid',
  '[ref]: javascript:alert(1)',
  '\\[escaped](javascript:alert(2))',
  '`code` ``double`` [in](javascript:x)',
  'cell | break',
];

test('forTerminal leaves no control character and shows each one', () => {
  for (const payload of TERMINAL_PAYLOADS) {
    const shown = forTerminal(payload);
    assert.doesNotMatch(shown, CONTROL, JSON.stringify(payload));
    assert.match(shown, /\\u00[0-9a-f]{2}|\\u20[0-9a-f]{2}/);
  }
  assert.equal(forTerminal('tab\tand\nnewline stay'), 'tab\tand\nnewline stay');
});

test('markdownText: no payload renders as a link, image, autolink or tag, and its text is kept', () => {
  for (const payload of MARKDOWN_PAYLOADS) {
    const html = render(`- line 3: ${markdownText(payload)}`);
    assert.doesNotMatch(html, LIVE, payload);
    assert.doesNotMatch(html, /<td|<th/, payload);
    const text = html.replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&').trim();
    assert.equal(text, `line 3: ${payload}`);
  }
});

test('markdownCode: one code span holding the text as written', () => {
  for (const payload of [...MARKDOWN_PAYLOADS, '`starts with a backtick', 'ends with one`']) {
    const html = render(markdownCode(payload)).trim();
    assert.match(html, /^<p><code>[^<]*<\/code><\/p>$/, payload);
    const text = html.replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
    assert.equal(text.trim(), payload.trim());
  }
});

function hostileCase(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hostile-'));
  const lines = [...TERMINAL_PAYLOADS, ...MARKDOWN_PAYLOADS].map(
    (p, i) => `2024-05-01 10:00:${String(i).padStart(2, '0')}, Error                 CBS    Failed to stage ${p} [HRESULT = 0x800f0922 - CBS_E_INSTALLERS_FAILED]`,
  );
  const name = process.platform === 'win32' ? 'CBS [x](javascript:1).log' : 'CBS \x1b]0;t\x07[x](javascript:1)<img src=x>.log';
  fs.writeFileSync(path.join(dir, name), lines.join('\r\n') + '\r\n');
  return dir;
}

async function run(args: string[]): Promise<{ code: number; stdout: string }> {
  let stdout = '';
  const code = await main(['node', 'servicing-logs', ...args], { stdout: (s: string) => (stdout += s), stderr: () => undefined });
  return { code, stdout };
}

test('CLI text output of a log full of escapes: no control byte, no live Markdown, the failure still reported', async () => {
  const dir = hostileCase();
  try {
    const { code, stdout } = await run(['analyze', dir]);
    assert.ok(code === 0 || code === 1);
    assert.doesNotMatch(stdout, CONTROL);
    assert.doesNotMatch(render(stdout), LIVE);
    assert.match(stdout, /most telling failure: 0x800F0922 CBS_E_INSTALLERS_FAILED/);
    assert.match(stdout, /### CBS .*\.log — CBS log/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('CLI JSON output keeps the log text exactly (JSON escapes it)', async () => {
  const dir = hostileCase();
  try {
    const { stdout } = await run(['analyze', '--format', 'json', dir]);
    const text = JSON.stringify(JSON.parse(stdout));
    assert.ok(text.includes(JSON.stringify(TERMINAL_PAYLOADS[0]).slice(1, -1)));
    assert.ok(text.includes(JSON.stringify(MARKDOWN_PAYLOADS[2]).slice(1, -1)));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('CLI stderr: a file name full of escapes is shown with its control characters made visible', async () => {
  const dir = hostileCase();
  const name = 'notes \x1b]0;pwned\x07\x1b[2J.txt';
  fs.writeFileSync(path.join(dir, name), 'not a servicing log\n');
  try {
    let stderr = '';
    await main(['node', 'servicing-logs', 'analyze', dir], { stdout: () => undefined, stderr: (s: string) => (stderr += s) });
    assert.match(stderr, /skipped notes \\u001b\]0;pwned\\u0007\\u001b\[2J\.txt/);
    assert.doesNotMatch(stderr, CONTROL);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
