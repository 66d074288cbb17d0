/** A finding is data; text, JSON, SARIF, HTML and CSV are formatters over the same list. */
export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  ruleId: string;
  severity: Severity;
  messageId: string;
  message: string;
  data: Record<string, unknown>;
  file: string;
  line: number;
  column: number;
  region?: string;
  locale?: string;
  template?: string;
  /** What to change, where one fix is clear. */
  fix?: string;
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      ORDER[a.severity] - ORDER[b.severity] ||
      a.ruleId.localeCompare(b.ruleId) ||
      (a.region ?? '').localeCompare(b.region ?? '') ||
      (a.locale ?? '').localeCompare(b.locale ?? '') ||
      a.message.localeCompare(b.message),
  );
}

export function countBySeverity(findings: Finding[]): Record<Severity, number> {
  const out: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) out[f.severity]++;
  return out;
}

/** Each finding once: the same rule, place, region, locale and message count as one. */
export function dedupeFindings(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.ruleId}|${f.file}|${f.line}|${f.column}|${f.region}|${f.locale}|${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
