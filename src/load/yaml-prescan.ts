/**
 * A linear pre-check of a YAML text's size in tokens and its nesting, run on the lexer's token
 * stream before the parser builds a tree. The parser slows down with depth (two megabytes of "["
 * take it many seconds) and costs about five microseconds a token, so pathological files are
 * refused before parsing; the exact depth limit is applied afterwards on the parsed nodes. The
 * depth estimate counts open flow collections and open block levels (by indentation and by
 * compact indicators such as "- - -" on one line).
 */
import { Lexer } from 'yaml';

/** Markers the lexer emits that are not part of the source text. */
const MARKERS = new Set(['\x02', '\x18', '\x1f']);

export interface PrescanProblem {
  problem: 'depth' | 'tokens';
  /** Offset of the token at which the limit was passed. */
  offset: number;
}

/**
 * Where the estimated nesting first exceeds `maxDepth`, or the token count `maxTokens`; undefined
 * when neither does. Quoted and block scalars and comments are single tokens, so brackets inside
 * them do not count.
 */
export function prescanYaml(text: string, maxDepth: number, maxTokens: number): PrescanProblem | undefined {
  return mayExceed(text, maxDepth, maxTokens) ? scanTokens(text, maxDepth, maxTokens) : undefined;
}

/** The pre-check on the lexer's tokens, without the shortcut (tests hold both equal). */
export function scanTokens(text: string, maxDepth: number, maxTokens: number): PrescanProblem | undefined {
  let tokens = 0;
  let offset = 0;
  let flow = 0;
  let column = 0;
  let lineStart = true;
  let scalarNext = false;
  /** Columns of the open block levels. */
  const block: number[] = [];
  const open = (col: number): boolean => {
    while (block.length && block[block.length - 1]! >= col) block.pop();
    block.push(col);
    return block.length + flow > maxDepth;
  };
  for (const token of new Lexer().lex(text)) {
    if (MARKERS.has(token)) {
      scalarNext = token === '\x1f';
      continue;
    }
    const at = offset;
    offset += token.length;
    if (++tokens > maxTokens) return { problem: 'tokens', offset: at };
    const isScalar = scalarNext;
    scalarNext = false;
    if (!isScalar && (token === '\n' || token === '\r\n')) {
      lineStart = true;
      column = 0;
      continue;
    }
    const first = token[0];
    if (!isScalar && (first === ' ' || first === '\t')) {
      column += token.length;
      continue;
    }
    if (!isScalar && first === '#') continue;
    if (isScalar) {
      // The source of a plain or block scalar: a value, whatever characters it holds. A block
      // scalar's content starts with its indentation.
      if (flow === 0 && lineStart && open(column + token.length - token.trimStart().length)) return { problem: 'depth', offset: at };
    } else if (token === '[' || token === '{') {
      if (flow === 0 && lineStart && open(column)) return { problem: 'depth', offset: at };
      flow++;
      if (block.length + flow > maxDepth) return { problem: 'depth', offset: at };
    } else if (token === ']' || token === '}') {
      flow = Math.max(0, flow - 1);
    } else if (flow === 0 && (token === '-' || token === '?' || token === ':')) {
      // A block indicator opens a level at its own column and its content one further in.
      if ((lineStart || token !== ':') && open(column)) return { problem: 'depth', offset: at };
      if (open(column + 1)) return { problem: 'depth', offset: at };
    } else if (flow === 0 && lineStart && open(column)) {
      return { problem: 'depth', offset: at };
    }
    // Quoted and block scalars may span lines.
    const nl = token.lastIndexOf('\n');
    lineStart = false;
    column = nl < 0 ? column + token.length : token.length - nl - 1;
  }
  return undefined;
}

/**
 * False when no token stream of the text can pass either limit, so lexing it is not needed (most
 * files: short lines, few brackets). Every token is at least one character long, so there are at
 * most as many tokens as characters. The open block levels have strictly increasing columns, each
 * at most one past the length of its line, so there are at most the longest line's length plus two
 * of them; open flow collections are at most the "[" and "{" in the text.
 */
function mayExceed(text: string, maxDepth: number, maxTokens: number): boolean {
  if (text.length > maxTokens) return true;
  let longest = 0;
  let lineStart = 0;
  let brackets = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      if (i - lineStart > longest) longest = i - lineStart;
      lineStart = i + 1;
    } else if (c === 91 || c === 123) brackets++;
  }
  if (text.length - lineStart > longest) longest = text.length - lineStart;
  return longest + 2 + brackets > maxDepth;
}
