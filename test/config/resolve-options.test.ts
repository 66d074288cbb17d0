import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { positionOf, resolveOptions } from '../../src/config/resolve-options.js';
import { FIXTURE, FIXTURE_CONFIG } from '../helpers/project.js';

const file = loadConfig(FIXTURE_CONFIG);
const CWD = path.join(FIXTURE, '..');

describe('resolveOptions: defaults < file < options', () => {
  it('takes the file\'s values, paths relative to the file', () => {
    const c = resolveOptions(file, {}, CWD);
    expect(c.file).toBe(FIXTURE_CONFIG);
    expect(c.org).toBe(path.join(FIXTURE, 'organization.yaml'));
    expect(c.templates).toEqual([path.join(FIXTURE, 'templates/**/*.yaml'), `!${path.join(FIXTURE, 'templates/drafts/**')}`]);
    expect(c.regionFolders).toEqual([path.join(FIXTURE, 'regions')]);
    expect(c.wording).toBe(path.join(FIXTURE, 'approved'));
    expect(c.out).toBe(path.join(FIXTURE, 'out', 'review-pack'));
    expect(c.regions).toEqual(['eu-strict', 'br']);
    expect(c.locales).toEqual(['en', 'de']);
    expect(c.severity).toEqual({ 'vague-purpose': 'error', 'template-links': 'off' });
    expect(c.origins.regions).toMatchObject({ layer: 'config', pos: { file: FIXTURE_CONFIG, line: 8 } });
  });
  it('options override the file value by value, paths relative to the working directory', () => {
    const c = resolveOptions(file, { regions: ['eu'], org: 'elsewhere/org.yaml', out: 'pack', severity: { 'vague-purpose': 'info' } }, CWD);
    expect(c.regions).toEqual(['eu']);
    expect(c.origins.regions).toEqual({ layer: 'option' });
    expect(c.org).toBe(path.join(CWD, 'elsewhere', 'org.yaml'));
    expect(c.out).toBe(path.join(CWD, 'pack'));
    expect(c.locales).toEqual(['en', 'de']);
    expect(c.origins.locales?.layer).toBe('config');
    // severity merges rule by rule; the file's keys keep their positions
    expect(c.severity).toEqual({ 'vague-purpose': 'info', 'template-links': 'off' });
    expect(positionOf(c, 'severity', 'template-links')).toMatchObject({ file: FIXTURE_CONFIG, line: 12, column: 3 });
    expect(positionOf(c, 'severity', 'vague-purpose')).toEqual({});
  });
  it('without a file: defaults only', () => {
    const c = resolveOptions(undefined, {}, CWD);
    expect(c).toMatchObject({ file: undefined, templates: [], policies: [], regions: undefined, locales: undefined, severity: {}, out: undefined, wording: undefined });
  });
  it('points errors at list items in the file', () => {
    const c = resolveOptions(file, {}, CWD);
    expect(positionOf(c, 'regions', 1)).toEqual({ file: FIXTURE_CONFIG, line: 8, column: 22 });
    expect(positionOf(c, 'wording')).toMatchObject({ file: FIXTURE_CONFIG, line: 15 });
  });
});
