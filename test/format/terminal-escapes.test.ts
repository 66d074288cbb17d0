/**
 * Issue 21, item 5: no text output drives the terminal. A hand-written footer, a policy's text and
 * a file name carrying OSC 8 links, ESC[2J, a bare carriage return and U+202E are printed with
 * those characters as \uXXXX escapes, by render, sync --check (diff and notes), findings, errors
 * and the JSON formats (which stay valid JSON of the same value).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { copyExamples } from '../helpers/tree.js';
import { printable, printableJson } from '../../src/format/printable.js';

const OSC8 = '\u001b]8;;https://evil.example\u0007click\u001b]8;;\u0007';
const CLEAR = '\u001b[2J';
const CR = 'Fake footer\r';
const RLO = '\u202Egnp.exe';
const HOSTILE = [OSC8, CLEAR, CR, RLO, '\u0085', '\u2066x\u2069', '\u200F', '\u061C'];
/** Anything that would act on a terminal: what printable escapes. */
const RAW = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]|\r(?!\n)/;

describe('printable', () => {
  it('escapes C0 (but tab, line feed and CRLF), DEL, C1, bidirectional marks and line separators', () => {
    expect(printable('a\tb\nc\r\nd')).toBe('a\tb\nc\r\nd');
    expect(printable(`${CLEAR}${CR}x`)).toBe('\\u001b[2JFake footer\\u000dx');
    expect(printable(RLO)).toBe('\\u202egnp.exe');
    expect(printable('\u0085\u009b\u007f\u2028\u2029\u200e\u061c\u2066\u2069')).toBe('\\u0085\\u009b\\u007f\\u2028\\u2029\\u200e\\u061c\\u2066\\u2069');
    for (const h of HOSTILE) expect(printable(h)).not.toMatch(RAW);
  });
  it('printableJson keeps the value', () => {
    const value = { s: HOSTILE.join('|') };
    const json = printableJson(JSON.stringify(value));
    expect(json).not.toMatch(RAW);
    expect(JSON.parse(json)).toEqual(value);
  });
});

function workspace(): string {
  const dir = copyExamples();
  const t = path.join(dir, 'templates', 'order_shipped.yaml');
  // The loader refuses ESC and most C0 in values (E_ENCODING); a carriage return, C1 and
  // direction marks get through to the output.
  const footer = JSON.stringify(`Reply STOP to opt out.\rFake footer ${RLO} \u0085 \u2066x\u2069`);
  writeFileSync(t, readFileSync(t, 'utf8').replace('clause: {', `footer: ${footer}\nclause: {`));
  return dir;
}

describe('the CLI never prints a control or direction character from its input', () => {
  it('render (text and json) with a hand-written footer', async () => {
    const dir = workspace();
    const r = await cli(['render', 'templates/order_shipped.yaml', '--region', 'sg'], dir);
    expect(r.out).toContain('opt out.\\u000dFake footer');
    expect(r.out).toContain('\\u202egnp.exe');
    expect(r.out).not.toMatch(RAW);
    expect(r.err).not.toMatch(RAW);
    const j = await cli(['render', 'templates/order_shipped.yaml', '--region', 'sg', '--format', 'json'], dir);
    expect(j.out).not.toMatch(RAW);
    expect(JSON.parse(j.out).footer.text).toContain(RLO);
  });

  it('check (text, json, sarif)', async () => {
    const dir = workspace();
    for (const format of ['text', 'json', 'sarif']) {
      const r = await cli(['check', 'templates/order_shipped.yaml', '--region', 'sg', '--format', format], dir);
      expect(r.out, format).not.toMatch(RAW);
      expect(r.err, format).not.toMatch(RAW);
    }
  });

  it('sync --check: the diff, the notes and the file name', async () => {
    const dir = copyExamples();
    mkdirSync(path.join(dir, 'policies'));
    const name = `p\u202Edm.\u001b[2J${'\r'}x.md`;
    const policy = path.join(dir, 'policies', name);
    const init = await cli(['init-policy', '--region', 'sg', '--templates', 'templates', '--out', policy], dir);
    expect(init.code).toBe(0);
    expect(init.err).not.toMatch(RAW);
    // Hostile text inside a managed block (edited by hand) and outside it.
    const text = readFileSync(policy, 'utf8');
    writeFileSync(policy, text.replace(/(<!-- disclose:clause id=delivery [^\n]*-->\n)/, `$1${OSC8} ${CLEAR} ${CR}${RLO}\n`) + `\n${HOSTILE.join(' ')}\n`);
    const t = path.join(dir, 'templates', 'order_shipped.yaml');
    writeFileSync(t, readFileSync(t, 'utf8').replace('value: 180', 'value: 90'));
    const r = await cli(['sync', '--check', '--templates', 'templates', policy, '--force'], dir);
    expect(r.out).toMatch(/^--- a\/policies\/p\\u202edm\.\\u001b\[2J\\u000dx\.md$/m);
    expect(r.out).toContain('\\u202egnp.exe');
    expect(r.out).not.toMatch(RAW);
    expect(r.err).not.toMatch(RAW);
    const plain = await cli(['sync', '--check', '--templates', 'templates', policy], dir);
    expect(plain.err).toContain('was edited by hand');
    expect(plain.out + plain.err).not.toMatch(RAW);
  });

  it('errors naming a hostile file', async () => {
    const dir = copyExamples();
    const bad = path.join(dir, 'templates', `bad\u202E\u001b[2J.yaml`);
    writeFileSync(bad, 'id: [\n');
    const r = await cli(['check', bad], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain('bad\\u202e\\u001b[2J.yaml');
    expect(r.err).not.toMatch(RAW);
  });
});
