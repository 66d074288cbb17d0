/**
 * A JSON array written item by item into a pack file, one item a line (summary.json, and the
 * results of findings.sarif): the separators, where the array's bytes so far end, and copying a
 * template's items from the previous pack (`export --cache`) only where they come at the same point.
 */
import { FileSink, type CopySource } from './file-sink.js';

export class JsonArraySink {
  private sink: FileSink;
  private first = true;
  /** `head` is everything before the array's first item, its "[" included. */
  constructor(file: string, head: string) {
    this.sink = new FileSink(file);
    this.sink.write(head);
  }
  /** One item, already as JSON text. */
  item(json: string): void {
    this.sink.write(`${this.first ? '\n' : ',\n'}${json}`);
    this.first = false;
  }
  /** Where the next item goes: a template's part of the file is the bytes between two offsets (`export --cache`). */
  get offset(): number {
    return this.sink.offset;
  }
  /**
   * A template's items as the previous pack's file holds them (bytes `start`–`end`, their separator
   * included, written there as the file's first item or not: `wasFirst`). Copied only where they come
   * at the same point here; false when not copied.
   */
  copy(from: CopySource, start: number, end: number, wasFirst: boolean): boolean {
    if (end > start && wasFirst !== this.first) return false;
    this.sink.copy(from, start, end);
    if (end > start) this.first = false;
    return true;
  }
  /** Closes the array: `tail` follows the last item's line ("\n]…"); an empty array is "[]" with the tail's rest. */
  close(tail: string): void {
    this.sink.write(this.first ? `]${tail.replace(/^\n\]/, '')}` : tail);
    this.sink.close();
  }
}
