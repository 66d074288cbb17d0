/**
 * The flows' table, diagram and page are made once per flow shape (write-template.ts, issue 22 shared
 * work): a template with another template's shape gets the same page, and one whose shape differs in a
 * field the table reads (its consent record) gets the table made from its own fields, never the other's.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { examples } from '../helpers/examples.js';
import { Project, type Target } from '../../src/project.js';
import type { Template } from '../../src/model/types.js';
import { writeTemplate } from '../../src/export/write-template.js';
import { TextTable } from '../../src/export/text-store.js';
import { flowViews } from '../../src/export/flow-view.js';
import { diagramFile } from '../../src/export/flow-diagram.js';
import { flowsPageFile } from '../../src/export/html-page.js';

describe('flows table per flow shape', () => {
  it('shares the page between templates of one shape and makes its own for a different consent record', () => {
    const { catalog, org, templates } = examples();
    const project = new Project(catalog, org);
    const targets: Target[] = ['eu', 'china'].map((id) => ({ region: catalog.region(id), locale: catalog.region(id).locales[0]! }));
    const a = templates.find((t) => t.id === 'appointment_reminder')!;
    const twin: Template = { ...a, id: 'twin' };
    const other: Template = { ...a, id: 'other', consent: { ...a.consent!, method: 'a signed paper form at the front desk' } };
    const out = mkdtempSync(path.join(tmpdir(), 'flows-by-shape-'));
    for (const sub of ['data', 'pages']) mkdirSync(path.join(out, sub));
    const texts = new TextTable();
    const pageOf = (t: Template) => {
      writeTemplate(project, t.file, { targets, cwd: out, pages: true, meta: false }, out, texts, () => {}, t);
      const stored = JSON.parse(readFileSync(path.join(out, 'data', `${t.id}.json`), 'utf8')) as { flows: string };
      return texts.flows(stored.flows)!.page!;
    };
    const fresh = (t: Template) => {
      const table = flowViews(project, t, targets);
      return flowsPageFile(table, diagramFile(table));
    };
    const [pa, pt, po] = [pageOf(a), pageOf(twin), pageOf(other)];
    expect(pt).toBe(pa);
    expect(po).not.toBe(pa);
    expect(po).toBe(fresh(other).path);
    const html = readFileSync(path.join(out, po), 'utf8');
    expect(html).toBe(fresh(other).html);
    expect(html).toContain('a signed paper form at the front desk');
    rmSync(out, { recursive: true, force: true });
  });
});
