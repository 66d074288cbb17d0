/**
 * Issue 8, injection: every payload in every string a user supplies, through every output. Plain
 * text shows it as typed (a Handlebars expression stays one, nothing disappears); HTML has it
 * escaped once; Markdown escapes its syntax and cannot be broken out of; CSV quotes it and defuses
 * formulas; JSON, SARIF and Meta's JSON carry it verbatim; and the cross-check still reads it.
 * One hostile project, one export (against an earlier one, for changes.md), read many ways.
 */
import { readdirSync, readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { tmp } from '../helpers/tree.js';
import { parsePolicy } from '../../src/policy/document.js';
import { plainTextMapped } from '../../src/policy/plain-text.js';
import { ALL, PAYLOADS, REGIONS, buttonText, field, hostileProject, mailTemplateYaml, messageTemplateYaml, organizationYaml, shown, type Payload } from './hostile.js';
import { AUTOLINK, decodeHtml, htmlProblems, htmlText, markdownSyntax, MARKERS, parseCsv, tableCells } from './inspect.js';

const CROSS_CHECK = ['wording-roundtrip', 'disclosure-omitted', 'disclosure-vague', 'disclosure-incorrect', 'exclusivity-contradicted', 'retention-mismatch', 'storage-location-mismatch', 'transfer-mechanism-mismatch', 'clause-reference-mismatch', 'region-element-missing', 'policy-clause-missing'];
const PAGE_TAGS = new Set(['html', 'head', 'meta', 'title', 'style', 'link', 'body', 'h1', 'h2', 'h3', 'p', 'a', 'div', 'span', 'section', 'ul', 'li', 'code', 'pre', 'br', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'ins', 'del', 'strong', 'time', 'figure', 'figcaption', 'img', 'ol']);
/** A flows diagram (pack format 6: a file of the pack, diagrams/<hash>.svg, shown on a page with <img>). */
const SVG_TAGS = new Set(['svg', 'title', 'g', 'rect', 'path', 'text']);
/** The one image a page may show: its flows diagram, a file of the pack named by its content. */
const DIAGRAM_IMG = /<img class="flow-diagram" src="\.\.\/(diagrams\/[0-9a-f]{16}\.svg)" width="\d+" height="\d+" alt="[^"<>]*">/g;
const POLICY_TAGS = new Set(['html', 'head', 'meta', 'title', 'body', 'h1', 'h2', 'p']);
const POLICY_COMMENT = /^(?:<!-- disclose:policy region=[a-z-]+ locale=[a-zA-Z-]+ -->|<!-- disclose:clause id=[a-z0-9_-]+(?: sha256=[0-9a-f]{16})? -->|<!-- \/disclose:clause -->)$/;
const CSV_FORMULA = /^(?:[\t\r]|[ \u00a0]*[=+\-@])/;
/** Free text of the flows and titles: link payloads are refused there (see loaders.test.ts). */
const FREE = PAYLOADS.filter((p) => !p.link);

interface RenderJson {
  template: string;
  region: string;
  locale: string;
  footer: { text: string };
  clause: { text: string; claims?: unknown };
  claims: { clause: Array<{ recipient?: { name?: string } }> };
}
interface Finding {
  ruleId: string;
  message: string;
  template: string;
  region?: string;
}

let dir: string;
let pack: string;
let renders: RenderJson[];
let findings: Finding[];
const read = (...p: string[]) => readFileSync(path.join(dir, ...p), 'utf8');
const yaml = (p: Payload, kind: 'msg' | 'mail') => read('templates', `${kind}_${p.id}.yaml`);

/** The earlier pack `--since` compares with: the same templates and organization, holding "before". */
async function earlierPack(): Promise<string> {
  const before = tmp('disclose-injection-before-');
  writeFileSync(path.join(before, 'organization.yaml'), organizationYaml('before'));
  mkdirSync(path.join(before, 'templates'));
  PAYLOADS.forEach((p, i) => {
    const plain = { id: p.id, text: 'before' };
    writeFileSync(path.join(before, 'templates', `msg_${p.id}.yaml`), messageTemplateYaml(plain, i + 1));
    writeFileSync(path.join(before, 'templates', `mail_${p.id}.yaml`), mailTemplateYaml(plain, i + 1));
  });
  const r = await cli(['export', 'templates', '--out', 'pack', '--regions', REGIONS.join(','), '--format', 'json', '--quiet'], before);
  expect(r.err).toBe('');
  return path.join(before, 'pack');
}

beforeAll(async () => {
  dir = hostileProject();
  const since = await earlierPack();
  const exp = await cli(['export', 'templates', '--out', 'pack', '--regions', REGIONS.join(','), '--since', since, '--quiet', '--sarif'], dir);
  expect(exp.err).toBe('');
  expect(exp.code).toBe(1);
  pack = path.join(dir, 'pack');
  const r = await cli(['render', 'templates', ...REGIONS.flatMap((x) => ['--region', x]), '--format', 'json'], dir);
  expect(r.err).toBe('');
  renders = JSON.parse(r.out) as RenderJson[];
  const c = await cli(['check', 'templates', ...REGIONS.flatMap((x) => ['--region', x]), '--format', 'json'], dir);
  findings = JSON.parse(c.out) as Finding[];
});

const clauseOf = (template: string, region: string) => renders.find((r) => r.template === template && r.region === region)!;

describe('plain text: render and check show every payload as typed', () => {
  it('the e-mail clause quotes the recipient, the interest, the law, the withdrawal and the title literally', () => {
    expect(renders).toHaveLength(PAYLOADS.length * 2 * REGIONS.length);
    for (const p of FREE) {
      for (const region of REGIONS) {
        const r = clauseOf(`mail_${p.id}`, region);
        for (const tag of ['RCPT', 'LAW', region === 'china' ? 'TITLEZH' : 'TITLE']) expect(r.clause.text, `${tag} ${p.id} ${region}`).toContain(field(tag, shown(p.text)));
        // The claim records the name as declared, and the footer names the recipient.
        expect(r.claims.clause.some((c) => c.recipient?.name === field('RCPT', p.text)), `${p.id} ${region}`).toBe(true);
      }
      expect(clauseOf(`mail_${p.id}`, 'eu').clause.text).toContain(field('INTEREST', shown(p.text)));
      expect(clauseOf(`mail_${p.id}`, 'eu').clause.text).toContain(field('WITHDRAW', shown(p.text)));
      expect(clauseOf(`mail_${p.id}`, 'china').clause.text).toContain(field('CONTACT', shown(p.text)));
      expect(clauseOf(`mail_${p.id}`, 'eu').footer.text).toContain(field('RCPT', shown(p.text)));
    }
  });

  it('the organization fields reach the clause as typed, Handlebars expressions included', () => {
    const eu = clauseOf('mail_open', 'eu').clause.text;
    const china = clauseOf('mail_open', 'china').clause.text;
    for (const tag of ['CTL', 'ADDR', 'EUREP', 'AUTH']) expect(eu, tag).toContain(field(tag, shown(ALL)));
    // The organization-level export filing is no longer stated (review CN-1: one number cannot cover every recipient).
    for (const tag of ['CTL', 'PIO', 'CNREP']) expect(china, tag).toContain(field(tag, shown(ALL)));
    expect(china).not.toContain(field('FILING', shown(ALL)));
    for (const literal of ['{{#each this}}x{{/each}}', '{{> partial}}', '{{constructor.constructor}}', '<script>alert(1)</script>', '<!-- /disclose:clause -->']) expect(eu).toContain(literal);
  });

  it('a line break in a supplied text becomes a space: every statement stays one line', () => {
    for (const p of PAYLOADS.filter((x) => /[\r\n]/.test(x.text))) {
      const text = clauseOf(`mail_${p.id}`, 'eu').clause.text;
      expect(text).not.toMatch(/\r/);
      const line = text.split('\n').find((l) => l.startsWith('We disclose your'))!;
      expect(line).toContain(`${field('RCPT', shown(p.text))} (United States) for order delivery.`);
    }
    expect(shown('a\r\nb\rc\nd\u2028e')).toBe('a b c d e');
    expect(shown('folded text\n')).toBe('folded text');
  });

  it('render --format text prints the same clauses', async () => {
    const r = await cli(['render', 'templates/mail_each.yaml', '--region', 'eu'], dir);
    expect(r.out).toContain(field('RCPT', '{{#each this}}x{{/each}}'));
    expect(r.out).toContain(field('CTL', shown(ALL)));
  });

  it('findings quote message text as typed, in text, JSON and SARIF', async () => {
    for (const p of PAYLOADS) {
      const f = findings.find((x) => x.template === `msg_${p.id}` && x.ruleId === 'template-length' && x.message.includes('BUTTON'));
      expect(f?.message, p.id).toContain(`"${buttonText(p.text)}"`);
    }
    const text = await cli(['check', 'templates/msg_each.yaml', '--region', 'eu'], dir);
    expect(text.out).toContain(`"${buttonText('{{#each this}}x{{/each}}')}"`);
    const sarif = await cli(['check', 'templates', '--region', 'eu', '--format', 'sarif'], dir);
    const log = JSON.parse(sarif.out) as { runs: Array<{ results: Array<{ message: { text: string } }> }> };
    for (const p of PAYLOADS) expect(log.runs[0]!.results.some((x) => x.message.text.includes(`"${buttonText(p.text)}"`)), p.id).toBe(true);
  });

  it('the cross-check reads the hostile names back: no conflict the flows do not have', () => {
    const conflicts = findings.filter((f) => CROSS_CHECK.includes(f.ruleId));
    expect(conflicts.map((f) => `${f.template} ${f.region} ${f.ruleId}: ${f.message.slice(0, 120)}`)).toEqual([]);
  });
});

describe('Meta JSON carries message text verbatim', () => {
  it('body, header, footer, button and example, also through `disclose meta`', async () => {
    for (const p of PAYLOADS) {
      const metas = JSON.parse(readFileSync(path.join(pack, 'meta', `msg_${p.id}.json`), 'utf8')) as Array<{ region: string; template: { components: Array<{ type: string; text?: string; buttons?: Array<{ text: string }>; example?: { body_text?: string[][] } }> } }>;
      expect(metas.map((m) => m.region)).toEqual(REGIONS);
      for (const m of metas) {
        const c = (type: string) => m.template.components.find((x) => x.type === type)!;
        expect(c('BODY').text, p.id).toBe(`Hello {{1}}, your order shipped. ${field('BODY', p.text)} Thank you.`);
        expect(c('BODY').example!.body_text).toEqual([[field('EXAMPLE', p.text)]]);
        expect(c('HEADER').text).toBe(field('HEADER', p.text));
        expect(c('FOOTER').text).toBe(`${p.text} FOOTER Privacy §6.${PAYLOADS.indexOf(p) + 1}`);
        expect(c('BUTTONS').buttons![0]!.text).toBe(buttonText(p.text));
      }
    }
    const r = await cli(['meta', 'templates/msg_proto.yaml', '--region', 'eu'], dir);
    expect(JSON.parse(r.out).components.find((x: { type: string }) => x.type === 'BODY').text).toBe(`Hello {{1}}, your order shipped. ${field('BODY', '{{constructor.constructor}}')} Thank you.`);
  });
});

describe('HTML: export pages and index escape every payload once', () => {
  it('pages hold only disclose\'s markup; their text is every payload as typed', () => {
    const pages = readdirSync(path.join(pack, 'pages'));
    expect(pages).toHaveLength(PAYLOADS.length * 2);
    // Pack format 5: the clause texts are pages of their own (texts/), held to the same markup.
    // Pack format 7: the flows and the finding texts too (flows/, findings/).
    const texts = ['texts', 'flows', 'findings'].flatMap((d) => {
      const names = readdirSync(path.join(pack, d));
      expect(names.length, d).toBeGreaterThan(0);
      return names.map((n) => `../${d}/${n}`);
    });
    for (const name of [...pages, ...texts]) {
      const html = readFileSync(path.join(pack, 'pages', name), 'utf8');
      expect(htmlProblems(html, { tags: PAGE_TAGS }), name).toEqual([]);
      expect(html.replace(DIAGRAM_IMG, '')).not.toMatch(/<script|<img/i);
      // Each diagram a page shows is a drawing and nothing more: only drawing elements, no script, link or reference.
      for (const m of html.matchAll(DIAGRAM_IMG)) {
        const svg = readFileSync(path.join(pack, m[1]!), 'utf8');
        expect(htmlProblems(svg, { tags: SVG_TAGS }), m[1]).toEqual([]);
        expect(svg, m[1]).not.toMatch(/<script|href|url\(|<foreignObject/i);
      }
    }
    expect(readdirSync(path.join(pack, 'diagrams')).length).toBeGreaterThan(0);
    for (const p of PAYLOADS) {
      const msg = htmlText(readFileSync(path.join(pack, 'pages', `msg_${p.id}.html`), 'utf8'));
      for (const v of [field('BODY', p.text), field('PURPOSE', p.text), `${p.text} FOOTER`]) expect(msg, `${p.id} ${v}`).toContain(v);
      if (p.link) continue;
      // The page with the clause texts and flows it links (the controller is named in the clause's body).
      const page = readFileSync(path.join(pack, 'pages', `mail_${p.id}.html`), 'utf8');
      // (A clause text is linked at its place on its texts page: pack format 8.)
      const linked = [...page.matchAll(/href="\.\.\/((?:texts|flows|findings)\/[0-9a-f]+\.html)(?:#text-[0-9a-f]{16})?"/g)].map((m) => readFileSync(path.join(pack, m[1]!), 'utf8'));
      const mail = htmlText([page, ...linked].join('\n'));
      expect(mail).toContain(field('RCPT', shown(p.text)));
      expect(mail).toContain(field('CTL', shown(ALL)));
    }
  });

  it('escapes in one layer: "&" once, "&amp;" as typed, never "&amp;amp;amp;"', () => {
    const html = readFileSync(path.join(pack, 'pages', 'mail_amp.html'), 'utf8');
    expect(html).toContain('RCPT: Swift &amp; Sure &amp;amp; Co &amp;lt;b&amp;gt;');
    expect(html).not.toContain('&amp;amp;amp;');
    expect(decodeHtml(decodeHtml(html))).not.toContain('RCPT: Swift & Sure &amp; Co');
  });

  it('index.html and the changes section', () => {
    const html = read('pack', 'index.html');
    expect(htmlProblems(html, { tags: PAGE_TAGS }), 'index').toEqual([]);
    expect(htmlText(html)).toContain(field('RCPT', shown('<script>alert(1)</script>')));
  });
});

describe('Markdown: summary.md and changes.md', () => {
  it('summary.md: a count per region and locale, no syntax from the payloads', () => {
    // Counts by region and locale (stop 27: the cells are rows of summary.csv and summary.json, not of
    // summary.md); the review counts and the changes since the earlier pack follow (checked with changes.md).
    const md = read('pack', 'summary.md');
    const lines = md.split('\n## Review')[0]!.split('\n');
    const rows = lines.filter((l) => l.startsWith('| ') && !l.startsWith('| region'));
    expect(rows).toHaveLength(REGIONS.length);
    for (const row of rows) {
      const cells = tableCells(row);
      expect(cells, row).toHaveLength(10);
      expect(markdownSyntax(cells.slice(1, -1).join(' '), [AUTOLINK, /<br>/g]), row).toEqual([]);
    }
    // No payload's footer is written into the counts (the changes section below quotes the diffs, as before).
    expect(lines.join('\n')).not.toContain('FOOTER');
  });

  it('changes.md (and its copy in summary.md): each diff sits in a fence that no text in it closes', () => {
    for (const md of [read('pack', 'changes.md'), read('pack', 'summary.md').split('\n## Changes')[1]!]) {
      const lines = md.split('\n');
      let fences = 0;
      for (let i = 0; i < lines.length; i++) {
        const open = /^(`{3,})diff$/.exec(lines[i]!);
        if (!open) continue;
        fences++;
        const close = lines.indexOf(open[1]!, i + 1);
        expect(close).toBeGreaterThan(i);
        for (const l of lines.slice(i + 1, close)) {
          // Diff lines only; a lone CR of an own footer is inside a line, never a fence of ours.
          expect(l, l).toMatch(/^(?:[ +-]|@@|$)/);
          for (const run of l.match(/`+/g) ?? []) expect(run.length).toBeLessThan(open[1]!.length);
        }
        i = close;
      }
      // Every row changed: one fence holds its footer and clause diffs.
      expect(fences).toBe(PAYLOADS.length * 2 * REGIONS.length);
      for (const p of FREE) expect(lines.some((l) => l.startsWith('+') && l.includes(field('RCPT', shown(p.text)))), p.id).toBe(true);
      expect(md).toMatch(/^````diff$/m);
    }
  });
});

describe('CSV: quoted, formulas defused', () => {
  it('every row parses to 16 fields; a cell starting with = + - @ tab or CR gets an apostrophe', () => {
    const bytes = readFileSync(path.join(pack, 'summary.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(bytes.toString('utf8').slice(1));
    expect(rows[0]).toHaveLength(16);
    const body = rows.slice(1);
    expect(body).toHaveLength(PAYLOADS.length * 2 * REGIONS.length);
    const summary = JSON.parse(read('pack', 'summary.json')) as Array<{ template: string; region: string; footer: string }>;
    for (const row of body) {
      expect(row).toHaveLength(16);
      const json = summary.find((s) => s.template === row[0] && s.region === row[1])!;
      const footer = row[8]!;
      if (CSV_FORMULA.test(json.footer)) expect(footer).toBe(`'${json.footer}`);
      else expect(footer).toBe(json.footer);
      for (const cell of row) expect(CSV_FORMULA.test(cell), cell).toBe(false);
    }
    const cell = (t: string) => body.find((r) => r[0] === t && r[1] === 'eu')![8];
    expect(cell('msg_formula')).toBe(`'=HYPERLINK("https://evil.example","x") FOOTER Privacy §6.16`);
    expect(cell('msg_tab')).toBe("'\t=1+2 FOOTER Privacy §6.20");
    expect(cell('msg_crlf')).toBe('say "hi", then\r\nnext line\rlone CR FOOTER Privacy §6.15');
  });

  it('summary.json and findings.sarif stay valid JSON with the literal strings', () => {
    const summary = JSON.parse(read('pack', 'summary.json')) as Array<{ template: string; footer: string }>;
    for (const p of PAYLOADS) expect(summary.find((s) => s.template === `msg_${p.id}`)!.footer).toBe(`${p.text} FOOTER Privacy §6.${PAYLOADS.indexOf(p) + 1}`);
    const sarif = JSON.parse(read('pack', 'findings.sarif')) as { runs: Array<{ results: Array<{ message: { text: string } }> }> };
    expect(sarif.runs[0]!.results.some((r) => r.message.text.includes(buttonText('"><img src=x onerror=alert(1)>')))).toBe(true);
  });
});

describe('policies: init-policy and sync write every payload escaped, and read it back', () => {
  const policies: Record<string, string> = {};
  beforeAll(async () => {
    mkdirSync(path.join(dir, 'policies'), { recursive: true });
    for (const [region, format] of [['eu', 'md'], ['eu', 'html'], ['china', 'md']] as const) {
      const file = path.join('policies', `${region}.${format}`);
      const r = await cli(['init-policy', '--region', region, '--templates', 'templates', '--format', format === 'md' ? 'md' : 'html', '--out', file], dir);
      expect(r.code, r.err).toBe(0);
      policies[`${region}.${format}`] = read(file);
    }
  });

  it('sync finds every policy in sync and the clauses conflict-free', async () => {
    for (const name of Object.keys(policies)) {
      const r = await cli(['sync', path.join('policies', name), '--templates', 'templates'], dir);
      expect(r.out, name).toBe('');
      expect(r.code, `${name}: ${r.err}`).toBe(0);
    }
    const r = await cli(['check', 'templates', '--region', 'eu', '--policy', 'policies/eu.md', '--policy', 'policies/eu.html', '--format', 'json'], dir);
    const conflicts = (JSON.parse(r.out) as Finding[]).filter((f) => CROSS_CHECK.includes(f.ruleId));
    expect(conflicts.map((f) => `${f.template}: ${f.message.slice(0, 120)}`)).toEqual([]);
  });

  it('Markdown: the markers are disclose\'s own, no syntax comes from the payloads, and the text reads back as rendered', () => {
    for (const name of ['eu.md', 'china.md']) {
      const md = policies[name]!;
      const doc = parsePolicy(md, name);
      expect(doc.blocks).toHaveLength(PAYLOADS.length * 2);
      expect(doc.headings).toHaveLength(PAYLOADS.length * 2 + 1);
      const structure = [MARKERS, AUTOLINK, /^---\n(?:[a-z]+: [\w-]+\n)+---\n/, /^#{1,2} /gm];
      expect(markdownSyntax(md, structure), name).toEqual([]);
      expect(md).not.toMatch(/javascript:/i);
      // The title names the controller on one line, whatever line breaks its name holds.
      const lines = md.split('\n');
      const title = lines.findIndex((l) => l.startsWith('# '));
      expect(lines[title]).toMatch(/^# .+ — CTL: .* J\. Smith Logistics; Ltd\\! .*\\\|$/);
      expect(lines[title + 1]).toBe('');
      const region = name.split('.')[0]!;
      for (const p of FREE) {
        const block = doc.blocks.find((b) => b.id === `mail-${p.id.replace(/_/g, '-')}`)!;
        const text = plainTextMapped(doc, block.contentStart, block.contentEnd).text;
        expect(text, `${name} ${p.id}`).toContain(field('RCPT', shown(p.text)));
        const body = clauseOf(`mail_${p.id}`, region).clause.text.split('\n').slice(1);
        expect(text.split('\n').filter((l) => l.trim()), `${name} ${p.id}`).toEqual(body);
      }
    }
    expect(policies['eu.md']).toContain('\\!\\[x\\](https://evil.example/x.png)');
    expect(policies['eu.md']).toContain('&lt;\\!-- /disclose:clause --&gt;');
  });

  it('HTML: only disclose\'s elements and markers; the text is every payload, escaped once', () => {
    const html = policies['eu.html']!;
    expect(html).toMatch(/\n<h1>Privacy policy — CTL: [^\n]*\|<\/h1>\n/);
    expect(htmlProblems(html, { tags: POLICY_TAGS, comment: POLICY_COMMENT })).toEqual([]);
    expect((html.match(/<!--/g) ?? []).length).toBe(1 + PAYLOADS.length * 2 * 2);
    const doc = parsePolicy(html, 'eu.html');
    expect(doc.blocks).toHaveLength(PAYLOADS.length * 2);
    for (const p of FREE) {
      const block = doc.blocks.find((b) => b.id === `mail-${p.id.replace(/_/g, '-')}`)!;
      expect(plainTextMapped(doc, block.contentStart, block.contentEnd).text).toContain(field('RCPT', shown(p.text)));
      expect(htmlText(html)).toContain(field('TITLE', shown(p.text)));
    }
    expect(html).toContain('RCPT: Swift &amp; Sure &amp;amp; Co &amp;lt;b&amp;gt;');
    expect(html).not.toContain('&amp;amp;amp;');
  });
});
