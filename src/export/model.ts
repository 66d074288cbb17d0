/** What the export writes per template (data/<id>.json) and per row of the summary. */
import type { Finding } from '../check/finding.js';
import type { ReviewState } from './signoffs.js';
import type { FlowView } from './flow-view.js';

export type Status = 'clean' | 'warnings' | 'errors';

export interface ExportResult {
  region: string;
  locale: string;
  status: Status;
  footer: { text: string; variant: string; length: number; limit: number | null; unit: string };
  clause: {
    id: string;
    number: string | null;
    title: string;
    text: string;
    companions: Array<{ locale: string; text: string }>;
    /** Elements of the clause where the law is unsettled, with the region data's note. */
    unsettled?: Array<{ id: string; article: string; note: string }>;
  };
  findings: Finding[];
}

export interface ExportRecord {
  template: string;
  file: string;
  channel: string;
  category: string;
  language: string;
  purpose: string;
  body: string;
  flows: unknown[];
  /**
   * The flows in the reader's words (`flow-view.ts`), which the flows' page shows; not stored in data/
   * since pack format 6 (the page is where it is), and so absent from a record read back.
   */
  flowTable?: FlowView[];
  /** The page's flows diagram, `diagrams/<hash>.svg` (pack format 6), when the pack has pages and the template flows. */
  diagram?: string;
  /** The page of its flows' table and diagram, `flows/<hash>.html` (pack format 7), when the pack has pages. */
  flowsPage?: string;
  /** Template-level findings (lint), shown on every page of the template. */
  lint: Finding[];
  results: ExportResult[];
}

export type Change = 'new' | 'changed' | 'unchanged';

export interface SummaryRow {
  template: string;
  region: string;
  locale: string;
  channel: string;
  status: Status;
  errors: number;
  warnings: number;
  infos: number;
  footer: string;
  clauseId: string;
  clauseNumber: string;
  footerHash: string;
  clauseHash: string;
  page: string;
  change?: Change;
  /** What a sign-off covers: a hash of the cell's footer, clause and findings (`signoffs.ts`). */
  cellHash?: string;
  /** Signed off, needs re-review (signed off, then changed) or pending. */
  review?: ReviewState;
  /** The sign-off in force (signed off), or the one that no longer holds (needs re-review). */
  reviewer?: string;
  signedOff?: string;
}

export function statusOf(findings: Finding[]): Status {
  if (findings.some((f) => f.severity === 'error')) return 'errors';
  if (findings.some((f) => f.severity === 'warning')) return 'warnings';
  return 'clean';
}
