/** findings.sarif for the whole pack, written result by result (same shape as `check --format sarif`). */
import type { Finding } from '../check/finding.js';
import { RULES } from '../rules/index.js';
import { toSarif } from '../format/findings-sarif.js';
import { FileSink } from './file-sink.js';

const MARK = '"results": []';

export class SarifStream {
  private sink: FileSink;
  private tail: string;
  private first = true;
  constructor(file: string, cwd: string, version: string) {
    this.sink = new FileSink(file);
    const whole = JSON.stringify(toSarif([], RULES, cwd, version), null, 2);
    const at = whole.indexOf(MARK);
    this.sink.write(`${whole.slice(0, at)}"results": [`);
    this.tail = `\n        ]${whole.slice(at + MARK.length)}\n`;
    this.cwd = cwd;
    this.version = version;
  }
  private cwd: string;
  private version: string;
  add(findings: Finding[]): void {
    if (findings.length === 0) return;
    const results = (toSarif(findings, RULES, this.cwd, this.version) as { runs: Array<{ results: unknown[] }> }).runs[0]!.results;
    for (const r of results) {
      const text = JSON.stringify(r, null, 2).replace(/\n/g, '\n          ');
      this.sink.write(`${this.first ? '\n          ' : ',\n          '}${text}`);
      this.first = false;
    }
  }
  close(): void {
    this.sink.write(this.first ? `]${this.tail.replace(/^\n\s*\]/, '')}` : this.tail);
    this.sink.close();
  }
}
