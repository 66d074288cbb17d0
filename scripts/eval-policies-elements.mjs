// Scores `region-element-missing` against the element annotations of a set (elements.yaml; the
// format is eval/policies/README.md's "Element annotations"). Used by scripts/eval-policies.mjs.
//
// Per run (a policy checked against one template for one region): of the elements the rule looks
// for in the policy's text (`textElements`, the same function the rule plans with), one reported
// missing is a true positive where the annotation has it absent and a false positive where present;
// one annotated absent and not reported is a false negative; one annotated present and not reported
// a true negative. `unsure` and elements the annotation does not list are counted, not scored.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';

export const ELEMENTS_FILE = 'elements.yaml';
/** Element annotations of held-out-9 and later are a blind test of the rule: read only with --elements-blind. */
export const ELEMENTS_BLIND_FROM = 9;

/** Whether a set's element annotations are read: the sets before held-out-9 always, later ones only with --elements-blind. */
export function readsElements(setNumber, args) {
  return setNumber < ELEMENTS_BLIND_FROM || args.includes('--elements-blind');
}

/**
 * The element annotations of a set's folder, as a function from a policy file name to its entry
 * (undefined for a policy the file does not list); undefined where the folder has no elements.yaml.
 * A malformed file throws, naming the file and what is wrong (eval:policies exits 2 with it).
 */
export function loadElementAnnotations(dir) {
  const file = path.join(dir, ELEMENTS_FILE);
  if (!existsSync(file)) return undefined;
  const doc = parse(readFileSync(file, 'utf8')) ?? {};
  const policies = doc.policies ?? {};
  const bad = (why) => {
    throw new Error(`${file}: ${why}; see /work/notes/briefs-25/ELEMENTS-FORMAT.md or the set's README (element annotations)`);
  };
  if (typeof policies !== 'object' || Array.isArray(policies)) bad('`policies:` must map policy file names to their elements');
  const entries = new Map();
  for (const [name, e] of Object.entries(policies)) {
    const present = e?.present ?? {};
    const absent = e?.absent ?? [];
    const unsure = e?.unsure ?? {};
    if (typeof present !== 'object' || Array.isArray(present)) bad(`${name}: \`present:\` must map element ids to lines`);
    if (!Array.isArray(absent)) bad(`${name}: \`absent:\` must be a list of element ids`);
    if (typeof unsure !== 'object' || Array.isArray(unsure)) bad(`${name}: \`unsure:\` must map element ids to a reason`);
    const status = new Map();
    const put = (id, s) => {
      if (status.has(id)) bad(`${name}: element ${id} is both ${status.get(id)} and ${s}`);
      status.set(id, s);
    };
    for (const id of Object.keys(present)) put(id, 'present');
    for (const id of absent) put(String(id), 'absent');
    for (const id of Object.keys(unsure)) put(id, 'unsure');
    entries.set(name, { region: e?.region, status });
  }
  return (policyFile) => entries.get(policyFile) ?? entries.get(path.basename(policyFile));
}

/** The element ids a `region-element-missing` finding reports missing from the policy's text. */
export function reportedElements(findings) {
  const out = new Set();
  for (const f of findings) {
    if (f.ruleId !== 'region-element-missing') continue;
    const d = f.data ?? {};
    // One root finding for a policy read as a whole (data.elements), one per element for a clause or
    // a missing language version; the organization's and template's missing fields are not the text's.
    if (Array.isArray(d.elements)) for (const id of d.elements) out.add(String(id));
    else if (['absent', 'absentPractice', 'absentPolicy', 'companionPolicy'].includes(f.messageId) && d.element) out.add(String(d.element));
  }
  return out;
}

let project;
let plan;
/** Opens the built library once (dist/): the elements planned are the rule's own. */
export async function initElements(root) {
  if (project) return;
  const lib = await import(pathToFileURL(path.join(root, 'dist', 'index.js')).href);
  ({ elementPlan: plan } = await import(pathToFileURL(path.join(root, 'dist', 'rules', 'region-element-missing.js')).href));
  project = lib.openProject({ orgFile: path.join(root, 'examples', 'organization.yaml') });
}

/**
 * The elements the rule looks for in the text for one template, region and locale (`text`), and those
 * the region requires for the flows that it does not look for (`none`: no `detect:`), after initElements.
 */
export function plannedElements(root, template, region, locale) {
  const t = project.loadTemplate(path.join(root, 'examples', 'templates', `${template}.yaml`));
  const profile = project.catalog.region(region);
  const lng = locale && profile.locales.includes(locale) ? locale : profile.locales[0];
  const [target] = project.targets([region], [lng]);
  const result = project.renderer.render(t, target.region, target.locale, project.org);
  const p = plan(target.region, result, project.org);
  return { text: p.filter((x) => x.how === 'text').map((x) => x.el.id), none: p.filter((x) => x.how === 'none').map((x) => x.el.id) };
}

/**
 * One run's element score. `entry` is the policy's annotation (undefined: not annotated). Returns
 * the counts, per element, and the ids behind the false positives and negatives.
 */
export function scoreElements(findings, entry, { root, template, region, locale }) {
  const { text, none } = plannedElements(root, template, region, locale);
  return scoreWith(text, reportedElements(findings), entry, region, none);
}

/** Scores reported against annotated elements for the ones evaluated (pure; tested on its own). */
export function scoreWith(evaluated, reported, entry, region, notLookedFor = []) {
  const out = { tp: 0, fp: 0, fn: 0, tn: 0, unsure: 0, unannotated: 0, perElement: {}, notLookedFor: {}, fpIds: [], fnIds: [], errors: [] };
  if (entry?.region && region && entry.region !== region) out.errors.push(`annotated for region ${entry.region}, run for ${region}: not scored`);
  // Required for the flows but not looked for (no detect:): how the annotation has them, apart from the score.
  for (const id of out.errors.length ? [] : notLookedFor) {
    const status = entry?.status.get(id) ?? 'unannotated';
    const c = (out.notLookedFor[id] ??= { present: 0, absent: 0, unsure: 0, unannotated: 0 });
    c[status]++;
  }
  const ids = [...new Set([...evaluated, ...reported])];
  for (const id of evaluated.length ? ids : []) {
    const c = (out.perElement[id] ??= { tp: 0, fp: 0, fn: 0, tn: 0, unsure: 0, unannotated: 0 });
    const status = out.errors.length ? undefined : entry?.status.get(id);
    const said = reported.has(id);
    if (!evaluated.includes(id)) out.errors.push(`${id} reported but not among the elements the rule looks for`);
    const k = status === 'present' ? (said ? 'fp' : 'tn') : status === 'absent' ? (said ? 'tp' : 'fn') : status === 'unsure' ? 'unsure' : 'unannotated';
    c[k]++;
    out[k]++;
    if (k === 'fp') out.fpIds.push(id);
    if (k === 'fn') out.fnIds.push(id);
  }
  return out;
}

/** The totals of several runs' scores: counts, precision and recall of "missing", per element. */
export function elementTotals(scores) {
  const t = { tp: 0, fp: 0, fn: 0, tn: 0, unsure: 0, unannotated: 0, runs: scores.length, perElement: {}, notLookedFor: {} };
  for (const s of scores) {
    for (const k of ['tp', 'fp', 'fn', 'tn', 'unsure', 'unannotated']) t[k] += s[k];
    for (const [id, c] of Object.entries(s.notLookedFor ?? {})) {
      const p = (t.notLookedFor[id] ??= { present: 0, absent: 0, unsure: 0, unannotated: 0 });
      for (const k of Object.keys(p)) p[k] += c[k];
    }
    for (const [id, c] of Object.entries(s.perElement)) {
      const p = (t.perElement[id] ??= { tp: 0, fp: 0, fn: 0, tn: 0, unsure: 0, unannotated: 0 });
      for (const k of Object.keys(p)) p[k] += c[k];
    }
  }
  t.perElement = Object.fromEntries(Object.entries(t.perElement).sort(([a], [b]) => a.localeCompare(b)));
  t.notLookedFor = Object.fromEntries(Object.entries(t.notLookedFor).sort(([a], [b]) => a.localeCompare(b)));
  t.precision = t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp);
  t.recall = t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn);
  return t;
}
