/**
 * Issue 8, injection, at load time: a link that is not https — with "//" or without (`javascript:`,
 * `data:`, a Markdown link to one) — in any free text that reaches footers and clauses is refused
 * with E_SCHEMA at its line and column, the same in every such field; organization links must be
 * https by schema. Message text (body, header, footer, buttons) loads and is linted instead.
 */
import { describe, expect, it } from 'vitest';
import { parseOrganization } from '../../src/load/organization.js';
import { parseTemplate } from '../../src/load/template.js';
import { caseProject } from '../helpers/check-case.js';
import { lineCol } from '../helpers/project.js';
import { field, mailTemplateYaml, messageTemplateYaml, organizationYaml } from './hostile.js';
import { errorOf } from '../helpers/errors.js';

const LINKS = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  '[click](javascript:alert(1))',
  '<a href="javascript:alert(1)">x</a>',
  'vbscript:msgbox(1)',
  'data:text/html;base64,PHNjcmlwdD4=',
  'file:/etc/passwd',
  'http://evil.example/x',
  'ftp://evil.example/x',
  'javascript://%0aalert(1)',
  'www.evil.example',
];

/** Text that only looks like a scheme, and https links: these load. */
const PROSE = ['JavaScript: not needed', 'your data: name/phone', 'the file: attached', 'see https://ok.example/a', '![x](https://evil.example/x.png)', 'data:text but no slash'];

const q = (s: string) => JSON.stringify(s);
const ORG_FIELDS = ['CTL', 'ADDR', 'DPO', 'EUREP', 'AUTH', 'PIO', 'CNREP', 'FILING'];
const MAIL_FIELDS = ['TITLE', 'TITLEZH', 'INTEREST', 'RCPT', 'CONTACT', 'LAW', 'WITHDRAW'];
const MSG_FIELDS = ['MTITLE', 'MSGRCPT'];


const project = caseProject();
const template = (yaml: string) => parseTemplate(yaml, 'hostile.yaml', project.catalog.taxonomy, project.catalog.channels);

function expectRejectedAt(load: () => unknown, yaml: string, value: string): void {
  const e = errorOf(load);
  expect(e.code).toBe('E_SCHEMA');
  expect({ line: e.line, column: e.column }).toEqual(lineCol(yaml, q(value)));
  expect(e.message).toMatch(/is not https/);
}

describe('free text that reaches footers and clauses refuses every non-https link', () => {
  for (const link of LINKS) {
    it(`${JSON.stringify(link)} in every template field`, () => {
      for (const tag of [...MAIL_FIELDS, ...MSG_FIELDS]) {
        const base = MAIL_FIELDS.includes(tag) ? mailTemplateYaml({ id: 'x', text: 'ok' }, 1) : messageTemplateYaml({ id: 'x', text: 'ok' }, 1);
        const value = field(tag, link);
        const yaml = base.replace(q(field(tag, 'ok')), q(value));
        expect(yaml, tag).not.toBe(base);
        expectRejectedAt(() => template(yaml), yaml, value);
      }
    });
    it(`${JSON.stringify(link)} in every organization field`, () => {
      for (const tag of ORG_FIELDS) {
        const value = field(tag, link);
        const yaml = organizationYaml('ok').replace(q(field(tag, 'ok')), q(value));
        expectRejectedAt(() => parseOrganization(yaml, 'organization.yaml'), yaml, value);
      }
    });
  }

  it('prose that only looks like a scheme, and https links, load', () => {
    for (const text of PROSE) {
      expect(() => template(mailTemplateYaml({ id: 'x', text }, 1)), text).not.toThrow();
      expect(() => parseOrganization(organizationYaml(text), 'organization.yaml'), text).not.toThrow();
    }
  });
});

describe('organization links are https by schema', () => {
  for (const bad of ['javascript:alert(1)', 'http://hostile.example/p', 'data:text/html,x', 'https://hostile.example/a b', '//hostile.example/p']) {
    it(JSON.stringify(bad), () => {
      for (const key of ['policyUrl', 'optOutUrl', 'url']) {
        const from = { policyUrl: 'https://hostile.example/privacy', optOutUrl: 'https://hostile.example/privacy/do-not-sell', url: 'https://authority.example/complaints' }[key]!;
        const yaml = organizationYaml('ok').replace(`${key}: ${from}`, `${key}: ${q(bad)}`);
        expect(yaml, key).toContain(q(bad));
        const e = errorOf(() => parseOrganization(yaml, 'organization.yaml'));
        expect(e.code, key).toBe('E_SCHEMA');
        expect({ line: e.line, column: e.column }, key).toEqual(lineCol(yaml, q(bad)));
      }
    });
  }
});

describe('message text loads and is linted: a script or data link is an error there', () => {
  for (const link of LINKS.filter((l) => !/^(?:http|ftp|www|javascript:\/\/)/.test(l))) {
    it(JSON.stringify(link), () => {
      const yaml = messageTemplateYaml({ id: 'x', text: link, link: true }, 1);
      const t = template(yaml);
      const found = project.lint(t).filter((f) => f.ruleId === 'template-links' && f.messageId === 'scriptScheme');
      expect(found.map((f) => f.data['where']).sort()).toEqual(['body', 'footer', 'header']);
      for (const f of found) expect(f.line).toBe(lineCol(yaml, `${f.data['where']}:`).line);
    });
  }
});
