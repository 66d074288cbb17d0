/**
 * A compact encoding of the cache's entries (cache format 2, and 3 with values held as text). Entries repeat the same strings over
 * and over — every finding's rule, message, fix and file, every row's footer — and the same object
 * shapes; written as plain JSON, 10,000 templates made a 95–113 MB file that took seconds to read.
 * Here every primitive is written once, in a table, and every object's keys once, as a shape:
 *
 * - a primitive (string, number, boolean, null) is its index in `values`;
 * - an object is `[shape, ...values]`, `shape` (≥ 0) an index in `shapes` (its keys, in order: a
 *   decoded object has its keys in the order they were written, so output stays byte-identical);
 * - an array is `[-1, ...items]`;
 * - a value held as text is `[-2, "<its code as JSON>"]` (cache format 3): the code of an entry's key
 *   that a run may never need (`check`'s findings, when their printed text is kept), which
 *   `JSON.parse` of the file then reads as one string instead of as thousands of small arrays.
 *
 * Decoding checks every index: a damaged table or code is an error (`CodecError`), and the cache
 * is then ignored as a whole, like any cache that cannot be trusted.
 */

/** A code; `[-2, json]` holds a value's code as text (cache format 3). */
export type Code = number | Code[] | [-2, string];

export class CodecError extends Error {}

/** Builds the tables while entries are encoded. */
export class Encoder {
  readonly values: Array<string | number | boolean | null> = [];
  readonly shapes: string[][] = [];
  private readonly strings = new Map<string, number>();
  private readonly others = new Map<string, number>();
  private readonly shapeIds = new Map<string, number>();

  /**
   * An encoder that goes on from the tables of a cache file (checked by `Decoder.tables`): the codes
   * of that file stay valid, so its unchanged entries are written as they were read, not encoded
   * again; what is new is appended to the tables.
   */
  static from(values: ReadonlyArray<string | number | boolean | null>, shapes: ReadonlyArray<string[]>): Encoder {
    const e = new Encoder();
    for (const v of values) {
      const i = e.values.push(v) - 1;
      if (typeof v === 'string') {
        if (!e.strings.has(v)) e.strings.set(v, i);
      } else {
        const k = `${typeof v}:${String(v)}`;
        if (!e.others.has(k)) e.others.set(k, i);
      }
    }
    for (const keys of shapes) {
      const s = e.shapes.push(keys) - 1;
      const sk = keys.join('\u0000');
      if (!e.shapeIds.has(sk)) e.shapeIds.set(sk, s);
    }
    return e;
  }

  /** `hold`: a key of the object `v` whose code is written as text (`[-2, json]`). */
  encode(v: unknown, hold?: string): Code {
    if (hold !== undefined && typeof v === 'object' && v !== null && !Array.isArray(v) && (v as Record<string, unknown>)[hold] !== undefined) {
      const code = this.encode(v) as Code[];
      const shape = this.shapes[code[0] as number]!;
      const at = shape.indexOf(hold) + 1;
      code[at] = [-2, JSON.stringify(code[at])];
      return code;
    }
    if (typeof v === 'string') {
      let i = this.strings.get(v);
      if (i === undefined) {
        i = this.values.push(v) - 1;
        this.strings.set(v, i);
      }
      return i;
    }
    if (v === null || typeof v === 'number' || typeof v === 'boolean') {
      const k = `${typeof v}:${String(v)}`;
      let i = this.others.get(k);
      if (i === undefined) {
        i = this.values.push(v) - 1;
        this.others.set(k, i);
      }
      return i;
    }
    if (Array.isArray(v)) {
      const out: Code[] = [-1];
      for (const x of v) out.push(this.encode(x));
      return out;
    }
    if (typeof v === 'object') {
      // undefined-valued keys are left out, as JSON.stringify leaves them out.
      const keys = Object.keys(v as object).filter((k) => (v as Record<string, unknown>)[k] !== undefined);
      const sk = keys.join('\u0000');
      let s = this.shapeIds.get(sk);
      if (s === undefined) {
        s = this.shapes.push(keys) - 1;
        this.shapeIds.set(sk, s);
      }
      const out: Code[] = [s];
      for (const k of keys) out.push(this.encode((v as Record<string, unknown>)[k]));
      return out;
    }
    throw new CodecError(`cannot encode a ${typeof v}`);
  }
}

/** Reads codes against the tables of one cache file. */
export class Decoder {
  constructor(
    private readonly values: unknown[],
    private readonly shapes: string[][],
  ) {}

  /** Whether the tables have the shape `Encoder` writes (checked once per file). */
  static tables(values: unknown, shapes: unknown): Decoder | undefined {
    if (!Array.isArray(values) || !Array.isArray(shapes)) return undefined;
    if (!values.every((v) => v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')) return undefined;
    if (!shapes.every((s) => Array.isArray(s) && s.every((k) => typeof k === 'string' && k !== '__proto__'))) return undefined;
    return new Decoder(values, shapes as string[][]);
  }

  /**
   * An object's code decoded but for one key, whose code is handed back as it is (for a reader that
   * may never need it: `check --cache` printing the kept text of its unchanged templates). The
   * key is left out of the object; `held` is undefined when the object has no such key.
   */
  decodeExcept(c: unknown, key: string): { value: unknown; held?: unknown } {
    if (!Array.isArray(c) || typeof c[0] !== 'number' || c[0] < 0 || !Number.isInteger(c[0]) || c[0] >= this.shapes.length) return { value: this.decode(c) };
    const keys = this.shapes[c[0]]!;
    const at = keys.indexOf(key);
    if (at < 0) return { value: this.decode(c) };
    if (keys.length !== c.length - 1) throw new CodecError('an object of the wrong length');
    const out: Record<string, unknown> = {};
    for (let i = 0; i < keys.length; i++) if (i !== at) out[keys[i]!] = this.decode(c[i + 1]);
    return { value: out, held: c[at + 1] };
  }

  decode(c: unknown): unknown {
    if (typeof c === 'number') {
      if (!Number.isInteger(c) || c < 0 || c >= this.values.length) throw new CodecError('a value out of range');
      return this.values[c];
    }
    if (!Array.isArray(c) || c.length === 0) throw new CodecError('not a code');
    const head = c[0];
    if (head === -2) {
      if (c.length !== 2 || typeof c[1] !== 'string') throw new CodecError('a held value of the wrong shape');
      let inner: unknown;
      try {
        inner = JSON.parse(c[1]);
      } catch {
        throw new CodecError('a held value that is not JSON');
      }
      if (Array.isArray(inner) && inner[0] === -2) throw new CodecError('a held value inside a held value');
      return this.decode(inner);
    }
    if (head === -1) {
      const out: unknown[] = new Array(c.length - 1);
      for (let i = 1; i < c.length; i++) out[i - 1] = this.decode(c[i]);
      return out;
    }
    if (typeof head !== 'number' || !Number.isInteger(head) || head < 0 || head >= this.shapes.length) throw new CodecError('a shape out of range');
    const keys = this.shapes[head]!;
    if (keys.length !== c.length - 1) throw new CodecError('an object of the wrong length');
    const out: Record<string, unknown> = {};
    for (let i = 0; i < keys.length; i++) out[keys[i]!] = this.decode(c[i + 1]);
    return out;
  }
}
