/**
 * `npm run eval:policies` without the corpus says so and passes (CI without ../shared), and the
 * reviewer annotations it reads are well-formed: real flows of their template, known classes and
 * aspects, lines for every class but omitted.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../helpers/examples.js';

const DIR = path.join(ROOT, 'eval', 'policies');
const CLASSES = ['clear', 'vague', 'omitted', 'incorrect', 'ambiguous'];
const ASPECTS = ['recipients', 'transfers', 'retention'];

describe('eval:policies', () => {
  it('without the corpus it says so, and still measures the dev and held-out policies', () => {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'eval-policies.mjs'), '--corpus', path.join(ROOT, 'no-such-corpus')], { encoding: 'utf8' });
    expect(r.stdout).toMatch(/no corpus at .*no-such-corpus.*corpus not measured/);
    expect(r.stdout).toMatch(/^dev: precision \d\.\d\d {2}recall \d\.\d\d .* over 4 policies; crashes 0$/m);
    expect(r.stdout).toMatch(/^held-out-2: precision \d\.\d\d {2}recall \d\.\d\d .* over 4 policies; crashes 0$/m);
    // Every finding in a dev or held-out policy points at a line that shows its cause (else exit 1).
    const seen = [...r.stdout.matchAll(/cause seen at its line: (\d+) of (\d+) findings/g)];
    expect(seen).toHaveLength(2);
    for (const m of seen) expect(m[1]).toBe(m[2]);
    // Both sets have element annotations: region-element-missing is scored beside the flows.
    expect(r.stdout).toMatch(/^dev elements \(region-element-missing\): precision of "missing" \d\.\d\d {2}recall \d\.\d\d .* over 4 runs$/m);
    expect(r.stdout).toMatch(/^held-out-2 elements \(region-element-missing\): precision of "missing" \d\.\d\d {2}recall \d\.\d\d .* over 4 runs$/m);
    expect(r.status).toBe(0);
  });

  it('a --held-out-N flag naming a set that does not exist is a usage error, before anything is measured', () => {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'eval-policies.mjs'), '--corpus', path.join(ROOT, 'no-such-corpus'), '--held-out-99'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--held-out-99: no such set .*held-out-4/);
    expect(r.stdout).toBe('');
  });

  // The blind sets (held-out-3, held-out-4) are measured only on request; their annotations are checked here
  // without running the reader on them.
  for (const set of ['dev', 'held-out-2', 'held-out-3', 'held-out-4']) {
    const HELD = path.join(DIR, set);
    for (const f of readdirSync(HELD).filter((x) => x.endsWith('.yaml') && x !== 'elements.yaml')) {
      it(`${set} ${f} is well-formed and its policy is there`, () => {
        const a = parse(readFileSync(path.join(HELD, f), 'utf8')) as { file: string; run: { template: string; region: string }; expect: Array<Record<string, unknown>> };
        expect(readFileSync(path.join(HELD, a.file), 'utf8').length).toBeGreaterThan(200);
        for (const e of a.expect) {
          if (e['section']) continue;
          expect(CLASSES).toContain(e['class']);
          expect(ASPECTS).toContain(e['aspect']);
          if (e['class'] !== 'omitted') expect((e['lines'] as number[]).length).toBeGreaterThan(0);
        }
      });
    }
  }

  // The flow annotations; elements.yaml beside them holds the element annotations (tested below).
  const files = readdirSync(DIR).filter((f) => f.endsWith('.yaml') && f !== 'elements.yaml');
  it('has an annotation for each of the 12 corpus policies', () => {
    expect(files).toHaveLength(12);
  });
  for (const f of files) {
    it(`${f} is well-formed`, () => {
      const a = parse(readFileSync(path.join(DIR, f), 'utf8')) as { file: string; run: { template: string; region: string }; expect: Array<Record<string, unknown>> };
      expect(f.replace(/\.yaml$/, '')).toBe(a.file.replace(/\.(md|html)$/, ''));
      const template = readFileSync(path.join(ROOT, 'examples', 'templates', `${a.run.template}.yaml`), 'utf8');
      expect(a.run.region).toMatch(/^[a-z]+$/);
      expect(a.expect.length).toBeGreaterThan(0);
      for (const e of a.expect) {
        if (e['error']) {
          expect(e['error']).toMatch(/^E_[A-Z_]+$/);
          continue;
        }
        if (e['section']) {
          expect(['missing', 'unrelated']).toContain(e['section']);
          continue;
        }
        expect(CLASSES).toContain(e['class']);
        expect(ASPECTS).toContain(e['aspect']);
        // A flow of the template, or the channel flow WhatsApp adds to it.
        expect(e['flow'] === 'whatsapp_cloud_api' || template.includes(`id: ${String(e['flow'])}`), String(e['flow'])).toBe(true);
        if (e['class'] !== 'omitted') expect((e['lines'] as number[]).length).toBeGreaterThan(0);
      }
    });
  }
});
