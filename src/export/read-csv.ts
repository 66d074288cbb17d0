/**
 * Reads a CSV file as summary.csv writes it and spreadsheet programs save it back: RFC 4180
 * (quoted fields with "" for a quote, line breaks inside quotes), CRLF or LF, an optional UTF-8
 * byte-order mark. Each record keeps the line it starts on, for messages. A cell that summary.csv
 * protected with a leading apostrophe (a formula character after it) is read back without it.
 */
import { DiscloseError } from '../errors.js';

export interface CsvRecord {
  line: number;
  values: string[];
}

const PROTECTED = /^'(?=[\t\r]|[ \u00a0]*[=+\-@])/;

export function parseCsv(text: string, file: string): CsvRecord[] {
  const src = text.startsWith('\ufeff') ? text.slice(1) : text;
  const out: CsvRecord[] = [];
  let values: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  let i = 0;
  const endField = () => {
    values.push(field.replace(PROTECTED, ''));
    field = '';
  };
  const endRecord = () => {
    endField();
    if (!(values.length === 1 && values[0] === '')) out.push({ line: start, values });
    values = [];
  };
  while (i < src.length) {
    const c = src[i]!;
    if (quoted) {
      if (c === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      if (c === '\n') line++;
      field += c;
      i++;
      continue;
    }
    if (c === '"' && field === '') {
      quoted = true;
      i++;
    } else if (c === ',') {
      endField();
      i++;
    } else if (c === '\r' && src[i + 1] === '\n') {
      endRecord();
      i += 2;
      start = ++line;
    } else if (c === '\n') {
      endRecord();
      i++;
      start = ++line;
    } else {
      field += c;
      i++;
    }
  }
  if (quoted) throw new DiscloseError('E_USAGE', 'a quoted field is not closed', { file, line: start, column: 1 }, 'Save the sheet as CSV (comma-separated, UTF-8) again.');
  if (field !== '' || values.length) endRecord();
  return out;
}
