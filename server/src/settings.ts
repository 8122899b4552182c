// User settings (servicingLogs.*), pulled from the client per document and cached until the
// client says they changed. A workspace's settings file is untrusted input: every value is checked
// against its schema in package.json, and a refused value is replaced by its default and reported
// once, with the reason. User noise patterns RE2 cannot compile are reported the same way.

import { MessageType, ShowMessageNotification, type Connection } from 'vscode-languageserver/node';
import { compileUserPatterns, phrase, textOf, type Lang, type Phrase, type Severity } from '../../analysis/src/index.js';
import { readManifest, type SettingSchema } from './manifest.js';

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

  /** `lang`: the display language the user is told in. */
  constructor(
    private readonly connection: Connection,
    private readonly lang: () => Lang,
  ) {}

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

  private report(problems: readonly Phrase[]): void {
    for (const message of problems.map((p) => textOf(this.lang(), p)).filter((m) => !this.reported.has(m))) {
      this.reported.add(message);
      // A notification, not showMessageRequest: nothing to answer, nothing that can fail.
      void this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message });
    }
  }
}

/** Why `value` does not fit `schema`, or undefined when it does. */
export function refusal(value: unknown, schema: SettingSchema): Phrase | undefined {
  const type = schema.type;
  if (type === 'integer' && !Number.isInteger(value)) {
    return phrase('settings.mustBeInteger');
  }
  if (type === 'number' && (typeof value !== 'number' || !Number.isFinite(value))) {
    return phrase('settings.mustBeNumber');
  }
  if ((type === 'string' || type === 'boolean') && typeof value !== type) {
    return phrase(type === 'string' ? 'settings.mustBeString' : 'settings.mustBeBoolean');
  }
  if (type === 'array' && !Array.isArray(value)) {
    return phrase('settings.mustBeList');
  }
  if (schema.enum && !schema.enum.includes(value)) {
    return phrase('settings.mustBeOneOf', { list: schema.enum.map((e) => JSON.stringify(e)).join(', ') });
  }
  if (typeof value === 'number' && schema.minimum !== undefined && value < schema.minimum) {
    return phrase('settings.atLeast', { limit: schema.minimum });
  }
  if (typeof value === 'number' && schema.maximum !== undefined && value > schema.maximum) {
    return phrase('settings.atMost', { limit: schema.maximum });
  }
  if (Array.isArray(value) && schema.items) {
    const items = schema.items;
    const bad = value.findIndex((item) => refusal(item, items) !== undefined);
    const why = bad >= 0 ? refusal(value[bad], items) : undefined;
    if (why) {
      return phrase('settings.item', { item: bad + 1, why });
    }
  }
  return undefined;
}

/** The settings `raw` (the servicingLogs section) asks for, each refused value replaced by its default. */
export function validateSettings(raw: unknown, schemas = readManifest().contributes?.configuration?.properties ?? {}): { settings: Settings; problems: Phrase[] } {
  const problems: Phrase[] = [];
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
      problems.push(phrase('settings.refused', { key: `${SECTION}.${key}`, value: JSON.stringify(v), why, fallback: JSON.stringify(fallback) }));
      return fallback;
    }
    return v as T;
  };
  const patterns = value('noisePatterns', DEFAULT_SETTINGS.noisePatterns);
  for (const { source, reason } of compileUserPatterns(patterns).refused) {
    problems.push(phrase('settings.patternRefused', { key: `${SECTION}.noisePatterns`, source: JSON.stringify(source), reason }));
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
