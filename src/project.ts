/**
 * A project: the catalog (ours plus a project's own regions, wording and snippets), the
 * organization and the templates, with the render and check pipeline over them.
 */
import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { DiscloseError } from './errors.js';
import { suggestion } from './util/did-you-mean.js';
import { loadCatalog, type Catalog, type CatalogOptions } from './load/catalog.js';
import { loadOrganization } from './load/organization.js';
import { loadTemplate } from './load/template.js';
import type { Organization, RegionProfile, Template } from './model/types.js';
import { Renderer, type RenderResult } from './render/renderer.js';
import { ProjectUses } from './render/project-uses.js';
import { findSeller } from './load/find-seller.js';
import { readClaims } from './claims/read-claims.js';
import { runRules, recipientNames, type SeverityOverrides } from './check/run-rules.js';
import type { Finding } from './check/finding.js';
import type { PolicyClause, Rule } from './check/rule.js';
import type { ProjectRule } from './check/project-rule.js';
import { RULES } from './rules/index.js';
import { rule as overrideUnknownKey } from './rules/override-unknown-key.js';
import { resolveOptions, type ProjectConfig } from './config/resolve-options.js';
import { projectRoot } from './config/load-config.js';
import { resolveAsOf } from './check/as-of.js';

/** Rules that run once per check over the whole project. */
export const PROJECT_RULES: readonly ProjectRule[] = [overrideUnknownKey];

export interface ProjectOptions extends CatalogOptions {
  org?: string;
  severity?: SeverityOverrides;
  rules?: readonly Rule[];
  projectRules?: readonly ProjectRule[];
  /** The project's template files (loadProject finds them from the config and flags). */
  templateFiles?: string[];
  /** The policy documents to check against. */
  policyFiles?: string[];
  /** The settings in force and where each came from (loadProject fills it). */
  config?: ProjectConfig;
  /** The date to check as of (YYYY-MM-DD); default the config's, else today in UTC (src/check/as-of.ts). */
  asOf?: string;
}

export interface Target {
  region: RegionProfile;
  locale: string;
}

export interface RenderOutput extends RenderResult {
  findings: Finding[];
}

export class Project {
  readonly catalog: Catalog;
  readonly renderer: Renderer;
  readonly org: Organization;
  readonly rules: readonly Rule[];
  readonly projectRules: readonly ProjectRule[];
  readonly severity: SeverityOverrides;
  readonly templateFiles: string[];
  readonly policyFiles: string[];
  readonly config: ProjectConfig;
  /** The date every rule that depends on the day checks as of, fixed when the project opens (src/check/as-of.ts). */
  readonly asOf: string;
  /**
   * Read the generated footer and clause back into claims on every render instead of taking the
   * renderer's record of them (test/said-read.test.ts holds the two ways to the same findings).
   */
  readBack = false;
  private loaded: Template[] | undefined;
  private usesIndex: ProjectUses | undefined;

  constructor(catalog: Catalog, org: Organization, options: ProjectOptions = {}) {
    this.catalog = catalog;
    this.org = org;
    this.renderer = new Renderer(catalog, () => this.uses);
    this.rules = options.rules ?? RULES;
    this.projectRules = options.projectRules ?? PROJECT_RULES;
    this.severity = options.severity ?? options.config?.severity ?? {};
    this.templateFiles = options.templateFiles ?? [];
    this.policyFiles = options.policyFiles ?? [];
    this.config = options.config ?? resolveOptions(undefined, {}, '.');
    this.asOf = resolveAsOf(options.asOf ?? this.config.asOf);
  }

  /**
   * Every use of data in the project's templates (channel flows included), built once: an "only"
   * sentence must hold against all of them (render and the exclusivity rule read it).
   */
  get uses(): ProjectUses {
    // Found when first asked for, by a sentence that says "only" (most projects have none: an
    // export then loads each template once, as it writes it, instead of every template once more
    // in every worker). The uses alone are kept: templates loaded only for them are not, and are
    // loaded one at a time (at 10,000 templates, all of them held at once, even briefly, outgrew
    // an export worker's heap).
    // Whether the business sells or shares (California's opt-out link, asked by every California render)
    // is found by a scan that loads only the templates that may sell or share (src/load/find-seller.ts).
    this.usesIndex ??= new ProjectUses(
      () => ProjectUses.of(this.loaded ?? this.eachTemplate()).uses,
      () => (this.loaded ? ProjectUses.of(this.loaded).sellerOf() : findSeller(this.templateFiles, (f) => this.loadTemplate(f), this.catalog.channels)),
    );
    return this.usesIndex;
  }

  /** The project's templates loaded one by one, none kept. */
  private *eachTemplate(): Generator<Template> {
    for (const f of this.templateFiles) yield this.loadTemplate(f);
  }

  /** Hands the project its uses of data worked out elsewhere (the cache's plan), so they are not found by loading every template. */
  adoptUses(uses: ProjectUses): void {
    this.usesIndex = uses;
  }

  /** The project's templates, loaded on first use. */
  get templates(): Template[] {
    this.loaded ??= this.templateFiles.map((f) => this.loadTemplate(f));
    return this.loaded;
  }

  loadTemplate(file: string): Template {
    return loadTemplate(file, this.catalog.taxonomy, this.catalog.channels, { regionIds: this.catalog.regionOrder });
  }

  /** Region × locale pairs for region ids (groups or members) and locales, or all of them. */
  targets(regionIds: string[] | 'all', locales: string[] | 'default' | 'all' = 'default'): Target[] {
    const ids = regionIds === 'all' ? this.catalog.regionOrder : regionIds;
    const out: Target[] = [];
    for (const id of ids) {
      const region = this.catalog.region(id);
      const wanted = locales === 'all' ? region.locales : locales === 'default' ? [region.locales[0]!] : locales;
      for (const locale of wanted) {
        if (!region.locales.includes(locale)) {
          throw new DiscloseError('E_UNKNOWN_LOCALE', `region "${id}" has no locale "${locale}"`, {}, `${suggestion(locale, region.locales)}Locales of ${id}: ${region.locales.join(', ')}.`);
        }
        this.catalog.locale(locale);
        out.push({ region, locale });
      }
    }
    return out;
  }

  /** Render one template for one target, with the findings of every rule. */
  render(template: Template, target: Target, policy?: PolicyClause, policyMissing?: { file: string }): RenderOutput {
    const loc = this.renderer.localizer(target.locale);
    const result = this.renderer.render(template, target.region, target.locale, this.org, {
      clauseNumber: policy?.number,
      readFooter: (text, l, t) => readClaims(text, l.data, { names: recipientNames(t) }).claims,
    });
    const findings = runRules('render', { template, catalog: this.catalog, org: this.org, region: target.region, locale: target.locale, loc, render: result, uses: this.uses.with(template) }, { rules: this.rules, severity: this.severity, policy, policyMissing, readBack: this.readBack, asOf: this.asOf });
    return { ...result, findings };
  }

  /** Findings of the template-scope rules (format, variables, wording; no region). */
  lint(template: Template): Finding[] {
    return runRules('template', { template, catalog: this.catalog, org: this.org, uses: this.uses.with(template) }, { rules: this.rules, severity: this.severity, asOf: this.asOf });
  }
}

export function openProject(options: ProjectOptions & { orgFile: string }): Project {
  const catalog = loadCatalog(options);
  return new Project(catalog, loadOrganization(options.orgFile), options);
}

/** Template files under the given files and folders, sorted, each once. */
export function findTemplateFiles(paths: string[]): string[] {
  const out = new Set<string>();
  // Folders by real path: a link back up the tree is walked once, not forever.
  const walked = new Set<string>();
  const statOf = (p: string, inFolder: boolean) => {
    try {
      return statSync(p);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ELOOP') throw new DiscloseError('E_PATH', 'a symbolic link that points to itself', { file: p }, 'Remove the link, or point it at a template file or folder.');
      if (inFolder) throw new DiscloseError('E_FILE_NOT_FOUND', 'a symbolic link to nothing', { file: p }, 'Remove the link, or point it at a template file or folder.');
      throw new DiscloseError('E_FILE_NOT_FOUND', 'no such file or folder', { file: p }, 'Pass template files or folders that hold them.');
    }
  };
  const walk = (p: string, inFolder: boolean) => {
    const st = statOf(p, inFolder);
    if (!st.isDirectory()) {
      if (!inFolder || /\.ya?ml$/.test(p)) out.add(p);
      return;
    }
    const real = realpathSync.native(p);
    if (walked.has(real)) return;
    walked.add(real);
    for (const name of readdirSync(p).sort()) {
      if (name.startsWith('.')) continue;
      walk(path.join(p, name), true);
    }
  };
  for (const p of paths) walk(p, false);
  return [...out].sort();
}

/**
 * The organization file: given, or `organization.yaml` in a template's folder or a folder above it
 * up to that folder's project root (package.json or .git) and no further, as for the config file: an
 * organization.yaml above the root (a home folder, a shared checkout's parent) never applies. Without
 * a project root only the folder itself is searched.
 */
export function findOrganization(given: string | undefined, templateFiles: string[], cwd: string): string {
  if (given) return given;
  // Each folder once (in first-seen order): 10,000 templates in one folder are one walk, not 10,000.
  const starts = new Set([...templateFiles.map((f) => path.dirname(path.resolve(cwd, f))), path.resolve(cwd)]);
  for (const start of starts) {
    const root = projectRoot(start);
    let dir = start;
    for (;;) {
      const candidate = path.join(dir, 'organization.yaml');
      if (existsSync(candidate)) return candidate;
      const up = path.dirname(dir);
      if (root === undefined || dir === root || up === dir) break;
      dir = up;
    }
  }
  throw new DiscloseError('E_USAGE', 'no organization file found', {}, 'Pass --org <file>, or put organization.yaml next to the templates or in a folder above them within the project (the nearest folder with package.json or .git).');
}
