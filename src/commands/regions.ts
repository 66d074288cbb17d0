/** `disclose regions`: the region profiles (ours and the project's own) with their locales and required elements. */
import type { IO } from '../cli/io.js';
import { openCatalog } from '../api/load-project.js';
import { printable, printableJson } from '../format/printable.js';

export async function regionsCommand(opts: { format?: string; config?: string | false }, io: IO): Promise<number> {
  const { catalog } = openCatalog({ cwd: io.cwd, ...(opts.config !== undefined ? { config: opts.config } : {}) });
  const rows = catalog.regionOrder.map((id) => catalog.region(id));
  if (opts.format === 'json') {
    io.stdout(`${printableJson(JSON.stringify(rows.map((r) => ({ id: r.id, name: r.name, group: r.group ?? null, members: r.members, law: r.law, locales: r.locales, elements: r.elements.map((e) => ({ id: e.id, article: e.article, when: e.when })) })), null, 2))}\n`);
    return 0;
  }
  const out: string[] = [];
  for (const r of rows) {
    out.push(`${r.group ? '  ' : ''}${r.id}  ${r.name} — ${r.law.name} (${r.law.short})`);
    out.push(`${r.group ? '  ' : ''}    locales: ${r.locales.join(', ')} (default ${r.locales[0]})${r.members.length ? `; members: ${r.members.join(', ')}` : ''}`);
    for (const e of r.elements) {
      const cond = Object.entries(e.when).filter(([k]) => k !== 'always').map(([k, v]) => `${k}=${Array.isArray(v) ? v.join('|') : String(v)}`).join(', ');
      out.push(`${r.group ? '  ' : ''}    - ${e.id}: ${e.article}${cond ? ` [when ${cond}]` : ''}`);
    }
  }
  io.stdout(`${printable(out.join('\n'))}\n`);
  return 0;
}
