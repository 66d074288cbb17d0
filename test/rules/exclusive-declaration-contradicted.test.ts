/**
 * exclusive-declaration-contradicted: a flow's `exclusive: true` is checked against every use of
 * the data in the project, so a declaration that another template makes untrue is reported (and
 * the clause leaves "only" out for that data), while one no other flow contradicts stays quiet.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { Project } from '../../src/project.js';
import { BASE, type Raw } from '../helpers/check-case.js';
import { examples } from '../helpers/examples.js';

const dir = mkdtempSync(path.join(tmpdir(), 'disclose-exclusive-decl-'));
function write(name: string, change: (t: Raw) => void): string {
  const raw = structuredClone(BASE) as Raw;
  change(raw);
  const file = path.join(dir, name);
  writeFileSync(file, stringify(raw));
  return file;
}

// The delivery flow declares exclusive use of name, phone number and postal address (SMS: no
// channel flow of its own uses the phone number otherwise).
const delivery = write('delivery.yaml', (t) => ((t.flows[0] as Record<string, unknown>)['exclusive'] = true));
// An invoice template keeping the name and postal address for tax records.
const invoice = write('invoice.yaml', (t) => {
  t.id = 'invoice_case';
  t.clause = { id: 'payments', number: '5.3', title: 'Payments' };
  t.flows = [{ ...t.flows[0]!, id: 'accounting', data: ['user.name', 'user.contact.address'], purpose: 'essential.legal_obligation.accounting', legalBasis: 'legal_obligation', recipients: [] } as never];
});

function findingsFor(files: string[]) {
  const { catalog, org } = examples();
  const project = new Project(catalog, org, { templateFiles: files });
  const t = project.loadTemplate(delivery);
  const region = catalog.region('eu');
  return {
    lint: project.lint(t).filter((f) => f.ruleId === 'exclusive-declaration-contradicted'),
    clause: project.render(t, { region, locale: 'en' }).clause.body,
  };
}

describe('exclusive-declaration-contradicted', () => {
  it('is quiet, and the clause says "only", when no other flow of the project uses the data', () => {
    const r = findingsFor([delivery]);
    expect(r.lint).toEqual([]);
    expect(r.clause).toMatch(/only for order delivery/);
  });

  it('reports the declaration another template contradicts, naming the data, the template and its purpose, at the flow', () => {
    const r = findingsFor([delivery, invoice]);
    expect(r.lint).toHaveLength(1);
    const f = r.lint[0]!;
    expect(f.severity).toBe('warning');
    expect(f.message).toBe('flow "delivery" declares exclusive use of your name and postal address for order delivery, but template "invoice_case" (flow "accounting") also uses that data for tax and accounting records; the clause does not say "only" for it');
    expect(f.file).toBe(delivery);
    expect(f.line).toBeGreaterThan(1);
    // The clause keeps "only" for the phone number alone, which the invoice does not use.
    expect(r.clause).toMatch(/We use your phone number only for order delivery\./);
    expect(r.clause).not.toMatch(/name[^.]*only for order delivery/);
  });
});
