/** The pack's one stylesheet, written once as `pack.css` and linked from every page: no network, readable when printed. */
export const STYLE = `
:root { --clean: #1b7f3b; --warn: #a86400; --err: #b3261e; --line: #d0d4d9; --muted: #5b6570; }
* { box-sizing: border-box; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK SC", "Noto Sans Thai", sans-serif; margin: 24px; color: #1d2125; }
h1 { font-size: 20px; margin: 0 0 4px; } h2 { font-size: 16px; margin: 24px 0 8px; } h3 { font-size: 14px; margin: 12px 0 6px; }
.muted { color: var(--muted); }
table { border-collapse: collapse; }
th, td { border: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: #f3f5f7; font-weight: 600; }
td.cell { text-align: center; white-space: nowrap; }
td.cell a { display: block; text-decoration: none; color: inherit; font-weight: 600; }
.clean { background: #e3f4e8; color: var(--clean); } .warnings { background: #fdf1dc; color: var(--warn); } .errors { background: #fbe3e1; color: var(--err); }
.badge { display: inline-block; padding: 0 6px; border-radius: 8px; font-size: 12px; border: 1px solid currentColor; }
pre, .text { white-space: pre-wrap; word-break: break-word; font: 13px/1.45 ui-monospace, "SFMono-Regular", Menlo, Consolas, "Noto Sans Mono", monospace; background: #f7f8fa; padding: 8px; border: 1px solid var(--line); margin: 0; }
.locales { display: grid; grid-template-columns: repeat(auto-fit, minmax(320px, 1fr)); gap: 16px; }
.locale { border: 1px solid var(--line); padding: 12px; break-inside: avoid; }
ul.findings, ol.findings { padding-left: 18px; margin: 4px 0; } ul.findings li, ol.findings li { margin-bottom: 6px; } .finding-refs a.badge { text-decoration: none; margin-right: 2px; }
.legend span { margin-right: 12px; }
.as-of { border-left: 3px solid var(--warn); padding: 4px 8px; background: #fff8ec; }
table.flows { width: 100%; margin-bottom: 12px; } table.flows td, table.flows th { font-size: 13px; }
ul.plain { list-style: none; padding: 0; margin: 0; }
figure.diagram { margin: 8px 0 16px; break-inside: avoid; } img.flow-diagram { max-width: 100%; height: auto; display: block; }
.unsettled { border-left: 3px solid var(--warn); padding-left: 8px; margin: 8px 0; }
.review { display: inline-block; font-size: 12px; } p.review, div.review { display: block; margin: 4px 0; }
.review.signed-off { color: var(--clean); } .review.needs-re-review { color: var(--err); font-weight: 600; } .review.pending { color: var(--muted); }
ul.rules { padding-left: 18px; } ul.rules li { margin-bottom: 6px; }
del { background: #fbe3e1; text-decoration: none; } ins { background: #e3f4e8; text-decoration: none; }
@media print { body { margin: 0; font-size: 11px; } a { color: inherit; text-decoration: none; } .locale, tr { break-inside: avoid; } .noprint { display: none; } }
`;

/** The stylesheet's file, at the top of the pack. */
export const STYLESHEET = 'pack.css';

/** The head of a page of the pack: `root` is the way to the top of the pack ('' or '../'). */
export function htmlHead(title: string, root: string, lang = 'en'): string {
  return `<!DOCTYPE html>\n<html lang="${lang}">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${title}</title>\n<link rel="stylesheet" href="${root}${STYLESHEET}">\n</head>\n<body>\n`;
}

/** A detail page (in pages/), linking the pack's stylesheet. */
export function htmlDocument(title: string, body: string, lang = 'en'): string {
  return `${htmlHead(title, '../', lang)}${body}\n</body>\n</html>\n`;
}
