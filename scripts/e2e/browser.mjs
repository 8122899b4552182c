// Headless Debian Chromium driven by playwright-core, for code-server (VS Code in the browser).
// Each launch uses a fresh profile under $TMPDIR and records the browser's pid in
// $E2E_WORK/run/<name>.browser.pid so the calling shell script can stop it if we die.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { chromium } = require('playwright-core');

export const t0 = Date.now();
export const stamp = () => `[${((Date.now() - t0) / 1000).toFixed(1)}s]`;
export const say = (...a) => console.log(stamp(), ...a);

/** Pids of processes whose parent is us and whose command line names `marker`. */
function childPidsWith(marker) {
  const out = [];
  for (const ent of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(ent)) {
      continue;
    }
    try {
      const stat = fs.readFileSync(`/proc/${ent}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid !== process.pid) {
        continue;
      }
      if (fs.readFileSync(`/proc/${ent}/cmdline`, 'utf8').includes(marker)) {
        out.push(Number(ent));
      }
    } catch {
      /* process went away */
    }
  }
  return out;
}

export async function launchBrowser(name, { width = 1400, height = 900 } = {}) {
  const work = process.env.E2E_WORK || path.resolve('.e2e');
  const runDir = path.join(work, 'run');
  fs.mkdirSync(runDir, { recursive: true });
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), `chromium-${name}-`));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    viewport: { width, height },
    deviceScaleFactor: 1,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage', '--lang=en-US'],
  });
  const pidFile = path.join(runDir, `${name}.browser.pid`);
  fs.writeFileSync(pidFile, childPidsWith(profile).join('\n') + '\n');
  const page = ctx.pages()[0] || (await ctx.newPage());
  const consoleLog = fs.createWriteStream(path.join(work, 'logs', `${name}.browser-console.log`), { flags: 'w' });
  page.on('console', (m) => consoleLog.write(`${m.type()}: ${m.text()}\n`));
  page.on('pageerror', (e) => consoleLog.write(`pageerror: ${e.message}\n`));
  let closed = false;
  const close = async () => {
    if (closed) {
      return;
    }
    closed = true;
    await ctx.close().catch(() => {});
    consoleLog.end();
    fs.rmSync(pidFile, { force: true });
    fs.rmSync(profile, { recursive: true, force: true });
  };
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.once(sig, () => { close().finally(() => process.exit(128 + (sig === 'SIGINT' ? 2 : sig === 'SIGTERM' ? 15 : 1))); });
  }
  return { ctx, page, close };
}

/** code-server URL that opens `folder`, optionally with a `payload` (list of [key, value]). */
export function workbenchUrl(base, folder, payload) {
  let url = `${base.replace(/\/$/, '')}/?folder=${encodeURIComponent(path.resolve(folder))}`;
  if (payload) {
    url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  }
  return url;
}

/** `vscode-remote://host/abs/path`: how the browser names a file on code-server's machine. */
export function remoteUri(base, p) {
  return `vscode-remote://${new URL(base).host}${path.resolve(p)}`;
}

export function parseArgs(argv) {
  const out = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) {
      continue;
    }
    const [k, v] = a.includes('=') ? [a.slice(2, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a.slice(2), argv[i + 1]?.startsWith('--') || argv[i + 1] === undefined ? 'true' : argv[++i]];
    out[k] = v;
  }
  return out;
}

/** The arguments a UI check needs, or exit 2 naming the first one missing. */
export function requireArgs(argv, names) {
  const args = parseArgs(argv);
  for (const k of names) {if (!args[k]) { console.error(`missing --${k}`); process.exit(2); }}
  return args;
}

/** A list of named checks: `check(name, ok, detail)` records and prints one; `exitWithChecks` ends the run. */
export function checklist(label) {
  const checks = [];
  const check = (name, ok, detail = '') => {
    checks.push({ name, ok: !!ok, detail });
    say(`${ok ? 'PASS' : 'FAIL'} ${name}${detail ? `: ${detail}` : ''}`);
  };
  const exitWithChecks = () => {
    const failed = checks.filter((c) => !c.ok);
    say(`${label}: ${checks.length - failed.length} passed, ${failed.length} failed`);
    process.exit(failed.length === 0 ? 0 : 1);
  };
  return { checks, check, exitWithChecks };
}

export const visible = (page, sel, timeout) => page.waitForSelector(sel, { state: 'visible', timeout }).then(() => true, () => false);
/** Text on one line, whitespace runs squeezed. */
/** Widen the side bar by `by` pixels (drag its sash), so that an outline's details are readable. */
export async function widenSideBar(page, by) {
  const bar = await page.locator('.part.sidebar').boundingBox().catch(() => null);
  if (bar) {
    await page.mouse.move(bar.x + bar.width + 1, bar.y + 300);
    await page.mouse.down();
    await page.mouse.move(bar.x + bar.width + by, bar.y + 300, { steps: 5 });
    await page.mouse.up();
  }
}

export const oneLine = (s) => (s || '').replace(/\s+/g, ' ').trim();

/** `shot(name)` saves a screenshot of the page into `out` and says so. */
export const screenshooter = (page, out) => async (name) => {
  await page.screenshot({ path: path.join(out, name) });
  say(`saved ${path.join(out, name)}`);
};

/** Quick Open (Ctrl+P) a file of the workspace by name and wait for its editor.
 *  File search can be slow on a loaded machine: one more try before giving up. */
export async function quickOpen(page, file, attempt = 1) {
  await page.keyboard.press('Control+P');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible', timeout: 15_000 });
  await page.keyboard.type(file, { delay: 10 });
  const listed = await page.waitForSelector(`.quick-input-list .monaco-list-row[aria-label*="${file}"]`, { timeout: 15_000 }).then(() => true, () => false);
  if (!listed) {
    await page.keyboard.press('Escape');
    if (attempt === 1) { return quickOpen(page, file, 2); }
    throw new Error(`Quick Open did not list ${file}`);
  }
  await page.keyboard.press('Enter');
  await page.waitForSelector(`.tab.active[aria-label*="${file}"]`, { timeout: 15_000 });
  await page.waitForSelector('.editor-instance .monaco-editor .view-lines', { timeout: 15_000 });
}
