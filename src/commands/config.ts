/**
 * `disclose config`: the settings in force and where each came from (the config file's line and
 * column, a command-line flag, or the default), with where the config file was looked for and the
 * project root the search stopped at. `--debug` before any command prints the same to standard
 * error.
 */
import path from 'node:path';
import type { IO } from '../cli/io.js';
import { EXIT } from '../cli/io.js';
import { loadConfig, searchConfig, type ConfigSearch } from '../config/load-config.js';
import { FILE_KEYS, resolveOptions, type Origin, type ProjectConfig, type ProjectSettings, type SettingKey } from '../config/resolve-options.js';
import { DiscloseError } from '../errors.js';
import { printable, printableJson } from '../format/printable.js';

export interface ConfigCommandOptions {
  config?: string | false;
  format?: string;
}

/** What the default of each setting is, in words. */
const DEFAULTS: Record<SettingKey, string> = {
  org: 'organization.yaml next to or above the templates',
  templates: 'the templates given on the command line',
  policies: 'the policies given on the command line',
  regions: 'every region profile',
  locales: "each region's default locale",
  severity: "each rule's own severity",
  out: 'given with --out',
  regionFolders: 'none (only the built-in regions)',
  wording: 'none (only the built-in wording)',
  cache: 'off (on with --cache)',
  cacheLocation: 'node_modules/.cache/disclose',
  asOf: "today's date (UTC), read once per run",
};

export interface ConfigReport {
  search: ConfigSearch | undefined;
  config: ProjectConfig;
  /** How the file was chosen. */
  how: 'given' | 'found' | 'none' | 'disabled';
}

/** The config in force for `cwd` with the `--config` option and, for --debug, the command's flags. */
export function configReport(cwd: string, configOption: string | false | undefined, settings: ProjectSettings = {}): ConfigReport {
  const search = configOption === undefined ? searchConfig(cwd) : undefined;
  const file = configOption === false ? undefined : configOption ? path.resolve(cwd, configOption) : search?.file;
  const config = resolveOptions(file ? loadConfig(file) : undefined, settings, cwd);
  const how = configOption === false ? 'disabled' : configOption ? 'given' : file ? 'found' : 'none';
  return { search, config, how };
}

export function formatConfigText(r: ConfigReport, cwd: string): string {
  const rel = (p: string) => path.relative(cwd, p) || '.';
  const lines: string[] = [];
  const c = r.config;
  if (r.how === 'disabled') lines.push('config file: none (--no-config)');
  else if (r.how === 'given') lines.push(`config file: ${rel(c.file!)} (given with --config)`);
  else {
    lines.push(r.how === 'found' ? `config file: ${rel(c.file!)}` : `config file: none found`);
    if (r.search) {
      lines.push(`  searched: ${r.search.searched.map(rel).join(', ')}`);
      lines.push(r.search.root ? `  the search stops at the project root ${rel(r.search.root)} (the nearest folder with package.json or .git)` : '  no project root (a folder with package.json or .git) above: only the working folder is searched');
    }
  }
  lines.push('');
  const fileName = c.file ? rel(c.file) : '';
  const where = (o: Origin | undefined, p?: { line?: number; column?: number }) => {
    if (!o || o.layer === 'default') return 'default';
    if (o.layer === 'option') return 'command line';
    const pos = p ?? o.pos;
    return pos?.line ? `${fileName}:${pos.line}:${pos.column ?? 1}` : fileName;
  };
  const show = (v: unknown): string => (typeof v === 'string' ? (path.isAbsolute(v) ? rel(v) : v) : String(v));
  for (const key of Object.keys(FILE_KEYS) as SettingKey[]) {
    const name = FILE_KEYS[key];
    const origin = c.origins[key];
    const value = c[key as keyof ProjectConfig];
    if (key === 'severity') {
      const entries = Object.entries(c.severity);
      if (!entries.length) {
        lines.push(`${name}: ${DEFAULTS[key]}  (default)`);
        continue;
      }
      lines.push(`${name}:`);
      for (const [rule, level] of entries) lines.push(`  ${rule}: ${String(level)}  (${origin?.keys?.[rule] ? where({ layer: 'config' }, origin.keys[rule]) : origin?.layer === 'option' ? 'command line' : 'default'})`);
      continue;
    }
    if (!origin || origin.layer === 'default' || value === undefined || (Array.isArray(value) && value.length === 0)) {
      lines.push(`${name}: ${DEFAULTS[key]}  (default)`);
    } else if (Array.isArray(value)) {
      lines.push(`${name}:  (${where(origin)})`);
      value.forEach((v, i) => lines.push(`  - ${v.startsWith('!') ? `!${show(v.slice(1))}` : show(v)}  (${where(origin, origin.items?.[i])})`));
    } else {
      lines.push(`${name}: ${show(value)}  (${where(origin)})`);
    }
  }
  return printable(`${lines.join('\n')}\n`);
}

export function configJson(r: ConfigReport): object {
  const c = r.config;
  const origin = (o: Origin | undefined) => (o ? { layer: o.layer, ...(o.pos ? { line: o.pos.line, column: o.pos.column } : {}) } : { layer: 'default' });
  return {
    file: c.file ?? null,
    how: r.how,
    ...(r.search ? { searched: r.search.searched, root: r.search.root ?? null } : {}),
    settings: Object.fromEntries(
      (Object.keys(FILE_KEYS) as SettingKey[]).map((k) => [FILE_KEYS[k], { value: c[k as keyof ProjectConfig] ?? null, from: origin(c.origins[k]) }]),
    ),
  };
}

export async function configCommand(opts: ConfigCommandOptions, io: IO): Promise<number> {
  const format = opts.format ?? 'text';
  if (!['text', 'json'].includes(format)) throw new DiscloseError('E_USAGE', `unknown format "${format}"`, {}, 'Use --format text or --format json.');
  const report = configReport(io.cwd, opts.config);
  io.stdout(format === 'json' ? `${printableJson(JSON.stringify(configJson(report), null, 2))}\n` : formatConfigText(report, io.cwd));
  return EXIT.clean;
}

/** For --debug: the config in force for a command, to standard error. */
export function debugConfig(io: IO, opts: { config?: string | false; org?: string; templates?: string | string[] }): void {
  const settings: ProjectSettings = {};
  if (opts.org) settings.org = opts.org;
  if (opts.templates) settings.templates = Array.isArray(opts.templates) ? opts.templates : [opts.templates];
  try {
    io.stderr(`debug: ${formatConfigText(configReport(io.cwd, opts.config, settings), io.cwd).trimEnd().split('\n').join('\ndebug: ')}\n`);
  } catch {
    // The command itself reports a broken config file.
  }
}
