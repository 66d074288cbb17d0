/**
 * Finds links in free text that would reach a footer or a clause without https: any other scheme
 * followed by "//" (http://, ftp://, javascript://), script and data URLs (`javascript:alert(1)`,
 * `data:text/html,…`) and bare www. domains, which chat apps and Markdown viewers turn into http
 * links. A value that names no link, or only https ones (or mailto: and tel:), passes.
 * Linear in the text: no pattern here backtracks.
 */
import { DiscloseError } from '../errors.js';
import type { SourcePos } from '../model/types.js';

const SCHEME_CHAR = /[a-z0-9+.-]/i;
const LETTER = /[a-z]/i;
const BARE_WWW = /(?<![\p{L}\p{N}./:@-])www\./giu;
/** Script URLs need no "//" (`javascript:alert(1)`), and data URLs carry a media type (`data:text/html,…`). */
const SCRIPT_URL = /(?<![\p{L}\p{N}_+.-])(?:javascript:|vbscript:|data:[a-z]+\/[a-z0-9.+-]+[;,])/giu;

export interface InsecureLink {
  start: number;
  text: string;
}

export function insecureLink(text: string): InsecureLink | undefined {
  const found: number[] = [];
  for (let i = text.indexOf('://'); i >= 0; i = text.indexOf('://', i + 3)) {
    let s = i;
    while (s > 0 && SCHEME_CHAR.test(text[s - 1]!)) s--;
    while (s < i && !LETTER.test(text[s]!)) s++;
    if (s === i) continue;
    if (text.slice(s, i).toLowerCase() !== 'https') {
      found.push(s);
      break;
    }
  }
  BARE_WWW.lastIndex = 0;
  const www = BARE_WWW.exec(text);
  if (www) found.push(www.index);
  SCRIPT_URL.lastIndex = 0;
  const script = SCRIPT_URL.exec(text);
  if (script) found.push(script.index);
  if (found.length === 0) return undefined;
  const start = Math.min(...found);
  const end = text.slice(start).search(/\s/);
  return { start, text: text.slice(start, end < 0 ? Math.min(text.length, start + 80) : Math.min(start + end, start + 80)) };
}

/** Throws E_SCHEMA at `pos` when `value` holds a link that is not https. */
export function checkLinks(value: unknown, where: string, pos: SourcePos): void {
  if (typeof value !== 'string') return;
  const link = insecureLink(value);
  if (!link) return;
  throw new DiscloseError(
    'E_SCHEMA',
    `${where}: the link "${link.text}" is not https`,
    pos,
    'Text from here goes into footers and policy clauses, where every link must start with https://. Write the https:// address, or leave the link out.',
  );
}
