/** `disclose locales`: the locales with their key counts, or what a locale still has to translate. */
import type { IO } from '../cli/io.js';
import { EXIT } from '../cli/io.js';
import { openCatalog } from '../api/load-project.js';
import { DiscloseError } from '../errors.js';
import { localeCounts, missingTranslations } from '../load/locale-coverage.js';
import { printable, printableJson } from '../format/printable.js';

export interface LocalesCommandOptions {
  missing?: string;
  format?: string;
  config?: string | false;
}

export async function localesCommand(opts: LocalesCommandOptions, io: IO): Promise<number> {
  const format = opts.format ?? 'text';
  if (!['text', 'json'].includes(format)) throw new DiscloseError('E_USAGE', `unknown format "${format}"`, {}, 'Use --format text or --format json.');
  const { catalog } = openCatalog({ cwd: io.cwd, ...(opts.config !== undefined ? { config: opts.config } : {}) });
  if (opts.missing === undefined) {
    const rows = localeCounts(catalog);
    if (format === 'json') io.stdout(`${printableJson(JSON.stringify(rows.map(({ files: _files, ...r }) => r), null, 2))}\n`);
    else {
      const width = Math.max(...rows.map((r) => r.locale.length));
      io.stdout(printable(rows.map((r) => `${r.locale.padEnd(width)}  ${r.wordingKeys} wording keys, ${r.labels} taxonomy labels${r.missing ? `, ${r.missing} to translate` : ''}\n`).join('')));
    }
    return EXIT.clean;
  }
  if (!catalog.locales.includes(opts.missing)) {
    throw new DiscloseError('E_UNKNOWN_LOCALE', `unknown locale "${opts.missing}"`, {}, `Available locales: ${catalog.locales.join(', ')}. To start a locale, add locales/${opts.missing}/wording.yaml (it may be empty).`);
  }
  const m = missingTranslations(catalog, opts.missing);
  const count = m.wording.length + m.labels.length;
  if (format === 'json') io.stdout(`${printableJson(JSON.stringify(m, null, 2))}\n`);
  else if (count === 0) io.stdout(printable(`${m.locale} has every wording key and taxonomy label of ${m.reference}.\n`));
  else {
    const lines = [
      ...(m.wording.length ? [`Wording keys to translate (${m.wording.length}):`, ...m.wording.map((k) => `  ${k}`)] : []),
      ...(m.labels.length ? [`Taxonomy labels to translate (${m.labels.length}):`, ...m.labels.map((k) => `  ${k}`)] : []),
      '',
      `${count} to translate in ${m.locale} (compared with ${m.reference}).`,
    ];
    io.stdout(`${printable(lines.join('\n'))}\n`);
  }
  return count > 0 ? EXIT.findings : EXIT.clean;
}
