/**
 * Glob patterns for the config's template and policy lists: `*` and `?` within one path segment,
 * `**` for any number of segments, `{a,b}` alternatives and `[abc]` classes. Hidden entries and
 * node_modules are never walked. Given a folder to stay `within` (the project), a pattern whose
 * fixed part lies outside it matches nothing, and a symbolic link out of it is not followed.
 */
import { readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';

export function hasGlob(p: string): boolean {
  return /[*?[{]/.test(p);
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

function segmentSource(seg: string): string {
  let out = '';
  for (let i = 0; i < seg.length; i++) {
    const c = seg[i]!;
    if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '[') {
      const end = seg.indexOf(']', i + 1);
      if (end < 0) out += '\\[';
      else {
        const body = seg.slice(i + 1, end).replace(/\\/g, '\\\\');
        out += `[${body.startsWith('!') ? `^${body.slice(1)}` : body}]`;
        i = end;
      }
    } else if (c === '{') {
      let depth = 0;
      let end = -1;
      for (let j = i; j < seg.length; j++) {
        if (seg[j] === '{') depth++;
        else if (seg[j] === '}' && --depth === 0) {
          end = j;
          break;
        }
      }
      if (end < 0) out += '\\{';
      else {
        out += `(?:${splitTop(seg.slice(i + 1, end)).map(segmentSource).join('|')})`;
        i = end;
      }
    } else out += c.replace(/[.+^$()|\\\]}]/g, '\\$&');
  }
  return out;
}

/** Splits `a,{b,c},d` at the commas outside braces. */
function splitTop(s: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '{') depth++;
    else if (s[i] === '}') depth--;
    else if (s[i] === ',' && depth === 0) {
      parts.push(s.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(s.slice(start));
  return parts;
}

/** A pattern with `/` separators as a regular expression over `/`-separated paths. */
export function globToRegExp(pattern: string): RegExp {
  const segs = pattern.split('/');
  let source = '';
  segs.forEach((seg, i) => {
    const last = i === segs.length - 1;
    if (seg === '**') source += last ? '.*' : '(?:[^/]+/)*';
    else source += segmentSource(seg) + (last ? '' : '/');
  });
  return new RegExp(`^${source}$`);
}

/**
 * `ancestors` holds the real paths of the folders being walked: a symbolic link back to one of
 * them is not followed, or `**` would walk a loop (two links back up: exponentially many paths).
 */
function walk(dir: string, rel: string, depth: number, out: string[], ancestors: Set<string>, within?: string): void {
  let names: string[];
  let real: string;
  try {
    real = realpathSync.native(dir);
    if (ancestors.has(real)) return;
    if (within !== undefined && !isInside(real, within)) return;
    names = readdirSync(dir).sort();
  } catch {
    return;
  }
  ancestors.add(real);
  for (const name of names) {
    if (name.startsWith('.') || name === 'node_modules') continue;
    const full = path.join(dir, name);
    const r = rel ? `${rel}/${name}` : name;
    let isDir: boolean;
    try {
      isDir = statSync(full).isDirectory();
    } catch {
      continue;
    }
    if (isDir) {
      if (depth > 1) walk(full, r, depth - 1, out, ancestors, within);
    } else if (within === undefined || isInside(realOr(full), within)) out.push(r);
  }
  ancestors.delete(real);
}

/** Whether `p` is `dir` or below it (both absolute). */
export function isInside(p: string, dir: string): boolean {
  const rel = path.relative(dir, p);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

function realOr(p: string): string {
  try {
    return realpathSync.native(p);
  } catch {
    return p;
  }
}

/** The folder a pattern's walk starts from: its segments before the first with a wildcard. */
export function globBase(pattern: string): string {
  const segs = toPosix(pattern).split('/');
  const firstGlob = segs.findIndex(hasGlob);
  return segs.slice(0, firstGlob < 0 ? segs.length : firstGlob).join('/') || '/';
}

/** The files an absolute pattern matches, sorted; with `within` (a real path), only files inside it. */
export function expandGlob(pattern: string, within?: string): string[] {
  const segs = toPosix(pattern).split('/');
  const firstGlob = segs.findIndex(hasGlob);
  if (firstGlob < 0) return [];
  const base = segs.slice(0, firstGlob).join('/') || '/';
  const rest = segs.slice(firstGlob);
  const re = globToRegExp(rest.join('/'));
  const files: string[] = [];
  if (within !== undefined && !isInside(realOr(base), within)) return [];
  walk(base, '', rest.includes('**') ? Infinity : rest.length, files, new Set(), within);
  return files.filter((f) => re.test(f)).map((f) => path.join(base, ...f.split('/')));
}
