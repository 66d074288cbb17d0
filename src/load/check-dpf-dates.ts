/**
 * Every DPF List check recorded in a file (`dpfChecked` on a recipient, a sub-processor or in
 * organization.yaml) is a real calendar day. The schema only asks for the YYYY-MM-DD shape, so
 * "2026-02-30" passed and counted as a check made that day: rule dpf-list-check then stayed
 * silent on a date that never was. A wrong day stops the load with its position instead.
 */
import { isIsoDate } from '../check/as-of.js';
import { DiscloseError } from '../errors.js';
import { checkedDate } from '../render/dpf-list.js';
import type { YamlFile } from './yaml-file.js';

type Path = Array<string | number>;

/** Throws E_SCHEMA at the first `dpfChecked` date (or `due`) in the file that is no calendar day. */
export function checkDpfDates(y: YamlFile): void {
  walk(y, y.data, []);
}

function walk(y: YamlFile, node: unknown, path: Path): void {
  if (Array.isArray(node)) {
    node.forEach((item, i) => walk(y, item, [...path, i]));
    return;
  }
  if (!node || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    if (key === 'dpfChecked') checkRecord(y, value, [...path, key]);
    else walk(y, value, [...path, key]);
  }
}

/** One check (a string or { checked, due }), or organization.yaml's map of checks by legal name. */
function checkRecord(y: YamlFile, value: unknown, path: Path): void {
  if (typeof value === 'string' || isCheck(value)) {
    checkOne(y, value, path);
    return;
  }
  if (value && typeof value === 'object') for (const [name, check] of Object.entries(value)) checkOne(y, check, [...path, name]);
}

function isCheck(value: unknown): value is { checked?: unknown; due?: unknown } {
  return !!value && typeof value === 'object' && ('checked' in value || 'due' in value);
}

function checkOne(y: YamlFile, check: unknown, path: Path): void {
  if (typeof check === 'string') {
    day(y, check, path, 'dpfChecked');
    return;
  }
  if (!isCheck(check)) return;
  if (typeof check.checked === 'string') day(y, check.checked, [...path, 'checked'], 'checked');
  if (typeof check.due === 'string') day(y, check.due, [...path, 'due'], 'due');
}

function day(y: YamlFile, value: string, path: Path, field: string): void {
  // What checkedDate takes for a day must be one: "not checked" and other words are the schema's business.
  const date = checkedDate(value);
  if (date === undefined || isIsoDate(date)) return;
  throw new DiscloseError(
    'E_SCHEMA',
    `${field} "${value}" is not a day of the calendar`,
    y.posOf(path),
    `Write the day the DPF List entry was checked (or its re-certification is due) as it was, YYYY-MM-DD (e.g. 2026-12-07), or "not checked".`,
  );
}
