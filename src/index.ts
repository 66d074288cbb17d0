/** The library API; the CLI is a thin layer over it. */
export { Project, openProject, findTemplateFiles, findOrganization, type ProjectOptions, type Target, type RenderOutput } from './project.js';
export { loadCatalog, type Catalog, type CatalogOptions } from './load/catalog.js';
export { loadOrganization } from './load/organization.js';
export { loadTemplate, parseTemplate } from './load/template.js';
export { Renderer, type RenderResult, type RenderedClause, type RenderedFooter } from './render/renderer.js';
export { readClaims, type ReadResult } from './claims/read-claims.js';
export { claimKey, describeClaim, type Claim, type Action } from './claims/claim.js';
export { RULES, ruleById } from './rules/index.js';
export type { Rule, RuleMeta, RuleContext, PolicyClause } from './check/rule.js';
export type { Finding, Severity } from './check/finding.js';
export { DiscloseError, type ErrorCode } from './errors.js';
export { run } from './cli.js';
export type * from './model/types.js';
