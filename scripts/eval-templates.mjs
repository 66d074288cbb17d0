#!/usr/bin/env node
// npm run eval:templates — measures `disclose import-meta`, the round trip through `disclose meta`
// and the template lint against the corpus of real WhatsApp template definitions in
// ../shared/corpus/meta-templates/ (DISCLOSE_TEMPLATE_CORPUS overrides the folder), annotated in
// eval/templates/annotations.yaml. Prints what was imported and refused, the round-trip
// differences, the lint's true and false positives and misses, and precision and recall.
// Not part of `npm test`: the corpus is not part of the repository. Needs `npm run build` first.
// Exit 0 always, unless the tool itself fails; `--json` prints the figures as JSON as well.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = process.env.DISCLOSE_TEMPLATE_CORPUS ?? path.resolve(root, '..', 'shared', 'corpus', 'meta-templates');
if (!existsSync(corpus)) {
  console.log(`eval:templates: no corpus at ${corpus}; nothing to measure (set DISCLOSE_TEMPLATE_CORPUS to its folder).`);
  process.exit(0);
}
if (!existsSync(path.join(root, 'dist', 'meta', 'from-meta.js'))) {
  console.error('eval:templates: dist/ is missing; run `npm run build` first.');
  process.exit(2);
}
const dist = async (p) => import(pathToFileURL(path.join(root, 'dist', p)).href);
const { loadCatalog } = await dist('load/catalog.js');
const { loadOrganization } = await dist('load/organization.js');
const { Project } = await dist('project.js');
const { toMeta } = await dist('meta/to-meta.js');
const fromMetaModule = await dist('meta/from-meta.js');
const roundTrip = existsSync(path.join(root, 'dist', 'meta', 'round-trip.js')) ? await dist('meta/round-trip.js') : undefined;
const { importedTemplateYaml } = await dist('meta/template-yaml.js');
const { parseTemplate } = await dist('load/template.js');

/** The YAML import-meta prints, finished as a user would (purpose, one flow), loaded through the schema and loader. */
function throughYaml(imported, file) {
  const data = parse(importedTemplateYaml(imported, '../../schemas/template.schema.json', 'corpus.json'));
  const finished = { ...data, purpose: 'When the event happens, send the customer the message within 1 hour.', flows: [{ id: 'message', data: ['user.contact.phone_number'], purpose: 'essential.service.message_delivery', legalBasis: 'contract', storage: ['DE'] }] };
  return parseTemplate(JSON.stringify(finished), file, catalog.taxonomy, catalog.channels);
}

/** The rules a reviewer of Meta templates judges; disclose-only checks (purpose, flows, consent, sources) are left out. */
const EVAL_RULES = new Set(['template-length', 'template-whitespace', 'template-decorative-symbols', 'template-links', 'template-variables', 'template-variable-format', 'promotional-wording', 'template-authentication-form', 'template-category', 'template-components', 'template-language']);
const DISCLOSE_ONLY = new Set(['template-variables/noSource', 'template-variables/genericSource', 'template-variables/unused']);

const catalog = loadCatalog();
const org = loadOrganization(path.join(root, 'examples', 'organization.yaml'));
const project = new Project(catalog, org);
const annotations = parse(readFileSync(path.join(root, 'eval', 'templates', 'annotations.yaml'), 'utf8'));
const byFile = new Map(annotations.map((a) => [a.file, a]));

/** Meta's language code as written in the annotations (en_US) for a disclose language (en-US). */
const metaLang = (l) => String(l).replace(/-/g, '_');

/** Imports one file: the current API (every entry), or the single-template API of earlier versions. */
function importFile(json, file) {
  if (fromMetaModule.importMetaDocument) return fromMetaModule.importMetaDocument(json, file);
  try {
    const { template, notes } = fromMetaModule.fromMeta(json, file);
    return { entries: [{ template, notes, source: json }], refused: [] };
  } catch (e) {
    return { entries: [], refused: [{ message: e.message }] };
  }
}

/** A loaded-template stand-in for an imported one, for the lint (earlier versions had no such API). */
function asTemplate(imported, file) {
  if (fromMetaModule.templateFromImport) return fromMetaModule.templateFromImport(imported, file);
  return {
    id: imported.id, channel: 'whatsapp', category: imported.category, language: imported.language, purpose: '',
    clause: { id: 'imported' }, header: imported.header, body: imported.body, footer: imported.metaFooter,
    buttons: imported.buttons, variables: imported.variables, flows: [], inheritChannelFlows: false, file, positions: {},
  };
}

const counts = { definitions: 0, imported: 0, refusedExpected: 0, refusedWrongly: 0, importedWrongly: 0, categoryWrong: 0, roundTripExact: 0, roundTripExplained: 0, roundTripFailed: 0, tp: 0, fp: 0, fn: 0 };
const lines = { imported: [], refused: [], roundTrip: [], fp: [], fn: [], tp: [] };

const files = readdirSync(corpus).filter((f) => f.endsWith('.json')).sort();
for (const name of files) {
  const file = path.join(corpus, name);
  const ann = byFile.get(name);
  if (!ann) {
    lines.refused.push(`${name}: not annotated`);
    continue;
  }
  let json;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    lines.refused.push(`${name}: not JSON (${e.message})`);
    continue;
  }
  const result = importFile(json, file);
  if (ann.refuse) {
    if (result.entries.length === 0) {
      counts.refusedExpected++;
      lines.refused.push(`${name}: refused as expected (${ann.refuse}): ${result.refused.map((r) => r.message).join('; ')}`);
    } else {
      counts.importedWrongly++;
      lines.refused.push(`${name}: IMPORTED ${result.entries.length} though it holds no definition (${ann.refuse})`);
    }
    continue;
  }
  const matched = new Set();
  for (const a of ann.templates) {
    counts.definitions++;
    const langs = Array.isArray(a.language) ? a.language : [a.language];
    const entries = result.entries.filter((e) => e.template.id === a.name && langs.includes(metaLang(e.template.language === 'en-US' ? 'en_US' : e.template.language)));
    entries.forEach((e) => matched.add(e));
    const label = `${name} ${a.name} (${langs.join(', ')})`;
    if (a.import === 'refuse') {
      if (entries.length === 0) {
        counts.refusedExpected++;
        const why = result.refused.find((r) => r.name === a.name)?.message ?? result.refused.map((r) => r.message).join('; ');
        lines.refused.push(`${label}: refused as expected (${a.refuse}): ${why}`);
      } else {
        counts.importedWrongly++;
        lines.refused.push(`${label}: IMPORTED though ${a.refuse}`);
      }
      continue;
    }
    if (entries.length < langs.length) {
      counts.refusedWrongly++;
      const why = result.refused.map((r) => r.message).join('; ') || 'no entry with this name and language';
      lines.refused.push(`${label}: REFUSED: ${why}`);
      for (const f of a.findings ?? []) {
        counts.fn++;
        lines.fn.push(`${label}: ${f} (not imported)`);
      }
      continue;
    }
    counts.imported++;
    const e = entries[0];
    if (e.template.category !== a.category) {
      counts.categoryWrong++;
      lines.imported.push(`${label}: category ${e.template.category}, expected ${a.category}`);
    }
    const warnings = (e.notes ?? []).filter((n) => !['import-needs-purpose', 'import-needs-flows'].includes(n.code));
    lines.imported.push(`${label}: imported as ${e.template.category}${warnings.length ? `; ${warnings.map((n) => `${n.code}: ${n.message}`).join('; ')}` : ''}`);

    // Round trip: import → meta, against the original entry (per language).
    for (const entry of entries) {
      const t = asTemplate(entry.template, file);
      if (roundTrip) {
        let viaYaml;
        try {
          viaYaml = roundTrip.roundTripDifferences(entry.source, toMeta(throughYaml(entry.template, file.replace(/\.json$/, '.yaml')), undefined, { keepFooter: true }));
        } catch (e) {
          viaYaml = { explained: [], unexplained: [`the imported YAML does not load: ${e.message}`] };
        }
        const direct = roundTrip.roundTripDifferences(entry.source, toMeta(t, undefined, { keepFooter: true }));
        const diff = { explained: direct.explained, unexplained: [...direct.unexplained, ...viaYaml.unexplained.map((u) => `through YAML: ${u}`)] };
        if (diff.unexplained.length === 0 && diff.explained.length === 0) counts.roundTripExact++;
        else if (diff.unexplained.length === 0) {
          counts.roundTripExplained++;
          lines.roundTrip.push(`${label} [${entry.template.language}]: same but for ${diff.explained.join('; ')}`);
        } else {
          counts.roundTripFailed++;
          lines.roundTrip.push(`${label} [${entry.template.language}]: DIFFERS: ${diff.unexplained.join('; ')}${diff.explained.length ? ` (and ${diff.explained.join('; ')})` : ''}`);
        }
      } else {
        const back = JSON.stringify(toMeta(t, entry.template.metaFooter));
        const src = JSON.stringify(entry.source);
        if (back === src) counts.roundTripExact++;
        else {
          counts.roundTripFailed++;
          lines.roundTrip.push(`${label}: DIFFERS (no round-trip comparison in this version)`);
        }
      }
    }

    // Lint: the first language stands for a multi-language definition (same components).
    const found = project
      .lint(asTemplate(e.template, file))
      .filter((f) => EVAL_RULES.has(f.ruleId) && (f.severity === 'error' || f.severity === 'warning'))
      .map((f) => ({ key: `${f.ruleId}/${f.messageId}`, message: f.message }))
      .filter((f) => !DISCLOSE_ONLY.has(f.key));
    const expected = [...(a.findings ?? [])];
    for (const f of found) {
      const i = expected.indexOf(f.key);
      if (i >= 0) {
        expected.splice(i, 1);
        counts.tp++;
        lines.tp.push(`${label}: ${f.key}`);
      } else {
        counts.fp++;
        lines.fp.push(`${label}: ${f.key}: ${f.message}`);
      }
    }
    for (const f of expected) {
      counts.fn++;
      lines.fn.push(`${label}: ${f}`);
    }
  }
  for (const e of result.entries) {
    if (!matched.has(e)) lines.imported.push(`${name}: imported ${e.template.id} (${e.template.language}), which the annotations do not list`);
  }
}

const precision = counts.tp + counts.fp ? counts.tp / (counts.tp + counts.fp) : 1;
const recall = counts.tp + counts.fn ? counts.tp / (counts.tp + counts.fn) : 1;
const section = (title, list) => {
  console.log(`\n## ${title} (${list.length})`);
  for (const l of list) console.log(`  ${l}`);
};
console.log(`# eval:templates — ${files.length} files in ${path.relative(process.cwd(), corpus) || corpus}`);
section('Imported', lines.imported);
section('Refused', lines.refused);
section('Round-trip differences', lines.roundTrip);
section('Lint false positives', lines.fp);
section('Lint misses', lines.fn);
if (process.argv.includes('--verbose')) section('Lint true positives', lines.tp);
console.log('\n## Figures');
console.log(`  definitions annotated: ${counts.definitions}; imported: ${counts.imported}; refused wrongly: ${counts.refusedWrongly}; refused as expected: ${counts.refusedExpected}; imported wrongly: ${counts.importedWrongly}; wrong category: ${counts.categoryWrong}`);
console.log(`  round trip (per language): exact ${counts.roundTripExact}, explained differences only ${counts.roundTripExplained}, unexplained differences ${counts.roundTripFailed}`);
console.log(`  lint: ${counts.tp} true positives, ${counts.fp} false positives, ${counts.fn} misses; precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`);
if (process.argv.includes('--json')) console.log(JSON.stringify({ ...counts, precision, recall }));
