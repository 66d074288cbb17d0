import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { check, loadProject, render } from '../../src/index.js';
import { cli } from '../helpers/cli.js';
import { copyFixture, edit } from '../helpers/project.js';

/** A copy of the fixture whose approved wording has one (bad) sentence more or changed. */
function withOverride(locale: 'en' | 'de', section: string, key: string, sentence: string): string {
  const dir = copyFixture();
  const file = `approved/locales/${locale}/wording.yaml`;
  const line = `  ${key}: ${JSON.stringify(sentence)}\n`;
  const text = readFileSync(path.join(dir, file), 'utf8');
  const existing = new RegExp(`^(${section}:\\n(?:  .*\\n)*?)  ${key}: .*\\n`, 'm');
  if (existing.test(text)) edit(dir, file, existing, `$1${line}`);
  else if (text.includes(`\n${section}:\n`) || text.startsWith(`${section}:\n`)) edit(dir, file, new RegExp(`^${section}:\\n`, 'm'), `${section}:\n${line}`);
  else edit(dir, file, /$/, `${section}:\n${line}`);
  return dir;
}

const roundtrip = (dir: string, region = 'eu-strict', locale?: string) =>
  render(loadProject({ cwd: dir }), 'order_shipped', { region, ...(locale ? { locale } : {}) }).findings.filter((f) => f.ruleId === 'wording-roundtrip');

describe('wording-roundtrip catches approved wording that no longer says the claims', () => {
  it('the fixture\'s approved wording reads back to the same claims', () => {
    expect(roundtrip(copyFixture())).toEqual([]);
    expect(roundtrip(copyFixture(), 'eu-strict', 'de')).toEqual([]);
    expect(roundtrip(copyFixture(), 'br')).toEqual([]);
  });
  it('an override that drops the recipient', () => {
    const dir = withOverride('en', 'statement', 'share', 'We share your {{data}} for {{purpose}}.');
    const found = roundtrip(dir);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((f) => f.messageId === 'lost' || f.messageId === 'extra')).toBe(true);
    expect(found.some((f) => f.messageId === 'lost' && /share .*Elbe Kurier/.test(String(f.data.claim)))).toBe(true);
    expect(found[0]).toMatchObject({ severity: 'error', region: 'eu-strict', locale: 'en', template: 'order_shipped' });
  });
  it('an override that changes "180 days"', () => {
    const dir = withOverride('en', 'statement', 'retain', 'We keep your {{data}} for six months from {{event}}.');
    const found = roundtrip(dir);
    expect(found.some((f) => f.messageId === 'lost' && /180 day/.test(String(f.data.claim)))).toBe(true);
  });
  it('the same in the German approved wording, and only there', () => {
    const dir = withOverride('de', 'statement', 'retain', 'Wir bewahren die Daten ({{data}}) sechs Monate ab {{event}} auf.');
    expect(roundtrip(dir, 'eu-strict', 'en')).toEqual([]);
    const found = roundtrip(dir, 'eu-strict', 'de');
    expect(found.some((f) => f.messageId === 'lost' && f.locale === 'de' && /180/.test(String(f.data.claim)))).toBe(true);
  });
  it('check and the CLI report it with exit 1', async () => {
    const dir = withOverride('en', 'statement', 'share', 'We share your {{data}} for {{purpose}}.');
    expect(check(loadProject({ cwd: dir })).some((f) => f.ruleId === 'wording-roundtrip')).toBe(true);
    const r = await cli(['check'], dir);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/templates\/order_shipped\.yaml:\d+:\d+ +error +the generated clause does not say ".*Elbe Kurier.*" in en.*\[wording-roundtrip\]/);
  });
});
