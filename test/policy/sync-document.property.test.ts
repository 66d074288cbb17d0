/**
 * Properties of `syncDocument` on generated documents: surrounding text of arbitrary unicode with
 * random line endings (LF and CRLF), an optional byte-order mark and an optional trailing newline.
 * Every byte outside the managed blocks survives a sync, and a second sync changes nothing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePolicy, type PolicyDocument } from '../../src/policy/document.js';
import { fingerprint } from '../../src/policy/fingerprint.js';
import { planSync } from '../../src/policy/plan-sync.js';
import { blockLines, type PolicyFormat } from '../../src/policy/render-block.js';
import { syncDocument, type RenderedBlock } from '../../src/policy/sync-document.js';

const IDS = ['delivery', 'payments', 'sign-in'];
const eolArb = fc.constantFrom('\n', '\r\n');
/** One line of text: arbitrary unicode (astral planes included) or a fragment that looks like markup. */
const lineArb = fc
  .oneof(
    { weight: 4, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    { weight: 1, arbitrary: fc.constantFrom('<!-- a comment -->', '<!--', '-->', '# Title', '## 5.2 Order delivery', '<h2>3 Contact</h2>', '<p>Text &amp; more</p>', '---', '   ', '\t', 'Größe 中文 🙂 עברית', '\u2028', '\uFEFF', '```') },
  )
  .filter((s) => !/[\r\n]/.test(s) && !/disclose/i.test(s));
/** Text between markers: lines with random endings; the last line may have none. */
const textArb = fc.tuple(fc.array(fc.tuple(lineArb, eolArb), { maxLength: 6 }), fc.option(lineArb, { nil: undefined })).map(([lines, last]) => lines.map(([l, e]) => l + e).join('') + (last ?? ''));
const renderedArb = fc.array(lineArb.filter((s) => s.trim() !== ''), { minLength: 0, maxLength: 5 });

type Block = { id: string; kind: 'empty' | 'stale' | 'unmarked'; old: string; eol: string };
const blockArb = (id: string) =>
  fc.record({ id: fc.constant(id), kind: fc.constantFrom<Block['kind']>('empty', 'stale', 'unmarked'), old: textArb, eol: eolArb });

const docArb = fc.record({
  bom: fc.boolean(),
  headerEol: eolArb,
  parts: fc.tuple(textArb, textArb, textArb, textArb),
  blocks: fc.subarray(IDS, { minLength: 1 }).chain((ids) => fc.tuple(...ids.map(blockArb))),
  trailingNewline: fc.option(eolArb, { nil: undefined }),
  rendered: fc.tuple(renderedArb, renderedArb, renderedArb),
});

type Doc = { bom: boolean; headerEol: string; parts: [string, string, string, string]; blocks: Block[]; trailingNewline: string | undefined; rendered: [string[], string[], string[]] };

function marker(b: Block): string {
  if (b.kind === 'empty') return `<!-- disclose:clause id=${b.id} -->${b.eol}<!-- /disclose:clause -->`;
  // Text put between markers by hand: no fingerprint.
  if (b.kind === 'unmarked') return `<!-- disclose:clause id=${b.id} -->${b.eol}${b.old}<!-- /disclose:clause -->`;
  // Content disclose wrote earlier (its fingerprint matches), now out of date.
  return `<!-- disclose:clause id=${b.id} sha256=${fingerprint(b.old)} -->${b.eol}${b.old}<!-- /disclose:clause -->`;
}

function buildDoc(d: Doc): string {
  let text = `${d.bom ? '\uFEFF' : ''}<!-- disclose:policy region=eu locale=en -->${d.headerEol}${d.parts[0]}`;
  d.blocks.forEach((b, i) => {
    text += marker(b) + d.parts[i + 1]!;
  });
  return text + (d.trailingNewline ?? '');
}

function rendered(d: Doc, format: PolicyFormat): Map<string, RenderedBlock> {
  return new Map(IDS.map((id, i) => [id, { title: `Title ${id}`, lines: blockLines(format, { body: d.rendered[i]!.join('\n'), companions: [] }) }]));
}

/** The text outside the managed blocks, piece by piece, as UTF-8 bytes. */
function outside(doc: PolicyDocument): Buffer[] {
  const pieces: Buffer[] = [];
  let at = 0;
  for (const b of doc.blocks) {
    pieces.push(Buffer.from(doc.text.slice(at, b.openStart), 'utf8'));
    at = b.closeEnd;
  }
  pieces.push(Buffer.from(doc.text.slice(at), 'utf8'));
  return pieces;
}

function sync(raw: string, file: string, map: Map<string, RenderedBlock>, opts: { force?: boolean; addMissing?: boolean } = {}) {
  const doc = parsePolicy(raw, file);
  const plan = planSync(doc, IDS.map((id) => ({ id })));
  return { doc, result: syncDocument(doc, plan, map, opts) };
}

for (const file of ['policy.md', 'policy.html']) {
  const format: PolicyFormat = file.endsWith('.html') ? 'html' : 'markdown';
  describe(`syncDocument properties (${format})`, () => {
    it('keeps every byte outside the managed blocks, and a second sync is a no-op', () => {
      fc.assert(
        fc.property(docArb, (d) => {
          const raw = buildDoc(d as Doc);
          const map = rendered(d as Doc, format);
          const { doc, result } = sync(raw, file, map);
          const after = parsePolicy(result.text, file);
          expect(after.bom).toBe(doc.bom);
          expect(result.text.startsWith('\uFEFF')).toBe(doc.bom);
          expect(after.blocks.map((b) => b.id)).toEqual(doc.blocks.map((b) => b.id));
          expect(outside(after)).toEqual(outside(doc));
          // The closing markers are not touched either.
          expect(after.blocks.map((b) => after.text.slice(b.closeStart, b.closeEnd))).toEqual(doc.blocks.map((b) => doc.text.slice(b.closeStart, b.closeEnd)));
          // Unmarked blocks with text of their own count as edited; the others are now in sync.
          const again = sync(result.text, file, map);
          expect(again.result.text).toBe(result.text);
          expect(again.result.changed).toBe(false);
          for (const b of again.result.blocks) expect(['in-sync', 'edited', 'missing']).toContain(b.status);
          expect(again.result.blocks.filter((b) => b.status === 'edited').map((b) => b.id)).toEqual(result.blocks.filter((b) => b.status === 'edited').map((b) => b.id));
        }),
        { numRuns: 300 },
      );
    });

    it('writes blocks with the line ending used most outside the blocks, and fingerprints them', () => {
      fc.assert(
        fc.property(docArb, (d) => {
          const raw = buildDoc(d as Doc);
          const { result } = sync(raw, file, rendered(d as Doc, format), { force: true });
          const after = parsePolicy(result.text, file);
          for (const b of after.blocks) {
            const content = after.text.slice(b.contentStart, b.contentEnd);
            expect(b.attrs['sha256']).toBe(fingerprint(content));
            const breaks = content.match(/\r?\n/g) ?? [];
            expect(new Set(breaks).size).toBeLessThanOrEqual(1);
          }
        }),
        { numRuns: 150 },
      );
    });

    it('never overwrites a block edited by hand without force, and overwrites it with force', () => {
      fc.assert(
        fc.property(docArb, lineArb.filter((s) => s.trim() !== ''), (d, extra) => {
          const map = rendered(d as Doc, format);
          const first = sync(buildDoc(d as Doc), file, map, { force: true }).result.text;
          // Edit the first block's content by hand, keeping its fingerprint.
          const doc = parsePolicy(first, file);
          const b = doc.blocks[0]!;
          const editedText = (doc.bom ? '\uFEFF' : '') + doc.text.slice(0, b.contentStart) + extra + '\n' + doc.text.slice(b.contentStart);
          const edited = parsePolicy(editedText, file);
          const eb = edited.blocks[0]!;
          const kept = sync(editedText, file, map);
          expect(kept.result.blocks.find((x) => x.id === eb.id)!.status).toBe('edited');
          expect(kept.result.text).toBe(editedText);
          const forced = sync(editedText, file, map, { force: true });
          expect(forced.result.blocks.find((x) => x.id === eb.id)!.status).toBe('overwritten');
          expect(forced.result.text).toBe(first);
        }),
        { numRuns: 150 },
      );
    });

    it('adds missing clauses by insertion only, and the result is stable', () => {
      fc.assert(
        fc.property(docArb, (d) => {
          const raw = buildDoc(d as Doc);
          const map = rendered(d as Doc, format);
          const { doc, result } = sync(raw, file, map, { addMissing: true, force: true });
          const after = parsePolicy(result.text, file);
          expect(after.blocks.map((b) => b.id).sort()).toEqual([...IDS].sort());
          // The text is the one a sync without --add-missing gives, with one insertion in it.
          const without = sync(raw, file, map, { force: true }).result.text;
          const withText = result.text;
          let p = 0;
          while (p < without.length && without[p] === withText[p]) p++;
          let q = 0;
          while (q < without.length - p && without[without.length - 1 - q] === withText[withText.length - 1 - q]) q++;
          expect(p + q).toBe(without.length);
          expect(doc.blocks.length + result.blocks.filter((b) => b.status === 'added').length).toBe(IDS.length);
          const again = sync(result.text, file, map, { addMissing: true });
          expect(again.result.text).toBe(result.text);
          expect(again.result.blocks.every((b) => b.status === 'in-sync')).toBe(true);
        }),
        { numRuns: 200 },
      );
    });
  });
}
