/**
 * What the render rules read of a flow shape is worked out once per shape cell (src/check/run-rules.ts
 * `CellReview`): the clause's claims, its body's phrases, how the clause covers the flows' and the
 * footer's claims. Each template still gets its own places (its flows' lines), its own heading read
 * (a phrase in its title counts) and the findings a project that shares nothing gives it.
 */
import { describe, expect, it } from 'vitest';
import { Project, type Target } from '../../src/project.js';
import { runRules } from '../../src/check/run-rules.js';
import type { CoverageItem, Rule } from '../../src/check/rule.js';
import type { Template } from '../../src/model/types.js';
import { phrasesIn, phrasesUnderHeading, textPhrases } from '../../src/claims/read-claims.js';
import { examples } from '../helpers/examples.js';

const base = (): Template => examples().templates.find((t) => t.id === 'order_shipped')!;
/** The same flows in another template: its own id, file, clause number and title, and its flows further down its file. */
const sibling = (t: Template, id: string, number: string, title = `Delivery notes ${id}`): Template => ({
  ...t,
  id,
  file: `${id}.yaml`,
  clause: { ...t.clause, number, title },
  flows: t.flows.map((f, i) => ({ ...f, pos: { file: `${id}.yaml`, line: 40 + 10 * i + number.length, column: 3 } })),
  positions: { ...t.positions, id: { file: `${id}.yaml`, line: 1, column: 1 }, flows: { file: `${id}.yaml`, line: 39, column: 1 }, clause: { file: `${id}.yaml`, line: 20, column: 1 } },
});

/** A rule that keeps what it was given to read. */
function probe(into: Array<{ template: string; coverage: CoverageItem[]; cues: Set<string> }>): Rule {
  return {
    meta: { id: 'probe', scope: 'render', description: 'keeps its context', source: 'test', severity: 'info', messages: {} },
    check(ctx) {
      into.push({ template: ctx.template.id, coverage: ctx.coverage!(), cues: ctx.clauseRead!.cues });
    },
  };
}

describe('render rules: the shape cell read once', () => {
  it('shares the coverage of a shape cell and puts each finding at the template’s own flow', () => {
    const { catalog, org } = examples();
    const project = new Project(catalog, org);
    const target: Target = { region: catalog.region('eu'), locale: 'en' };
    const t = base();
    const seen: Array<{ template: string; coverage: CoverageItem[]; cues: Set<string> }> = [];
    for (const x of [sibling(t, 'a', '1.1'), sibling(t, 'b', '2.2'), sibling(t, 'c', '3.30')]) {
      const render = project.renderer.render(x, target.region, target.locale, org);
      runRules('render', { template: x, catalog, org, region: target.region, locale: target.locale, loc: project.renderer.localizer(target.locale), render }, { rules: [probe(seen)] });
    }
    const [, b, c] = seen;
    const flowItems = (s: typeof b) => s!.coverage.filter((i) => i.source === 'flow');
    expect(flowItems(c).length).toBeGreaterThan(0);
    // The cell is kept from the shape's second template on: the third takes the second's results…
    flowItems(c).forEach((item, i) => expect(item.result).toBe(flowItems(b)[i]!.result));
    // …and its own places: its flows' lines, not the second's.
    const ownFlows = sibling(t, 'c', '3.30').flows;
    for (const item of flowItems(c)) expect(item.pos).toEqual(ownFlows.find((f) => f.id === item.flow)!.pos);
    expect(flowItems(c).map((i) => i.pos.line)).not.toEqual(flowItems(b).map((i) => i.pos.line));
  });

  it('gives every template the findings of a project that shares nothing, a phrase in its own title included', () => {
    const { catalog, org } = examples();
    const shared = new Project(catalog, org);
    const t = base();
    // The third title names the person's rights: a cue the heading gives, not the shape's body.
    const templates = [sibling(t, 'a', '1.1'), sibling(t, 'b', '2.2'), sibling(t, 'c', '3.3', 'Your rights on deliveries')];
    for (const id of ['eu', 'california', 'china', 'th']) {
      const region = catalog.region(id);
      for (const locale of region.locales) {
        const target: Target = { region, locale };
        for (const x of templates) {
          const got = shared.render(x, target).findings;
          const alone = new Project(catalog, org).render(x, target).findings;
          expect(JSON.stringify(got), `${x.id} ${id} ${locale}`).toBe(JSON.stringify(alone));
        }
      }
    }
  });
});

describe('phrasesUnderHeading', () => {
  const locale = () => examples().catalog.locale('en');
  const body = 'We use your phone number to improve our services.\nYou have the right to ask for a copy. We use it to improve our services.';

  it('is the whole text’s phrases where the heading has none, the body’s moved past the heading', () => {
    const heading = '§4.2 Deliveries';
    const whole = phrasesIn(`${heading}\n${body}`, locale());
    const under = phrasesUnderHeading(heading, textPhrases(body, locale()), locale())!;
    expect(whole.vague.length).toBe(2);
    expect(under.vague).toEqual(whole.vague);
    expect([...under.cues]).toEqual([...whole.cues]);
    expect(under.vague[0]!.start).toBe(textPhrases(body, locale()).vague[0]!.start + heading.length + 1);
  });

  it('leaves a heading with a phrase of its own to a read of the whole text', () => {
    expect(phrasesUnderHeading('§4.2 Your rights', textPhrases(body, locale()), locale())).toBeUndefined();
  });
});
