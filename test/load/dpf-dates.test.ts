// A DPF List check recorded on a day that never was ("2026-02-30") used to pass the schema's YYYY-MM-DD
// pattern and count as a check made that day, so dpf-list-check said nothing. It now stops the load at the date.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTemplate } from '../../src/load/template.js';
import { parseOrganization } from '../../src/load/organization.js';
import { DiscloseError } from '../../src/errors.js';
import { examples, EXAMPLES } from '../helpers/examples.js';

const templateFile = path.join(EXAMPLES, 'templates', 'support_followup.yaml');
const templateText = readFileSync(templateFile, 'utf8');
const orgFile = path.join(EXAMPLES, 'organization.yaml');

function thrown(fn: () => unknown): DiscloseError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DiscloseError) return e;
    throw e;
  }
  throw new Error('expected a DiscloseError');
}

describe('dpfChecked dates are days of the calendar', () => {
  const { catalog } = examples();
  const template = (text: string) => parseTemplate(text, templateFile, catalog.taxonomy, catalog.channels);

  it('refuses a recipient check on 30 February, at the date', () => {
    const text = templateText.replace('dpfChecked: "not checked"', 'dpfChecked: "2026-02-30"');
    expect(text).not.toBe(templateText);
    const e = thrown(() => template(text));
    expect(e.code).toBe('E_SCHEMA');
    expect(e.message).toContain('"2026-02-30" is not a day of the calendar');
    const line = text.split('\n').findIndex((l) => l.includes('2026-02-30')) + 1;
    expect(e.line).toBe(line);
  });

  it('refuses a due date in month 13 and accepts a real day and "not checked"', () => {
    const bad = templateText.replace('dpfChecked: "not checked"', 'dpfChecked: { checked: "2026-11-30", due: "2027-13-01" }');
    expect(thrown(() => template(bad)).message).toContain('due "2027-13-01"');
    const good = templateText.replace('dpfChecked: "not checked"', 'dpfChecked: { checked: "2024-02-29", due: "2027-01-15" }');
    expect(() => template(good)).not.toThrow();
    expect(() => template(templateText)).not.toThrow();
  });

  it('refuses a wrong day in organization.yaml\'s checks by legal name', () => {
    const org = readFileSync(orgFile, 'utf8').replace(/\n$/, '') + '\ndpfChecked:\n  "Stripe, Inc.": "2026-04-31"\n';
    const e = thrown(() => parseOrganization(org, orgFile));
    expect(e.code).toBe('E_SCHEMA');
    expect(e.message).toContain('"2026-04-31"');
    expect(e.line).toBe(org.split('\n').findIndex((l) => l.includes('2026-04-31')) + 1);
  });
});
