/**
 * `disclose meta` and `disclose import-meta`: the Meta JSON of every example passes the platform
 * limits (checked by the lint rules themselves) and round-trips through import.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fromMeta } from '../../src/meta/from-meta.js';
import { importedTemplateYaml } from '../../src/meta/template-yaml.js';
import { toMeta } from '../../src/meta/to-meta.js';
import { loadTemplate, parseTemplate } from '../../src/load/template.js';
import type { MetaBody, MetaFooter, MetaTemplate } from '../../src/meta/meta-template.js';
import type { Template } from '../../src/model/types.js';
import { Project } from '../../src/project.js';
import { EXAMPLES, examples } from '../helpers/examples.js';

const { catalog, org, templates } = examples();
const project = new Project(catalog, org);
const LIMIT_RULES = new Set(['template-length', 'template-variable-format', 'template-links', 'template-whitespace']);

/** The example as WhatsApp sees it (an SMS or e-mail example exported as a WhatsApp template). */
function asWhatsApp(t: Template): Template {
  return t.channel === 'whatsapp' ? t : loadTemplate(t.file, catalog.taxonomy, catalog.channels, { channel: 'whatsapp' });
}

function metaOf(t: Template, region = 'eu', locale = 'en'): MetaTemplate {
  const w = asWhatsApp(t);
  return toMeta(w, project.render(w, { region: catalog.region(region), locale }).footer.text);
}

/** import-meta's YAML, finished the way a user would: purpose and flows from the original, Meta's footer kept. */
function imported(meta: MetaTemplate, original: Template): { data: Record<string, unknown>; template: Template } {
  const { template } = fromMeta(JSON.parse(JSON.stringify(meta)));
  const yaml = importedTemplateYaml(template, '../../schemas/template.schema.json', 'meta.json');
  const data = parse(yaml) as Record<string, unknown>;
  const footer = meta.components.find((c): c is MetaFooter => c.type === 'FOOTER')?.text;
  const finished = { ...data, purpose: original.purpose, flows: [{ id: 'message', data: ['user.contact.phone_number'], purpose: 'essential.service.message_delivery', legalBasis: 'contract', storage: ['DE'] }], ...(footer ? { footer } : {}) };
  return { data, template: parseTemplate(JSON.stringify(finished), path.join(EXAMPLES, 'imported.yaml'), catalog.taxonomy, catalog.channels) };
}

describe('Meta JSON of the examples', () => {
  for (const t of templates) {
    describe(t.id, () => {
      const meta = metaOf(t);
      it('has the shape Meta takes', () => {
        expect(meta.name).toBe(t.id);
        expect(meta.category).toBe(t.category.toUpperCase());
        expect(['POSITIONAL', 'NAMED']).toContain(meta.parameter_format);
        const body = meta.components.find((c): c is MetaBody => c.type === 'BODY')!;
        if (t.category === 'authentication') {
          // Meta's current authentication form: preset body, expiry footer, OTP button; no text of the template's own.
          expect(body).toEqual({ type: 'BODY', add_security_recommendation: true });
          expect(meta.components.find((c) => c.type === 'FOOTER')).toEqual({ type: 'FOOTER', code_expiration_minutes: 10 });
          expect(JSON.stringify(meta.components.find((c) => c.type === 'BUTTONS'))).toMatch(/"type":"OTP"/);
        } else {
          expect(body.text!.length).toBeGreaterThan(0);
          if (/\{\{/.test(body.text!)) expect(body.example).toBeDefined();
        }
        expect(meta.components.map((c) => c.type)).toEqual(['HEADER', 'BODY', 'FOOTER', 'BUTTONS'].filter((type) => meta.components.some((c) => c.type === type)));
      });
      it('passes the platform limits in every region (the lint rules, on the imported template)', () => {
        for (const { region, locale } of [{ region: 'eu', locale: 'en' }, { region: 'california', locale: 'en' }, { region: 'sg', locale: 'en' }]) {
          const { template } = imported(metaOf(t, region, locale), t);
          const found = project.lint(template).filter((f) => LIMIT_RULES.has(f.ruleId));
          expect(found.map((f) => `${f.ruleId} ${f.messageId}`), region).toEqual([]);
        }
      });
      it('round-trips through import: id, category, language, header, body, variables with examples, buttons', () => {
        const { data } = imported(meta, t);
        expect(data['id']).toBe(t.id);
        expect(data['category']).toBe(t.category);
        expect(data['language']).toBe(t.language);
        expect(data['header']).toBe(t.header);
        expect(data['body']).toBe(t.body);
        // Meta's authentication form carries no text and so no example of the code: the names come back.
        const withExample = t.category !== 'authentication';
        expect(data['variables'] ?? []).toEqual(t.variables.map((v) => ({ name: v.name, ...(withExample && v.example !== undefined ? { example: v.example } : {}) })));
        expect(data['buttons'] ?? []).toEqual(t.buttons.map(({ pos: _pos, ...b }) => b));
        expect(data['flows']).toEqual([]);
        expect(data['purpose']).toBe('');
      });
    });
  }
});
