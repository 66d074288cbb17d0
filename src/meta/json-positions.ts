/**
 * Where each value of a JSON text starts, by its path (`data[2].components[0].type`), so errors
 * about Meta's JSON name the line and column of the field at fault. A small scanner over text that
 * JSON.parse has already accepted.
 */
export interface JsonPos {
  line: number;
  column: number;
}

export function jsonPositions(text: string): Map<string, JsonPos> {
  const out = new Map<string, JsonPos>();
  let i = 0;
  let line = 1;
  let lineStart = 0;
  const skip = () => {
    while (i < text.length) {
      const c = text[i]!;
      if (c === '\n') {
        line++;
        lineStart = i + 1;
      } else if (c !== ' ' && c !== '\t' && c !== '\r' && c !== '\uFEFF') break;
      i++;
    }
  };
  const readString = (): string => {
    const start = i;
    i++;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const value = (path: string): void => {
    skip();
    out.set(path, { line, column: i - lineStart + 1 });
    const c = text[i];
    if (c === '{') {
      i++;
      skip();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        skip();
        const key = readString();
        skip();
        i++; // :
        value(path ? `${path}.${key}` : key);
        skip();
        if (text[i++] === '}') return;
      }
    } else if (c === '[') {
      i++;
      skip();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (let n = 0; ; n++) {
        value(`${path}[${n}]`);
        skip();
        if (text[i++] === ']') return;
      }
    } else if (c === '"') readString();
    else while (i < text.length && !/[\s,\]}]/.test(text[i]!)) i++;
  };
  try {
    value('');
  } catch {
    // Positions are a help for messages; a text the scanner does not follow gives fewer of them.
  }
  return out;
}
