/**
 * Finds links in message text: with a scheme (`https://`, `http://`), bare `www.` domains, and
 * scheme-less domains followed by a path (`shop.example/orders`). Splits each into host and path.
 */
export interface Link {
  /** The link as written, without trailing sentence punctuation. */
  text: string;
  start: number;
  end: number;
  scheme: 'https' | 'http' | 'none';
  host: string;
  /** From the first `/` after the host up to `?` or `#`. */
  path: string;
}

const LINK = /\b(?:https?:\/\/|www\.)[^\s<>"']+|(?<![\p{L}\p{N}@./:-])(?:[a-z0-9-]+\.)+[a-z]{2,}\/[^\s<>"']*/giu;
const TRAILING = /[.,;:!?)\]'"]+$/;

export function parseLink(text: string, start = 0): Link {
  const lower = text.toLowerCase();
  const scheme = lower.startsWith('https://') ? 'https' : lower.startsWith('http://') ? 'http' : 'none';
  const rest = scheme === 'none' ? text : text.slice(text.indexOf('//') + 2);
  const hostEnd = rest.search(/[/?#]/);
  const host = hostEnd < 0 ? rest : rest.slice(0, hostEnd);
  const after = hostEnd < 0 ? '' : rest.slice(hostEnd);
  const pathEnd = after.search(/[?#]/);
  const path = after.startsWith('/') ? (pathEnd < 0 ? after : after.slice(0, pathEnd)) : '';
  return { text, start, end: start + text.length, scheme, host, path };
}

export function findLinks(text: string): Link[] {
  const out: Link[] = [];
  for (const m of text.matchAll(LINK)) {
    const raw = m[0].replace(TRAILING, '');
    if (raw) out.push(parseLink(raw, m.index));
  }
  return out;
}
