/**
 * import-meta takes every shape and component Meta's template API accepts and returns (own-words
 * fixtures in test/fixtures/meta/), keeps what disclose does not model, and `meta` writes the same
 * JSON back: the only differences are the explained ones (legacy category, response fields, enum
 * case, Meta's default parameter_format).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { importMetaDocument, templateFromImport, type ImportedEntry } from '../../src/meta/from-meta.js';
import { roundTripDifferences } from '../../src/meta/round-trip.js';
import { importedTemplateYaml } from '../../src/meta/template-yaml.js';
import { toMeta } from '../../src/meta/to-meta.js';
import { parseTemplate } from '../../src/load/template.js';
import { ROOT, examples } from '../helpers/examples.js';

const DIR = path.join(ROOT, 'test', 'fixtures', 'meta');
const { catalog } = examples();

function load(name: string) {
  const file = path.join(DIR, name);
  const text = readFileSync(file, 'utf8');
  return importMetaDocument(JSON.parse(text), file, text);
}

/** The entry through the YAML import-meta prints, finished by hand (purpose, a flow) and loaded as a user would. */
function throughYaml(e: ImportedEntry) {
  const data = parse(importedTemplateYaml(e.template, '../../schemas/template.schema.json', 'x.json')) as Record<string, unknown>;
  const finished = { ...data, purpose: 'When the parcel is collected, send the customer its number within 1 hour.', flows: [{ id: 'message', data: ['user.contact.phone_number'], purpose: 'essential.service.message_delivery', legalBasis: 'contract', storage: ['DE'] }] };
  return parseTemplate(JSON.stringify(finished), path.join(DIR, 'imported.yaml'), catalog.taxonomy, catalog.channels);
}

const ROUND_TRIP = ['list-graph-api.json', 'waba-templates.json', 'bare-list-otp.json', 'upsert-languages.json', 'marketing-components.json', 'odd-examples.json', 'two-headers.json'];

describe('import-meta takes every shape Meta uses', () => {
  it('a Graph API list: one template per entry, legacy category mapped with a warning naming the mapping', () => {
    const { entries, refused } = load('list-graph-api.json');
    expect(refused).toEqual([]);
    expect(entries.map((e) => [e.template.id, e.template.language, e.template.category, e.at])).toEqual([
      ['parcel_collected', 'en-GB', 'utility', 'data[0]'],
      ['parcel_collected', 'pt-BR', 'utility', 'data[1]'],
    ]);
    expect(entries[0]!.notes.find((n) => n.code === 'import-category-mapped')?.message).toMatch(/SHIPPING_UPDATE imported as UTILITY/);
    expect(entries[0]!.template.meta?.header).toEqual({ type: 'HEADER', format: 'DOCUMENT', example: { header_handle: ['4::ZG9j'] } });
    expect(entries[0]!.template.meta?.response).toEqual({ status: 'APPROVED', id: '100000000000001' });
    expect(entries[1]!.template.meta?.header).toEqual({ type: 'HEADER', format: 'LOCATION' });
  });
  it("360dialog's waba_templates and a bare list", () => {
    expect(load('waba-templates.json').entries.map((e) => e.template.id)).toEqual(['repair_done']);
    const [otp] = load('bare-list-otp.json').entries;
    expect(otp!.template.category).toBe('authentication');
    expect(otp!.template.buttons).toEqual([{ type: 'otp', text: 'Copiar', meta: { otp_type: 'ONE_TAP', autofill_text: 'Rellenar', supported_apps: [{ package_name: 'app.example.shop', signature_hash: 'AbCdEfGh123' }] } }]);
  });
  it('an upsert with languages: one template per language', () => {
    expect(load('upsert-languages.json').entries.map((e) => e.template.language)).toEqual(['en-US', 'fr']);
  });
  it('every marketing component and button type is kept', () => {
    const [e] = load('marketing-components.json').entries;
    expect(e!.template.buttons.map((b) => b.type)).toEqual(['copy_code', 'mpm', 'catalog', 'flow']);
    expect(e!.template.meta?.components?.map((c) => c['type'])).toEqual(['LIMITED_TIME_OFFER', 'CAROUSEL']);
    expect(e!.template.variables).toEqual([{ name: 'first_name', example: 'Tomas' }, { name: 'code', example: 'SEED15' }]);
  });
  it('an example in another shape is read, kept as written and reported; a URL example that does not fit is not doubled', () => {
    const [e] = load('odd-examples.json').entries;
    expect(e!.template.variables.slice(0, 3)).toEqual([{ name: '1', example: 'Giulia' }, { name: '2', example: '4' }, { name: '3', example: '20:30' }]);
    expect(e!.notes.map((n) => n.code)).toContain('import-example-reshaped');
    const meta = toMeta(templateFromImport(e!.template, 'x'), undefined);
    const button = (meta.components.find((c) => c.type === 'BUTTONS') as { buttons: Array<{ example?: string[] }> }).buttons[0]!;
    expect(button.example).toEqual(['https://tables.example/b?ref=XY12']);
  });
  it('a second HEADER is kept (and the lint reports it), not dropped', () => {
    const [e] = load('two-headers.json').entries;
    expect(e!.template.header).toBe('Your visit');
    expect(e!.template.meta?.components).toEqual([{ type: 'HEADER', format: 'IMAGE', example: { header_handle: ['4::bWFw'] } }]);
    expect(e!.notes.find((n) => n.code === 'import-kept-verbatim')?.message).toMatch(/a second HEADER/);
  });
  it('a webhook is refused with its position and what to do', () => {
    const { entries, refused } = load('webhook.json');
    expect(entries).toEqual([]);
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatchObject({ at: 'entry[0].changes[0]', name: 'spring_boxes', line: 4 });
    expect(refused[0]!.message).toMatch(/carries no components; fetch it/);
  });
  it('a component without a type is refused at its line and column', () => {
    const text = '{\n  "name": "x",\n  "language": "en",\n  "category": "UTILITY",\n  "components": [\n    { "text": "Hi" }\n  ]\n}\n';
    const { refused } = importMetaDocument(JSON.parse(text), 'in.json', text);
    expect(refused[0]).toMatchObject({ line: 6, column: 5 });
    expect(refused[0]!.message).toMatch(/components\[0\]\.type: missing/);
  });
});

describe('import → meta reproduces the JSON', () => {
  for (const name of ROUND_TRIP) {
    it(name, () => {
      for (const e of load(name).entries) {
        const direct = roundTripDifferences(e.source, toMeta(templateFromImport(e.template, 'x'), undefined, { keepFooter: true }));
        expect(direct.unexplained, `${e.template.id} ${e.template.language}`).toEqual([]);
        const viaYaml = roundTripDifferences(e.source, toMeta(throughYaml(e), undefined, { keepFooter: true }));
        expect(viaYaml.unexplained, `${e.template.id} ${e.template.language} through YAML`).toEqual([]);
      }
    });
  }
  it('names what it changed', () => {
    const [e] = load('waba-templates.json').entries;
    const d = roundTripDifferences(e!.source, toMeta(templateFromImport(e!.template, 'x'), undefined, { keepFooter: true }));
    expect(d.explained).toEqual(expect.arrayContaining(['legacy category TICKET_UPDATE written as UTILITY', 'response fields not sent (status, namespace, rejected_reason)']));
  });
  it('a change that is not explained is reported with its path', () => {
    const [e] = load('list-graph-api.json').entries;
    const t = templateFromImport({ ...e!.template, body: 'Hi {{1}}, parcel {{2}} was collected.' }, 'x');
    expect(roundTripDifferences(e!.source, toMeta(t, undefined, { keepFooter: true })).unexplained).toEqual(['components[1].text: "Hi {{1}}, the courier picked up parcel {{2}} this morning." became "Hi {{1}}, parcel {{2}} was collected."']);
  });
});
