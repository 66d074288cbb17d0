/**
 * Turns the template and policy lists (files, folders, glob patterns, `!pattern` exclusions) into
 * files. A path that does not exist is an error at the config line that names it.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { DiscloseError } from '../errors.js';
import { findTemplateFiles } from '../project.js';
import { expandGlob, globToRegExp, hasGlob } from './glob.js';
import { positionOf, type ProjectConfig } from './resolve-options.js';

const posix = (p: string) => p.split(path.sep).join('/');

export function expandPaths(config: ProjectConfig, key: 'templates' | 'policies'): string[] {
  const found = new Set<string>();
  const excludes: RegExp[] = [];
  config[key].forEach((entry, i) => {
    if (entry.startsWith('!')) {
      excludes.push(globToRegExp(posix(entry.slice(1))));
      return;
    }
    if (hasGlob(entry)) {
      for (const f of expandGlob(entry)) if (key === 'policies' || /\.ya?ml$/.test(f)) found.add(f);
      return;
    }
    // A path given on the command line keeps the loaders' own error (it names the path itself).
    if (!existsSync(entry) && config.origins[key]?.layer === 'config') {
      throw new DiscloseError('E_FILE_NOT_FOUND', `no such file or folder: ${path.relative(config.cwd, entry) || entry}`, positionOf(config, key, i), key === 'templates' ? 'List template files, folders or glob patterns.' : 'List policy documents or glob patterns.');
    }
    for (const f of key === 'templates' ? findTemplateFiles([entry]) : [entry]) found.add(f);
  });
  return [...found].filter((f) => !excludes.some((re) => re.test(posix(f)))).sort();
}
