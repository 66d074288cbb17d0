/** Appends text to a file as it is produced, so an export never holds a whole report in memory. */
import { closeSync, fsyncSync, openSync, writeSync } from 'node:fs';

export class FileSink {
  private fd: number | undefined;
  constructor(readonly file: string) {
    this.fd = openSync(file, 'w');
  }
  write(text: string): void {
    if (this.fd === undefined) throw new Error(`${this.file} is closed`);
    writeSync(this.fd, text);
  }
  close(): void {
    if (this.fd === undefined) return;
    fsyncSync(this.fd);
    closeSync(this.fd);
    this.fd = undefined;
  }
}
