/**
 * The date a check is made as of, for the rules whose finding depends on the day (dpf-list-check: a DPF List
 * check older than 12 months). One place: the project's `asOf` (flag `--as-of YYYY-MM-DD`, config `asOf:`, or
 * the library's `asOf` option), else today's date in UTC, read once when the project opens. A run therefore uses
 * one date for every cell (also across midnight and in export's worker threads), and a test or a user who pins it
 * gets the same findings, and so byte-identical packs, on any day (docs/rules/dpf-list-check.md).
 */
import { DiscloseError } from '../errors.js';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether a string is a real calendar date written YYYY-MM-DD. */
export function isIsoDate(s: string): boolean {
  const m = DATE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  return d.toISOString().slice(0, 10) === s;
}

/** The date to check as of: the one given (validated), else today's date in UTC. */
export function resolveAsOf(given: string | undefined, now: () => Date = () => new Date()): string {
  if (given === undefined) return now().toISOString().slice(0, 10);
  if (!isIsoDate(given)) {
    throw new DiscloseError('E_USAGE', `asOf "${given}" is not a date written YYYY-MM-DD`, {}, 'Give the date to check as of as YYYY-MM-DD (e.g. --as-of 2026-12-07), or leave it out for today (UTC).');
  }
  return given;
}

/** The date `months` calendar months after `date` (YYYY-MM-DD), on the month's last day where it has no such day. */
export function monthsAfter(date: string, months: number): string {
  const m = DATE.exec(date)!;
  const y = +m[1]!;
  const mo = +m[2]! - 1 + months;
  const last = new Date(Date.UTC(y, mo + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, mo, Math.min(+m[3]!, last))).toISOString().slice(0, 10);
}
