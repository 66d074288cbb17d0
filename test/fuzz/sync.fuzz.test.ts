/**
 * Fuzzing sync: the shipped example policies (Markdown and HTML, one per region) changed by random
 * mutations, with or without a byte-order mark and CRLF line endings, go through what `disclose
 * sync` does in memory: parse, plan, render the managed blocks, sync, and read the clauses back.
 * Every input either fails with a typed error or syncs so that the text outside the managed blocks
 * is kept byte for byte, the result parses again and a second sync changes nothing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { readClaims } from '../../src/claims/read-claims.js';
import { policyTarget } from '../../src/policy/policy-target.js';
import { policyClauseFor } from '../../src/policy/clause-for.js';
import { renderClauseBlocks } from '../../src/policy/clause-blocks.js';
import { parsePolicy, type PolicyDocument } from '../../src/policy/document.js';
import { groupByClause } from '../../src/policy/merge-templates.js';
import { planSync, type WantedClause } from '../../src/policy/plan-sync.js';
import { syncDocument, type RenderedBlock } from '../../src/policy/sync-document.js';
import { Project } from '../../src/project.js';
import { examples, EXAMPLES } from '../helpers/examples.js';
import { FUZZ_TIMEOUT, fuzzParams, mutatedArb, prototypeGuard, RUNS, typedOutcome } from './fuzz-helpers.js';

const guard = prototypeGuard();
afterAll(() => guard.check());

const { catalog, org, templates } = examples();
const project = new Project(catalog, org);
const groups = groupByClause(templates);
const wanted: WantedClause[] = [...groups].map(([id, ts]) => ({ id, number: ts.find((t) => t.clause.number !== undefined)?.clause.number }));
const dir = path.join(EXAMPLES, 'policies');
const files = readdirSync(dir).sort();
const sources = files.map((f) => readFileSync(path.join(dir, f), 'utf8'));

/** Rendering dominates; the blocks depend only on the target, the format and the numbers. */
const blockCache = new Map<string, Map<string, RenderedBlock>>();
function blocksFor(doc: PolicyDocument, plan: ReturnType<typeof planSync>) {
  const target = policyTarget(project, doc);
  const key = `${target.region.id}|${target.locale}|${doc.format}|${JSON.stringify([...plan.numbers])}|${JSON.stringify(plan.missing.map((m) => [m.id, m.number]))}`;
  let blocks = blockCache.get(key);
  if (!blocks) {
    blocks = renderClauseBlocks(project, target, doc.format, groups, plan);
    blockCache.set(key, blocks);
  }
  return { target, blocks };
}

function outside(doc: PolicyDocument): string[] {
  const pieces: string[] = [];
  let at = 0;
  for (const b of doc.blocks) {
    pieces.push(doc.text.slice(at, b.openStart));
    at = b.closeEnd;
  }
  pieces.push(doc.text.slice(at));
  return pieces;
}

const inputArb = fc.record({
  doc: mutatedArb(sources),
  crlf: fc.boolean(),
  bom: fc.boolean(),
  force: fc.boolean(),
  addMissing: fc.boolean(),
  template: fc.nat({ max: templates.length - 1 }),
});

describe('fuzz: sync', () => {
  it(`${RUNS} mutated example policies sync or fail with a typed error; outside text kept, second sync a no-op`, () => {
    const outcomes = { synced: 0, changed: 0, failed: 0 };
    fc.assert(
      fc.property(inputArb, ({ doc: { source, text: mutated }, crlf, bom, force, addMissing, template }) => {
        const file = files[source]!;
        let raw = crlf ? mutated.replace(/\r?\n/g, '\r\n') : mutated;
        if (bom) raw = `\uFEFF${raw}`;
        const r = typedOutcome(
          () => {
            const doc = parsePolicy(raw, file);
            const plan = planSync(doc, wanted);
            const { target, blocks } = blocksFor(doc, plan);
            return { doc, plan, target, blocks, result: syncDocument(doc, plan, blocks, { force, addMissing }) };
          },
          file,
          // An unknown region or locale in the document is reported at the document, not a position.
          { positioned: false },
        );
        if (!r.ok) {
          outcomes.failed++;
          if (r.error.code === 'E_POLICY_MARKER') expect(r.error.line).toBeGreaterThanOrEqual(1);
          return;
        }
        outcomes.synced++;
        const { doc, result } = r.value;
        expect(result.text.startsWith('\uFEFF')).toBe(raw.startsWith('\uFEFF'));
        const after = parsePolicy(result.text, file);
        if (result.changed) outcomes.changed++;
        if (!addMissing) expect(outside(after)).toEqual(outside(doc));
        else expect(after.text.startsWith(outside(doc)[0]!)).toBe(true);
        // Idempotent: syncing the result again changes nothing.
        const plan2 = planSync(after, wanted);
        const again = syncDocument(after, plan2, blocksFor(after, plan2).blocks, { force, addMissing });
        expect(again.changed, 'a second sync changed the document').toBe(false);
        expect(again.text).toBe(result.text);
        // The synced clause reads back without error.
        const t = templates[template]!;
        const clause = policyClauseFor(after, t);
        if (clause) readClaims(clause.text, catalog.locale(r.value.target.locale), { names: t.flows.flatMap((f) => f.recipients.flatMap((x) => (x.name ? [x.name] : []))) });
      }),
      fuzzParams(40),
    );
    guard.check();
    expect(outcomes.synced).toBeGreaterThan(RUNS / 10);
    expect(outcomes.changed).toBeGreaterThan(0);
    expect(outcomes.failed).toBeGreaterThan(0);
  }, FUZZ_TIMEOUT);

  it(`${RUNS} arbitrary texts with marker fragments parse or fail with E_POLICY_MARKER at a position`, () => {
    const piece = fc.oneof(
      fc.constantFrom('<!-- disclose:clause id=delivery -->', '<!-- disclose:clause id=delivery sha256=00 -->', '<!-- /disclose:clause -->', '<!-- disclose:policy region=eu locale=en -->', '<!-- disclose:clause -->', '<!--disclose:clause id="a b"-->', '<!--', '-->', '\n', '\r\n', '## 5.2 Delivery', '<h2>5.3 Payments</h2>', '<h2 class="x">', '</h2>', '```', '---\nregion: eu\n---\n', 'text', '&amp;', '<p>'),
      fc.string({ unit: 'binary', maxLength: 8 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.boolean(), (parts, html) => {
        const text = parts.join('');
        const file = html ? 'p.html' : 'p.md';
        const r = typedOutcome(() => parsePolicy(text, file), file, { text: text.replace(/^\uFEFF/, '') });
        if (r.ok) {
          for (const b of r.value.blocks) {
            expect(b.openStart).toBeLessThan(b.contentStart);
            expect(b.contentStart).toBeLessThanOrEqual(b.contentEnd);
            expect(b.contentEnd).toBeLessThan(b.closeEnd);
          }
        } else expect(r.error.code).toBe('E_POLICY_MARKER');
      }),
      fuzzParams(41),
    );
  }, FUZZ_TIMEOUT);
});
