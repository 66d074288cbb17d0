import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findOrganization } from '../../src/project.js';

// The organization file is searched like the config file: from the templates' folder up to the
// project root (package.json or .git), never above it.
describe('findOrganization', () => {
  const dirs: string[] = [];
  const tmp = (): string => {
    const d = mkdtempSync(path.join(os.tmpdir(), 'disclose-org-'));
    dirs.push(d);
    return d;
  };
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  it('finds organization.yaml at the project root above the templates', () => {
    const base = tmp();
    mkdirSync(path.join(base, 'proj', 'templates'), { recursive: true });
    writeFileSync(path.join(base, 'proj', 'package.json'), '{}');
    writeFileSync(path.join(base, 'proj', 'organization.yaml'), 'name: x\n');
    const found = findOrganization(undefined, [path.join(base, 'proj', 'templates', 't.yaml')], base);
    expect(found).toBe(path.join(base, 'proj', 'organization.yaml'));
  });

  it('ignores an organization.yaml above the project root', () => {
    const base = tmp();
    mkdirSync(path.join(base, 'proj', 'templates'), { recursive: true });
    writeFileSync(path.join(base, 'proj', 'package.json'), '{}');
    writeFileSync(path.join(base, 'organization.yaml'), 'name: planted\n');
    const cwd = path.join(base, 'proj');
    expect(() => findOrganization(undefined, [path.join(cwd, 'templates', 't.yaml')], cwd)).toThrow(/no organization file found/);
  });

  it('without a project root searches only the folder itself', () => {
    const base = tmp();
    mkdirSync(path.join(base, 'a', 'b'), { recursive: true });
    writeFileSync(path.join(base, 'a', 'organization.yaml'), 'name: above\n');
    const cwd = path.join(base, 'a', 'b');
    expect(() => findOrganization(undefined, [path.join(cwd, 't.yaml')], cwd)).toThrow(/no organization file found/);
    writeFileSync(path.join(cwd, 'organization.yaml'), 'name: here\n');
    expect(findOrganization(undefined, [path.join(cwd, 't.yaml')], cwd)).toBe(path.join(cwd, 'organization.yaml'));
  });

  it('a given file wins', () => {
    expect(findOrganization('org.yaml', [], tmp())).toBe('org.yaml');
  });
});
