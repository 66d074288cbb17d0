/**
 * Opens a project the way every command does: its config file (given, or found by walking up from
 * the working directory), the options over it, the catalog with the project's own regions and
 * approved wording, the organization and the template files.
 */
import path from 'node:path';
import type { Rule } from '../check/rule.js';
import type { ProjectRule } from '../check/project-rule.js';
import { findConfig, loadConfig } from '../config/load-config.js';
import { expandPaths } from '../config/expand-paths.js';
import { resolveOptions, type ProjectConfig, type ProjectSettings } from '../config/resolve-options.js';
import { checkAgainstCatalog, checkAsOf, checkFolders, checkOwnRegions } from '../config/validate-config.js';
import { loadCatalog, type Catalog } from '../load/catalog.js';
import { loadOrganization } from '../load/organization.js';
import { packagePath } from '../load/package-root.js';
import { findOrganization, Project, PROJECT_RULES } from '../project.js';
import { RULES } from '../rules/index.js';

export interface LoadProjectOptions extends ProjectSettings {
  /** The config file; `false` for none. Default: `disclose.config.yaml` in `cwd` or above. */
  config?: string | false;
  /** Base of relative paths in the options, and where the config search starts (default: the process's). */
  cwd?: string;
  rules?: readonly Rule[];
  projectRules?: readonly ProjectRule[];
}

/** The settings and the catalog alone (no organization, no templates): enough for `regions` and `locales`. */
export function openCatalog(options: LoadProjectOptions = {}): { config: ProjectConfig; catalog: Catalog } {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const configFile = options.config === false ? undefined : options.config ? path.resolve(cwd, options.config) : findConfig(cwd);
  const config = resolveOptions(configFile ? loadConfig(configFile) : undefined, options, cwd);
  checkFolders(config);
  checkAsOf(config);
  const catalog = loadCatalog({
    regionDirs: config.regionFolders,
    localeDirs: config.wording ? [path.join(config.wording, 'locales')] : [],
    snippetDirs: config.wording ? [path.join(config.wording, 'snippets')] : [],
  });
  const ruleIds = [...(options.rules ?? RULES), ...(options.projectRules ?? PROJECT_RULES)].map((r) => r.meta.id);
  checkAgainstCatalog(config, catalog, ruleIds);
  checkOwnRegions(catalog, packagePath('regions'));
  return { config, catalog };
}

/** A project with its catalog, organization, template files and policy documents. */
export function loadProject(options: LoadProjectOptions = {}): Project {
  const { config, catalog } = openCatalog(options);
  const files = expandPaths(config, 'templates');
  const orgFile = findOrganization(config.org, files, config.cwd);
  const templateFiles = files.filter((f) => path.resolve(f) !== path.resolve(orgFile));
  return new Project(catalog, loadOrganization(orgFile), {
    config,
    templateFiles,
    policyFiles: expandPaths(config, 'policies'),
    rules: options.rules,
    projectRules: options.projectRules,
  });
}
