/**
 * Every error code `src/errors.ts` declares is produced by a corpus case (expected.yaml or the
 * generated inputs) or by one of the cases below, which reach what no input file can.
 */
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HOSTILE_INPUTS } from '../../bench/hostile-inputs.js';
import { DiscloseError } from '../../src/errors.js';
import { loadCatalog } from '../../src/load/catalog.js';
import { parseTemplate } from '../../src/load/template.js';
import { snapshotOf, writeFileAtomic } from '../../src/io/atomic-write.js';
import { lockOut } from '../../src/io/out-lock.js';
import { cli } from '../helpers/cli.js';
import { ROOT } from '../helpers/examples.js';
import { declaredCodes, errorLine, GOOD, loadManifest } from './harness.js';

/** Codes no file of the corpus can produce, each with the case that produces it. */
const OTHER: Record<string, { why: string; produce: () => Promise<string> }> = {
  E_WRITE: {
    why: 'a write that fails: init-policy --out into a folder that does not exist',
    produce: async () => {
      const out = path.join(mkdtempSync(path.join(tmpdir(), 'disclose-codes-')), 'no', 'such', 'policy.md');
      const r = await cli(['init-policy', '--region', 'eu', '--templates', GOOD.templates, '--org', GOOD.organization, '--no-config', '--out', out]);
      expect(r.code).toBe(2);
      expect(errorLine(r.err).startsWith(`${path.relative(ROOT, out)}: error: could not write the file`)).toBe(true);
      return /\[(E_[A-Z_]+)\]$/.exec(errorLine(r.err))![1]!;
    },
  },
  E_UNKNOWN_CHANNEL: {
    why: "a template's channel with no channel profile: the schema's channel list answers first for files (templates/unknown-channel.yaml gives E_SCHEMA), so only a library caller with its own channel profiles reaches it",
    produce: async () => {
      const catalog = loadCatalog();
      const noSms = new Map([...catalog.channels].filter(([id]) => id !== 'sms'));
      try {
        parseTemplate('id: t\nchannel: sms\ncategory: utility\nlanguage: en\npurpose: When an order ships, send the order number.\nbody: Shipped.\nflows:\n  - { id: d, data: [user.name], purpose: essential.service.order_delivery, legalBasis: contract }\n', 't.yaml', catalog.taxonomy, noSms);
      } catch (e) {
        expect(e).toBeInstanceOf(DiscloseError);
        expect((e as DiscloseError).line).toBe(2);
        return (e as DiscloseError).code;
      }
      throw new Error('no error');
    },
  },
  E_CONFLICT: {
    why: 'a document edited between its reading and its replacement (sync --write; test/io/sync-concurrent.test.ts makes the edit in a running CLI)',
    produce: async () => {
      const file = path.join(mkdtempSync(path.join(tmpdir(), 'disclose-codes-')), 'policy.md');
      writeFileSync(file, 'as read');
      const read = snapshotOf(statSync(file), readFileSync(file));
      writeFileSync(file, 'edited by hand');
      try {
        writeFileAtomic(file, 'synced', undefined, read);
      } catch (e) {
        expect(readFileSync(file, 'utf8')).toBe('edited by hand');
        return (e as DiscloseError).code;
      }
      throw new Error('no error');
    },
  },
  E_BUSY: {
    why: 'a second run writing the same output folder while the first holds its lock',
    produce: async () => {
      const out = path.join(mkdtempSync(path.join(tmpdir(), 'disclose-codes-')), 'pack');
      const first = lockOut(out);
      try {
        lockOut(out);
      } catch (e) {
        return (e as DiscloseError).code;
      } finally {
        first.release();
      }
      throw new Error('no error');
    },
  },
};

describe('error codes', () => {
  for (const [code, { why, produce }] of Object.entries(OTHER)) {
    it(`${code}: ${why}`, async () => {
      expect(await produce()).toBe(code);
    });
  }

  it('every declared code is produced by a corpus case or a case above', () => {
    const corpus = new Set([...loadManifest().cases.map((c) => c.code), ...HOSTILE_INPUTS.map((i) => i.code)]);
    const uncovered = declaredCodes().filter((c) => !corpus.has(c) && !(c in OTHER));
    expect(uncovered).toEqual([]);
    // Nothing listed here that the corpus already produces, and nothing that is not a code.
    expect(Object.keys(OTHER).filter((c) => corpus.has(c) || !declaredCodes().includes(c))).toEqual([]);
    expect(declaredCodes().length).toBeGreaterThan(20);
  });

  it("README's table of error codes lists every declared code once, with exit code 2", () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('### Error codes'), readme.indexOf('## File formats'));
    const rows = [...section.matchAll(/^\| `(E_[A-Z_]+)` \| (\d) \| (.+) \|$/gm)].map((m) => ({ code: m[1]!, exit: m[2]!, meaning: m[3]! }));
    expect(rows.map((r) => r.code).sort()).toEqual([...declaredCodes()].sort());
    for (const r of rows) expect(r.exit, r.code).toBe('2');
  });
});
