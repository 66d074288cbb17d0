/**
 * The `sea` group (issue 17) means "each member's own requirements": it cites no statute itself, and
 * its members inherit none of its articles.
 */
import { describe, expect, it } from 'vitest';
import { examples } from '../helpers/examples.js';
import { MEMBERS, STATUTE_MARKERS } from './sea-members.js';

describe('sea', () => {
  const { catalog, org, templates, renderer } = examples();
  const group = catalog.region('sea');

  it('declares no law, basis or mechanism article of its own; its elements point to the members', () => {
    expect(Object.keys(group.laws ?? {})).toEqual([]);
    expect(group.legalBasisArticles).toEqual({});
    expect(group.mechanismArticles).toEqual({});
    // An element is either each member's own law, or a practice note that cites no law at all
    // (sub_processor_storage: no member's law asks for it; review 5 TH5-1).
    for (const el of group.elements) {
      expect(el.article, el.id).toMatch(el.practice ? /^no statutory source: / : /each member's own law/);
    }
    expect(group.members).toEqual([...MEMBERS]);
  });

  it('text rendered for the group cites no member statute', () => {
    for (const t of templates) {
      const r = renderer.render(t, group, 'en', org);
      for (const m of MEMBERS) expect(`${r.footer.text}\n${r.clause.text}`, `${t.id} cites ${m}`).not.toMatch(STATUTE_MARKERS[m]);
    }
  });

  it('every member inherits no article from the group: each member element carries its own law or a practice note', () => {
    for (const m of MEMBERS) {
      const region = catalog.region(m);
      for (const el of region.elements) expect(el.article, `${m}.${el.id}`).not.toMatch(/each member's own law/);
    }
  });
});
