/** Findings as lines a person reads: `file:line:column  severity  message  [rule] (region/locale)`. */
import { countBySeverity, sortFindings, type Finding } from '../check/finding.js';
import { relativePath } from './paths.js';
import { printable } from './printable.js';

export function formatFindingsText(findings: Finding[], cwd: string): string {
  if (findings.length === 0) return 'No findings.\n';
  const lines: string[] = [];
  for (const f of sortFindings(findings)) {
    const where = `${relativePath(f.file, cwd)}:${f.line}:${f.column}`;
    const scope = [f.template, f.region, f.locale].filter(Boolean).join(' · ');
    lines.push(printable(`${where}  ${f.severity.padEnd(7)} ${f.message}  [${f.ruleId}]${scope ? ` (${scope})` : ''}`));
    if (f.fix) lines.push(printable(`    fix: ${f.fix}`));
  }
  const n = countBySeverity(findings);
  lines.push('', `${findings.length} finding${findings.length === 1 ? '' : 's'}: ${n.error} error${n.error === 1 ? '' : 's'}, ${n.warning} warning${n.warning === 1 ? '' : 's'}, ${n.info} info`);
  return `${lines.join('\n')}\n`;
}
