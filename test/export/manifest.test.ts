/**
 * Issue 21 (1, 2) and issue 20 (shards): what pack.json makes safe. An output folder is replaced
 * only when its manifest is ours and it holds nothing else; a failed write is E_WRITE and leaves the
 * previous pack; export-merge takes only shards that add up to one run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import * as fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiscloseError } from '../../src/errors.js';
import { FileSink, type SinkOps } from '../../src/export/file-sink.js';
import { isManifest, PACK_FORMAT } from '../../src/export/manifest.js';
import { cli } from '../helpers/cli.js';
import { ROOT } from '../helpers/examples.js';
import { copyExamples, readTree, tmp } from '../helpers/tree.js';

const exportTo = (cwd: string, out: string, ...extra: string[]) => cli(['export', 'templates', '--out', out, '--regions', 'eu', '--format', 'json,csv', '--quiet', ...extra], cwd);

describe('an output folder is replaced only when it is an earlier pack and nothing else', () => {
  it('a folder that merely holds a file named pack.json is refused and kept whole', async () => {
    const dir = copyExamples();
    for (const content of ['not json at all\n', '{}\n', '{"columns":[],"formats":[]}\n']) {
      const out = path.join(dir, 'u');
      mkdirSync(out, { recursive: true });
      writeFileSync(path.join(out, 'pack.json'), content);
      writeFileSync(path.join(out, 'thesis.docx'), 'keep');
      const r = await exportTo(dir, 'u');
      expect(r.code, content).toBe(2);
      expect(r.err).toMatch(/pack\.json that is not the manifest of a disclose export.*\[E_PATH\]/);
      expect(readFileSync(path.join(out, 'thesis.docx'), 'utf8')).toBe('keep');
      expect(readFileSync(path.join(out, 'pack.json'), 'utf8')).toBe(content);
    }
  });

  it('an earlier pack with a file added is refused and kept; the earlier pack alone is replaced', async () => {
    const dir = copyExamples();
    expect((await exportTo(dir, 'pack')).code).toBe(0);
    const manifest = JSON.parse(readFileSync(path.join(dir, 'pack', 'pack.json'), 'utf8')) as unknown;
    expect(isManifest(manifest)).toBe(true);
    const m = manifest as { format: string; files: string[]; templates: string[] };
    expect(m.format).toBe(PACK_FORMAT);
    expect(m.files).toContain('summary.csv');
    expect(m.files).not.toContain('pack.json');
    expect(m.templates).toHaveLength(readdirSync(path.join(dir, 'templates')).filter((n) => n.endsWith('.yaml')).length);
    writeFileSync(path.join(dir, 'pack', 'data', 'notes.md'), 'mine');
    const before = readTree(path.join(dir, 'pack'));
    const r = await exportTo(dir, 'pack');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/holds data\/notes\.md, which the earlier export did not write.*\[E_PATH\]/);
    expect(readTree(path.join(dir, 'pack'))).toEqual(before);
    fs.rmSync(path.join(dir, 'pack', 'data', 'notes.md'));
    expect((await exportTo(dir, 'pack')).code).toBe(0);
  });
});

describe('writes are checked', () => {
  it('a write that stops short is continued, and one that makes no progress or fails is E_WRITE', () => {
    const file = path.join(tmp(), 'sink.txt');
    let calls = 0;
    let mode: 'short' | 'none' | 'efbig' = 'short';
    const ops: SinkOps = {
      openSync: (f, flags) => fs.openSync(f, flags),
      // Two bytes at a time: every short write must be continued until the text is whole.
      writeSync: (fd, data, offset) => {
        calls++;
        if (mode === 'none') return 0;
        if (mode === 'efbig') throw Object.assign(new Error('EFBIG: file too large, write'), { code: 'EFBIG' });
        return fs.writeSync(fd, data, offset, Math.min(2, data.length - offset));
      },
      fsyncSync: (fd) => fs.fsyncSync(fd),
      closeSync: (fd) => fs.closeSync(fd),
    };
    const sink = new FileSink(file, ops);
    sink.write('héllo wörld');
    sink.close();
    expect(readFileSync(file, 'utf8')).toBe('héllo wörld');
    expect(calls).toBe(7);
    const stuck = new FileSink(file, ops);
    for (const m of ['none', 'efbig'] as const) {
      mode = m;
      const e = (() => {
        try {
          // Text is held until ~64 KB or a flush: the failed write shows when it reaches the file.
          stuck.write('x');
          stuck.flush();
        } catch (err) {
          return err;
        }
        return undefined;
      })();
      expect(e, m).toBeInstanceOf(DiscloseError);
      expect((e as DiscloseError).code, m).toBe('E_WRITE');
    }
    stuck.close();
  });

  it('an export that hits a file-size limit exits with E_WRITE and leaves the previous pack', async () => {
    const dir = copyExamples();
    expect((await exportTo(dir, 'pack')).code).toBe(0);
    const before = readTree(path.join(dir, 'pack'));
    // A shell file-size limit (in 1,024-byte blocks) below the size of summary.csv; SIGXFSZ ignored so the write returns EFBIG.
    const bin = path.join(ROOT, 'dist', 'bin.js');
    const r = spawnSync('bash', ['-c', `trap '' XFSZ; ulimit -f 2; exec "${process.execPath}" "${bin}" export templates --out pack --regions eu --format json,csv --quiet`], { cwd: dir, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toMatch(/\[E_WRITE\]/);
    expect(readTree(path.join(dir, 'pack'))).toEqual(before);
    expect(readdirSync(dir).filter((n) => n.includes('disclose-'))).toEqual([]);
  });
});

describe('export-merge takes only shards that add up to one run', () => {
  it('refuses a missing, repeated or foreign shard and a whole export, and writes nothing', async () => {
    const dir = copyExamples();
    for (const i of [1, 2]) expect((await exportTo(dir, `s${i}`, '--shard', `${i}/2`)).code).toBe(0);
    expect((await exportTo(dir, 'whole')).code).toBe(0);
    writeFileSync(path.join(dir, 'templates', 'zz_extra.yaml'), readFileSync(path.join(dir, 'templates', 'order_shipped.yaml'), 'utf8').replace('id: order_shipped', 'id: zz_extra'));
    expect((await exportTo(dir, 'other2', '--shard', '2/2')).code).toBe(0);
    const cases: Array<[string[], RegExp]> = [
      [['s1'], /shard 2\/2 missing: the merged pack would lack its templates/],
      [['s1', 's1'], /are both shard 1\/2/],
      [['s1', 'other2'], /belongs to another run/],
      [['s1', 'whole'], /is a whole export, not a shard/],
    ];
    for (const [shards, message] of cases) {
      const r = await cli(['export-merge', ...shards, '--out', 'merged', '--quiet'], dir);
      expect(r.code, shards.join(' ')).toBe(2);
      expect(r.err, shards.join(' ')).toMatch(message);
      expect(existsSync(path.join(dir, 'merged'))).toBe(false);
    }
    const ok = await cli(['export-merge', 's2', 's1', '--out', 'merged', '--quiet'], dir);
    expect(ok.code, ok.err).toBe(0);
    expect(readFileSync(path.join(dir, 'merged', 'pack.json'), 'utf8')).toBe(readFileSync(path.join(dir, 'whole', 'pack.json'), 'utf8'));
  });
});
