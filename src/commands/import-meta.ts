/**
 * `disclose import-meta`: Meta's template JSON as a disclose template (YAML on stdout). Meta's JSON
 * holds no purpose and no data flows; the YAML leaves both for the user, and stderr lists them as
 * warnings (`import-needs-purpose`, `import-needs-flows`).
 */
import path from 'node:path';
import type { IO } from '../cli/io.js';
import { EXIT } from '../cli/io.js';
import type { Finding } from '../check/finding.js';
import { formatFindingsText } from '../format/findings-text.js';
import { relativePath } from '../format/paths.js';
import { parseJson } from '../load/json-file.js';
import { packagePath } from '../load/package-root.js';
import { readTextFile } from '../load/read-file.js';
import { fromMeta } from '../meta/from-meta.js';
import { importedTemplateYaml } from '../meta/template-yaml.js';

export async function importMetaCommand(file: string, io: IO): Promise<number> {
  const full = path.resolve(io.cwd, file);
  const json = parseJson(readTextFile(full), full);
  const { template, notes } = fromMeta(json, full);
  const schema = relativePath(packagePath('schemas', 'template.schema.json'), io.cwd);
  io.stdout(importedTemplateYaml(template, schema, relativePath(full, io.cwd)));
  const findings: Finding[] = notes.map((n) => ({
    ruleId: n.code,
    severity: 'warning',
    messageId: n.code === 'import-needs-flows' ? 'needsFlows' : 'needsPurpose',
    message: n.message,
    data: {},
    file: full,
    line: 1,
    column: 1,
    template: template.id,
  }));
  io.stderr(formatFindingsText(findings, io.cwd));
  return EXIT.clean;
}
