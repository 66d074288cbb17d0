/**
 * Appends text to a file as it is produced, so an export never holds a whole report in memory.
 * Text is held until about 64 KB have come (or the file is flushed or closed) and then written in
 * one call: a summary row or SARIF result per write call made the calls a tenth of a re-export's
 * time. Every write is checked for its byte count: a short write is continued, a write that makes no
 * progress or fails is an E_WRITE, so a full disk or a file-size limit never leaves a truncated
 * report that the export calls done.
 */
import * as fs from 'node:fs';
import { DiscloseError } from '../errors.js';
import { isWriteFault, writeError } from '../io/write-error.js';

const HINT = 'The previous pack was left as it was. Free space or raise the file-size limit, then export again.';

/** The file-system calls used, replaceable in tests to simulate short and failed writes. */
export interface SinkOps {
  openSync(file: string, flags: string): number;
  writeSync(fd: number, data: Uint8Array, offset: number): number;
  fsyncSync(fd: number): void;
  closeSync(fd: number): void;
}

const NODE_OPS: SinkOps = {
  openSync: (file, flags) => fs.openSync(file, flags),
  writeSync: (fd, data, offset) => fs.writeSync(fd, data, offset),
  fsyncSync: (fd) => fs.fsyncSync(fd),
  closeSync: (fd) => fs.closeSync(fd),
};

/** Text held before it is written (UTF-16 code units, about as many bytes for the pack's text). */
const CHUNK = 64 * 1024;

export class FileSink {
  private fd: number | undefined;
  private pending: string[] = [];
  private held = 0;
  constructor(
    readonly file: string,
    private readonly ops: SinkOps = NODE_OPS,
  ) {
    this.fd = guard(file, () => ops.openSync(file, 'w'));
  }
  write(text: string): void {
    if (this.fd === undefined) throw new Error(`${this.file} is closed`);
    this.pending.push(text);
    this.held += text.length;
    if (this.held >= CHUNK) this.flush();
  }
  /** Writes what is held; a write that fails or makes no progress is an E_WRITE (what it held is dropped). */
  flush(): void {
    if (this.fd === undefined) throw new Error(`${this.file} is closed`);
    if (this.pending.length === 0) return;
    const fd = this.fd;
    const bytes = Buffer.from(this.pending.length === 1 ? this.pending[0]! : this.pending.join(''), 'utf8');
    this.pending = [];
    this.held = 0;
    guard(this.file, () => {
      for (let off = 0; off < bytes.length; ) {
        const n = this.ops.writeSync(fd, bytes, off);
        if (n <= 0) throw new DiscloseError('E_WRITE', `could not write: ${bytes.length - off} bytes were not written`, { file: this.file }, HINT);
        off += n;
      }
    });
  }
  close(): void {
    if (this.fd === undefined) return;
    this.flush();
    const fd = this.fd;
    this.fd = undefined;
    guard(this.file, () => {
      this.ops.fsyncSync(fd);
      this.ops.closeSync(fd);
    });
  }
}

function guard<T>(file: string, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (isWriteFault(e)) throw writeError(e, file, HINT);
    throw e;
  }
}
