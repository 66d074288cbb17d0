import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { check, loadProject } from '../../src/index.js';
import { cli } from '../helpers/cli.js';
import { copyFixture, lineCol } from '../helpers/project.js';

interface Case {
  name: string;
  /** Files to add under the copied project: path → text, or a change to the fixture's text. */
  files: Record<string, string | ((old: string) => string)>;
  /** messageId @ file : the text the finding points at (the key, or the file's start). */
  expect: Array<[messageId: string, file: string, at: string | null]>;
}

const cases: Case[] = [
  { name: 'the fixture\'s own approved wording', files: {}, expect: [] },
  {
    name: 'a new rights sentence an own region uses, and a key an approved snippet asks for',
    files: {
      'approved/locales/en/reader.yaml': 'negation: [not, never, neither, nor]\n',
      'approved/snippets/clause/lgpd_contact.hbs': '{{{t "clause.lgpdContact" email=org.dpo.email}}}\n',
      'approved/locales/de/taxonomy.yaml': 'data:\n  user.name: { label: Vor- und Nachname }\n',
    },
    expect: [['snippet', 'approved/snippets/clause/lgpd_contact.hbs', null]],
  },
  {
    name: 'a wording key disclose does not have, in en and de',
    files: {
      'approved/locales/en/wording.yaml': (old) => old.replace('statement:\n', 'statement:\n  shares: "We pass your {{data}} on to {{recipient}} for {{purpose}}."\n'),
      'approved/locales/de/wording.yaml': 'footer:\n  referenceLink: "Zum Datenschutz: {{reference}} {{url}}"\n  refrenceOnly: "Datenschutz: {{reference}}"\n',
    },
    expect: [
      ['wording', 'approved/locales/en/wording.yaml', 'shares'],
      ['wording', 'approved/locales/de/wording.yaml', 'refrenceOnly'],
    ],
  },
  {
    name: 'a label for no taxonomy entry',
    files: { 'approved/locales/en/taxonomy.yaml': 'data:\n  user.contact.phone_number: { label: mobile phone number, synonyms: [phone number] }\n  user.contact.fax: { label: fax number }\n' },
    expect: [['label', 'approved/locales/en/taxonomy.yaml', 'user.contact.fax']],
  },
  {
    name: 'a reader cue no region looks for (other names of places are never stale)',
    files: { 'approved/locales/en/reader.yaml': 'actions:\n  share: [share, pass on]\ncues:\n  rights: [your rights]\n  encarregado: [data protection officer]\nplaces:\n  BR: [Brasil]\n' },
    expect: [['reader', 'approved/locales/en/reader.yaml', 'encarregado']],
  },
  {
    name: 'a snippet that replaces none of ours',
    files: { 'approved/snippets/footer/reference_short.hbs': '{{{t "footer.referenceOnly" reference=reference}}}\n' },
    expect: [['snippet', 'approved/snippets/footer/reference_short.hbs', null]],
  },
];

/** Writes the case's files; returns their texts as written. */
function write(dir: string, files: Case['files']): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [file, change] of Object.entries(files)) {
    const full = path.join(dir, file);
    mkdirSync(path.dirname(full), { recursive: true });
    const text = typeof change === 'string' ? change : change(readFileSync(full, 'utf8'));
    writeFileSync(full, text);
    out[file] = text;
  }
  return out;
}

describe('override-unknown-key', () => {
  for (const c of cases) {
    it(c.name, () => {
      const dir = copyFixture();
      const texts = write(dir, c.files);
      const found = check(loadProject({ cwd: dir }))
        .filter((f) => f.ruleId === 'override-unknown-key')
        .map((f) => `${f.messageId}@${path.relative(dir, f.file)}:${f.line}:${f.column}`)
        .sort();
      const wanted = c.expect
        .map(([id, file, at]) => {
          const { line, column } = at === null ? { line: 1, column: 1 } : lineCol(texts[file]!, at);
          return `${id}@${file}:${line}:${column}`;
        })
        .sort();
      expect(found).toEqual(wanted);
    });
  }

  it('an own region\'s element may name a new snippet and a new reader cue', () => {
    const dir = copyFixture();
    write(dir, {
      'approved/snippets/clause/lgpd_contact.hbs': '{{#if org.dpo}}{{{t "clause.dpo" email=org.dpo.email}}}{{/if}}\n',
      'approved/locales/en/reader.yaml': 'cues:\n  encarregado: [data protection officer]\n',
      'regions/br-contact.yaml': 'id: br-contact\nextends: br\nname: Brazil (with contact)\nelements:\n  - id: encarregado\n    snippet: lgpd_contact\n    detect: { cue: [encarregado] }\n',
    });
    const p = loadProject({ cwd: dir, regions: ['br-contact'] });
    expect(check(p).filter((f) => f.ruleId === 'override-unknown-key')).toEqual([]);
  });

  it('surfaces through disclose check with file, line and column, and the config can lower it', async () => {
    const dir = copyFixture();
    const { 'approved/locales/en/wording.yaml': text } = write(dir, { 'approved/locales/en/wording.yaml': (old) => old.replace('statement:\n', 'statement:\n  retains: "We keep your {{data}} for {{duration}} from {{event}}."\n') });
    const r = await cli(['check'], dir);
    expect(r.code).toBe(1);
    const { line, column } = lineCol(text!, 'retains');
    expect(r.out).toContain(`approved/locales/en/wording.yaml:${line}:${column}  error`);
    expect(r.out).toMatch(/"statement.retains" \(en\) matches no wording key.*\[override-unknown-key\]/);
    const sarif = JSON.parse((await cli(['check', '--format', 'sarif'], dir)).out);
    expect(sarif.runs[0].tool.driver.rules.map((x: { id: string }) => x.id)).toContain('override-unknown-key');
    expect(sarif.runs[0].results.map((x: { ruleId: string }) => x.ruleId)).toContain('override-unknown-key');
    write(dir, { 'disclose.config.yaml': (old) => old.replace('severity:\n', 'severity:\n  override-unknown-key: warning\n') });
    const lowered = await cli(['check'], dir);
    expect(lowered.code).toBe(0);
    expect(lowered.out).toMatch(/warning +the approved wording key "statement.retains"/);
  });
});
