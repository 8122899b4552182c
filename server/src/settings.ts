// User settings (servicingLogs.*), pulled from the client per document and cached until the
// client says they changed. A workspace's settings file is untrusted input: every value is checked
// against its schema in package.json, and a refused value is replaced by its default and reported
// once, with the reason. User noise patterns RE2 cannot compile are reported the same way.

import { MessageType, ShowMessageNotification, type Connection } from 'vscode-languageserver/node';
import { compileUserPatterns, type Severity } from '../../analysis/src/index';
import { readManifest, type SettingSchema } from './manifest';

export interface Settings {
  minimumSeverity: Severity;
  noisePatterns: string[];
  maxDiagnostics: number;
  summaryEnabled: boolean;
  ansiCodePage: 'windows-1252' | 'windows-1251';
}

export const DEFAULT_SETTINGS: Settings = {
  minimumSeverity: 'hint',
  noisePatterns: [],
  maxDiagnostics: 1000,
  summaryEnabled: true,
  ansiCodePage: 'windows-1252',
};

const SECTION = 'servicingLogs';

export class SettingsStore {
  private readonly cache = new Map<string, Promise<Settings>>();
  private readonly reported = new Set<string>();
  supportsConfiguration = false;

  constructor(private readonly connection: Connection) {}

  get(uri: string): Promise<Settings> {
    if (!this.supportsConfiguration) {
      return Promise.resolve(DEFAULT_SETTINGS);
    }
    let pending = this.cache.get(uri);
    if (!pending) {
      pending = this.connection.workspace.getConfiguration({ scopeUri: uri, section: SECTION }).then(
        (raw: unknown) => {
          const { settings, problems } = validateSettings(raw);
          this.report(problems);
          return settings;
        },
        () => DEFAULT_SETTINGS,
      );
      this.cache.set(uri, pending);
    }
    return pending;
  }

  clear(): void {
    this.cache.clear();
    this.reported.clear();
  }

  private report(problems: readonly string[]): void {
    for (const problem of problems.filter((p) => !this.reported.has(p))) {
      this.reported.add(problem);
      // A notification, not showMessageRequest: nothing to answer, nothing that can fail.
      void this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: problem });
    }
  }
}

/** Why `value` does not fit `schema`, or undefined when it does. */
export function refusal(value: unknown, schema: SettingSchema): string | undefined {
  const type = schema.type;
  if (type === 'integer' && !Number.isInteger(value)) {
    return 'must be a whole number';
  }
  if (type === 'number' && (typeof value !== 'number' || !Number.isFinite(value))) {
    return 'must be a number';
  }
  if ((type === 'string' || type === 'boolean') && typeof value !== type) {
    return `must be a ${type}`;
  }
  if (type === 'array' && !Array.isArray(value)) {
    return 'must be a list';
  }
  if (schema.enum && !schema.enum.includes(value)) {
    return `must be one of ${schema.enum.map((e) => JSON.stringify(e)).join(', ')}`;
  }
  if (typeof value === 'number' && schema.minimum !== undefined && value < schema.minimum) {
    return `must be at least ${schema.minimum}`;
  }
  if (typeof value === 'number' && schema.maximum !== undefined && value > schema.maximum) {
    return `must be at most ${schema.maximum}`;
  }
  if (Array.isArray(value) && schema.items) {
    const items = schema.items;
    const bad = value.findIndex((item) => refusal(item, items) !== undefined);
    if (bad >= 0) {
      return `item ${bad + 1} ${refusal(value[bad], items)}`;
    }
  }
  return undefined;
}

/** The settings `raw` (the servicingLogs section) asks for, each refused value replaced by its default. */
export function validateSettings(raw: unknown, schemas = readManifest().contributes?.configuration?.properties ?? {}): { settings: Settings; problems: string[] } {
  const problems: string[] = [];
  const value = <T>(key: string, fallback: T): T => {
    let v: unknown = raw;
    for (const part of key.split('.')) {
      v = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[part] : undefined;
    }
    const schema = schemas[`${SECTION}.${key}`];
    if (v === undefined || v === null || !schema) {
      return fallback;
    }
    const why = refusal(v, schema);
    if (why) {
      problems.push(`Setting ${SECTION}.${key}: ${JSON.stringify(v)} refused, it ${why}; using ${JSON.stringify(fallback)}.`);
      return fallback;
    }
    return v as T;
  };
  const patterns = value('noisePatterns', DEFAULT_SETTINGS.noisePatterns);
  for (const { source, reason } of compileUserPatterns(patterns).refused) {
    problems.push(`Setting ${SECTION}.noisePatterns: pattern ${JSON.stringify(source)} not used (${reason}). Patterns run on a linear-time engine (RE2 syntax: no lookbehind, no backreferences).`);
  }
  const settings: Settings = {
    minimumSeverity: value('minimumSeverity', DEFAULT_SETTINGS.minimumSeverity),
    noisePatterns: patterns,
    maxDiagnostics: value('maxDiagnostics', DEFAULT_SETTINGS.maxDiagnostics),
    summaryEnabled: value('summary.enabled', DEFAULT_SETTINGS.summaryEnabled),
    ansiCodePage: value('ansiCodePage', DEFAULT_SETTINGS.ansiCodePage),
  };
  return { settings, problems };
}
