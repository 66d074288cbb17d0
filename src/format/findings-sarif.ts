/**
 * Findings as SARIF 2.1.0 for GitHub code scanning: one run, the rules with stable ids, results
 * with 1-based line and column, URIs relative to the working directory (the repository root).
 * The findings grouped under a root finding (`data.related`, src/format/related.ts) are the
 * result's `relatedLocations` (§3.27.22), each with its own place and message, numbered from 1.
 */
import { sortFindings, type Finding } from '../check/finding.js';
import type { Rule } from '../check/rule.js';
import { relativePath } from './paths.js';
import { relatedPlaces } from './related.js';

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
    message: { text: messageText(f, cwd) },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: sarifUri(relativePath(f.file, cwd)), uriBaseId: '%SRCROOT%' },
          region: { startLine: Math.max(1, f.line), startColumn: Math.max(1, f.column) },
        },
      },
    ],
    ...relatedLocations(f, cwd),
    partialFingerprints: { primaryLocationLineHash: `${f.ruleId}:${f.template ?? ''}:${f.region ?? ''}:${f.locale ?? ''}:${f.messageId}` },
    properties: { region: f.region, locale: f.locale, template: f.template, data: f.data },
  }));
}

/**
 * The result's message: the finding's, its scope and fix, and — when findings are grouped under it —
 * an embedded link to each place they point at (`[line 35](1)`, §3.11.6), which is how code
 * scanning shows related locations. Link text escapes `\`, `[` and `]`; a message that would
 * otherwise hold something read as a link (`[x](2)` quoted from a policy) has its own brackets
 * escaped too (as CodeQL writes its messages).
 */
function messageText(f: Finding, cwd: string): string {
  let text = [f.message, f.region ? `(${[f.template, f.region, f.locale].filter(Boolean).join(' · ')})` : '', f.fix ? `Fix: ${f.fix}` : ''].filter(Boolean).join(' ');
  const places = relatedPlaces(f);
  if (!places.length) return text;
  if (/\]\(\d+\)/.test(text)) text = escapeLinkText(text);
  const seen = new Map<string, number>();
  places.forEach((r, i) => {
    const where = r.file === f.file ? `line ${r.line}` : `${relativePath(r.file, cwd)}:${r.line}`;
    if (!seen.has(where)) seen.set(where, i + 1);
  });
  return `${text} Related: ${[...seen].map(([where, id]) => `[${escapeLinkText(where)}](${id})`).join(', ')}.`;
}

const escapeLinkText = (s: string) => s.replace(/[\\[\]]/g, (c) => `\\${c}`);

/** `relatedLocations` for a root finding's grouped findings; nothing when it has none. */
function relatedLocations(f: Finding, cwd: string): { relatedLocations?: object[] } {
  const places = relatedPlaces(f);
  if (!places.length) return {};
  return {
    relatedLocations: places.map((r, i) => ({
      id: i + 1,
      physicalLocation: {
        artifactLocation: { uri: sarifUri(relativePath(r.file, cwd)), uriBaseId: '%SRCROOT%' },
        region: { startLine: r.line, startColumn: r.column },
      },
      message: { text: r.message },
    })),
  };
}

/**
 * A relative path as a SARIF `uri` (a URI reference, RFC 3986): each segment percent-encoded, so a
 * space, `#`, `%`, `?` or a line break in a file name is not read as a URI delimiter.
 */
export function sarifUri(relative: string): string {
  return relative.split('/').map((seg) => encodeURIComponent(seg)).join('/');
}
