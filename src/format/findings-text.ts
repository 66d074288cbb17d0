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
  if (findings.length === 0) return 'No findings.\n';
  const p = paint(options.color ?? false);
  const sev = { error: (s: string) => p.bold(p.red(s)), warning: p.yellow, info: p.cyan };
  const lines: string[] = [];
  for (const f of sortFindings(findings)) {
    if (options.quiet && f.severity !== 'error') continue;
    const where = printable(`${relativePath(f.file, cwd)}:${f.line}:${f.column}`);
    const scope = [f.template, f.region, f.locale].filter(Boolean).join(' · ');
    // Escaped first, coloured after: the colour codes are ours, the text is the input's.
    lines.push(`${p.dim(where)}  ${sev[f.severity](f.severity.padEnd(7))} ${printable(f.message)}  ${p.dim(printable(`[${f.ruleId}]${scope ? ` (${scope})` : ''}`))}`);
    for (const r of relatedPlaces(f)) lines.push(`    ${p.dim('related')}  ${p.dim(printable(`${relativePath(r.file, cwd)}:${r.line}:${r.column}`))}  ${printable(r.message)}`);
    if (f.fix) lines.push(printable(`    fix: ${f.fix}`));
  }
  const n = countBySeverity(findings);
  if (lines.length) lines.push('');
  lines.push(`${count(findings.length, 'finding')}: ${count(n.error, 'error')}, ${count(n.warning, 'warning')}, ${n.info} info${options.quiet && n.error < findings.length ? ' (--quiet: errors only shown)' : ''}`);
  return `${lines.join('\n')}\n`;
}
