import path from 'node:path';

/** A path relative to `cwd`, with forward slashes (for output, SARIF and reports). */
export function relativePath(file: string, cwd: string): string {
  const rel = path.isAbsolute(file) ? path.relative(cwd, file) : file;
  return rel.split(path.sep).join('/');
}
