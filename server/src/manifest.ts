// Our package.json: next to dist/ when bundled, three levels up from out/server/src when compiled.

import * as fs from 'node:fs';
import * as path from 'node:path';

export interface SettingSchema {
  type?: string;
  enum?: readonly unknown[];
  minimum?: number;
  maximum?: number;
  items?: SettingSchema;
  default?: unknown;
}

export interface Manifest {
  name?: string;
  version?: string;
  repository?: { url?: string } | string;
  contributes?: { configuration?: { properties?: Record<string, SettingSchema> } };
}

let manifest: Manifest | undefined;

export function readManifest(): Manifest {
  if (!manifest) {
    manifest = {};
    for (let dir = import.meta.dirname, i = 0; i < 5; i++, dir = path.dirname(dir)) {
      const candidate = path.join(dir, 'package.json');
      if (fs.existsSync(candidate)) {
        const json = JSON.parse(fs.readFileSync(candidate, 'utf8')) as Manifest;
        if (json.name === 'windows-servicing-logs') {
          manifest = json;
          break;
        }
      }
    }
  }
  return manifest;
}
