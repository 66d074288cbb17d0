/**
 * Findings as lines a person reads: `file:line:column  severity  message  [rule] (region/locale)`,
 * the findings grouped under a root (`data.related`) indented below it, one a line
 * (`    related  file:line:column  message`), then its fix.
 */
import { countBySeverity, sortFindings, type Finding } from '../check/finding.js';
import { paint } from './color.js';
import { relativePath } from './paths.js';
import { count } from './plural.js';
import { printable } from './printable.js';
import { relatedPlaces } from './related.js';

export interface FindingsTextOptions {
  /** ANSI colours for a terminal (src/format/color.ts). */
  color?: boolean;
  /** Errors only (`check --quiet`); the counts line still counts every finding. */
  quiet?: boolean;
}

export function formatFindingsText(findings: Finding[], cwd: string, options: FindingsTextOptions = {}): string {
  const chunks: string[] = [];
  writeFindingsText(findings, cwd, options, (t) => chunks.push(t));
  return chunks.join('');
}

/** Text held before it is handed on: `check` of 10,000 templates prints 66 MB, written as it is made instead of as one string. */
const CHUNK = 64 * 1024;

/** The text of `formatFindingsText`, handed to `write` in pieces of about 64 KB as it is made (the same bytes in the same order). */
export function writeFindingsText(findings: Finding[], cwd: string, options: FindingsTextOptions, write: (text: string) => void): void {
  if (findings.length === 0) return write('No findings.\n');
  const p = paint(options.color ?? false);
  const sev = { error: (s: string) => p.bold(p.red(s)), warning: p.yellow, info: p.cyan };
  let lines: string[] = [];
  let held = 0;
  const push = (line: string) => {
    lines.push(line);
    held += line.length + 1;
    if (held >= CHUNK) {
      write(`${lines.join('\n')}\n`);
      lines = [];
      held = 0;
    }
  };
  // A file's place as shown, once per file (10,000 templates have a dozen findings each).
  const places = new Map<string, string>();
  const place = (file: string) => {
    let shown = places.get(file);
    if (shown === undefined) places.set(file, (shown = printable(relativePath(file, cwd))));
    return shown;
  };
  let any = false;
  for (const f of sortFindings(findings)) {
    if (options.quiet && f.severity !== 'error') continue;
    any = true;
    // printable(`${path}:${line}:${column}`): the digits and colons it adds are never escaped.
    const where = `${place(f.file)}:${f.line}:${f.column}`;
    const scope = [f.template, f.region, f.locale].filter(Boolean).join(' · ');
    // Escaped first, coloured after: the colour codes are ours, the text is the input's.
    push(`${p.dim(where)}  ${sev[f.severity](f.severity.padEnd(7))} ${printable(f.message)}  ${p.dim(printable(`[${f.ruleId}]${scope ? ` (${scope})` : ''}`))}`);
    for (const r of relatedPlaces(f)) push(`    ${p.dim('related')}  ${p.dim(`${place(r.file)}:${r.line}:${r.column}`)}  ${printable(r.message)}`);
    if (f.fix) push(printable(`    fix: ${f.fix}`));
  }
  const n = countBySeverity(findings);
  if (any) push('');
  push(`${count(findings.length, 'finding')}: ${count(n.error, 'error')}, ${count(n.warning, 'warning')}, ${n.info} info${options.quiet && n.error < findings.length ? ' (--quiet: errors only shown)' : ''}`);
  if (lines.length) write(`${lines.join('\n')}\n`);
}
