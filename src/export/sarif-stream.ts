/**
 * findings.sarif for the whole pack, written result by result (the shape of `check --format sarif`,
 * grouped findings as each result's relatedLocations): one result a line, without indentation, since the pack's SARIF is read by programs
 * (code-scanning uploads, `jq`) and the indentation was a third of its size.
 *
 * Leaner than `check --format sarif` (pack format 6): a result's `message.text` (which GitHub code
 * scanning requires on every result) says the finding and its cell but not the fix, which every
 * result repeated for every cell with the same finding; the fix is with the finding on its
 * template's page and in texts.json, and each rule's `help` says so. `properties.data` is left out
 * where the message already says every value of it; since pack format 7, `properties` holds nothing
 * else (the template, region and locale are in the message and in `partialFingerprints`).
 */
import type { Finding } from '../check/finding.js';
import { RULES } from '../rules/index.js';
import { sarifResults, toSarif } from '../format/findings-sarif.js';
import type { CopySource } from './file-sink.js';
import { JsonArraySink } from './json-array-sink.js';

const MARK = '"results":[]';

/** The rule's help in the pack's SARIF: what every result of the rule shares, and where each finding's fix is. */
export function packRuleHelp(ruleId: string, helpUri: string): { text: string; markdown: string } {
  const where = "Each finding's fix is on its page of the review pack (findings/, linked from its template's page in pages/), in the pack's texts.json and in `disclose check`.";
  return { text: `${where} The rule: ${helpUri}`, markdown: `${where} [The rule ${ruleId}](${helpUri}).` };
}

/** Every string value of the finding's data (nested), and whether it holds anything else. */
function leaves(v: unknown, out: string[]): boolean {
  if (typeof v === 'string') {
    out.push(v);
    return true;
  }
  if (Array.isArray(v)) return v.every((x) => leaves(x, out));
  if (typeof v === 'object' && v !== null) return Object.values(v).every((x) => leaves(x, out));
  return false;
}

/** Whether the message says every value of the finding's data (only strings; a number or flag is data of its own). */
export function dataInMessage(data: Record<string, unknown> | undefined, message: string): boolean {
  if (!data) return true;
  const strings: string[] = [];
  return leaves(data, strings) && strings.every((s) => message.includes(s));
}

export class SarifStream {
  private array: JsonArraySink;
  private tail: string;
  constructor(file: string, cwd: string, version: string) {
    const log = toSarif([], RULES, cwd, version) as { runs: Array<{ tool: { driver: { rules: Array<Record<string, unknown>> } } }> };
    for (const rule of log.runs[0]!.tool.driver.rules) rule['help'] = packRuleHelp(rule['id'] as string, rule['helpUri'] as string);
    const whole = JSON.stringify(log);
    const at = whole.indexOf(MARK);
    this.array = new JsonArraySink(file, `${whole.slice(0, at)}"results":[`);
    this.tail = `\n]${whole.slice(at + MARK.length)}\n`;
    this.cwd = cwd;
  }
  private cwd: string;
  private readonly ids = RULES.map((r) => r.meta.id);
  add(findings: Finding[]): void {
    if (findings.length === 0) return;
    // The results only: the rules' part of the log is written once, in the head. Without the fix
    // (the message is then the finding and its cell), and without data the message says.
    for (const r of sarifResults(findings.map(({ fix: _fix, ...f }) => f), this.ids, this.cwd) as Array<{ message: { text: string }; properties?: { data?: Record<string, unknown>; template?: string; region?: string; locale?: string } }>) {
      // Pack format 7: the template, region and locale are in the message and the fingerprint; the data only where the message does not say it.
      const data = r.properties!.data;
      if (data && !dataInMessage(data, r.message.text)) r.properties = { data };
      else delete r.properties;
      this.array.item(JSON.stringify(r));
    }
  }
  /** Where the next result goes (`export --cache`). */
  get offset(): number {
    return this.array.offset;
  }
  /** A template's results as the previous pack's findings.sarif holds them: JsonArraySink.copy. */
  copy(from: CopySource, start: number, end: number, wasFirst: boolean): boolean {
    return this.array.copy(from, start, end, wasFirst);
  }
  close(): void {
    this.array.close(this.tail);
  }
}
