/** `disclose sync` and `disclose init-policy` end to end, on a copy of the examples. */
import { readFileSync, writeFileSync, mkdirSync, existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { copyExamples } from '../helpers/tree.js';
import { ROOT } from '../helpers/examples.js';
import { parsePolicy, numberAt } from '../../src/policy/document.js';
import { policyClauseFor } from '../../src/policy/clause-for.js';
import { openProject } from '../../src/project.js';

interface Workspace {
  dir: string;
  templates: string;
  policy(name: string): string;
  read(name: string): string;
  write(name: string, text: string): void;
  edit(file: string, from: string | RegExp, to: string): void;
}

function workspace(): Workspace {
  const dir = copyExamples();
  mkdirSync(path.join(dir, 'policies'));
  const policy = (name: string) => path.join(dir, 'policies', name);
  return {
    dir,
    templates: path.join(dir, 'templates'),
    policy,
    read: (name) => readFileSync(policy(name), 'utf8'),
    write: (name, text) => writeFileSync(policy(name), text),
    edit(file, from, to) {
      const text = readFileSync(file, 'utf8');
      const next = text.replace(from, to);
      if (next === text) throw new Error(`no change in ${file}`);
      writeFileSync(file, next);
    },
  };
}

const sync = (w: Workspace, ...args: string[]) => cli(['sync', ...args, '--templates', w.templates], w.dir);
const init = (w: Workspace, name: string, ...args: string[]) => cli(['init-policy', '--templates', w.templates, '--out', w.policy(name), ...args], w.dir);

describe('init-policy', () => {
  it('prints a policy with front matter, a title and one numbered heading and block per clause id', async () => {
    const w = workspace();
    const r = await cli(['init-policy', '--region', 'eu', '--templates', w.templates], w.dir);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^---\nregion: eu\nlocale: en\n---\n\n# Privacy policy — Nordlicht Commerce GmbH\n/);
    const doc = parsePolicy(r.out, 'p.md');
    expect(doc.blocks.map((b) => [b.id, numberAt(doc, b.openStart)])).toEqual([
      ['delivery', '5.2'],
      ['payments', '5.3'],
      ['sign-in', '5.4'],
      ['appointments', '5.5'],
      ['support', '5.6'],
      // examples/templates/service_hours_notice.yaml (issue 16: a template with only the channel's flows)
      ['service-updates', '5.7'],
      ['marketing', '6.1'],
    ]);
    expect(doc.headings.map((h) => h.title)).toContain('Order delivery');
    for (const b of doc.blocks) expect(b.attrs['sha256']).toMatch(/^[0-9a-f]{16}$/);
  });
  it('writes HTML with a header marker, and the file is in sync', async () => {
    const w = workspace();
    expect((await init(w, 'ca.html', '--region', 'california')).code).toBe(0);
    const text = w.read('ca.html');
    expect(text).toMatch(/<!-- disclose:policy region=california locale=en -->/);
    expect(text).toMatch(/<h2>5\.2 Order delivery<\/h2>\n<!-- disclose:clause id=delivery sha256=[0-9a-f]{16} -->\n<p>/);
    const r = await sync(w, w.policy('ca.html'));
    expect(r).toMatchObject({ code: 0, out: '' });
  });
  it('refuses to replace a file unless --force, and rejects a format that does not match the name', async () => {
    const w = workspace();
    await init(w, 'eu.md', '--region', 'eu');
    expect((await init(w, 'eu.md', '--region', 'eu')).code).toBe(2);
    expect((await init(w, 'eu.md', '--region', 'eu', '--force')).code).toBe(0);
    const r = await init(w, 'x.md', '--region', 'eu', '--format', 'html');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/does not match the file name/);
  });
  it('numbers clauses without a number after the highest one', async () => {
    const w = workspace();
    w.edit(path.join(w.templates, 'marketing_promotion.yaml'), 'number: "6.1", ', '');
    w.edit(path.join(w.templates, 'support_followup.yaml'), 'number: "5.6"', 'number: "5.2"');
    const r = await cli(['init-policy', '--region', 'sg', '--templates', w.templates], w.dir);
    const doc = parsePolicy(r.out, 'p.md');
    expect(doc.blocks.map((b) => `${b.id} ${numberAt(doc, b.openStart)}`)).toEqual(['delivery 5.2', 'payments 5.3', 'sign-in 5.4', 'appointments 5.5', 'service-updates 5.7', 'marketing 5.8', 'support 5.9']);
  });
});

describe('sync --check and --write', () => {
  let w: Workspace;
  beforeAll(async () => {
    w = workspace();
    await init(w, 'eu.md', '--region', 'eu');
  });

  it('exits 0 and prints nothing on stdout when in sync', async () => {
    const r = await sync(w, w.policy('eu.md'));
    expect(r.code).toBe(0);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/sync: 1 policy, 0 out of date, 7 clauses in sync/);
  });
  it('prints a unified diff and exits 1 when a clause is out of date; --write rewrites it; then it is in sync', async () => {
    const before = w.read('eu.md');
    w.edit(path.join(w.templates, 'order_shipped.yaml'), 'retention: { value: 180, unit: day, from: delivery }', 'retention: { value: 90, unit: day, from: delivery }');
    const r = await sync(w, w.policy('eu.md'), '--check');
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^--- a\/policies\/eu\.md\n\+\+\+ b\/policies\/eu\.md\n@@ /m);
    expect(r.out).toMatch(/^-For order delivery, we keep your name, phone number, and postal address for 180 days from delivery of the order\.$/m);
    expect(r.out).toMatch(/^\+For order delivery, we keep your name, phone number, and postal address for 90 days from delivery of the order\.$/m);
    expect(r.err).toMatch(/policies\/eu\.md:\d+:1: clause "delivery" \(§5\.2\) is out of date/);
    expect(w.read('eu.md')).toBe(before);
    const wr = await sync(w, w.policy('eu.md'), '--write');
    expect(wr.code).toBe(0);
    expect(wr.out).toBe('');
    expect(w.read('eu.md')).toContain('for 90 days from delivery');
    expect(readdirSync(path.join(w.dir, 'policies'))).toEqual(['eu.md']);
    expect((await sync(w, w.policy('eu.md'))).code).toBe(0);
  });
  it('rejects --check with --write, and --heading without --add-missing', async () => {
    expect((await sync(w, w.policy('eu.md'), '--check', '--write')).code).toBe(2);
    expect((await sync(w, w.policy('eu.md'), '--heading', 'x')).code).toBe(2);
  });
});

describe('hand edits', () => {
  it('an edited block is not overwritten, is cross-checked and reported; --force overwrites it', async () => {
    const w = workspace();
    await init(w, 'eu.md', '--region', 'eu');
    const original = w.read('eu.md');
    // A lawyer drops the courier and changes a retention period.
    const edited = original
      .replace(/We disclose your name, phone number, and postal address to courier SwiftShip Logistics \(United States\) for order delivery\.\n\n/, '')
      .replace('for 180 days from delivery', 'for 90 days from delivery');
    w.write('eu.md', edited);
    for (const mode of ['--check', '--write']) {
      const r = await sync(w, w.policy('eu.md'), mode);
      expect(r.code).toBe(1);
      expect(r.err).toMatch(/clause "delivery" \(§5\.2\) was edited by hand \(its text no longer matches the fingerprint in its marker\); kept/);
      expect(r.out).not.toMatch(/^\+\+\+ /m);
      expect(r.out).toMatch(/\[disclosure-omitted\] \(order_shipped · eu · en\)/);
      // Messages name data and recipients by their labels (issue 16); the JSON data keeps the keys.
      expect(r.out).toMatch(/share your name with courier SwiftShip Logistics \(United States\) for order delivery/);
      expect(r.out).toMatch(/retention period differs: the flows declare "keep your name for 180 days from delivery of the order", the text says "keep your name for 90 days from delivery of the order"\s+\[retention-mismatch\]/);
      // Findings point into the policy where the edited text is.
      expect(r.out).toMatch(/policies\/eu\.md:\d+:1 +error +retention period differs/);
      expect(w.read('eu.md')).toBe(edited);
    }
    const forced = await sync(w, w.policy('eu.md'), '--write', '--force');
    expect(forced.code).toBe(0);
    expect(forced.err).toMatch(/was edited by hand; overwritten \(--force\)/);
    expect(w.read('eu.md')).toBe(original);
  });
  it('text between markers with no fingerprint is kept as hand-written; empty markers are filled', async () => {
    const w = workspace();
    const head = '---\nregion: eu\nlocale: en\n---\n# Policy\n';
    w.write('eu.md', `${head}## 5.2 Delivery\n<!-- disclose:clause id=delivery -->\nOur own words.\n<!-- /disclose:clause -->\n## 5.3 Payments\n<!-- disclose:clause id=payments -->\n<!-- /disclose:clause -->\n`);
    const r = await sync(w, w.policy('eu.md'), '--write');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/clause "delivery" \(§5\.2\) was edited by hand \(its marker carries no fingerprint/);
    expect(r.err).toMatch(/updated clause "payments" \(§5\.3\)/);
    const text = w.read('eu.md');
    expect(text).toContain('<!-- disclose:clause id=delivery -->\nOur own words.\n<!-- /disclose:clause -->');
    expect(text).toMatch(/<!-- disclose:clause id=payments sha256=[0-9a-f]{16} -->\nController: /);
  });
});

describe('numbering', () => {
  it('a renumbered heading gives the new number to the footer, and a stale template number is a finding in sync and check --policy', async () => {
    const w = workspace();
    await init(w, 'sg.md', '--region', 'sg');
    w.edit(w.policy('sg.md'), '## 5.3 Payments and receipts', '## 5.8 Payments and receipts');
    const r = await sync(w, w.policy('sg.md'));
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/payment_receipt\.yaml:\d+:\d+ +error +the template gives clause\.number §5\.3 but the policy numbers the clause "payments" §5\.8 +\[clause-reference-mismatch\]/);
    const c = await cli(['check', w.templates, '--policy', w.policy('sg.md')], w.dir);
    expect(c.code).toBe(1);
    expect(c.out).toMatch(/the template gives clause\.number §5\.3 but the policy numbers the clause "payments" §5\.8 +\[clause-reference-mismatch\]/);
    // The footer rendered against the policy cites the real number.
    const project = openProject({ orgFile: path.join(w.dir, 'organization.yaml') });
    const t = project.loadTemplate(path.join(w.templates, 'payment_receipt.yaml'));
    const doc = parsePolicy(w.read('sg.md'), w.policy('sg.md'));
    const out = project.render(t, project.targets(['sg'])[0]!, policyClauseFor(doc, t));
    expect(out.footer.text).toMatch(/§5\.8/);
    // Fixing the template's number clears it.
    w.edit(path.join(w.templates, 'payment_receipt.yaml'), 'number: "5.3"', 'number: "5.8"');
    expect((await sync(w, w.policy('sg.md'))).code).toBe(0);
  });
  it('a footer of the template\'s own that cites a stale number is reported', async () => {
    const w = workspace();
    await init(w, 'eu.md', '--region', 'eu');
    w.edit(path.join(w.templates, 'payment_receipt.yaml'), 'header: Your Nordlicht receipt', 'header: Your Nordlicht receipt\nfooter: "How we use your payment data: Privacy §5.3"');
    w.edit(w.policy('eu.md'), '## 5.3 Payments and receipts', '## 5.9 Payments and receipts');
    const r = await sync(w, w.policy('eu.md'));
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/the footer cites §5\.3 but the clause "payments" is §5\.9/);
  });
  it('a companion version inside the block carries the new number (Malaysia, English with the Malay version)', async () => {
    const w = workspace();
    await init(w, 'my.md', '--region', 'my', '--locale', 'en');
    const text = w.read('my.md');
    const doc = parsePolicy(text, 'my.md');
    const b = doc.blocks.find((x) => x.id === 'delivery')!;
    const content = text.slice(b.contentStart, b.contentEnd);
    expect(content).toMatch(/\n\nVersi Bahasa Melayu\n\n5\.2 Penghantaran pesanan\n\n/);
    w.edit(w.policy('my.md'), '## 5.2 Order delivery', '## 7.2 Order delivery');
    const r = await sync(w, w.policy('my.md'), '--write');
    expect(r.code).toBe(1); // the template still says 5.2
    expect(w.read('my.md')).toMatch(/\n7\.2 Penghantaran pesanan\n/);
  });
});

describe('malformed markers: E_POLICY_MARKER with line and column, exit 2, nothing written', () => {
  const head = '---\nregion: eu\nlocale: en\n---\n# Policy\n## 5.2 Delivery\n<!-- disclose:clause id=delivery -->\n<!-- /disclose:clause -->\n';
  const cases: Array<[string, string, number, number, RegExp]> = [
    ['unclosed', `${head}## 5.3 Payments\n  <!-- disclose:clause id=payments -->\ntext\n`, 10, 3, /managed clause "payments" is not closed/],
    ['nested', `${head}<!-- disclose:clause id=payments -->\n<!-- disclose:clause id=support -->\n<!-- /disclose:clause -->\n<!-- /disclose:clause -->\n`, 10, 1, /opens inside another one/],
    ['duplicate id', `${head}## 5.9 Again\nx <!-- disclose:clause id=delivery -->\n<!-- /disclose:clause -->\n`, 10, 3, /clause id "delivery" is used twice \(first at line 7\)/],
    ['unknown id', `${head}## 9 Other\n<!-- disclose:clause id=newsletter -->\n<!-- /disclose:clause -->\n`, 10, 1, /managed clause "newsletter" matches no template/],
    ['closing marker alone', `${head}text <!-- /disclose:clause -->\n`, 9, 6, /closing clause marker has no opening marker/],
    ['no id', `${head}<!-- disclose:clause -->\n<!-- /disclose:clause -->\n`, 9, 1, /has no id/],
    // Found by the sync fuzz test: each of these let a sync overwrite or swallow the document's own text.
    ['a marker that swallows the next one', `${head}<!-- disclose:clause id=payments - ->\ntext\n<!-- /disclose:clause -->\n`, 9, 1, /a managed clause marker is not closed with "-->"/],
    ['the policy marker inside a managed clause', `${head}<!-- disclose:clause id=payments -->\n<!-- disclose:policy region=eu locale=en -->\n<!-- /disclose:clause -->\n`, 10, 1, /disclose:policy marker is inside managed clause "payments"/],
    ['a second policy marker', `<!-- disclose:policy region=eu locale=en -->\n${head}<!-- disclose:policy region=eu locale=de -->\n`, 10, 1, /second disclose:policy marker/],
    ['front matter that ends inside a managed clause', `---\nregion: eu\n<!-- disclose:clause id=delivery -->\nlocale: en\n---\n<!-- /disclose:clause -->\n`, 3, 1, /front matter ends inside managed clause "delivery"/],
  ];
  for (const [name, text, line, column, message] of cases) {
    it(name, async () => {
      const w = workspace();
      w.write('bad.md', text);
      // A second policy that is out of date: it must not be written either.
      await init(w, 'good.md', '--region', 'eu');
      const good = w.read('good.md').replace(/180 days/, '1 day');
      w.write('good.md', good.replace(/sha256=[0-9a-f]+/, (m) => m));
      const goodBefore = readFileSync(w.policy('good.md'));
      const r = await sync(w, w.policy('good.md'), w.policy('bad.md'), '--write', '--force');
      expect(r.code).toBe(2);
      expect(r.err).toContain(`policies/bad.md:${line}:${column}: error: `);
      expect(r.err).toMatch(message);
      expect(r.err).toMatch(/\[E_POLICY_MARKER\]/);
      expect(w.read('bad.md')).toBe(text);
      expect(readFileSync(w.policy('good.md'))).toEqual(goodBefore);
      expect(readdirSync(path.join(w.dir, 'policies')).sort()).toEqual(['bad.md', 'good.md']);
    });
  }
  it('a policy that does not say its region, with no --region: a usage error that asks for it (issue 18)', async () => {
    const w = workspace();
    w.write('bare.md', '# Policy\n');
    const r = await sync(w, w.policy('bare.md'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/bare\.md:1:1: error: the policy does not say its region \(it reads as an undetected language\) \[E_USAGE\]/);
    expect(r.err).toMatch(/Pass --region <id>/);
  });
  it('an unknown region or locale points at the value that names it', async () => {
    const w = workspace();
    w.write('xx.md', '---\ntitle: Policy\nregion: atlantis\nlocale: en\n---\n# Policy\n');
    w.write('de.md', '<!-- disclose:policy region=california locale=de -->\n# Policy\n');
    const r1 = await sync(w, w.policy('xx.md'));
    expect(r1.code).toBe(2);
    expect(r1.err).toMatch(/policies\/xx\.md:3:9: error: .*atlantis.* \[E_UNKNOWN_REGION\]/);
    const r2 = await sync(w, w.policy('de.md'));
    expect(r2.code).toBe(2);
    expect(r2.err).toMatch(/policies\/de\.md:1:1: error: .* \[E_UNKNOWN_LOCALE\]/);
  });
});

describe('HTML documents', () => {
  it('escapes user strings exactly once and reads them back without findings', async () => {
    const w = workspace();
    w.edit(path.join(w.dir, 'organization.yaml'), 'name: Nordlicht Commerce GmbH', 'name: "Nordlicht & Söhne <GmbH>"');
    w.edit(path.join(w.templates, 'order_shipped.yaml'), 'name: SwiftShip Logistics', 'name: "Swift & Sure"');
    w.edit(path.join(w.templates, 'order_shipped.yaml'), 'SwiftShip Logistics will', 'Swift & Sure will');
    expect((await init(w, 'eu.html', '--region', 'eu')).code).toBe(0);
    const text = w.read('eu.html');
    expect(text).toContain('<p>Controller: Nordlicht &amp; Söhne &lt;GmbH&gt;, Friedrichstraße 100');
    expect(text).toContain('We disclose your name, phone number, and postal address to courier Swift &amp; Sure (United States)');
    expect(text).toContain('<title>Privacy policy — Nordlicht &amp; Söhne &lt;GmbH&gt;</title>');
    expect(text).not.toMatch(/&amp;(amp|lt|gt);/);
    const r = await sync(w, w.policy('eu.html'));
    expect(r).toMatchObject({ code: 0, out: '' });
    expect((await cli(['check', w.templates, '--policy', w.policy('eu.html')], w.dir)).code).toBe(0);
  });
  it('keeps indentation, CRLF and the rest of a hand-written page; a hand edit in HTML is read back', async () => {
    const w = workspace();
    const page = [
      '\uFEFF<!DOCTYPE html>',
      '<html lang="en">',
      '<body>',
      '  <!-- disclose:policy region=eu locale=en -->',
      '  <main>',
      '    <h2>5.2 Order delivery</h2>',
      '    <!-- disclose:clause id=delivery -->',
      '    <!-- /disclose:clause -->',
      '    <p>Hand-written text &copy; stays.</p>',
      '  </main>',
      '</body>',
      '</html>',
    ].join('\r\n');
    w.write('eu.html', page);
    const r = await sync(w, w.policy('eu.html'), '--write', '--add-missing');
    // Added after 5.2 in the templates' order: 5.3 … 5.8; marketing is 6.1 in its template.
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/the template gives clause\.number §6\.1 but the policy numbers the clause "marketing" §5\.8/);
    const text = w.read('eu.html');
    expect(text.startsWith('\uFEFF<!DOCTYPE html>\r\n')).toBe(true);
    expect(text).toMatch(/\r\n {4}<!-- disclose:clause id=delivery sha256=[0-9a-f]{16} -->\r\n {4}<p>Controller: /);
    expect(text).toContain('</p>\r\n    <!-- /disclose:clause -->\r\n    <p>Hand-written text &copy; stays.</p>\r\n  </main>\r\n');
    expect(text.replace(/\r\n/g, '')).toBe(text.replace(/\r\n/g, '').replace(/\r|\n/g, ''));
    expect(text.endsWith('</body>\r\n</html>')).toBe(true);
    // The missing clauses went in before </body>, numbered after 5.2.
    expect(text).toMatch(/ {4}<h2>5\.3 Payments and receipts<\/h2>\r\n {4}<!-- disclose:clause id=payments/);
    expect((await sync(w, w.policy('eu.html'))).out).not.toMatch(/^\+\+\+ /m);
    // A hand edit that drops the courier.
    w.write('eu.html', text.replace(/ {4}<p>We disclose your name, phone number, and postal address to courier SwiftShip Logistics[^\r]*\r\n/, ''));
    const e = await sync(w, w.policy('eu.html'));
    expect(e.code).toBe(1);
    expect(e.err).toMatch(/eu\.html:7:5: clause "delivery" \(§5\.2\) was edited by hand/);
    expect(e.out).toMatch(/\[disclosure-omitted\]/);
  });
});

describe('--add-missing', () => {
  const base = (w: Workspace) => {
    const full = w.read('eu.md');
    // Keep delivery and payments; the rest go, and the document gets a section heading and an ending.
    const cut = full.indexOf('## 5.4 ');
    return full.slice(0, cut).replace('# Privacy policy — Nordlicht Commerce GmbH\n', '# Privacy policy — Nordlicht Commerce GmbH\n\n## 5 How we use your data\n') + '## 8 Contact\n\nWrite to privacy@nordlicht.example.';
  };
  it('reports each missing clause with the block to insert, and exits 1', async () => {
    const w = workspace();
    await init(w, 'eu.md', '--region', 'eu');
    const text = base(w);
    w.write('eu.md', text);
    const r = await sync(w, w.policy('eu.md'));
    expect(r.code).toBe(1);
    expect(r.out).not.toMatch(/^\+\+\+ /m);
    expect(r.err).toMatch(/clause "support" \(§11\) \(templates: support_followup\) has no managed block; insert this, or run with --write --add-missing:\n## 11 Customer support\n\n<!-- disclose:clause id=support sha256=[0-9a-f]{16} -->\nController: /);
    expect(r.out).toMatch(/\[policy-clause-missing\]/);
    expect(w.read('eu.md')).toBe(text);
  });
  it('--write --add-missing appends at the end of the document, numbered after the last heading; the trailing-newline absence is kept', async () => {
    const w = workspace();
    await init(w, 'eu.md', '--region', 'eu');
    const text = base(w);
    w.write('eu.md', text);
    const r = await sync(w, w.policy('eu.md'), '--write', '--add-missing');
    const after = w.read('eu.md');
    expect(after.startsWith(text)).toBe(true);
    expect(after.endsWith('<!-- /disclose:clause -->')).toBe(true);
    expect(after.slice(text.length)).toMatch(/^\n\n## 9 Sign-in verification\n\n<!-- disclose:clause id=sign-in /);
    // The templates still say 5.4, 5.5, 5.6 and 6.1: stale numbers are findings.
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/the template gives clause\.number §5\.4 but the policy numbers the clause "sign-in" §9/);
    expect((await sync(w, w.policy('eu.md'), '--write', '--add-missing')).err).toMatch(/0 written, 7 clauses in sync/);
  });
  it('--heading puts them at the end of that section with the next free numbers', async () => {
    const w = workspace();
    await init(w, 'eu.md', '--region', 'eu');
    w.write('eu.md', base(w));
    const r = await sync(w, w.policy('eu.md'), '--write', '--add-missing', '--heading', 'How we use your data');
    const after = w.read('eu.md');
    const doc = parsePolicy(after, 'eu.md');
    expect(doc.blocks.map((b) => `${b.id} ${numberAt(doc, b.openStart)}`)).toEqual(['delivery 5.2', 'payments 5.3', 'sign-in 5.4', 'appointments 5.5', 'support 5.6', 'service-updates 5.7', 'marketing 5.8']);
    expect(after).toMatch(/<!-- \/disclose:clause -->\n\n## 8 Contact\n\nWrite to privacy@nordlicht\.example\.$/);
    expect(r.code).toBe(1); // marketing is 6.1 in its template
    expect(r.out).toMatch(/clause\.number §6\.1 but the policy numbers the clause "marketing" §5\.8/);
    expect(r.out).not.toMatch(/"sign-in"|"appointments"|"support"/);
  });
  it('--check --add-missing shows the insertion as a diff', async () => {
    const w = workspace();
    await init(w, 'eu.md', '--region', 'eu');
    w.write('eu.md', base(w));
    const r = await sync(w, w.policy('eu.md'), '--add-missing', '--heading', '5');
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^\+## 5\.4 Sign-in verification$/m);
    expect(r.err).toMatch(/--write --add-missing adds it as shown/);
  });
});

describe('project config', () => {
  it('takes the templates and policies from disclose.config.yaml when none are given', async () => {
    const w = workspace();
    await init(w, 'eu.md', '--region', 'eu');
    writeFileSync(path.join(w.dir, 'disclose.config.yaml'), 'templates: [templates]\npolicies: ["policies/*.md"]\n');
    expect(await cli(['sync'], w.dir)).toMatchObject({ code: 0, out: '' });
    w.edit(w.policy('eu.md'), /sha256=[0-9a-f]+/, 'sha256=0000000000000000');
    expect((await cli(['sync'], w.dir)).code).toBe(1);
    const none = await cli(['sync', '--no-config', '--templates', w.templates], w.dir);
    expect(none.code).toBe(2);
    expect(none.err).toMatch(/no policy documents given/);
  });
});

describe('files on disk', () => {
  const lineArb = fc.string({ unit: 'binary', maxLength: 30 }).filter((x) => !/[\r\n]/.test(x) && !/disclose/i.test(x));
  const textArb = fc.array(fc.tuple(lineArb, fc.constantFrom('\n', '\r\n')), { maxLength: 4 }).map((ls) => ls.map(([l, e]) => l + e).join(''));
  it('keeps every byte outside the blocks through read and atomic write, and a second --write changes nothing', async () => {
    const w = workspace();
    await fc.assert(
      fc.asyncProperty(fc.boolean(), textArb, textArb, fc.constantFrom('', '\n', '\r\n'), async (bom, before, after, end) => {
        const head = `${bom ? '\uFEFF' : ''}<!-- disclose:policy region=eu locale=en -->\r\n${before}## 5.2 Order delivery\n`;
        const tail = `${after}${end}`;
        w.write('p.md', `${head}<!-- disclose:clause id=delivery -->\n<!-- /disclose:clause -->${tail}`);
        const raw = readFileSync(w.policy('p.md'));
        await sync(w, w.policy('p.md'), '--write');
        const written = readFileSync(w.policy('p.md'));
        const headBytes = Buffer.from(head, 'utf8');
        const tailBytes = Buffer.from(`<!-- /disclose:clause -->${tail}`, 'utf8');
        expect(written.subarray(0, headBytes.length)).toEqual(raw.subarray(0, headBytes.length));
        expect(written.subarray(written.length - tailBytes.length)).toEqual(tailBytes);
        await sync(w, w.policy('p.md'), '--write');
        expect(readFileSync(w.policy('p.md'))).toEqual(written);
      }),
      { numRuns: 15 },
    );
  });
  it('refuses a file that is not UTF-8', async () => {
    const w = workspace();
    writeFileSync(w.policy('latin1.md'), Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xe9, 0x0a]));
    const r = await sync(w, w.policy('latin1.md'), '--write');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/not valid UTF-8/);
  });
});

describe('the example policies', () => {
  it('are in sync with the example templates', async () => {
    const dir = path.join(ROOT, 'examples', 'policies');
    const files = readdirSync(dir).map((f) => path.join(dir, f));
    expect(files.map((f) => path.basename(f)).sort()).toEqual(expect.arrayContaining(['california.en.html', 'eu.en.md', 'sea.en.md']));
    const r = await cli(['sync', ...files, '--templates', 'examples/templates', '--check']);
    expect(r.out).toBe('');
    expect(r.code).toBe(0);
  });
  it('include china in zh-CN once its wording exists', () => {
    if (!existsSync(path.join(ROOT, 'locales', 'zh-CN', 'wording.yaml'))) return;
    expect(existsSync(path.join(ROOT, 'examples', 'policies', 'china.zh-CN.md'))).toBe(true);
  });
});
