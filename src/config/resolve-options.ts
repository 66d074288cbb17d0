/**
 * Layers a project's settings: defaults < disclose.config.yaml < options (command-line flags or
 * library arguments), and keeps where each value came from, so an error can point at the file,
 * line and column of the value at fault. Paths become absolute: the file's relative to its folder,
 * the options' relative to the working directory.
 */
import path from 'node:path';
import type { SeverityOverrides } from '../check/run-rules.js';
import type { SourcePos } from '../model/types.js';
import type { ConfigFile, RawConfig } from './load-config.js';

/** What a caller (the CLI's flags, or a library user) sets; paths relative to `cwd`. */
export interface ProjectSettings {
  org?: string;
  /** Template files, folders or glob patterns. */
  templates?: string[];
  /** Policy documents: files or glob patterns. */
  policies?: string[];
  regions?: string[] | 'all';
  locales?: string[] | 'all' | 'default';
  /** Merged over the file's, rule by rule. */
  severity?: SeverityOverrides;
  out?: string;
  regionFolders?: string[];
  wording?: string;
  /** `check` and `export` reuse the results of unchanged templates (`src/cache/`). */
  cache?: boolean;
  cacheLocation?: string;
  /** The date rules that depend on the day check as of (YYYY-MM-DD; `--as-of`); default today in UTC (src/check/as-of.ts). */
  asOf?: string;
}

export type SettingKey = keyof ProjectSettings;

/** Where a value came from: the config file (with positions), an option, or the default. */
export interface Origin {
  layer: 'config' | 'option' | 'default';
  /** The value's position in the config file. */
  pos?: SourcePos;
  /** Positions of a list's items, by index. */
  items?: SourcePos[];
  /** Positions of a map's keys (severity), by key. */
  keys?: Record<string, SourcePos>;
}

/** The settings in force, paths absolute, with their origins. */
export interface ProjectConfig {
  /** The config file used, if any. */
  file: string | undefined;
  cwd: string;
  org: string | undefined;
  templates: string[];
  policies: string[];
  regions: string[] | 'all' | undefined;
  locales: string[] | 'all' | 'default' | undefined;
  severity: SeverityOverrides;
  /** Output folder of `disclose export`. */
  out: string | undefined;
  regionFolders: string[];
  wording: string | undefined;
  cache: boolean | undefined;
  /** The cache folder, absolute. */
  cacheLocation: string | undefined;
  /** The date to check as of, as given (validated when the project opens); undefined: today. */
  asOf: string | undefined;
  origins: Partial<Record<SettingKey, Origin>>;
}

/** The name each setting has in disclose.config.yaml. */
export const FILE_KEYS: Record<SettingKey, keyof RawConfig> = {
  org: 'organization',
  templates: 'templates',
  policies: 'policies',
  regions: 'regions',
  locales: 'locales',
  severity: 'severity',
  out: 'out',
  regionFolders: 'regionFolders',
  wording: 'wording',
  cache: 'cache',
  cacheLocation: 'cacheLocation',
  asOf: 'asOf',
};

const PATH_KEYS = new Set<SettingKey>(['org', 'templates', 'policies', 'out', 'regionFolders', 'wording', 'cacheLocation']);

/** A path, or a `!pattern` exclusion, made absolute against `base`. */
export function absolutePattern(base: string, p: string): string {
  return p.startsWith('!') ? `!${path.resolve(base, p.slice(1))}` : path.resolve(base, p);
}

function absolute(value: unknown, base: string): unknown {
  if (typeof value === 'string') return path.resolve(base, value);
  if (Array.isArray(value)) return value.map((v: string) => absolutePattern(base, v));
  return value;
}

function fileOrigin(config: ConfigFile, name: keyof RawConfig, value: unknown): Origin {
  const origin: Origin = { layer: 'config', pos: config.posOf([name]) };
  if (Array.isArray(value)) origin.items = value.map((_, i) => config.posOf([name, i]));
  else if (value && typeof value === 'object') {
    origin.keys = Object.fromEntries(Object.keys(value).map((k) => [k, config.posOf([name, k], true)]));
  }
  return origin;
}

export function resolveOptions(config: ConfigFile | undefined, options: ProjectSettings, cwd: string): ProjectConfig {
  const values: Partial<Record<SettingKey, unknown>> = {};
  const origins: Partial<Record<SettingKey, Origin>> = {};
  for (const key of Object.keys(FILE_KEYS) as SettingKey[]) {
    const fromFile = config?.data[FILE_KEYS[key]];
    const fromOption = options[key];
    if (key === 'severity') {
      const ownOption = fromOption as SeverityOverrides | undefined;
      values.severity = { ...((fromFile as SeverityOverrides | undefined) ?? {}), ...(ownOption ?? {}) };
      const origin: Origin = config && fromFile ? fileOrigin(config, 'severity', fromFile) : { layer: 'default', keys: {} };
      if (ownOption) {
        origin.layer = 'option';
        for (const k of Object.keys(ownOption)) delete origin.keys?.[k];
      }
      origins.severity = origin;
    } else if (fromOption !== undefined) {
      values[key] = PATH_KEYS.has(key) ? absolute(fromOption, cwd) : fromOption;
      origins[key] = { layer: 'option' };
    } else if (config && fromFile !== undefined) {
      values[key] = PATH_KEYS.has(key) ? absolute(fromFile, config.dir) : fromFile;
      origins[key] = fileOrigin(config, FILE_KEYS[key], fromFile);
    } else {
      origins[key] = { layer: 'default' };
    }
  }
  return {
    file: config?.file,
    cwd,
    org: values.org as string | undefined,
    templates: (values.templates as string[] | undefined) ?? [],
    policies: (values.policies as string[] | undefined) ?? [],
    regions: values.regions as ProjectConfig['regions'],
    locales: values.locales as ProjectConfig['locales'],
    severity: values.severity as SeverityOverrides,
    out: values.out as string | undefined,
    regionFolders: (values.regionFolders as string[] | undefined) ?? [],
    wording: values.wording as string | undefined,
    cache: values.cache as boolean | undefined,
    cacheLocation: values.cacheLocation as string | undefined,
    asOf: values.asOf as string | undefined,
    origins,
  };
}

/** Where to point an error about a setting (or one of its items or keys): the config file's position, or nowhere. */
export function positionOf(config: ProjectConfig, key: SettingKey, item?: number | string): { file?: string; line?: number; column?: number } {
  const origin = config.origins[key];
  if (typeof item === 'string' && origin?.keys?.[item]) return origin.keys[item];
  if (origin?.layer !== 'config') return {};
  if (typeof item === 'number') return origin.items?.[item] ?? origin.pos ?? {};
  return origin.pos ?? {};
}
