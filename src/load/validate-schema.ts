/**
 * Validates parsed YAML against the JSON Schemas in `schemas/` and reports the first problem at
 * the exact key or value, with what is accepted there.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type AjvModule from 'ajv';
import { DiscloseError } from '../errors.js';
import type { YamlFile } from './yaml-file.js';
import { packagePath } from './package-root.js';
import { runCachedScript } from '../util/cached-script.js';

export type SchemaName = 'template' | 'organization' | 'region' | 'channel' | 'taxonomy' | 'locale-taxonomy' | 'locale-reader' | 'locale-lint' | 'config';

const require = createRequire(import.meta.url);
type AjvCtor = typeof AjvModule.default;
let ajv: InstanceType<AjvCtor> | undefined;
const compiled = new Map<SchemaName, ValidateFunction>();

/** The validator compiled at build time (scripts/build-data.mjs), when newer than its schemas. */
function prebuilt(name: SchemaName): ValidateFunction | undefined {
  const file = packagePath('dist', 'validators', `${name}.cjs`);
  if (!existsSync(file)) return undefined;
  const built = statSync(file).mtimeMs;
  const deps = name === 'channel' ? ['template', 'channel'] : [name];
  if (!deps.every((d) => statSync(packagePath('schemas', `${d}.schema.json`)).mtimeMs <= built)) return undefined;
  // Run from V8's code cache when the build left one beside it (dist/validators/<name>.cache,
  // written by the build's example render with DISCLOSE_CODE_CACHE_OUT=1, as the launcher's): the
  // template validator is 200 KB of generated code that every command compiled again.
  return (runCachedScript(file) as Record<string, ValidateFunction>)[name];
}

function schemaId(name: SchemaName): string {
  return `https://disclose.dev/schemas/${name}.schema.json`;
}

function validator(name: SchemaName): ValidateFunction {
  let fn = compiled.get(name) ?? prebuilt(name);
  if (fn) {
    compiled.set(name, fn);
    return fn;
  }
  if (!ajv) {
    const Ajv = (require('ajv') as { default: AjvCtor }).default;
    ajv = new Ajv({ allErrors: false, strict: false, useDefaults: false, verbose: true });
  }
  // Schemas reference each other by file name; load referenced ones on demand.
  for (const dep of name === 'channel' ? (['template', 'channel'] as const) : ([name] as const)) {
    if (!ajv.getSchema(schemaId(dep))) {
      ajv.addSchema(JSON.parse(readFileSync(packagePath('schemas', `${dep}.schema.json`), 'utf8')) as object);
    }
  }
  const made = ajv.getSchema(schemaId(name))!;
  compiled.set(name, made);
  return made;
}

export function validateAgainstSchema(file: YamlFile, name: SchemaName): void {
  const fn = validator(name);
  if (fn(file.data)) return;
  const errors = fn.errors ?? [];
  // oneOf/anyOf report every branch; the most specific (deepest) error is the useful one.
  const err = [...errors].sort((a, b) => depth(b) - depth(a))[0]!;
  throw toDiscloseError(file, err, name);
}

function depth(e: ErrorObject): number {
  return e.instancePath.split('/').length;
}

function pathOf(e: ErrorObject): Array<string | number> {
  return e.instancePath
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function toDiscloseError(file: YamlFile, e: ErrorObject, schema: SchemaName): DiscloseError {
  const path = pathOf(e);
  const where = path.length ? path.join('.') : '(top level)';
  let message: string;
  let hint: string | undefined;
  let pos = file.posOf(path);
  switch (e.keyword) {
    case 'required':
      message = `missing required field "${String(e.params.missingProperty)}" in ${where}`;
      hint = `Add "${String(e.params.missingProperty)}".`;
      break;
    case 'additionalProperty':
    case 'additionalProperties': {
      const key = String(e.params.additionalProperty);
      pos = file.posOf([...path, key], true);
      message = `unknown field "${key}" in ${where}`;
      const props = e.parentSchema && typeof e.parentSchema === 'object' ? Object.keys((e.parentSchema as { properties?: object }).properties ?? {}) : [];
      hint = props.length ? `Accepted fields: ${props.filter((p) => p !== '$schema').join(', ')}.` : undefined;
      break;
    }
    case 'enum':
      message = `${where}: value is not accepted`;
      hint = `Accepted: ${(e.params.allowedValues as unknown[]).join(', ')}.`;
      break;
    case 'pattern':
      message = `${where}: value does not match the expected form`;
      hint = patternHint(String(e.params.pattern));
      break;
    case 'type':
      message = `${where}: expected ${String(e.params.type)}`;
      break;
    case 'maximum':
    case 'exclusiveMaximum':
    case 'minimum':
    case 'exclusiveMinimum': {
      const data = e.data as number;
      const limit = e.params.limit as number;
      const shown = Number.isNaN(data) ? '.nan (not a number)' : data === Infinity ? '.inf (infinity)' : data === -Infinity ? '-.inf (infinity)' : String(data);
      const bound = { maximum: 'at most', exclusiveMaximum: 'less than', minimum: 'at least', exclusiveMinimum: 'more than' }[e.keyword];
      message = `${where}: ${shown} is out of range; it must be ${bound} ${limit}`;
      const why = e.parentSchema && typeof e.parentSchema === 'object' ? (e.parentSchema as { description?: string }).description : undefined;
      hint = why ?? `Give a number ${bound} ${limit}.`;
      break;
    }
    default:
      message = `${where}: ${e.message ?? 'invalid value'}`;
  }
  return new DiscloseError('E_SCHEMA', message, pos, hint ?? `See schemas/${schema}.schema.json.`);
}

function patternHint(pattern: string): string {
  if (pattern.startsWith('^https://')) return 'Use an https:// link.';
  if (pattern === '^[A-Z]{2}$' || pattern === '^([A-Z]{2})$') return 'Use an ISO 3166-1 alpha-2 country code in capitals (DE, US, SG) or EU.';
  if (pattern.startsWith('^[a-z0-9_]')) return 'Use lowercase letters, digits and underscores.';
  return `Expected to match ${pattern}.`;
}
