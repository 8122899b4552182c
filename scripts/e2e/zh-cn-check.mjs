// The extension in 简体中文, looked at like a person: code-server started with `--locale zh-cn`
// and the generated zh-cn language pack installed (scripts/e2e/zh-cn.sh), so VS Code resolves the
// display language to zh-cn and loads package.nls.zh-cn.json and l10n/bundle.l10n.zh-cn.json.
// Opens examples/case, then checks the summary CodeLens, the hover, the Problems panel and the
// Outline (the server answers in the display language), shows our commands in the command palette, the prompt of
// 解码错误代码… (a vscode.l10n.t string), the notification of 复制分析报告 and our settings in the
// Settings UI, and the Failures view. Saves screenshots and zh-cn-summary.json into --out.
//
// usage: node zh-cn-check.mjs --url http://127.0.0.1:PORT --folder examples/case --out screenshots
// exit:  0 when every check passed, 1 otherwise (screenshots are saved either way).
import fs from 'node:fs';
import path from 'node:path';
import { checklist, launchBrowser, oneLine as text, quickOpen, requireArgs, screenshooter, visible, widenSideBar, workbenchUrl } from './browser.mjs';

const args = requireArgs(process.argv.slice(2), ['url', 'folder', 'out']);
const out = path.resolve(args.out);
fs.mkdirSync(out, { recursive: true });
const folder = path.resolve(args.folder);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const nls = JSON.parse(fs.readFileSync(path.join(root, 'package.nls.zh-cn.json'), 'utf8'));
const bundle = JSON.parse(fs.readFileSync(path.join(root, 'l10n', 'bundle.l10n.zh-cn.json'), 'utf8'));
const pack = JSON.parse(fs.readFileSync(path.join(process.env.E2E_WORK || path.join(root, '.e2e'), 'lp', 'pack', 'translations', 'main.i18n.json'), 'utf8'));
const packQuickInput = pack.contents['vs/platform/quickinput/browser/quickInput'];
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const hidden = new Set((manifest.contributes.menus?.commandPalette ?? []).filter((m) => m.when === 'false').map((m) => m.command));
/** `服务日志: 下一个失败` for every command the palette lists. */
const zh = (nlsRef) => nls[nlsRef.slice(1, -1)];
const paletteTitles = manifest.contributes.commands.filter((c) => !hidden.has(c.command)).map((c) => `${zh(c.category)}: ${zh(c.title)}`);

const { checks, check, exitWithChecks } = checklist('zh-cn check');
const summary = {};

const { ctx, page, close } = await launchBrowser('zh-cn');
try {
  await ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: args.url });
  const shot = screenshooter(page, out);
  const palette = async (query) => {
    await page.keyboard.press('F1');
    await page.waitForSelector('.quick-input-widget input', { state: 'visible', timeout: 10_000 });
    await page.keyboard.type(query, { delay: 5 });
  };
  const paletteRows = () => page.locator('.quick-input-list .monaco-list-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('aria-label') || ''));
  const runCommand = async (title) => {
    await palette(title);
    const found = await visible(page, `.quick-input-list .monaco-list-row[aria-label*="${title}"]`, 10_000);
    await page.keyboard.press(found ? 'Enter' : 'Escape');
    return found;
  };

  await page.goto(workbenchUrl(args.url, folder), { waitUntil: 'domcontentloaded' });
  const explorer = await visible(page, '.explorer-folders-view .monaco-list-row[aria-label*="CBS.log"]', 90_000);
  check('workbench loads and the explorer lists CBS.log', explorer);
  if (!explorer) {throw new Error('workbench did not load');}

  // Open CBS.log so that the extension is active.
  await quickOpen(page, 'CBS.log');
  check('the summary CodeLens shows (the language server runs)', await visible(page, '.monaco-editor .codelens-decoration', 60_000));

  // The summary CodeLens and the hover come from the server, which answers in the display language.
  await page.waitForFunction(() => /根本原因/.test(document.querySelector('.monaco-editor .codelens-decoration')?.textContent ?? ''), null, { timeout: 20_000 }).catch(() => {});
  summary.codeLens = text(await page.locator('.monaco-editor .codelens-decoration').first().innerText().catch(() => ''));
  check('the summary CodeLens is in Chinese (the server answers in the display language)', /根本原因/.test(summary.codeLens), summary.codeLens);
  await shot('zh-cn-codelens.png');
  const cbsLines = fs.readFileSync(path.join(folder, 'CBS.log'), 'latin1').split(/\r?\n/);
  const row = cbsLines.findIndex((l) => l.includes('Setting original failure status: 0x800703f1'));
  await page.keyboard.press('Control+G');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible', timeout: 10_000 });
  await page.keyboard.type(`${row + 1}:${cbsLines[row].indexOf('0x800703f1') + 4}`);
  await page.keyboard.press('Enter');
  await page.waitForTimeout(800);
  await page.keyboard.press('Control+K');
  await page.keyboard.press('Control+I');
  summary.hover = await page.waitForFunction(() => {
    const t = document.querySelector('.monaco-hover:not(.hidden) .monaco-hover-content')?.textContent ?? '';
    return t.includes('含义') ? t : '';
  }, null, { timeout: 15_000 }).then((h) => h.jsonValue(), () => '');
  check('the hover on 0x800703f1 is in Chinese (含义, the DRIVERS hive as DRIVERS 配置单元)', /含义/.test(summary.hover) && /DRIVERS 配置单元/.test(summary.hover), text(summary.hover).slice(0, 160));
  await shot('zh-cn-hover.png');
  await page.keyboard.press('Escape');

  // The Problems panel: the diagnostics are composed in the display language by the server; the
  // log's own words, code names and file names stay as they are.
  await page.keyboard.press('Control+Shift+M');
  await visible(page, '.markers-panel .monaco-list-row', 15_000);
  summary.problems = await page.waitForFunction(() => {
    const t = document.querySelector('.markers-panel .monaco-list-rows')?.innerText ?? '';
    return /暂存失败/.test(t) ? t : '';
  }, null, { timeout: 20_000 }).then((h) => h.jsonValue(), () => '');
  const ours = ['驱动程序包 oposdrv.inf 暂存失败：0x000003F1 (1009) ERROR_BADDB', 'CBS 操作失败：0x800703F1 ERROR_BADDB'];
  check('the Problems panel shows our diagnostics in Chinese (root cause and verdict), code names as they are', ours.every((t) => summary.problems.includes(t)), text(summary.problems).slice(0, 200));
  const english = /failed to stage|CBS operation failed|Update failed|Root cause:|inside .*, and it/.exec(summary.problems);
  check('no English words of ours in the Problems panel', summary.problems !== '' && !english, english ? `found "${english[0]}"` : '');
  await shot('zh-cn-problems.png');
  await page.keyboard.press('Control+J'); // hide the panel again

  // The Outline: the operations of CBS.log with their outcomes in Chinese. The folder's pane (the
  // first of the Explorer) is collapsed to give it room.
  const folderHeader = page.locator('.part.sidebar .pane-header').first();
  if ((await folderHeader.getAttribute('aria-expanded').catch(() => null)) === 'true') {
    await folderHeader.click().catch(() => {});
  }
  const outlineHeader = page.locator('.part.sidebar .pane-header').filter({ hasText: /^\s*(大纲|Outline)/i }).first();
  if ((await outlineHeader.getAttribute('aria-expanded').catch(() => null)) !== 'true') {
    await outlineHeader.click().catch(() => {});
  }
  await widenSideBar(page, 250);
  await visible(page, '.outline-pane .monaco-list-row', 20_000);
  summary.outline = await page.waitForFunction(() => {
    const t = document.querySelector('.outline-pane .monaco-list-rows')?.innerText ?? '';
    return /失败/.test(t) ? t : '';
  }, null, { timeout: 20_000 }).then((h) => h.jsonValue(), () => '');
  check('the Outline names the failed install and its outcome in Chinese (安装 …, 失败 0x800703F1)', /安装 Package_for_RollupFix（WindowsUpdateAgent）[\s\S]*失败 0x800703F1/.test(summary.outline), text(summary.outline).slice(0, 200));
  check('no English outcome word in the Outline', summary.outline !== '' && !/\b(failed|succeeded|outcome unknown|not applicable)\b/.test(summary.outline), text(summary.outline).slice(0, 200));
  await page.mouse.move(700, 450);
  await shot('zh-cn-outline.png');

  // Command palette: every command of ours under its Chinese category and title.
  // (The palette draws only the rows in view: each title is looked up by itself.)
  const missing = [];
  for (const title of paletteTitles) {
    await palette(title);
    if (!(await visible(page, `.quick-input-list .monaco-list-row[aria-label*="${title}"]`, 5_000))) {missing.push(title);}
    await page.keyboard.press('Escape');
  }
  check(`the command palette finds all ${paletteTitles.length} of our commands by their Chinese titles`, missing.length === 0, missing.length ? `missing: ${missing.join(', ')}` : '');
  await palette(nls.category);
  await visible(page, '.quick-input-list .monaco-list-row', 10_000);
  summary.commands = await paletteRows();
  await shot('zh-cn-commands.png');
  await page.keyboard.press('Escape');

  // 解码错误代码…: its input box shows our prompt (l10n/bundle.l10n.zh-cn.json) inside VS Code's
  // own hint about Enter and Esc, which the language pack translates.
  await runCommand(`${nls.category}: ${nls['command.decodeErrorCode']}`);
  const prompt = bundle['Error code to decode'];
  summary.decodePrompt = await page.waitForFunction((want) => {
    const t = document.querySelector('.quick-input-widget .quick-input-message')?.textContent ?? '';
    return t.includes(want) ? t : '';
  }, prompt, { timeout: 10_000 }).then((h) => h.jsonValue(), () => '');
  check('the decode prompt is in Chinese (vscode.l10n bundle)', summary.decodePrompt.includes(prompt), summary.decodePrompt);
  const hint = packQuickInput.inputModeEntryDescription.replace('{0}', prompt);
  check('VS Code\'s own hint around it is in Chinese (the language pack loaded)', summary.decodePrompt === hint, `want ${hint}`);
  await shot('zh-cn-decode-prompt.png');
  await page.keyboard.press('Escape');

  // 复制分析报告: its notification.
  await page.locator('.editor-instance .view-lines').click();
  await runCommand(`${nls.category}: ${nls['command.copyTriageReport']}`);
  const copied = bundle['Triage report copied to the clipboard (Markdown).'];
  summary.notification = await page.waitForFunction((want) => [...document.querySelectorAll('.notification-toast')].map((e) => e.innerText).find((t) => t.includes(want)) || '', copied, { timeout: 15_000 })
    .then((h) => h.jsonValue(), () => '');
  check('Copy Triage Report confirms in Chinese', text(summary.notification).includes(copied), text(summary.notification));
  await visible(page, '.notification-toast', 5_000);
  await page.waitForTimeout(500); // the toast fades in
  await shot('zh-cn-report-copied.png');

  // The Failures view: our container and view names, and a row description from the l10n bundle.
  await page.locator(`.activitybar .action-item a[aria-label*="${nls['viewsContainer.title']}"]`).first().click();
  const shown = bundle['{0} shown · {1}'].split('{0}')[0];
  summary.failuresView = await page.waitForFunction((want) => {
    const t = document.querySelector('.part.sidebar')?.innerText ?? '';
    return t.includes(want) ? t : '';
  }, shown, { timeout: 20_000 }).then((h) => h.jsonValue(), () => '');
  check('the Failures view speaks Chinese (view name, row description)', summary.failuresView.includes(nls['view.failures']) && summary.failuresView.includes(shown), text(summary.failuresView).slice(0, 200));
  await shot('zh-cn-failures-view.png');

  // Settings UI filtered to our extension.
  await page.keyboard.press('Control+,');
  await page.waitForSelector('.settings-editor', { state: 'visible', timeout: 15_000 });
  await page.keyboard.type('@ext:servicing-logs.windows-servicing-logs', { delay: 5 });
  await visible(page, '.settings-editor .setting-item-contents', 15_000);
  await page.waitForFunction((want) => document.querySelector('.settings-editor .settings-body')?.innerText.includes(want), nls['config.minimumSeverity'], { timeout: 15_000 }).catch(() => {});
  summary.settings = text(await page.locator('.settings-editor .settings-body').innerText().catch(() => ''));
  const settingTexts = [nls['configuration.title'], nls['config.minimumSeverity'], nls['config.ansiCodePage']];
  check('the Settings UI shows our settings in Chinese', settingTexts.every((t) => summary.settings.includes(t)), summary.settings.slice(0, 200));
  await shot('zh-cn-settings.png');
} catch (e) {
  check('zh-cn script ran to the end', false, e instanceof Error ? e.message.split('\n')[0] : String(e));
  await page.screenshot({ path: path.join(out, 'zh-cn-error.png') }).catch(() => {});
} finally {
  summary.checks = checks;
  fs.writeFileSync(path.join(out, 'zh-cn-summary.json'), JSON.stringify(summary, null, 2) + '\n');
  await close();
}
exitWithChecks();
