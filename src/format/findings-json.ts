/** Findings as JSON: the same fields as the Finding type, paths relative to the working directory. */
import { sortFindings, type Finding } from '../check/finding.js';
import { relativePath } from './paths.js';

export function findingsForJson(findings: Finding[], cwd: string): Finding[] {
  return sortFindings(findings).map((f) => ({ ...f, file: relativePath(f.file, cwd) }));
}

export function formatFindingsJson(findings: Finding[], cwd: string): string {
  return `${JSON.stringify(findingsForJson(findings, cwd), null, 2)}\n`;
}
