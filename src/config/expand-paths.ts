/**
 * Turns the template and policy lists (files, folders, glob patterns, `!pattern` exclusions) into
 * files. A path that does not exist is an error at the config line that names it. A glob pattern
 * in the config file stays inside the project (the project root above the file, else its folder):
 * one reaching out of it (a leading slash, or ../ past the root) is E_PATH at its line, and the walk does not
 * follow symbolic links out of the project. (Paths named without wildcards may point anywhere.)
 */
import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { DiscloseError } from '../errors.js';
import { findTemplateFiles } from '../project.js';
import { expandGlob, globBase, globToRegExp, hasGlob, isInside } from './glob.js';
import { projectRoot } from './load-config.js';
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
      const within = config.origins[key]?.layer === 'config' && config.file ? projectFolder(config.file) : undefined;
      if (within !== undefined && !isInside(realOr(globBase(entry)), within)) {
        throw new DiscloseError('E_PATH', `the pattern reaches outside the project folder ${within}`, positionOf(config, key, i), 'A glob pattern in disclose.config.yaml must stay inside the project: write it relative to the config file, without a leading / or ../ that leaves the project.');
      }
      for (const f of expandGlob(entry, within)) if (key === 'policies' || /\.ya?ml$/.test(f)) found.add(f);
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

/** The folder a config file's patterns stay in: its project root, else its own folder (real path). */
function projectFolder(configFile: string): string {
  const dir = path.dirname(configFile);
  return realOr(projectRoot(dir) ?? dir);
}

function realOr(p: string): string {
  try {
    return realpathSync.native(p);
  } catch {
    return p;
  }
}
