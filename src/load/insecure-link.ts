/**
 * Finds links in free text that would reach a footer or a clause without https: any other scheme
 * followed by "//" (http://, ftp://, javascript://), the script and data schemes that need no "//"
 * (`javascript:alert(1)`, `vbscript:`, `data:text/html,…`, `file:/…`, also with the tabs and line
 * breaks browsers ignore inside a scheme, so `[x](javascript:…)` in Markdown is caught too), and
 * bare www. domains, which chat apps and Markdown viewers turn into http links. A value that names
 * no link, or only https ones, passes. Linear in the text: no pattern here backtracks.
 */
import { DiscloseError } from '../errors.js';
import type { SourcePos } from '../model/types.js';
import type { YamlFile } from './yaml-file.js';

const SCHEME_CHAR = /[a-z0-9+.-]/i;
const LETTER = /[a-z]/i;
const BARE_WWW = /(?<![\p{L}\p{N}./:@-])www\./giu;
/**
 * A scheme name with the ASCII tabs and line breaks a browser strips from a URL allowed between its
 * letters. A script scheme needs a character right after its colon ("JavaScript: not needed" is
 * prose, and no linkifier or Markdown link takes a space there); `data:` a media type, or `,` or `;`
 * right after its colon (`data:,x`, `data:;base64,…`).
 */
const spread = (word: string) => [...word].join('[\\t\\n\\r]*');
const SCRIPT_SCHEME = new RegExp(
  `(?<![a-z0-9+.-])(?:${['javascript', 'vbscript', 'livescript'].map(spread).join('|')})[\\t\\n\\r]*:(?=\\S)|(?<![a-z0-9+.-])${spread('data')}[\\t\\n\\r]*:(?:[a-z]+/|[,;])|(?<![a-z0-9+.-])${spread('file')}[\\t\\n\\r]*:/`,
  'gi',
);

export interface InsecureLink {
  start: number;
  text: string;
}

/** Every script or data link (`javascript:`, `vbscript:`, `data:text/…`, `file:/…`) in a text. */
export function scriptLinks(text: string): InsecureLink[] {
  const out: InsecureLink[] = [];
  for (const m of text.matchAll(SCRIPT_SCHEME)) out.push({ start: m.index, text: linkText(text, m.index) });
  return out;
}

function linkText(text: string, start: number): string {
  const end = text.slice(start).search(/\s/);
  return text.slice(start, end < 0 ? Math.min(text.length, start + 80) : Math.min(start + end, start + 80));
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
  SCRIPT_SCHEME.lastIndex = 0;
  const script = SCRIPT_SCHEME.exec(text);
  if (script) found.push(script.index);
  if (found.length === 0) return undefined;
  const start = Math.min(...found);
  return { start, text: linkText(text, start) };
}

/**
 * Throws E_SCHEMA at `pos` when `value` holds a link that is not https. `pos` may be a function:
 * the position is then found only for the error.
 */
export function checkLinks(value: unknown, where: string | (() => string), pos: SourcePos | (() => SourcePos)): void {
  if (typeof value !== 'string') return;
  const link = insecureLink(value);
  if (!link) return;
  throw new DiscloseError(
    'E_SCHEMA',
    `${typeof where === 'function' ? where() : where}: the link "${link.text}" is not https`,
    typeof pos === 'function' ? pos() : pos,
    'Text from here goes into footers and policy clauses, where every link must start with https://. Write the https:// address, or leave the link out.',
  );
}

/**
 * checkLinks on every string of a YAML file (keys `$schema` aside), each named by its path in the
 * message, after `prefix` when given: for files whose every value may reach a clause.
 */
export function checkLinksIn(y: YamlFile, prefix?: string): void {
  const walk = (value: unknown, at: Array<string | number>): void => {
    // The name and the position of a value (a walk of the file's tree) are made only for an error.
    if (typeof value === 'string') checkLinks(value, () => (prefix ? `${prefix} ${at.join('.')}` : at.join('.')), () => y.posOf(at));
    else if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...at, i]));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) if (k !== '$schema') walk(v, [...at, k]);
  };
  walk(y.data, []);
}
