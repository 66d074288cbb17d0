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

/** `disclose.config.yaml` in `cwd` or the nearest folder above it. */
export function findConfig(cwd: string): string | undefined {
  let dir = path.resolve(cwd);
  for (;;) {
    const candidate = path.join(dir, CONFIG_FILE);
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    const up = path.dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

export function loadConfig(file: string): ConfigFile {
  const abs = path.resolve(file);
  const y = parseYaml(readTextFile(abs), abs);
  // An empty file is an empty configuration.
  const parsed = y.data === null || y.data === undefined ? { ...y, data: {} } : y;
  validateAgainstSchema(parsed, 'config');
  return { file: abs, dir: path.dirname(abs), data: parsed.data as RawConfig, posOf: (p, key) => y.posOf(p, key) };
}
