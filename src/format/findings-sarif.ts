/**
 * Findings as SARIF 2.1.0 for GitHub code scanning: one run, the rules with stable ids, results
 * with 1-based line and column, URIs relative to the working directory (the repository root).
 */
import { sortFindings, type Finding } from '../check/finding.js';
import type { Rule } from '../check/rule.js';
import { relativePath } from './paths.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

export function toSarif(findings: Finding[], rules: readonly Rule[], cwd: string, version: string): object {
  const ids = rules.map((r) => r.meta.id);
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'disclose',
            version,
            informationUri: 'https://github.com/disclose/disclose',
            rules: rules.map((r) => ({
              id: r.meta.id,
              name: r.meta.id.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase()),
              shortDescription: { text: r.meta.description },
              fullDescription: { text: `${r.meta.description} Source: ${r.meta.source}.` },
              helpUri: `https://github.com/disclose/disclose/blob/main/docs/rules/${r.meta.id}.md`,
              defaultConfiguration: { level: LEVEL[r.meta.severity] },
            })),
          },
        },
        results: sarifResults(findings, ids, cwd),
        columnKind: 'unicodeCodePoints',
      },
    ],
  };
}

/** The results of a SARIF run: the findings sorted, `ids` the run's rule ids in order (for `ruleIndex`). */
export function sarifResults(findings: Finding[], ids: readonly string[], cwd: string): object[] {
  return sortFindings(findings).map((f) => ({
    ruleId: f.ruleId,
    ...(ids.includes(f.ruleId) ? { ruleIndex: ids.indexOf(f.ruleId) } : {}),
    level: LEVEL[f.severity],
    message: { text: [f.message, f.region ? `(${[f.template, f.region, f.locale].filter(Boolean).join(' · ')})` : '', f.fix ? `Fix: ${f.fix}` : ''].filter(Boolean).join(' ') },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: sarifUri(relativePath(f.file, cwd)), uriBaseId: '%SRCROOT%' },
          region: { startLine: Math.max(1, f.line), startColumn: Math.max(1, f.column) },
        },
      },
    ],
    partialFingerprints: { primaryLocationLineHash: `${f.ruleId}:${f.template ?? ''}:${f.region ?? ''}:${f.locale ?? ''}:${f.messageId}` },
    properties: { region: f.region, locale: f.locale, template: f.template, data: f.data },
  }));
}

/**
 * A relative path as a SARIF `uri` (a URI reference, RFC 3986): each segment percent-encoded, so a
 * space, `#`, `%`, `?` or a line break in a file name is not read as a URI delimiter.
 */
export function sarifUri(relative: string): string {
  return relative.split('/').map((seg) => encodeURIComponent(seg)).join('/');
}
