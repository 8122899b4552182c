// The meaningful spans of one line: timestamp, level, component, CSI fields, setupapi prefix and
// category, error codes and symbolic names, KB numbers, package identities, INF names, device IDs,
// paths and GUIDs. Computed on demand from the parsed line (the parse keeps only offsets).

import { LineKind, type Token, type TokenKind } from './model';
import { componentOf, lineAt, type LogDocument } from './document';
import { RX_CSI } from './formats/records';
import { scanCodes } from './codes/scan';
import { scanKeys, type KeyKind } from './bundle/keyScan';

const KEY_TOKENS: Record<KeyKind, TokenKind> = {
  inf: 'inf',
  'driver-package': 'inf',
  kb: 'kb',
  package: 'package',
  device: 'device-id',
};

const RX_PATH = /(?:\\\\\?\\|\\\?\?\\|\b[A-Za-z]:\\|\\SystemRoot\\)[^\s'"<>|,;\]\[]*/g;
const RX_GUID = /\{?\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b\}?/g;
const RX_SA_TIME = /\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2}\.\d{3}|\b\d{2}:\d{2}:\d{2}\.\d{3}\s*$/g;
const RX_WU_TIME = /^\d{4}[/.-]\d{2}[/.-]\d{2}[ \t]\d{2}:\d{2}:\d{2}[.:]\d{3,7}/;

export function getLineTokens(doc: LogDocument, line: number): Token[] {
  const text = lineAt(doc, line);
  const tokens: Token[] = [];
  const add = (kind: TokenKind, start: number, end: number): void => {
    if (end > start) {
      tokens.push({ kind, start, end });
    }
  };
  const kind = doc.lineKinds[line];
  const message = doc.messageStarts[line];
  if ((doc.kind === 'cbs' || doc.kind === 'dism' || doc.kind === 'panther') && kind === LineKind.Record) {
    const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    add('timestamp', bom, bom + 19);
    const level = /\S+(?: Error)?/.exec(text.slice(bom + 20, bom + 42));
    if (level) {
      const at = text.indexOf(level[0], bom + 20);
      add('level', at, at + level[0].length);
    }
    const id = /\[0x[0-9A-Fa-f]{6}\]/.exec(text.slice(0, message));
    if (id) {
      add('message-id', id.index, id.index + id[0].length);
    }
    const component = componentOf(doc, line);
    if (component) {
      const at = text.lastIndexOf(component, message);
      add('component', at, at + component.length);
    }
    if (component === 'CSI') {
      const csi = RX_CSI.exec(text.slice(message));
      if (csi) {
        add('sequence', message, message + 8);
        if (csi[2]) {
          const at = text.indexOf(csi[2], message);
          add('utc-timestamp', at, at + csi[2].length);
        }
        if (csi[3]) {
          const at = text.indexOf(`(${csi[3]})`, message);
          add('flag', at, at + 3);
        }
      }
    }
  } else if (doc.kind === 'setupapi') {
    if (text.startsWith('!')) {
      add('prefix', 0, text.startsWith('!!!') ? 3 : 1);
    }
    if (kind === LineKind.Record) {
      const category = /([a-z]{2,3}|ui |\.\.\.):/.exec(text.slice(0, message));
      if (category) {
        add('category', category.index, category.index + category[0].length);
      }
    }
    for (const m of text.matchAll(RX_SA_TIME)) {
      add('timestamp', m.index, m.index + m[0].trimEnd().length);
    }
  } else if (doc.kind === 'windowsupdate' && kind === LineKind.Record) {
    const time = RX_WU_TIME.exec(text);
    if (time) {
      add('timestamp', 0, time[0].length);
    }
    const component = componentOf(doc, line);
    if (component) {
      const at = text.lastIndexOf(component, message);
      add('component', at, at + component.length);
    }
  }
  for (const c of scanCodes(text)) {
    add(c.isName ? 'symbol' : 'code', c.start, c.end);
  }
  for (const k of scanKeys(text)) {
    add(KEY_TOKENS[k.kind], k.start, k.end);
  }
  for (const m of text.matchAll(RX_PATH)) {
    add('path', m.index, m.index + m[0].length);
  }
  for (const m of text.matchAll(RX_GUID)) {
    add('guid', m.index, m.index + m[0].length);
  }
  return tokens.sort((a, b) => a.start - b.start || b.end - a.end);
}
