/** exportPack over a project with its own config, an extra region that extends ours, and approved wording. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportPack, loadProject } from '../../src/index.js';
import { ROOT } from '../helpers/examples.js';
import { tmp } from '../helpers/tree.js';

const FIXTURE = path.join(ROOT, 'test', 'fixtures', 'project');

describe('exportPack with a project config', () => {
  it('exports the config\'s templates for its own regions, in its locales, with its approved wording', async () => {
    const project = loadProject({ cwd: FIXTURE });
    const out = path.join(tmp(), 'pack');
    const summary = await exportPack(project, { out });
    const rows = JSON.parse(readFileSync(path.join(out, 'summary.json'), 'utf8')) as Array<{ template: string; region: string; locale: string; footer: string }>;
    expect(new Set(rows.map((r) => r.region))).toEqual(new Set(['eu-strict', 'br']));
    expect(new Set(rows.filter((r) => r.region === 'eu-strict').map((r) => r.locale))).toEqual(new Set(['en', 'de']));
    expect(summary.templates).toBe(project.templateFiles.length);
    // Approved wording: the retention sentence and the DPO line are the legal team's.
    // (Pack format 5: the page links its clause texts, each kept once for the pack in texts/; format 8: at their place on the texts page of their flows.)
    const page = readFileSync(path.join(out, 'pages', `${rows[0]!.template}.html`), 'utf8');
    const linked = [...page.matchAll(/href="\.\.\/(texts\/[0-9a-f]+\.html)(?:#text-[0-9a-f]{16})?"/g)].map((m) => readFileSync(path.join(out, m[1]!), 'utf8')).join('\n');
    expect(linked).toContain('for a period of');
    expect(linked).toContain('Our data protection officer:');
  });
  it('uses the config\'s out folder when none is given', async () => {
    const project = loadProject({ cwd: FIXTURE, out: path.join(tmp(), 'from-option') });
    const summary = await exportPack(project, { formats: ['json'] });
    expect(summary.out).toBe(project.config.out);
  });
});
