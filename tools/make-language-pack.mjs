// Builds a zh-cn language-pack extension for code-server (VS Code 1.100) from the npm package
// @codingame/monaco-vscode-language-pack-zh-hans (MIT, CodinGame), because VS Code's own
// language pack is only published on the marketplace, which is not reachable here.
//
// That package stores VS Code's strings as an array indexed by CodinGame's own build, not by
// VS Code's keys. The index of each string is recovered from @codingame/monaco-vscode-api, whose
// sources call localize(<index>, "<English>"); a string is kept when the same English sits in the
// same module of code-server's out/nls.keys.json + out/nls.messages.json. Built-in extensions'
// translations are keyed already and are copied as they are.
//
// usage: node tools/make-language-pack.mjs --pack <dir> --api <dir> --vscode <code-server lib/vscode> --out <dir>
//        node tools/make-language-pack.mjs --register <installed pack dir> --user-data-dir <dir>
// Output (built at test time into .e2e/, never committed): an unpacked extension in --out.
// --register writes <user-data-dir>/languagepacks.json, where VS Code's server looks up the pack
// for --locale. VS Code writes that file itself only when its language-pack service runs at
// install time, which code-server's --install-extension does not do.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const options = Object.fromEntries(['pack', 'api', 'vscode', 'out', 'register', 'user-data-dir'].map((k) => [k, { type: 'string' }]));
const { values: args } = parseArgs({ options });
const readJson = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));

/** The entry VS Code's language-pack cache keeps for each installed pack (vs/platform/languagePacks/node/languagePacks). */
function register(installed, userDataDir) {
  const manifest = readJson(path.join(installed, 'package.json'));
  const id = `${manifest.publisher}.${manifest.name}`;
  const cache = {};
  for (const localization of manifest.contributes.localizations) {
    cache[localization.languageId] = {
      hash: createHash('md5').update(id).update(manifest.version).digest('hex'),
      extensions: [{ extensionIdentifier: { id }, version: manifest.version }],
      translations: Object.fromEntries(localization.translations.map((t) => [t.id, path.join(path.resolve(installed), t.path)])),
      label: localization.localizedLanguageName,
    };
  }
  fs.writeFileSync(path.join(userDataDir, 'languagepacks.json'), JSON.stringify(cache) + '\n');
  console.log(`registered ${id} for ${Object.keys(cache).join(', ')} in ${path.join(userDataDir, 'languagepacks.json')}`);
}

if (args.register) {
  if (!args['user-data-dir']) {throw new Error('missing --user-data-dir');}
  register(args.register, args['user-data-dir']);
  process.exit(0);
}
for (const k of ['pack', 'api', 'vscode', 'out']) {if (!args[k]) {throw new Error(`missing --${k}`);}}
const packInfo = readJson(path.join(args.pack, 'package.json'));
const translated = (await import(pathToFileURL(path.join(args.pack, 'translations', 'main.i18n.json.js')).href)).default;

/** A double-quoted JS string literal as JSON reads it; undefined for escapes JSON lacks. */
function jsString(literal) {
  try {
    return JSON.parse(literal.replace(/\\'/g, "'"));
  } catch {
    return undefined;
  }
}

/** moduleId -> Map(English -> CodinGame indices, in source order) */
function indicesByModule(apiDir) {
  const src = path.join(apiDir, 'vscode', 'src');
  const call = /\blocalize2?\(\s*(\d+)\s*,\s*("(?:[^"\\]|\\.)*")/g;
  const out = new Map();
  for (const file of fs.readdirSync(src, { recursive: true })) {
    if (!file.endsWith('.js')) {continue;}
    const text = fs.readFileSync(path.join(src, file), 'utf8');
    const byEnglish = new Map();
    for (const [, index, literal] of text.matchAll(call)) {
      const english = jsString(literal);
      if (english === undefined) {continue;}
      byEnglish.set(english, [...(byEnglish.get(english) ?? []), Number(index)]);
    }
    if (byEnglish.size) {out.set(file.slice(0, -'.js'.length).split(path.sep).join('/'), byEnglish);}
  }
  return out;
}

const keys = readJson(path.join(args.vscode, 'out', 'nls.keys.json'));
const english = readJson(path.join(args.vscode, 'out', 'nls.messages.json'));
const indices = indicesByModule(args.api);
const contents = {};
let at = 0;
let kept = 0;
for (const [moduleId, moduleKeys] of keys) {
  const byEnglish = indices.get(moduleId);
  for (const key of moduleKeys) {
    const text = english[at++];
    const index = byEnglish?.get(text)?.shift();
    if (index === undefined || typeof translated[index] !== 'string') {continue;}
    (contents[moduleId] ??= {})[key] = translated[index];
    kept++;
  }
}

const source = `${packInfo.name}@${packInfo.version} (${packInfo.license}, ${packInfo.author?.name ?? 'CodinGame'})`;
const out = path.resolve(args.out);
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(path.join(out, 'translations', 'extensions'), { recursive: true });
fs.writeFileSync(path.join(out, 'translations', 'main.i18n.json'),
  JSON.stringify({ '': [`Generated by tools/make-language-pack.mjs from ${source}.`], version: '1.0.0', contents }) + '\n');

const extensionTranslations = [];
const extDir = path.join(args.pack, 'translations', 'extensions');
for (const file of fs.readdirSync(extDir).filter((f) => f.endsWith('.i18n.json')).sort()) {
  fs.copyFileSync(path.join(extDir, file), path.join(out, 'translations', 'extensions', file));
  extensionTranslations.push({ id: file.slice(0, -'.i18n.json'.length), path: `./translations/extensions/${file}` });
}

fs.writeFileSync(path.join(out, 'package.json'), JSON.stringify({
  name: 'e2e-language-pack-zh-cn',
  displayName: 'Chinese (Simplified) language pack for the e2e run',
  description: `Generated by tools/make-language-pack.mjs from ${source}; VS Code's strings, for tests only.`,
  publisher: 'servicing-logs',
  version: '0.0.1',
  license: packInfo.license,
  engines: { vscode: '^1.100.0' },
  categories: ['Language Packs'],
  contributes: {
    localizations: [{
      languageId: 'zh-cn',
      languageName: 'Chinese Simplified',
      localizedLanguageName: '中文(简体)',
      translations: [{ id: 'vscode', path: './translations/main.i18n.json' }, ...extensionTranslations],
    }],
  },
}, null, 2) + '\n');
fs.writeFileSync(path.join(out, 'LICENSE.txt'),
  `The translations in this folder come from ${source}, published under the MIT licence;\n` +
  'they are VS Code\'s own strings (Copyright (c) Microsoft Corporation, MIT). Generated for tests only.\n');
console.log(`language pack in ${out}: ${kept} of ${english.length} VS Code strings, ${extensionTranslations.length} built-in extensions (from ${source})`);
