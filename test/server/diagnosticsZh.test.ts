// The Problems panel in the reader's language: a server initialised with zh-cn publishes the
// real case's diagnostics (../shared/cases/kb5016623-oposdrv, both logs open as one bundle) in
// Chinese, with the same findings as in English; code names, codes, file names and the log's own
// words stay as they are.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DocumentSymbolRequest } from 'vscode-languageserver-protocol';
import { BundleFailuresRequest } from '../../protocol/protocol.js';
import { startServer } from './lspClient.js';
import { CASES_DIR, REPO_ROOT, skipAbsent } from '../support.js';

const CASE = path.join(CASES_DIR, 'kb5016623-oposdrv');
const CBS = path.join(CASE, 'CBS-excerpt.log');
const SETUPAPI = path.join(CASE, 'setupapi.dev-excerpt.log');
const CJK = /[\u4e00-\u9fff]/;

interface Diagnostic {
  range: { start: { line: number; character: number } };
  severity: number;
  code: string;
  message: string;
  relatedInformation?: { location: { uri: string; range: { start: { line: number } } }; message: string }[];
}

/** The diagnostics of both logs, once the bundle links the CBS verdict into setupapi.dev.log. */
async function caseDiagnostics(locale: string | undefined): Promise<{ cbs: Diagnostic[]; setupapi: Diagnostic[] }> {
  const client = await startServer({ pull: true, locale, workspaceFolder: pathToFileURL(CASE).href });
  const cbsUri = pathToFileURL(CBS).href;
  const setupapiUri = pathToFileURL(SETUPAPI).href;
  try {
    await client.open(cbsUri, 'cbs-log', fs.readFileSync(CBS, 'utf8'));
    await client.open(setupapiUri, 'setupapi-log', fs.readFileSync(SETUPAPI, 'utf8'));
    const pull = async (uri: string): Promise<Diagnostic[]> => (await client.request<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } })).items;
    // The first pull may come before the bundle is analysed; the server then asks for a refresh.
    let cbs: Diagnostic[] = [];
    const linked = (): boolean => cbs.some((d) => d.relatedInformation?.some((r) => r.location.uri === setupapiUri));
    for (let attempt = 0; attempt < 20 && !linked(); attempt++) {
      const refreshed = client.waitForRequest('workspace/diagnostic/refresh');
      cbs = await pull(cbsUri);
      if (!linked()) {
        await Promise.race([refreshed, new Promise((resolve) => setTimeout(resolve, 1000))]);
      }
    }
    assert.ok(linked(), 'the CBS verdict links into setupapi.dev.log');
    return { cbs, setupapi: await pull(setupapiUri) };
  } finally {
    await client.stop();
  }
}

const shape = (list: Diagnostic[]): string[] => list.map((d) => `${d.range.start.line}:${d.range.start.character} ${d.severity} ${d.code} ${d.relatedInformation?.length ?? 0}`);

test('a zh-cn server publishes the real case in Chinese: the same findings as in English, our words in Chinese, code names and log text as they are', async (t) => {
  if (!fs.existsSync(CBS) || !fs.existsSync(SETUPAPI)) {
    skipAbsent(t, `case not found at ${CASE}`);
    return;
  }
  const [en, zh] = [await caseDiagnostics('en'), await caseDiagnostics('zh-cn')];
  assert.deepEqual(shape(zh.cbs), shape(en.cbs), 'CBS: the same diagnostics, only the words differ');
  assert.deepEqual(shape(zh.setupapi), shape(en.setupapi), 'setupapi: the same diagnostics, only the words differ');

  const verdict = zh.cbs.find((d) => d.code === 'cbs.original-failure');
  assert.ok(verdict);
  assert.equal(verdict.message, '更新失败：0x800703F1 ERROR_BADDB（在 StageDrivers 阶段）');
  const root = zh.cbs.find((d) => d.code === 'cbs.driver-stage-failed');
  assert.equal(root?.message, '驱动程序包 oposdrv.inf 暂存失败：0x000003F1 (1009) ERROR_BADDB');
  assert.equal(zh.cbs.find((d) => d.code === 'cbs.rollback')?.message, '更新正在回滚（这是上面那个失败的后果，不是原因）');
  const related = verdict.relatedInformation ?? [];
  assert.ok(related.some((r) => r.message === `根本原因：${root.message}`), 'the role of a related line is in Chinese');
  const crossLog = related.filter((r) => r.location.uri.endsWith('setupapi.dev-excerpt.log'));
  assert.ok(crossLog.length > 0 && crossLog.every((r) => /（.*(同一秒|早 |晚 ).*）$/.test(r.message) && !r.message.startsWith('setupapi')), `why a line of the other log is linked, in Chinese: ${crossLog.map((r) => r.message).join(' / ')}`);

  const section = zh.setupapi.find((d) => d.code === 'setupapi.section-failed');
  assert.equal(section?.message, '段“摘录开头之前已开始的段”失败：0x000003F1 (1009) ERROR_BADDB');
  assert.ok(zh.setupapi.some((d) => d.code === 'setupapi.block-failed' && /^\{Register Driver Package\} 以 0x000003F1 \(1009\) ERROR_BADDB 结束$/.test(d.message)));
  assert.ok(zh.setupapi.some((d) => /DRIVERS database node.*（本操作中另有 \d+ 行相同）$/.test(d.message)), 'the log line stays as written, the count is in Chinese');

  // A message that has no Chinese in it is the log's own words, the same in both languages.
  const enByPlace = new Map([...en.cbs, ...en.setupapi].map((d) => [`${d.code}@${d.range.start.line}`, d.message]));
  for (const d of [...zh.cbs, ...zh.setupapi]) {
    const english = enByPlace.get(`${d.code}@${d.range.start.line}`);
    assert.ok(CJK.test(d.message) || d.message === english, `"${d.message}" is neither Chinese nor the log's own words`);
    assert.ok(!CJK.test(english ?? ''), 'the English server writes no Chinese');
    for (const r of d.relatedInformation ?? []) {
      assert.doesNotMatch(r.message, /^(Root cause|Leads to|Part of): /, 'related-line roles are composed in Chinese');
    }
  }
});

interface Symbol {
  name: string;
  detail?: string;
  children?: Symbol[];
}

test('a zh-cn server gives the Outline of the example CBS.log in Chinese: operations and outcomes, package and client names as the log spells them', async () => {
  const client = await startServer({ pull: true, locale: 'zh-cn' });
  try {
    const file = path.join(REPO_ROOT, 'examples', 'case', 'CBS.log');
    const uri = pathToFileURL(file).href;
    await client.open(uri, 'cbs-log', fs.readFileSync(file, 'utf8'));
    const symbols = (await client.request(DocumentSymbolRequest.type, { textDocument: { uri } })) as Symbol[];
    const flat = (list: Symbol[]): Symbol[] => list.flatMap((s) => [s, ...flat(s.children ?? [])]);
    const install = flat(symbols).find((s) => s.name.includes('Package_for_RollupFix'));
    assert.ok(flat(symbols).some((s) => s.name === '✖ TrustedInstaller 运行'), 'the TrustedInstaller run, named in Chinese');
    assert.ok(install, JSON.stringify(symbols));
    assert.equal(install.name, '✖ 安装 Package_for_RollupFix（WindowsUpdateAgent）');
    assert.equal(install.detail, '失败 · 失败 0x800703F1');
    assert.ok(flat(symbols).every((s) => !/\b(failed|succeeded|outcome unknown|not applicable)\b/.test(s.detail ?? '')), 'no English outcome word');
  } finally {
    await client.stop();
  }
});

test('a zh-cn server names the Failures view operations and their outcomes in Chinese', async () => {
  const client = await startServer({ pull: true, locale: 'zh-cn' });
  try {
    const file = path.join(REPO_ROOT, 'examples', 'case', 'CBS.log');
    await client.open(pathToFileURL(file).href, 'cbs-log', fs.readFileSync(file, 'utf8'));
    const { logs } = await client.request(BundleFailuresRequest, {});
    const operations = logs.flatMap((l) => l.operations).filter((o) => o.name !== '');
    assert.ok(operations.some((o) => o.outcome === 'failed' && o.outcomeText === '失败'), JSON.stringify(operations.map((o) => [o.outcome, o.outcomeText])));
    assert.ok(operations.every((o) => o.outcomeText === '' || CJK.test(o.outcomeText)), 'every outcome in Chinese');
  } finally {
    await client.stop();
  }
});
