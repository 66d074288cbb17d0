/** The example templates are clean under the template lint rules, in every region. */
import { describe, expect, it } from 'vitest';
import { isDiscloseError } from '../src/errors.js';
import { Project } from '../src/project.js';
import { LINT_RULES } from './helpers/lint-rules.js';
import { examples } from './helpers/examples.js';

describe('example templates pass the template lint rules', () => {
  const { catalog, org, templates } = examples();
  const project = new Project(catalog, org);
  for (const t of templates) {
    it(t.id, () => {
      const found = project.lint(t).filter((f) => LINT_RULES.has(f.ruleId));
      for (const id of catalog.regionOrder) {
        const region = catalog.region(id);
        const locale = region.locales.find((l) => catalog.locales.includes(l)) ?? 'en';
        try {
          found.push(...project.render(t, { region, locale }).findings.filter((f) => LINT_RULES.has(f.ruleId)));
        } catch (e) {
          if (!(isDiscloseError(e) && e.code === 'E_UNKNOWN_LOCALE')) throw e;
        }
      }
      expect(found.map((f) => `${f.ruleId} ${f.messageId} line ${f.line} ${f.region ?? ''}`)).toEqual([]);
    });
  }
});
