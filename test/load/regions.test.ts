/**
 * Our own region profiles pass the checks a project's own profiles get (links in law names and
 * articles, country codes), read from their YAML sources: commands take them from the build's
 * parse without checking them again.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRegionText, yamlFilesUnder } from '../../src/load/regions.js';
import { parseYaml } from '../../src/load/yaml-file.js';
import { builtinYaml } from '../../src/load/builtin-data.js';
import { ROOT } from '../helpers/examples.js';

describe('shipped region profiles', () => {
  const files = yamlFilesUnder(path.join(ROOT, 'regions'));

  it('are all there', () => expect(files.length).toBeGreaterThanOrEqual(10));

  it.each(files.map((f) => [path.relative(ROOT, f), f]))('%s passes the text checks from its source', (_rel, file) => {
    expect(() => checkRegionText(parseYaml(readFileSync(file, 'utf8'), file))).not.toThrow();
  });

  it('the check still refuses an http link in a profile', () => {
    const y = parseYaml('id: x\nlaw: "See http://example.com/law"\n', 'x.yaml');
    expect(() => checkRegionText(y)).toThrow(/http/);
  });

  it('come from the build marked as ours when it is fresh', () => {
    const built = builtinYaml(files[0]!);
    if (built) expect(built.builtin).toBe(true);
    expect(parseYaml('id: x\n', 'x.yaml').builtin).toBeUndefined();
  });
});
