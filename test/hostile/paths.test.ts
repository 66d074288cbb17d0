/**
 * Paths (issue 8): template ids and output names never write outside `--out`, and `--out` never
 * replaces what is not an earlier pack. Links are planted where a user or an earlier run could
 * leave them: `--out` itself, a previous pack in `--out`, a shard, a `--since` folder, a region
 * folder, a glob's folders.
 */
import { cpSync, existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiscloseError } from '../../src/errors.js';
import { insideDir } from '../../src/io/atomic-dir.js';
import { cli } from '../helpers/cli.js';
import { readTree, tmp } from '../helpers/tree.js';
import { errorLine, GOOD, HOSTILE } from './harness.js';

function refuses(dir: string, name: string): DiscloseError {
  try {
    insideDir(dir, name);
  } catch (e) {
    expect(e).toBeInstanceOf(DiscloseError);
    expect((e as DiscloseError).code).toBe('E_PATH');
    return e as DiscloseError;
  }
  throw new Error(`insideDir accepted ${JSON.stringify(name)}`);
}

/** A project with the good template, its organization, and an "outside" folder with a file to protect. */
function project(): { dir: string; outside: string; secret: string } {
  const dir = tmp('disclose-paths-');
  cpSync(GOOD.templates, path.join(dir, 'templates'), { recursive: true });
  cpSync(GOOD.organization, path.join(dir, 'organization.yaml'));
  const outside = path.join(dir, 'outside');
  mkdirSync(outside);
  const secret = path.join(outside, 'secret.json');
  writeFileSync(secret, '{"keep": "me"}\n');
  return { dir, outside, secret };
}

const exportArgs = (out: string, ...extra: string[]) => ['export', 'templates', '--org', 'organization.yaml', '--no-config', '--regions', 'eu', '--out', out, '--quiet', ...extra];

describe('insideDir', () => {
  const dir = tmp('disclose-inside-');
  mkdirSync(path.join(dir, 'data'));

  it('accepts plain names and names in subfolders, and returns a path inside', () => {
    for (const name of ['pack.json', 'data/order_update.json', 'console.json', 'com10.json', 'lpt', 'nul_x.json', 'connect.html', 'data/aux_log.json', '..json', 'a..b']) {
      const full = insideDir(dir, name);
      expect(full.startsWith(dir + path.sep), name).toBe(true);
    }
  });

  it('refuses "..", absolute POSIX and Windows paths, and NUL', () => {
    for (const name of ['..', '../x.json', 'data/../../x.json', 'data/..', '..\\x.json', 'data\\..\\..\\x', '/etc/passwd', '/', 'C:\\Windows\\x.json', 'C:/x.json', '\\\\server\\share\\x', '\\x.json', 'a\0b.json', '\0', '']) {
      refuses(dir, name);
    }
    expect(refuses(dir, '../x.json').message).toMatch(/outside the output folder/);
  });

  it('refuses reserved device names, with or without an extension, in any case and in any segment', () => {
    for (const name of ['con', 'CON', 'nul', 'NUL.json', 'com1.html', 'COM9', 'lpt1', 'lpt¹', 'LPT³.txt', 'com²', 'aux', 'prn.md', 'conin$', 'CONOUT$.json', 'con.', 'con ', 'nul. ', 'data/con.json', 'con/x.json']) {
      expect(refuses(dir, name).message, name).toMatch(/reserved device name/);
    }
  });

  it('refuses a symbolic link inside the folder that points out, a dangling one, and a link as the file itself', () => {
    const d = tmp('disclose-inside-links-');
    const outside = tmp('disclose-outside-');
    mkdirSync(path.join(d, 'real'));
    symlinkSync(outside, path.join(d, 'out-link'));
    symlinkSync(path.join(outside, 'nothing'), path.join(d, 'dangling'));
    symlinkSync(path.join(outside, 'x.json'), path.join(d, 'file-link.json'));
    symlinkSync(path.join(d, 'real'), path.join(d, 'in-link'));
    expect(refuses(d, 'out-link/x.json').message).toMatch(/resolves outside/);
    refuses(d, 'out-link/deeper/x.json');
    refuses(d, 'dangling/x.json');
    expect(refuses(d, 'file-link.json').message).toMatch(/symbolic link/);
    expect(refuses(d, 'in-link').message).toMatch(/symbolic link/);
    // A link that stays inside may be written through.
    expect(insideDir(d, 'in-link/x.json')).toBe(path.join(d, 'in-link', 'x.json'));
    expect(readdirSync(outside)).toEqual([]);
  });
});

describe('template ids', () => {
  it('device names a template id may be ("con", "nul", "com1", "lpt1", "aux", "prn") are exported under hashed file names', async () => {
    const { dir } = project();
    const body = readFileSync(path.join(dir, 'templates', 'order_update.yaml'), 'utf8');
    for (const id of ['con', 'nul', 'com1', 'lpt1', 'aux', 'prn']) writeFileSync(path.join(dir, 'templates', `${id}.yaml`), body.replace('id: order_update', `id: ${id}`));
    const r = await cli(exportArgs('pack'), dir);
    expect(r.code, r.err).toBe(0);
    for (const sub of ['data', 'pages']) {
      const names = readdirSync(path.join(dir, 'pack', sub));
      expect(names.length).toBe(7);
      for (const id of ['con', 'nul', 'com1', 'lpt1', 'aux', 'prn']) {
        expect(names.some((n) => n.startsWith(`${id}-`)), `${sub}: ${names.join(', ')}`).toBe(true);
        expect(names.filter((n) => n.split('.')[0] === id)).toEqual([]);
      }
    }
    const rows = JSON.parse(readFileSync(path.join(dir, 'pack', 'summary.json'), 'utf8')) as Array<{ template: string; page: string }>;
    expect(rows.find((x) => x.template === 'con')!.page).toMatch(/^con-[0-9a-f]{12}\.html$/);
  });
  it('ids that are paths never reach a file name: the schema refuses them (test/fixtures/hostile/templates/id-*.yaml)', () => {
    const ids = readdirSync(path.join(HOSTILE, 'templates')).filter((n) => n.startsWith('id-'));
    expect(ids.length).toBeGreaterThanOrEqual(5);
  });
});

describe('--out', () => {
  it('a symbolic link as --out is refused and its target left alone', async () => {
    const { dir, outside, secret } = project();
    symlinkSync(outside, path.join(dir, 'pack'));
    const r = await cli(exportArgs('pack'), dir);
    expect(r.code).toBe(2);
    expect(errorLine(r.err)).toMatch(/the output folder is a symbolic link \[E_PATH\]$/);
    expect(readdirSync(outside)).toEqual(['secret.json']);
    expect(readFileSync(secret, 'utf8')).toBe('{"keep": "me"}\n');
    expect(lstatSync(path.join(dir, 'pack')).isSymbolicLink()).toBe(true);
  });

  it('an earlier pack with links planted in it (data/, pages/, meta/, a page) is refused and kept, never written through', async () => {
    const { dir, outside, secret } = project();
    expect((await cli(exportArgs('pack'), dir)).code).toBe(0);
    const pack = path.join(dir, 'pack');
    rmSync(path.join(pack, 'data'), { recursive: true });
    symlinkSync(outside, path.join(pack, 'data'));
    rmSync(path.join(pack, 'pages', 'order_update.html'));
    symlinkSync(secret, path.join(pack, 'pages', 'order_update.html'));
    mkdirSync(path.join(outside, 'meta'));
    rmSync(path.join(pack, 'meta'), { recursive: true });
    symlinkSync(path.join(outside, 'meta'), path.join(pack, 'meta'));
    symlinkSync(secret, path.join(pack, 'summary.json.link'));
    const before = readTree(outside);
    const packBefore = readdirSync(pack).sort();

    const r = await cli(exportArgs('pack'), dir);

    // Issue 21: a folder that holds anything the manifest does not list is not an earlier pack.
    expect(r.code, r.err).toBe(2);
    expect(errorLine(r.err)).toMatch(/the output folder holds data, which the earlier export did not write.*\[E_PATH\]$/);
    expect(readTree(outside)).toEqual(before);
    expect(readdirSync(pack).sort()).toEqual(packBefore);
    expect(lstatSync(path.join(pack, 'data')).isSymbolicLink()).toBe(true);
    expect(lstatSync(path.join(pack, 'summary.json.link')).isSymbolicLink()).toBe(true);
    expect(readdirSync(dir).filter((n) => n.includes('disclose-'))).toEqual([]);
  });

  it('a file as --out is refused and kept', async () => {
    const { dir } = project();
    writeFileSync(path.join(dir, 'notes.txt'), 'precious\n');
    const r = await cli(exportArgs('notes.txt'), dir);
    expect(r.code).toBe(2);
    expect(errorLine(r.err)).toBe(`notes.txt: error: the output folder is a file; the export would replace it [E_PATH]`);
    expect(readFileSync(path.join(dir, 'notes.txt'), 'utf8')).toBe('precious\n');
  });

  it('a folder that is not an earlier export, or holds the inputs, is refused and kept', async () => {
    const { dir } = project();
    mkdirSync(path.join(dir, 'docs'));
    writeFileSync(path.join(dir, 'docs', 'readme.md'), 'mine\n');
    const before = readTree(dir);
    for (const [out, message] of [
      ['docs', /is not an earlier disclose export \(no pack\.json\)/],
      ['templates', /is not an earlier disclose export/],
      ['.', /is not an earlier disclose export/],
    ] as const) {
      const r = await cli(exportArgs(out), dir);
      expect(r.code, out).toBe(2);
      expect(errorLine(r.err), out).toMatch(message);
      expect(errorLine(r.err), out).toMatch(/\[E_PATH\]$/);
    }
    // An earlier pack that holds the templates is not replaced either.
    writeFileSync(path.join(dir, 'templates', 'pack.json'), '{}\n');
    const r = await cli(exportArgs('templates'), dir);
    expect(errorLine(r.err)).toMatch(/the output folder holds .*order_update\.yaml, which the export reads.*\[E_PATH\]$/);
    rmSync(path.join(dir, 'templates', 'pack.json'));
    expect(readTree(dir)).toEqual(before);
  });

  it('an empty folder, and an earlier pack named by --since as well, are replaced', async () => {
    const { dir } = project();
    mkdirSync(path.join(dir, 'empty'));
    expect((await cli(exportArgs('empty'), dir)).code).toBe(0);
    expect(existsSync(path.join(dir, 'empty', 'pack.json'))).toBe(true);
    const r = await cli(exportArgs('empty', '--since', 'empty'), dir);
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(readFileSync(path.join(dir, 'empty', 'summary.json'), 'utf8'))[0].change).toBe('unchanged');
  });

  it('an --out that holds the templates by their real path is refused, by a link to a folder or to a file', async () => {
    const { dir } = project();
    expect((await cli(exportArgs('pack'), dir)).code).toBe(0);
    // The templates now live inside the earlier pack; the command line reaches them through links.
    renameSync(path.join(dir, 'templates'), path.join(dir, 'pack', 'templates'));
    symlinkSync(path.join(dir, 'pack', 'templates'), path.join(dir, 'templates'));
    const before = readTree(path.join(dir, 'pack'));
    const r = await cli(exportArgs('pack'), dir);
    expect(r.code).toBe(2);
    expect(errorLine(r.err)).toMatch(/the output folder holds [^ ]*templates[\\/][^ ]+\.yaml, which the export reads; the export would replace it \[E_PATH\]$/);
    const one = readdirSync(path.join(dir, 'pack', 'templates')).find((f) => f.endsWith('.yaml'))!;
    rmSync(path.join(dir, 'templates'));
    mkdirSync(path.join(dir, 'templates'));
    symlinkSync(path.join(dir, 'pack', 'templates', one), path.join(dir, 'templates', one));
    const f = await cli(exportArgs('pack'), dir);
    expect(f.code).toBe(2);
    expect(errorLine(f.err)).toMatch(/which the export reads/);
    expect(readTree(path.join(dir, 'pack'))).toEqual(before);
  });

  it('an --out that holds the --since folder or a shard to merge is refused', async () => {
    const { dir } = project();
    expect((await cli(exportArgs('pack'), dir)).code).toBe(0);
    expect((await cli(exportArgs('old'), dir)).code).toBe(0);
    renameSync(path.join(dir, 'old'), path.join(dir, 'pack', 'old'));
    expect((await cli(exportArgs('pack/shard', '--shard', '1/1'), dir)).code).toBe(0);
    const before = readTree(path.join(dir, 'pack'));
    const r = await cli(exportArgs('pack', '--since', 'pack/old'), dir);
    expect(r.code).toBe(2);
    expect(errorLine(r.err)).toBe(`pack: error: the output folder holds ${path.join(dir, 'pack', 'old')}, which the export reads; the export would replace it [E_PATH]`);
    const m = await cli(['export-merge', 'pack/shard', '--out', 'pack'], dir);
    expect(m.code).toBe(2);
    expect(errorLine(m.err)).toMatch(/the output folder holds .*shard, which the export reads.*\[E_PATH\]$/);
    expect(readTree(path.join(dir, 'pack'))).toEqual(before);
  });

  it('a config whose out: names the templates folder is refused', async () => {
    const { dir } = project();
    writeFileSync(path.join(dir, 'disclose.config.yaml'), 'organization: organization.yaml\ntemplates: [templates]\nregions: [eu]\nout: templates\n');
    const before = readTree(path.join(dir, 'templates'));
    const r = await cli(['export', '--quiet'], dir);
    expect(r.code).toBe(2);
    expect(errorLine(r.err)).toMatch(/\[E_PATH\]$/);
    expect(readTree(path.join(dir, 'templates'))).toEqual(before);
  });
});

describe('shards and earlier packs with links', () => {
  async function shard(): Promise<{ dir: string; outside: string; secret: string; shard: string }> {
    const p = project();
    const r = await cli(exportArgs('shard', '--shard', '1/1'), p.dir);
    expect(r.code, r.err).toBe(0);
    return { ...p, shard: path.join(p.dir, 'shard') };
  }

  it('a shard file that is a link (to a file outside) is refused before anything is copied', async () => {
    const { dir, secret, shard: s } = await shard();
    symlinkSync(secret, path.join(s, 'data', 'zz_secret.json'));
    const r = await cli(['export-merge', 'shard', '--out', 'merged'], dir);
    expect(r.code).toBe(2);
    expect(errorLine(r.err)).toMatch(/data\/zz_secret\.json in .* is not a plain file \[E_PATH\]$/);
    expect(readdirSync(dir).filter((n) => n.startsWith('merged') || n.includes('disclose-'))).toEqual([]);
  });

  for (const sub of ['data', 'pages', 'meta']) {
    it(`a shard whose ${sub}/ is a link to a folder outside is refused`, async () => {
      const { dir, outside, shard: s } = await shard();
      rmSync(path.join(s, sub), { recursive: true, force: true });
      symlinkSync(outside, path.join(s, sub));
      const r = await cli(['export-merge', 'shard', '--out', 'merged'], dir);
      expect(r.code).toBe(2);
      expect(errorLine(r.err)).toBe(`${path.relative(dir, path.join(s, sub))}: error: ${sub} in ${s} is a symbolic link [E_PATH]`);
      expect(existsSync(path.join(dir, 'merged'))).toBe(false);
    });
  }

  for (const name of ['con.json', 'NUL.json', 'com1.json', 'lpt¹.json']) {
    it(`a shard file named ${name} (a reserved device name) is refused`, async () => {
      const { dir, shard: s } = await shard();
      cpSync(path.join(s, 'data', 'order_update.json'), path.join(s, 'data', name));
      const r = await cli(['export-merge', 'shard', '--out', 'merged'], dir);
      expect(r.code).toBe(2);
      expect(errorLine(r.err)).toMatch(/reserved device name \[E_PATH\]$/);
      expect(readdirSync(dir).filter((n) => n.startsWith('merged') || n.includes('disclose-'))).toEqual([]);
    });
  }

  it('a --since folder with links is only read: nothing is written through them', async () => {
    const { dir, outside, shard: s } = await shard();
    cpSync(path.join(s, 'data'), path.join(outside, 'data'), { recursive: true });
    rmSync(path.join(s, 'data'), { recursive: true });
    symlinkSync(path.join(outside, 'data'), path.join(s, 'data'));
    // A changed retention: the change log reads the earlier record through the link.
    const t = path.join(dir, 'templates', 'order_update.yaml');
    writeFileSync(t, readFileSync(t, 'utf8').replace('value: 30', 'value: 60'));
    const before = readTree(outside);
    const r = await cli(exportArgs('pack', '--since', 'shard'), dir);
    expect(r.code, r.err).toBe(0);
    expect(readFileSync(path.join(dir, 'pack', 'changes.md'), 'utf8')).toMatch(/\+For [^,\n]+, we keep your name for 60 days/);
    expect(readTree(outside)).toEqual(before);
    expect(lstatSync(path.join(dir, 'pack', 'data')).isDirectory()).toBe(true);
  });
});

describe('links in the folders disclose walks', () => {
  function regionProject(): string {
    const { dir } = project();
    mkdirSync(path.join(dir, 'regions'));
    writeFileSync(path.join(dir, 'regions', 'own.yaml'), 'id: own\nextends: eu\nname: Own region\n');
    writeFileSync(path.join(dir, 'disclose.config.yaml'), 'organization: organization.yaml\ntemplates: [templates]\nregionFolders: [regions]\n');
    return dir;
  }

  it('a region folder with links back up is walked once per folder', async () => {
    const dir = regionProject();
    symlinkSync('.', path.join(dir, 'regions', 'loop'));
    symlinkSync(path.join(dir, 'regions'), path.join(dir, 'regions', 'again'));
    const r = await cli(['regions'], dir);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/^own {2}Own region/m);
  });

  it('a link to nothing in a region folder is an error at the link, not a crash', async () => {
    const dir = regionProject();
    symlinkSync(path.join(dir, 'nowhere.yaml'), path.join(dir, 'regions', 'gone.yaml'));
    const r = await cli(['regions'], dir);
    expect(r.code).toBe(2);
    expect(errorLine(r.err)).toBe(`regions/gone.yaml: error: not readable (a symbolic link to nothing?) [E_FILE_NOT_FOUND]`);
  });

  it('a template folder with links back up is walked once; a link to nothing or to itself is an error at the link', async () => {
    const { dir } = project();
    symlinkSync('.', path.join(dir, 'templates', 'again'));
    symlinkSync(path.join(dir, 'templates'), path.join(dir, 'templates', 'also'));
    const ok = await cli(['render', 'templates', '--region', 'eu', '--format', 'json'], dir);
    expect(ok.code, ok.err).toBe(0);
    expect(JSON.parse(ok.out)).toMatchObject({ template: 'order_update', region: 'eu' });
    symlinkSync(path.join(dir, 'nowhere.yaml'), path.join(dir, 'templates', 'gone.yaml'));
    const gone = await cli(['render', 'templates', '--region', 'eu'], dir);
    expect(gone.code).toBe(2);
    expect(errorLine(gone.err)).toBe(`templates/gone.yaml: error: a symbolic link to nothing [E_FILE_NOT_FOUND]`);
    rmSync(path.join(dir, 'templates', 'gone.yaml'));
    symlinkSync('self.yaml', path.join(dir, 'templates', 'self.yaml'));
    const self = await cli(['render', 'templates', '--region', 'eu'], dir);
    expect(self.code).toBe(2);
    expect(errorLine(self.err)).toBe(`templates/self.yaml: error: a symbolic link that points to itself [E_PATH]`);
  });

  it('a glob over a folder with two links back to itself ends (it walked 2^40 paths) and finds the template once', async () => {
    const { dir } = project();
    symlinkSync('.', path.join(dir, 'templates', 'again'));
    symlinkSync(path.join(dir, 'templates'), path.join(dir, 'templates', 'also'));
    writeFileSync(path.join(dir, 'disclose.config.yaml'), 'organization: organization.yaml\ntemplates: ["templates/**/*.yaml"]\nregions: [eu]\n');
    const r = await cli(['render', '--format', 'json'], dir);
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ template: 'order_update', region: 'eu' });
  });
});
