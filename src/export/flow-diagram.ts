/**
 * A template's flows as a diagram: data → recipients → countries, with the places the data is
 * stored. An SVG file that is inert by construction — only svg, g, rect, path, text and title
 * elements, no script, no foreignObject, no event attributes, no links or external references —
 * and self-contained (no fonts or images to load), so it prints and shows in a screenshot as is.
 * Every label is escaped; a long one is shortened, with the whole text in its <title>.
 *
 * Pack format 6: the diagram says nothing of the template it belongs to, so templates with the
 * same flows draw the same diagram; each distinct one is a file of the pack named by the hash of
 * its bytes (`diagrams/<hash>.svg`), which the pages show with <img> (an SVG shown as an image runs
 * no script and loads nothing, and it opens from file:// without a plugin).
 */
import { escapeHtml } from './html-escape.js';
import type { FlowView } from './flow-view.js';
import { shortHash } from './names.js';

/**
 * A label escaped for the SVG file, which is XML: characters XML 1.0 does not allow (control
 * characters, lone surrogates, U+FFFE/U+FFFF) would make the file unreadable, so they show as U+FFFD.
 */
const h = (s: string): string => escapeHtml(s).replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');

/** The folder of the diagrams, at the top of the pack. */
export const DIAGRAMS_DIR = 'diagrams';
const DIAGRAM_NAME = /^[0-9a-f]{16}\.svg$/;

/** A diagram file's place in the pack, relative to its top, from its bytes. */
export interface DiagramFile {
  /** `diagrams/<hash>.svg`. */
  path: string;
  svg: string;
  width: number;
  height: number;
}

/** Whether a name in diagrams/ is one an export writes (`<16 hex digits>.svg`). */
export const isDiagramName = (name: string): boolean => DIAGRAM_NAME.test(name);

/** Whether a diagram file holds the bytes its name says (its hash), as the export wrote it. */
export function diagramNamed(name: string, bytes: Buffer | string): boolean {
  return isDiagramName(name) && shortHash(typeof bytes === 'string' ? bytes : bytes.toString('utf8')) === name.slice(0, -'.svg'.length);
}

/** The diagram of a set of flows as a file of the pack; undefined when there are no flows. */
export function diagramFile(flows: FlowView[]): DiagramFile | undefined {
  const svg = flowDiagram(flows);
  if (!svg) return undefined;
  const size = /viewBox="0 0 (\d+) (\d+)"/.exec(svg)!;
  return { path: `${DIAGRAMS_DIR}/${shortHash(svg)}.svg`, svg, width: Number(size[1]), height: Number(size[2]) };
}

const NODE_H = 24;
const GAP = 10;
const TOP = 34;
const COLS = [
  { x: 8, w: 250, head: 'Data' },
  { x: 330, w: 270, head: 'Recipients' },
  { x: 672, w: 240, head: 'Countries' },
];
const WIDTH = 920;
const MAX_LABEL = 40;

interface Node {
  key: string;
  label: string;
  kind?: 'store';
}

function short(s: string): string {
  return s.length > MAX_LABEL ? `${s.slice(0, MAX_LABEL - 1)}…` : s;
}

/** The diagram of a set of flows, as a standalone SVG file; empty when there are none. */
export function flowDiagram(flows: FlowView[]): string {
  if (flows.length === 0) return '';
  const cols: Node[][] = [[], [], []];
  const index = cols.map(() => new Map<string, number>());
  const add = (c: number, key: string, label: string, kind?: Node['kind']) => {
    if (!index[c]!.has(key)) {
      index[c]!.set(key, cols[c]!.length);
      cols[c]!.push({ key, label, ...(kind ? { kind } : {}) });
    }
    return index[c]!.get(key)!;
  };
  const edges = new Map<string, { from: [number, number]; to: [number, number]; dashed: boolean }>();
  const edge = (from: [number, number], to: [number, number], dashed = false) => {
    const key = `${from.join(':')}>${to.join(':')}`;
    if (!edges.has(key)) edges.set(key, { from, to, dashed });
  };
  const STORE = 'our storage';
  for (const f of flows) {
    const data = f.data.map((d) => add(0, d, d));
    for (const r of f.recipients) {
      const who = r.name ? `${r.name} (${r.type})` : r.type;
      const node = add(1, who, who);
      for (const d of data) edge([0, d], [1, node]);
      edge([1, node], [2, add(2, r.country, r.country)]);
      for (const s of r.storage ?? []) edge([1, node], [2, add(2, s, s)], true);
    }
    if (f.storage.length) {
      const node = add(1, STORE, 'Stored by us / our processors', 'store');
      for (const d of data) edge([0, d], [1, node]);
      for (const s of f.storage) edge([1, node], [2, add(2, s, s)], true);
    }
  }
  const rows = Math.max(...cols.map((c) => c.length), 1);
  const height = TOP + rows * (NODE_H + GAP) + 8;
  const y = (col: number, i: number) => TOP + i * (NODE_H + GAP) + (rows - cols[col]!.length) * (NODE_H + GAP) / 2;
  const parts: string[] = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-label="Data flows: data, recipients and countries" font-family="system-ui, sans-serif" font-size="12">`);
  parts.push('<title>Data flows</title>');
  COLS.forEach((c) => parts.push(`<text x="${c.x}" y="16" font-weight="600" fill="#1d2125">${h(c.head)}</text>`));
  parts.push('<g fill="none" stroke="#8a94a0" stroke-width="1.2">');
  for (const e of edges.values()) {
    const [fc, fi] = e.from;
    const [tc, ti] = e.to;
    const x1 = COLS[fc]!.x + COLS[fc]!.w;
    const x2 = COLS[tc]!.x;
    const y1 = y(fc, fi) + NODE_H / 2;
    const y2 = y(tc, ti) + NODE_H / 2;
    const mx = (x1 + x2) / 2;
    parts.push(`<path d="M${x1} ${y1} C${mx} ${y1} ${mx} ${y2} ${x2} ${y2}"${e.dashed ? ' stroke-dasharray="4 3"' : ''}></path>`);
  }
  parts.push('</g>');
  cols.forEach((nodes, c) => {
    const col = COLS[c]!;
    nodes.forEach((n, i) => {
      const top = y(c, i);
      const fill = n.kind === 'store' ? '#eef2fb' : c === 2 ? '#fdf6e7' : '#f3f5f7';
      parts.push(`<g class="node col-${c}"><title>${h(n.label)}</title><rect x="${col.x}" y="${top}" width="${col.w}" height="${NODE_H}" rx="4" fill="${fill}" stroke="#b8c0c8"></rect><text x="${col.x + 8}" y="${top + 16}" fill="#1d2125">${h(short(n.label))}</text></g>`);
    });
  });
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}
