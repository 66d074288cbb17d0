/**
 * Finds and reads a project's `disclose.config.yaml`: parsed, schema-checked, and with the
 * position of every value, so a later error can name the line and column that set it.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Severity } from '../check/finding.js';
import type { SourcePos } from '../model/types.js';
import { readTextFile } from '../load/read-file.js';
import { validateAgainstSchema } from '../load/validate-schema.js';
import { parseYaml, type YamlPath } from '../load/yaml-file.js';

export const CONFIG_FILE = 'disclose.config.yaml';

/** The file's values as written (paths still relative to the file). */
export interface RawConfig {
  organization?: string;
  templates?: string[];
  policies?: string[];
  regions?: string[] | 'all';
  locales?: string[] | 'all' | 'default';
  severity?: Record<string, Severity | 'off'>;
  out?: string;
  regionFolders?: string[];
  wording?: string;
  cache?: boolean;
  cacheLocation?: string;
  /** The date checks are made as of (YYYY-MM-DD); default today (src/check/as-of.ts). */
  asOf?: string;
}

export interface ConfigFile {
  /** Absolute path of the file. */
  file: string;
  /** Its folder: the base of every relative path in it. */
  dir: string;
  data: RawConfig;
  /** Position of a value (or, with `key`, of its key). */
  posOf(path: YamlPath, key?: boolean): SourcePos;
}

/**
 * The project root of `dir`: the nearest folder at or above it that holds `package.json` or `.git`
 * (a folder, or the file a worktree or submodule has); undefined when no folder above has either.
 */
export function projectRoot(dir: string): string | undefined {
  let d = path.resolve(dir);
  for (;;) {
    if (existsSync(path.join(d, 'package.json')) || existsSync(path.join(d, '.git'))) return d;
    const up = path.dirname(d);
    if (up === d) return undefined;
    d = up;
  }
}

/** Where the search for a config file looked, and what it found. */
export interface ConfigSearch {
  /** The file found, if any. */
  file: string | undefined;
  /** The folders looked in, nearest first. */
  searched: string[];
  /** The project root the search stopped at (undefined: no root found, only `cwd` was searched). */
  root: string | undefined;
}

/**
 * `disclose.config.yaml` in `cwd` or a folder above it, up to the project root and no further: a
 * file above the root (in a home folder, /tmp, a shared checkout's parent) never applies. Without a
 * project root only `cwd` itself is searched.
 */
export function searchConfig(cwd: string): ConfigSearch {
  const start = path.resolve(cwd);
  const root = projectRoot(start);
  const searched: string[] = [];
  let dir = start;
  for (;;) {
    searched.push(dir);
    const candidate = path.join(dir, CONFIG_FILE);
    if (existsSync(candidate) && statSync(candidate).isFile()) return { file: candidate, searched, root };
    const up = path.dirname(dir);
    if (root === undefined || dir === root || up === dir) return { file: undefined, searched, root };
    dir = up;
  }
}

/** `disclose.config.yaml` in `cwd` or a folder above it up to the project root (see searchConfig). */
export function findConfig(cwd: string): string | undefined {
  return searchConfig(cwd).file;
}

export function loadConfig(file: string): ConfigFile {
  const abs = path.resolve(file);
  const y = parseYaml(readTextFile(abs), abs);
  // An empty file is an empty configuration.
  const parsed = y.data === null || y.data === undefined ? { ...y, data: {} } : y;
  validateAgainstSchema(parsed, 'config');
  return { file: abs, dir: path.dirname(abs), data: parsed.data as RawConfig, posOf: (p, key) => y.posOf(p, key) };
}
