// Looks at the extension the way a person would: opens examples/case in code-server's workbench
// (the VSIX-installed extension, i.e. what users get), opens CBS.log, waits for the error
// squiggle, shows the hover on 0x800703f1, opens the Problems panel, then setupapi.dev.log's
// outline. Saves screenshots and summary.json into --out.
//
// usage: node ui-check.mjs --url http://127.0.0.1:PORT --folder examples/case --out screenshots [--smoke]
//   --smoke: only check that the workbench loads and CBS.log opens (used by `npm start` in CI).
// exit:  0 when every check passed, 1 otherwise (screenshots are saved either way).
import fs from 'node:fs';
import path from 'node:path';
import { checklist, launchBrowser, oneLine as text, quickOpen as openFile, requireArgs, say, screenshooter, visible, widenSideBar, workbenchUrl } from './browser.mjs';

const args = requireArgs(process.argv.slice(2), ['url', 'folder', 'out']);
const smoke = args.smoke === 'true';
const out = path.resolve(args.out);
fs.mkdirSync(out, { recursive: true });
const folder = path.resolve(args.folder);
const cbsText = fs.readFileSync(path.join(folder, 'CBS.log'), 'latin1').split(/\r?\n/);
const saText = fs.existsSync(path.join(folder, 'setupapi.dev.log'))
  ? fs.readFileSync(path.join(folder, 'setupapi.dev.log'), 'latin1').split(/\r?\n/) : [];

const { checks, check, exitWithChecks } = checklist('UI check');
const summary = {};

const { page, close } = await launchBrowser(smoke ? 'start-smoke' : 'ui');
try {
  const shot = screenshooter(page, out);
  const quickOpen = (file) => openFile(page, file);
  // Go to line (1-based) and column with Ctrl+G.
  const goTo = async (line, col = 1) => {
    await page.keyboard.press('Control+G');
    await page.waitForSelector('.quick-input-widget input', { state: 'visible', timeout: 10_000 });
    await page.keyboard.type(`${line}:${col}`);
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      (want) => [...document.querySelectorAll('.statusbar-item')].some((e) => e.textContent?.includes(`Ln ${want},`)),
      line, { timeout: 10_000 },
    ).catch(() => {});
  };
  const command = async (label) => {
    await page.keyboard.press('F1');
    await page.waitForSelector('.quick-input-widget input', { state: 'visible', timeout: 10_000 });
    await page.keyboard.type(label, { delay: 5 });
    const found = await page.waitForSelector(`.quick-input-list .monaco-list-row[aria-label*="${label}"]`, { timeout: 10_000 }).then(() => true, () => false);
    await page.keyboard.press(found ? 'Enter' : 'Escape');
    return found;
  };
  const languageMode = () => page.locator('#status\\.editor\\.mode').innerText({ timeout: 5_000 }).then(text, () => '');

  await page.goto(workbenchUrl(args.url, folder), { waitUntil: 'domcontentloaded' });
  const explorer = await visible(page, '.explorer-folders-view .monaco-list-row[aria-label*="CBS.log"]', 90_000);
  check('workbench loads and the explorer lists CBS.log', explorer);
  if (!explorer) { await shot(smoke ? 'start.png' : 'workbench.png'); throw new Error('workbench did not load'); }

  await quickOpen('CBS.log');
  const firstLine = await page.locator('.editor-instance .view-lines').innerText().catch(() => '');
  check('CBS.log opens in an editor', firstLine.includes('TrustedInstaller'));
  summary.language = await languageMode();
  check('language mode is "CBS Log"', summary.language === 'CBS Log', summary.language);

  if (smoke) {
    const errorLine = cbsText.findIndex((l) => /^\S+ \S+, Error /.test(l));
    if (errorLine >= 0) {
      await goTo(errorLine + 1, 1);
    }
    summary.squiggle = await visible(page, '.monaco-editor .squiggly-error, .monaco-editor .squiggly-warning', 20_000);
    say(`(info) squiggle in view: ${summary.squiggle}`);
    await shot('start.png');
  } else {
    // Summary CodeLens above line 1.
    const lens = await visible(page, '.monaco-editor .codelens-decoration a, .monaco-editor .codelens-decoration span', 30_000);
    summary.codeLens = lens ? text(await page.locator('.monaco-editor .codelens-decoration').first().innerText()) : '';
    check('summary CodeLens on line 1 names the root cause', /root cause/i.test(summary.codeLens), summary.codeLens);
    await shot('summary.png');

    // Hover on 0x800703f1 of "Setting original failure status".
    const idx = cbsText.findIndex((l) => l.includes('Setting original failure status: 0x800703f1'));
    const col = cbsText[idx].indexOf('0x800703f1') + 3;
    await goTo(idx + 1, col + 1);
    summary.squiggle = await visible(page, '.monaco-editor .squiggly-error', 60_000);
    check('error squiggle in CBS.log', summary.squiggle);
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    const hoverSel = '.monaco-hover:not(.hidden) .monaco-hover-content';
    const hoverText = (want) => page.waitForFunction(([sel, w]) => {
      const all = [...document.querySelectorAll(sel)].filter((e) => e.offsetParent !== null);
      const t = all.map((e) => e.innerText).join('\n');
      return (w ? t.includes(w) : t.trim()) ? t : '';
    }, [hoverSel, want], { timeout: 15_000 }).then((h) => h.jsonValue(), () => '');
    // The problem part of the hover shows first; wait for the decoded error code as well.
    summary.hover = (await hoverText('FACILITY_WIN32')) || (await hoverText(''));
    check('hover on 0x800703f1 decodes it (ERROR_BADDB, FACILITY_WIN32)', /ERROR_BADDB/.test(summary.hover) && /FACILITY_WIN32/.test(summary.hover),
      text(summary.hover).slice(0, 160));
    await shot('hover.png');

    // Problems panel.
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Shift+M');
    const rows = await visible(page, '.markers-panel .monaco-list-row', 15_000);
    summary.problems = rows ? text(await page.locator('.markers-panel .monaco-list-rows').innerText()) : '';
    check('Problems panel lists ERROR_BADDB', /ERROR_BADDB/.test(summary.problems), summary.problems.slice(0, 160));
    await shot('problems.png');

    // setupapi.dev.log and its outline, cursor in the failed section.
    if (!(await command('View: Hide Panel'))) {
      await command('View: Close Panel');
    }
    await quickOpen('setupapi.dev.log');
    summary.setupapiLanguage = await languageMode();
    const exit = saText.findIndex((l) => /^<<<\s+\[Exit status: FAILURE/.test(l));
    await goTo(exit + 1, 1);
    // Give the outline room: collapse the folder tree's pane, then focus the Outline view.
    const folderHeader = page.locator('.pane-header[aria-label*="Explorer Section"]').first();
    if ((await folderHeader.getAttribute('aria-expanded').catch(() => null)) === 'true') {
      await folderHeader.click().catch(() => {});
    }
    await command('Explorer: Focus on Outline View');
    await widenSideBar(page, 200);
    const outlineRows = await visible(page, '.outline-pane .monaco-list-row', 20_000);
    summary.outline = outlineRows ? text(await page.locator('.outline-pane .monaco-list-rows').innerText()) : '';
    check('setupapi.dev.log outline shows the FAILURE', /FAILURE/.test(summary.outline), summary.outline.slice(0, 160));
    await page.mouse.move(700, 450);
    await shot('outline.png');

    // Our keys, pressed as a person would: Ctrl+Shift+F7 from line 1 wraps to the last failure and says so.
    const toast = (want) => page.waitForFunction((w) => [...document.querySelectorAll('.notifications-toasts .notification-toast')].map((e) => e.innerText).join('\n').match(new RegExp(w)), want, { timeout: 15_000 })
      .then((h) => h.evaluate((m) => m?.[0] ?? ''), () => '');
    await page.keyboard.press('Escape');
    await page.click('.tab[aria-label*="CBS.log"]');
    await page.waitForSelector('.tab.active[aria-label*="CBS.log"]', { timeout: 15_000 });
    await goTo(1, 1);
    await page.keyboard.press('Control+Shift+F7');
    summary.wrapToast = await toast('Before the first failure[^\n]*');
    const cursor = text(await page.locator('#status\\.editor\\.selection').innerText().catch(() => ''));
    check('Ctrl+Shift+F7 on line 1 goes to the last failure and says it wrapped', summary.wrapToast && !/Ln 1,/.test(cursor), `${summary.wrapToast} (${cursor})`);
    await shot('keys-wrap.png');
    // Ctrl+Shift+F8 from line 1 goes forward to a failure; Ctrl+Shift+F6 to the root cause, on its code.
    await goTo(1, 1);
    await page.keyboard.press('Control+Shift+F8');
    const moved = await page.waitForFunction(() => !/Ln 1,/.test(document.querySelector('#status\\.editor\\.selection')?.textContent ?? 'Ln 1,'), null, { timeout: 15_000 }).then(() => true, () => false);
    check('Ctrl+Shift+F8 on line 1 goes to the next failure', moved, text(await page.locator('#status\\.editor\\.selection').innerText().catch(() => '')));
    const stage = cbsText.findIndex((l) => /STAGE index: .*result 1009/.test(l)) + 1;
    await page.keyboard.press('Control+Shift+F6');
    summary.rootCauseCursor = await page.waitForFunction((n) => document.querySelector('#status\\.editor\\.selection')?.textContent?.match(new RegExp(`Ln ${n}, Col (\\d+)`))?.[0] ?? '', stage, { timeout: 15_000 })
      .then((h) => h.jsonValue(), () => '');
    check(`Ctrl+Shift+F6 goes to the root cause, line ${stage}, on its code (not column 1)`, summary.rootCauseCursor && !/Col 1$/.test(summary.rootCauseCursor), summary.rootCauseCursor);
    await shot('keys-root-cause.png');

    // The Failures view in the side bar, the case timeline in the editor.
    await command('Servicing Logs: Focus on Failures View');
    const failureRows = await visible(page, '.pane-body .monaco-list-row[aria-label*="CBS.log"]', 20_000);
    summary.failuresView = failureRows ? text(await page.locator('.part.sidebar .monaco-list-rows').first().innerText()) : '';
    check('the Failures view lists CBS.log and setupapi.dev.log', /CBS\.log/.test(summary.failuresView) && /setupapi\.dev\.log/.test(summary.failuresView), summary.failuresView.slice(0, 160));
    await command('Servicing Logs: Show Case Timeline');
    // Read the editor that shows the timeline, not the first one; the editor renders spaces as U+00A0.
    summary.timeline = await page.waitForFunction(() => [...document.querySelectorAll('.editor-instance .view-lines')].map((e) => e.innerText.replace(/\u00a0/g, ' ')).find((t) => t.includes('Case timeline')) ?? '', null, { timeout: 15_000 })
      .then((h) => h.jsonValue().then((t) => text(t).slice(0, 400)), () => '');
    check('the case timeline opens with lines of both logs', /CBS\.log:\d+/.test(summary.timeline) && /setupapi\.dev\.log:\d+/.test(summary.timeline), summary.timeline.slice(0, 160));
    await shot('failures-view-timeline.png');

    // A filtered view of CBS.log, errors only: each line keeps its number in CBS.log (the root cause is an error).
    await page.click('.tab[aria-label*="CBS.log"]');
    await page.waitForSelector('.tab.active[aria-label*="CBS.log"]', { timeout: 15_000 });
    await command('Servicing Logs: Filter This Log');
    await page.waitForSelector('.quick-input-list .monaco-list-row[aria-label*="Errors only"]', { timeout: 10_000 });
    await page.keyboard.type('Errors only');
    await page.keyboard.press('Enter');
    summary.filtered = await page.waitForFunction(() => [...document.querySelectorAll('.editor-instance .view-lines')].map((e) => e.innerText.replace(/\u00a0/g, ' ')).find((t) => t.includes('CBS.log: ')) ?? '', null, { timeout: 15_000 })
      .then((h) => h.jsonValue().then(text), () => '');
    check(`the errors-only view of CBS.log shows the root cause with its line number (${stage})`, summary.filtered.includes(text(`${stage}  ${cbsText[stage - 1]}`)), summary.filtered.slice(0, 160));
    await shot('filtered-view.png');

    // A command with no log in the editor says what it needs.
    await command('View: Close All Editors');
    await command('Servicing Logs: Next Failure');
    summary.noEditorToast = await toast('open a servicing log in the editor first');
    check('Next Failure without a log in the editor gives a message', summary.noEditorToast, summary.noEditorToast);
    await shot('no-editor-message.png');
  }
} catch (e) {
  check('UI script ran to the end', false, e instanceof Error ? e.message.split('\n')[0] : String(e));
  await page.screenshot({ path: path.join(out, 'error.png') }).catch(() => {});
} finally {
  summary.checks = checks;
  fs.writeFileSync(path.join(out, smoke ? 'start-summary.json' : 'summary.json'), JSON.stringify(summary, null, 2) + '\n');
  await close();
}
exitWithChecks();
