/**
 * findings.sarif for the whole pack, written result by result (same shape as `check --format
 * sarif`, grouped findings as each result's relatedLocations): one result a line, without indentation, since the pack's SARIF is read by programs
 * (code-scanning uploads, `jq`) and the indentation was a third of its size.
 */
import type { Finding } from '../check/finding.js';
import { RULES } from '../rules/index.js';
import { sarifResults, toSarif } from '../format/findings-sarif.js';
import { FileSink } from './file-sink.js';

const MARK = '"results":[]';

export class SarifStream {
  private sink: FileSink;
  private tail: string;
  private first = true;
  constructor(file: string, cwd: string, version: string) {
    this.sink = new FileSink(file);
    const whole = JSON.stringify(toSarif([], RULES, cwd, version));
    const at = whole.indexOf(MARK);
    this.sink.write(`${whole.slice(0, at)}"results":[`);
    this.tail = `\n]${whole.slice(at + MARK.length)}\n`;
    this.cwd = cwd;
    this.version = version;
  }
  private cwd: string;
  private version: string;
  private readonly ids = RULES.map((r) => r.meta.id);
  add(findings: Finding[]): void {
    if (findings.length === 0) return;
    // The results only: the rules' part of the log is written once, in the head.
    for (const r of sarifResults(findings, this.ids, this.cwd)) {
      this.sink.write(`${this.first ? '\n' : ',\n'}${JSON.stringify(r)}`);
      this.first = false;
    }
  }
  close(): void {
    this.sink.write(this.first ? `]${this.tail.replace(/^\n\]/, '')}` : this.tail);
    this.sink.close();
  }
}
