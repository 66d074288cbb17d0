/**
 * The findings grouped under a root finding (`data.related`), as places a reader can go to: each
 * with its file, line, column and a one-line message. Text output lists them under the root, SARIF
 * as the result's `relatedLocations` (SARIF 2.1.0 §3.27.22); JSON carries `data.related` as the
 * rules wrote it.
 *
 * A related entry is an object with a 1-based `line` (and `column`, 1 when absent); it sits in the
 * root finding's file unless it names its own `file`. What it says comes from its fields:
 * `message` when the rule wrote one; a region element (`element`, `article`, `topic`: a policy
 * without it, region-element-missing); a statement of the policy (`class`, `statement`: the
 * disclosure rules, src/policy/disclosure-classes.ts). Entries without a line are not places and
 * are left out.
 */
import type { Finding } from '../check/finding.js';

export interface RelatedPlace {
  file: string;
  line: number;
  column: number;
  message: string;
}

export function relatedPlaces(f: Finding): RelatedPlace[] {
  const list = f.data?.['related'];
  if (!Array.isArray(list)) return [];
  const out: RelatedPlace[] = [];
  for (const r of list as unknown[]) {
    if (!r || typeof r !== 'object') continue;
    const e = r as Record<string, unknown>;
    const line = Number(e['line']);
    if (!Number.isInteger(line) || line < 1) continue;
    const column = Number.isInteger(Number(e['column'])) && Number(e['column']) >= 1 ? Number(e['column']) : 1;
    const file = typeof e['file'] === 'string' && e['file'] ? e['file'] : f.file;
    out.push({ file, line, column, message: describe(e, f, file === f.file && line === f.line && column === f.column) });
  }
  return out;
}

const str = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');

function describe(e: Record<string, unknown>, root: Finding, atRoot: boolean): string {
  if (str(e['message'])) return str(e['message']);
  const element = str(e['element']);
  if (element) {
    const article = str(e['article']);
    const topic = str(e['topic']);
    const what = `missing: ${element}${article ? ` (${article})` : ''}`;
    if (!topic) return what;
    // Pointed at the document's heading: no section on that topic was found.
    return atRoot ? `${what}; the policy has no ${topic} section` : `${what}; it belongs in this ${topic} section`;
  }
  const cls = str(e['class']);
  const statement = str(e['statement']);
  if (cls || statement) {
    const flow = str(root.data?.['flow']);
    const aspect = str(root.data?.['aspect']);
    const subject = flow ? `flow "${flow}"` : 'the flow';
    const quote = statement ? `: "${statement}"` : '';
    const how = [aspect, cls].filter(Boolean).join(', ');
    if (cls === 'incorrect') return `denies ${subject}${aspect ? ` (${aspect})` : ''}${quote}`;
    if (cls === 'clear' || cls === 'vague') return `discloses ${subject} (${how})${quote}`;
    return `${cls || 'related'}${quote}`;
  }
  return 'related to this finding';
}
