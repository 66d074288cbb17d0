import { describe, expect, it } from 'vitest';
import { claimKey, describeClaim, uniqueClaims, type Claim } from '../src/claims/claim.js';
import { readClaims, type ReadResult } from '../src/claims/read-claims.js';
import { saidRead } from '../src/claims/said-read.js';
import { recipientNames, saysWhatItRecorded, verbatimTexts } from '../src/check/run-rules.js';
import { Project } from '../src/project.js';
import { examples, regionLocales } from './helpers/examples.js';

const { catalog, org, templates, renderer } = examples();
const names = (t: (typeof templates)[number]) => t.flows.flatMap((f) => f.recipients.flatMap((r) => (r.name ? [r.name] : [])));
const show = (claims: ReturnType<typeof uniqueClaims>) => claims.map(describeClaim).sort();

describe('claims read back from rendered text equal the claims the renderer wrote', () => {
  for (const t of templates) {
    for (const { region, locale } of regionLocales(catalog)) {
      it(`${t.id} × ${region} × ${locale}`, () => {
        const res = renderer.render(t, catalog.region(region), locale, org);
        const loc = catalog.locale(locale);
        const footer = readClaims(res.footer.text, loc, { names: names(t) });
        expect(show(footer.claims)).toEqual(show(uniqueClaims(res.footer.claims)));
        const clause = readClaims(res.clause.text, loc, { names: names(t) });
        expect(show(clause.claims)).toEqual(show(uniqueClaims(res.clause.claims)));
        expect(clause.claims.map(claimKey)).toEqual(uniqueClaims(res.clause.claims).map(claimKey));
      });
    }
  }
});

describe('what the renderer records of its footer and clause equals what reading them back gives', () => {
  const project = new Project(catalog, org, { templateFiles: [] });
  const keys = (claims: Claim[]) => claims.map(claimKey);
  /** Sentences that make claims: their claims, the actions they name, and where they are. */
  const sentences = (read: ReadResult) =>
    read.sentences.filter((s) => s.claims.length).map((s) => ({ claims: keys(s.claims), actions: [...new Set(s.mentions.filter((m) => m.kind === 'action').map((m) => m.value))].sort(), start: s.start, end: s.end }));
  const same = (recorded: ReadResult, read: ReadResult, text: string) => {
    expect(keys(recorded.claims)).toEqual(keys(read.claims));
    expect(recorded.references).toEqual(read.references);
    expect([...recorded.cues].sort()).toEqual([...read.cues].sort());
    expect(recorded.vague).toEqual(read.vague);
    const a = sentences(recorded);
    const b = sentences(read);
    expect(a.map(({ claims, actions }) => ({ claims, actions }))).toEqual(b.map(({ claims, actions }) => ({ claims, actions })));
    // The same sentence, starting where the reader's does (after its leading space); it may end
    // before ours (a citation in it with a semicolon) or after it (the snippet's full stop).
    a.forEach((s, i) => {
      const read = text.slice(b[i]!.start, b[i]!.end);
      expect(s.start).toBe(b[i]!.start + read.length - read.trimStart().length);
    });
  };
  for (const t of templates) {
    for (const { region, locale } of regionLocales(catalog)) {
      it(`${t.id} × ${region} × ${locale}`, () => {
        const profile = catalog.region(region);
        const res = renderer.render(t, profile, locale, org);
        const loc = project.renderer.localizer(locale);
        const names = recipientNames(t);
        const verbatim = verbatimTexts(t, org);
        // The examples quote nothing ambiguously: the rules take the record for every one of them
        // (but where a free-text effect on the person is read as words and names data).
        if (!t.flows.some((f) => f.sensitive?.effect)) expect(saysWhatItRecorded(catalog, loc, t, org, res, names, verbatim)).toBe(true);
        // The footer's clause reference as the renderer recorded it (absent: read from the text).
        if (res.footer.variant !== 'own' && res.footer.variant !== 'none' && t.clause.number) expect(res.footer.references).toBeDefined();
        same(saidRead(res.footer.text, uniqueClaims(res.footer.claims), res.footer.said, loc.data, res.footer.references), readClaims(res.footer.text, loc.data, { names }), res.footer.text);
        same(saidRead(res.clause.text, uniqueClaims(res.clause.claims), res.clause.said, loc.data), readClaims(res.clause.text, loc.data, { names, verbatim }), res.clause.text);
      });
    }
  }
});
