// User settings (servicingLogs.*), pulled from the client per document and cached until the
// client says they changed.

import type { Connection } from 'vscode-languageserver/node';
import type { Severity } from '../../analysis/src/index';

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

export class SettingsStore {
  private readonly cache = new Map<string, Promise<Settings>>();
  supportsConfiguration = false;

  constructor(private readonly connection: Connection) {}

  get(uri: string): Promise<Settings> {
    if (!this.supportsConfiguration) {
      return Promise.resolve(DEFAULT_SETTINGS);
    }
    let pending = this.cache.get(uri);
    if (!pending) {
      pending = this.connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'servicingLogs' })
        .then((raw: unknown) => toSettings(raw), () => DEFAULT_SETTINGS);
      this.cache.set(uri, pending);
    }
    return pending;
  }

  clear(): void {
    this.cache.clear();
  }
}

function toSettings(raw: unknown): Settings {
  const r = (raw ?? {}) as Record<string, unknown>;
  const summary = (r.summary ?? {}) as Record<string, unknown>;
  const severities: Severity[] = ['error', 'warning', 'information', 'hint'];
  return {
    minimumSeverity: severities.includes(r.minimumSeverity as Severity) ? (r.minimumSeverity as Severity) : DEFAULT_SETTINGS.minimumSeverity,
    noisePatterns: Array.isArray(r.noisePatterns) ? r.noisePatterns.filter((p): p is string => typeof p === 'string') : [],
    maxDiagnostics: typeof r.maxDiagnostics === 'number' && r.maxDiagnostics > 0 ? Math.min(r.maxDiagnostics, DEFAULT_SETTINGS.maxDiagnostics) : DEFAULT_SETTINGS.maxDiagnostics,
    summaryEnabled: summary.enabled !== false,
    ansiCodePage: r.ansiCodePage === 'windows-1251' ? 'windows-1251' : 'windows-1252',
  };
}
