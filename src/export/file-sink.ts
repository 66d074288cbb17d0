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
/** Bytes read at a time when a sink copies from another file. */
const COPY_CHUNK = 1024 * 1024;

/**
 * A file of the previous pack a sink copies parts of (`FileSink.copy`): opened once, read by
 * position. The caller has checked that it is the file it expects (size, modification time, inode).
 */
export class CopySource {
  private fd: number | undefined;
  constructor(
    readonly file: string,
    fd: number,
  ) {
    this.fd = fd;
  }
  read(into: Uint8Array, length: number, position: number): number {
    if (this.fd === undefined) throw new Error(`${this.file} is closed`);
    return fs.readSync(this.fd, into, 0, length, position);
  }
  close(): void {
    if (this.fd !== undefined) fs.closeSync(this.fd);
    this.fd = undefined;
  }
}

export class FileSink {
  private fd: number | undefined;
  private pending: string[] = [];
  private held = 0;
  /** Bytes written or held so far. */
  private bytes = 0;
  /** A copy not yet made: bytes `start`–`end` of `from` (copies that continue one another are made as one). */
  private copying: { from: CopySource; start: number; end: number } | undefined;
  /** `flags`: 'w' to make or truncate the file, 'wx' to make it only where none is (a temporary file of one's own). */
  constructor(
    readonly file: string,
    private readonly ops: SinkOps = NODE_OPS,
    flags: 'w' | 'wx' = 'w',
  ) {
    this.fd = guard(file, () => ops.openSync(file, flags));
  }
  /** Where the next write or copy begins in the file (bytes written and held so far). */
  get offset(): number {
    return this.bytes;
  }
  write(text: string): void {
    if (this.fd === undefined) throw new Error(`${this.file} is closed`);
    if (this.copying) this.copyNow();
    this.bytes += Buffer.byteLength(text, 'utf8');
    this.pending.push(text);
    this.held += text.length;
    if (this.held >= CHUNK) this.flush();
  }
  /**
   * Appends bytes `start`–`end` of `from` (a part of the previous pack's copy of this file, which
   * the caller knows to be what a write would write here). A file that ends early is an error.
   */
  copy(from: CopySource, start: number, end: number): void {
    if (this.fd === undefined) throw new Error(`${this.file} is closed`);
    if (end <= start) return;
    this.bytes += end - start;
    const c = this.copying;
    if (c && c.from === from && c.end === start) {
      c.end = end;
      return;
    }
    if (c) this.copyNow();
    else this.flush();
    this.copying = { from, start, end };
  }
  /** Writes what is held; a write that fails or makes no progress is an E_WRITE (what it held is dropped). */
  flush(): void {
    if (this.fd === undefined) throw new Error(`${this.file} is closed`);
    if (this.copying) this.copyNow();
    if (this.pending.length === 0) return;
    const bytes = Buffer.from(this.pending.length === 1 ? this.pending[0]! : this.pending.join(''), 'utf8');
    this.pending = [];
    this.held = 0;
    this.writeAll(bytes, bytes.length);
  }
  private copyNow(): void {
    const { from, start, end } = this.copying!;
    this.copying = undefined;
    const buf = Buffer.allocUnsafe(Math.min(COPY_CHUNK, end - start));
    for (let at = start; at < end; ) {
      const n = from.read(buf, Math.min(buf.length, end - at), at);
      if (n <= 0) throw new DiscloseError('E_WRITE', `could not copy from ${from.file}: it ended ${end - at} bytes early (changed while the export ran?)`, { file: this.file }, 'Run the export again.');
      this.writeAll(buf, n);
      at += n;
    }
  }
  private writeAll(bytes: Uint8Array, length: number): void {
    const fd = this.fd!;
    const data = length === bytes.length ? bytes : bytes.subarray(0, length);
    guard(this.file, () => {
      for (let off = 0; off < length; ) {
        const n = this.ops.writeSync(fd, data, off);
        if (n <= 0) throw new DiscloseError('E_WRITE', `could not write: ${length - off} bytes were not written`, { file: this.file }, HINT);
        off += n;
      }
    });
  }
  /** Closes the file without writing what is held (the caller removes it). */
  discard(): void {
    const fd = this.fd;
    this.fd = undefined;
    this.pending = [];
    this.held = 0;
    this.copying = undefined;
    if (fd === undefined) return;
    try {
      this.ops.closeSync(fd);
    } catch {
      // already given up on this file
    }
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
