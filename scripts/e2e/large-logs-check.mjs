// Two logs too big for VS Code's defaults, the way a person meets them in code-server's workbench
// (the VSIX-installed extension). Screenshots into --out.
//  1. A CBS.log over 50 MB, opened from the explorer: the notification's "Open Excerpt" button
//     clicked, the excerpt read (its lines numbered as in the large log), the hover on the
//     failure's code, then Ctrl+click on a line number opens the large log at that line.
//     Written into --work: corpus CBS lines (no failure) repeated past 50 MB, then
//     examples/case/CBS.log, whose 0x800703f1 failure the excerpt must hold.
//  2. A CBS.log with 3,000 Error lines, each with another code: the Problems panel holds at most
//     VS Code's 1,000 per file (grouped, with counts), the Failures view counts all of them.
//
// usage: node large-logs-check.mjs --url http://127.0.0.1:PORT --case examples/case --corpus ../shared/corpus --work DIR --out screenshots
// exit:  0 when every check passed, 1 otherwise.
import fs from 'node:fs';
import path from 'node:path';
import { checklist, launchBrowser, oneLine as text, requireArgs, say, screenshooter, visible, workbenchUrl } from './browser.mjs';

const args = requireArgs(process.argv.slice(2), ['url', 'case', 'corpus', 'work', 'out']);
const out = path.resolve(args.out);
const folder = path.join(path.resolve(args.work), 'large-case');
const manyFolder = path.join(path.resolve(args.work), 'many-failures');
fs.mkdirSync(folder, { recursive: true });
fs.mkdirSync(manyFolder, { recursive: true });
fs.mkdirSync(out, { recursive: true });

// The large log: filler to just over 50 MB, then the case's CBS.log.
const big = path.join(folder, 'CBS.log');
const filler = fs.readFileSync(path.join(args.corpus, 'cbs-hofcake-1.log'));
const tail = fs.readFileSync(path.join(args.case, 'CBS.log'));
const fd = fs.openSync(big, 'w');
for (let written = 0; written < 52 * 1024 * 1024; written += filler.length) {
  fs.writeSync(fd, filler);
}
fs.writeSync(fd, tail);
fs.closeSync(fd);
const bigLines = fs.readFileSync(big, 'latin1').split(/\r?\n/);
const failureLine = bigLines.findIndex((l) => l.includes('Setting original failure status: 0x800703f1')) + 1;
say(`${big}: ${(fs.statSync(big).size / 1024 / 1024).toFixed(1)} MB, ${bigLines.length} lines, the failure on line ${failureLine}`);

// 3,000 Error lines, each with its own second and its own code (the analysis folds a failure
// repeated with the same code into one, so distinct codes are what fills the Problems panel).
const MANY = 3000;
const many = Array.from({ length: MANY }, (_, i) => {
  const t = new Date(Date.UTC(2024, 0, 15, 10, 0, 0) + i * 1000).toISOString();
  return `${t.slice(0, 10)} ${t.slice(11, 19)}, Error                 CBS    Doqe: Failed staging driver updates [HRESULT = 0x${(0x80070001 + i).toString(16)}]`;
});
fs.writeFileSync(path.join(manyFolder, 'CBS.log'), many.join('\r\n') + '\r\n');

const { check, exitWithChecks } = checklist('Large log check');
const { page, close } = await launchBrowser('large-logs');
const shot = screenshooter(page, out);
const toastButton = (label) => page.locator('.notifications-toasts .notification-toast .monaco-button', { hasText: label });
// The text of the editors whose lines hold `want` (the editor renders spaces as U+00A0).
const editorText = (want, timeout) => page.waitForFunction((w) => [...document.querySelectorAll('.editor-instance .view-lines')]
  .map((e) => e.innerText.replace(/\u00a0/g, ' ')).find((t) => t.includes(w)) ?? '', want, { timeout }).then((h) => h.jsonValue(), () => '');
try {
  await page.goto(workbenchUrl(args.url, folder), { waitUntil: 'domcontentloaded' });
  const row = '.explorer-folders-view .monaco-list-row[aria-label*="CBS.log"]';
  check('workbench loads and the explorer lists CBS.log', await visible(page, row, 90_000));
  // Opened from the explorer: VS Code shows its "very large" placeholder, not an editor.
  await page.click(row);
  await page.waitForSelector('.tab.active[aria-label*="CBS.log"]', { timeout: 15_000 });
  // Reading 50 MB twice (code names, then failures) takes a while on a loaded machine.
  const offered = await toastButton('Open Excerpt').waitFor({ state: 'visible', timeout: 150_000 }).then(() => true, () => false);
  const notification = offered ? text(await page.locator('.notifications-toasts .notification-toast', { hasText: 'Open Excerpt' }).innerText()) : '';
  check('opening the large log offers "Open Excerpt" with its summary', offered && /CBS\.log/.test(notification), notification.slice(0, 200));
  // The toast fades in: shoot it once drawn in full.
  await page.waitForFunction(() => [...document.querySelectorAll('.notifications-toasts .notification-toast')].some((e) => e.innerText.includes('Open Excerpt') && getComputedStyle(e).opacity === '1'), null, { timeout: 10_000 }).catch(() => {});
  await shot('large-log-notification.png');

  await toastButton('Open Excerpt').click();
  const excerpt = await editorText('0x800703f1', 60_000);
  check('clicking "Open Excerpt" opens the excerpt with the failure', /Setting original failure status: 0x800703f1/.test(excerpt), text(excerpt).slice(0, 160));
  // Each line starts with its line number in the large log (inlay hints, drawn into the line).
  const numbered = await page.waitForFunction((n) => [...document.querySelectorAll('.editor-instance .view-line')]
    .map((e) => e.innerText.replace(/\u00a0/g, ' ')).find((t) => t.includes('Setting original failure status') && t.trim().startsWith(String(n))) ?? '', failureLine, { timeout: 30_000 })
    .then((h) => h.jsonValue(), () => '');
  check(`the failure's excerpt line shows its line number in the large log (${failureLine})`, numbered, text(numbered).slice(0, 120));

  // Hover on the code: Ctrl+G to the failure's line of the excerpt (the excerpt is short: all its
  // lines are drawn, top to bottom from line 1).
  const excerptLine = await page.evaluate(() => {
    const lines = [...document.querySelectorAll('.editor-instance .view-line')].filter((e) => e.offsetParent).sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top));
    return lines.findIndex((e) => e.innerText.replace(/\u00a0/g, ' ').includes('Setting original failure status')) + 1;
  });
  say(`the failure is line ${excerptLine} of the excerpt`);
  await page.keyboard.press('Control+G');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible', timeout: 10_000 });
  await page.keyboard.type(`${excerptLine}:${bigLines[failureLine - 1].indexOf('0x800703f1') + 4}`);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+K');
  await page.keyboard.press('Control+I');
  const hover = await page.waitForFunction(() => [...document.querySelectorAll('.monaco-hover:not(.hidden) .monaco-hover-content')]
    .map((e) => e.innerText).join('\n').match(/ERROR_BADDB[^]*FACILITY_WIN32[^]*/)?.[0] ?? '', null, { timeout: 30_000 }).then((h) => h.jsonValue(), () => '');
  check('the hover in the excerpt decodes 0x800703f1 (ERROR_BADDB, FACILITY_WIN32)', hover, text(hover).slice(0, 160));
  await shot('excerpt-hover.png');
  await page.keyboard.press('Escape');

  // Ctrl+click the failure line's number: the large log opens (VS Code asks first: Open Anyway) at that line.
  const hint = page.locator('.editor-instance .view-line', { hasText: 'Setting original failure status' }).locator('span[class*="inlay"], span[class*="dyn-rule"]').first();
  await hint.click({ modifiers: ['Control'] });
  const openAnyway = page.locator('.editor-container .monaco-button, .editor-placeholder .monaco-button', { hasText: /Open Anyway/i }).first();
  if (await openAnyway.waitFor({ state: 'visible', timeout: 20_000 }).then(() => true, () => false)) {
    await shot('large-log-open-anyway.png');
    await openAnyway.click();
  }
  const landed = await page.waitForFunction((n) => [...document.querySelectorAll('.statusbar-item')].some((e) => e.textContent?.includes(`Ln ${n},`)), failureLine, { timeout: 60_000 })
    .then(() => true, () => false);
  // Only the large log has that many lines (the excerpt has a few dozen).
  check(`Ctrl+click on the number opens the large log at line ${failureLine}`, landed, text(await page.locator('#status\\.editor\\.selection').innerText().catch(() => '')));
  await shot('large-log-at-line.png');

  // 2. More failures than the Problems panel keeps.
  await page.goto(workbenchUrl(args.url, manyFolder), { waitUntil: 'domcontentloaded' });
  check('workbench loads the folder of the log with 3,000 errors', await visible(page, row, 90_000));
  await page.click(row);
  await page.keyboard.press('Control+Shift+M');
  const grouped = await page.waitForFunction(() => document.querySelector('.markers-panel .monaco-list-rows')?.innerText.match(/×\s*\d[\d,]*/)?.[0] ?? '', null, { timeout: 120_000 })
    .then((h) => h.jsonValue(), () => '');
  const badge = Number((await page.locator('.part.panel .action-item.checked .badge-content, .panel-switcher-container .badge-content').first().innerText().catch(() => '')).replace(/\D/g, ''));
  check(`the Problems panel groups the repeated failure (${grouped}) and holds at most 1,000 entries`, grouped && badge > 0 && badge <= 1000, `badge ${badge}`);
  await page.keyboard.press('F1');
  await page.keyboard.type('Servicing Logs: Focus on Failures View', { delay: 5 });
  await page.keyboard.press('Enter');
  const logRow = await page.waitForFunction(() => [...document.querySelectorAll('.part.sidebar .monaco-list-row')].map((e) => e.innerText.replace(/\s+/g, ' ')).find((t) => /CBS\.log/.test(t)) ?? '', null, { timeout: 30_000 })
    .then((h) => h.jsonValue(), () => '');
  const counted = Number(/([\d,]+) shown/.exec(logRow)?.[1]?.replace(/,/g, '') ?? 0);
  check(`the Failures view counts all ${MANY} failures of the log`, counted >= MANY, text(logRow).slice(0, 160));
  await shot('many-failures-problems-view.png');
} catch (e) {
  check('large-logs script ran to the end', false, e instanceof Error ? e.message.split('\n')[0] : String(e));
  await page.screenshot({ path: path.join(out, 'large-logs-error.png') }).catch(() => {});
} finally {
  await close();
  fs.rmSync(folder, { recursive: true, force: true });
  fs.rmSync(manyFolder, { recursive: true, force: true });
}
exitWithChecks();
