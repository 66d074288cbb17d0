/**
 * Each deliberately broken lint example under examples/broken/lint-*.yaml produces exactly the
 * findings its header lists (`# expect: <rule> <messageId> line <n>`) from the template lint rules,
 * through Project.lint and Project.render over every region, and nothing else from those rules.
 * Render-scope findings repeat per region; a finding counts as often as one region reports it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../src/check/finding.js';
import { isDiscloseError } from '../src/errors.js';
import { Project } from '../src/project.js';
import { EXAMPLES, examples } from './helpers/examples.js';
import { LINT_RULES } from './helpers/lint-rules.js';

const DIR = path.join(EXAMPLES, 'broken');

function expectedOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^# expect: (\S+) (\S+) line (\d+)$/gm)].map((m) => `${m[1]} ${m[2]} line ${m[3]}`).sort();
}

function counts(findings: Finding[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const f of findings.filter((x) => LINT_RULES.has(x.ruleId))) {
    const key = `${f.ruleId} ${f.messageId} line ${f.line}`;
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/** Lint findings of the template, plus each render finding as often as the region reporting it most. */
function actualOf(project: Project, file: string): string[] {
  const template = project.loadTemplate(file);
  const total = counts(project.lint(template));
  const perRender = new Map<string, number>();
  const { catalog } = project;
  for (const id of catalog.regionOrder) {
    const region = catalog.region(id);
    // Until every locale ships, a region renders in its first available locale, else English.
    const locale = region.locales.find((l) => catalog.locales.includes(l)) ?? 'en';
    let findings: Finding[];
    try {
      findings = project.render(template, { region, locale }).findings;
    } catch (e) {
      if (isDiscloseError(e) && e.code === 'E_UNKNOWN_LOCALE') continue; // a companion locale not shipped yet
      throw e;
    }
    for (const [key, n] of counts(findings)) perRender.set(key, Math.max(perRender.get(key) ?? 0, n));
  }
  for (const [key, n] of perRender) total.set(key, (total.get(key) ?? 0) + n);
  return [...total.entries()].flatMap(([key, n]) => Array<string>(n).fill(key)).sort();
}

describe('broken lint examples produce exactly the findings they list', () => {
  const { catalog, org } = examples();
  const project = new Project(catalog, org);
  const files = readdirSync(DIR).filter((f) => f.startsWith('lint-') && f.endsWith('.yaml')).sort();
  it('there is one for every rule family', () => {
    expect(files.length).toBeGreaterThanOrEqual(9);
  });
  for (const name of files) {
    it(name, () => {
      const file = path.join(DIR, name);
      const expected = expectedOf(file);
      expect(expected.length).toBeGreaterThan(0);
      expect(actualOf(project, file)).toEqual(expected);
    });
  }
});
