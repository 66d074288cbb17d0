/** Reads a text file for a loader, turning missing or oversized files into typed errors. */
import { readFileSync, statSync } from 'node:fs';
import { DiscloseError } from '../errors.js';
import { YAML_LIMITS, parseYaml, type YamlFile } from './yaml-file.js';
import { validateAgainstSchema, type SchemaName } from './validate-schema.js';
import { builtinYaml } from './builtin-data.js';
import { decodeUtf8 } from './decode-utf8.js';

export function readTextFile(file: string, maxBytes = YAML_LIMITS.maxBytes): string {
  let size: number;
  try {
    const st = statSync(file);
    if (!st.isFile()) throw new DiscloseError('E_FILE_NOT_FOUND', 'not a file', { file }, 'Pass the path of a file.');
    size = st.size;
  } catch (e) {
    if (e instanceof DiscloseError) throw e;
    throw new DiscloseError('E_FILE_NOT_FOUND', 'file not found or not readable', { file }, 'Check the path.');
  }
  if (size > maxBytes) {
    throw new DiscloseError('E_FILE_TOO_LARGE', `file is ${size} bytes; the limit is ${maxBytes} bytes`, { file, line: 1, column: 1 }, 'Split the file, or check that it is the file you meant.');
  }
  const text = decodeUtf8(readFileSync(file), file);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Reads, parses and schema-checks one YAML file (our own files come pre-checked from the build). */
export function loadYamlFile(file: string, schema: SchemaName): YamlFile {
  const builtin = builtinYaml(file);
  if (builtin) return builtin;
  const parsed = parseYaml(readTextFile(file), file);
  validateAgainstSchema(parsed, schema);
  return parsed;
}

/** Reads and parses one YAML file that has no schema (wording, reader words). */
export function loadYamlData(file: string): YamlFile {
  return builtinYaml(file) ?? parseYaml(readTextFile(file), file);
}
