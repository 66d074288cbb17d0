/** summary.json: the CSV's rows as a JSON array, one row per line so it streams in and out. */
import type { SummaryRow } from './model.js';
import type { CopySource } from './file-sink.js';
import { JsonArraySink } from './json-array-sink.js';
import { isSummaryRows, readPackJson } from './read-pack.js';

export class JsonSummary {
  private array: JsonArraySink;
  constructor(file: string) {
    this.array = new JsonArraySink(file, '[');
  }
  row(r: SummaryRow): void {
    this.array.item(JSON.stringify(r));
  }
  /** Where the next row goes (`export --cache`). */
  get offset(): number {
    return this.array.offset;
  }
  /** A template's rows as the previous pack's summary.json holds them: JsonArraySink.copy. */
  copy(from: CopySource, start: number, end: number, wasFirst: boolean): boolean {
    return this.array.copy(from, start, end, wasFirst);
  }
  close(): void {
    this.array.close('\n]\n');
  }
}

/** Reads a previous export's summary.json into a map keyed by template, region and locale. */
export function readSummary(file: string): Map<string, SummaryRow> {
  const rows = readPackJson<SummaryRow[]>(file, isSummaryRows, 'the summary.json of a disclose export');
  return new Map(rows.map((r) => [rowKey(r), r]));
}

export function rowKey(r: Pick<SummaryRow, 'template' | 'region' | 'locale'>): string {
  return `${r.template}\u0000${r.region}\u0000${r.locale}`;
}
