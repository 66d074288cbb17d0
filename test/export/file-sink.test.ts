/**
 * FileSink serves the pack's reports and the cache's temporary file alike (stop 24: the cache's
 * writer no longer keeps its own copy of the buffered, checked write). The cache opens its
 * temporary file only where none is ('wx'), and drops it unwritten when it gives up (`discard`).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FileSink } from '../../src/export/file-sink.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'file-sink-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('FileSink open flags and discard', () => {
  it("'wx' refuses a file that is already there and leaves it as it was", () => {
    const file = path.join(dir, 'taken.tmp');
    writeFileSync(file, 'someone else’s');
    expect(() => new FileSink(file, undefined, 'wx')).toThrow(/EEXIST/);
    expect(readFileSync(file, 'utf8')).toBe('someone else’s');
  });

  it("'wx' makes a new file; close writes what is held", () => {
    const file = path.join(dir, 'new.tmp');
    const sink = new FileSink(file, undefined, 'wx');
    sink.write('{"a":');
    sink.write('1}');
    sink.close();
    expect(readFileSync(file, 'utf8')).toBe('{"a":1}');
  });

  it('discard closes without writing what is held', () => {
    const file = path.join(dir, 'dropped.tmp');
    const sink = new FileSink(file);
    sink.write('never written');
    sink.discard();
    expect(readFileSync(file, 'utf8')).toBe('');
    expect(() => sink.write('x')).toThrow(/closed/);
    sink.close();
  });
});
