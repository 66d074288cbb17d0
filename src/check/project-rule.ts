/**
 * Rules that look at the project as a whole (its approved wording, its own regions) rather than
 * at one template: they run once per check, not once per template or render.
 */
import type { Catalog } from '../load/catalog.js';
import type { Overrides } from '../load/overrides.js';
import type { SourcePos } from '../model/types.js';
import type { Finding } from './finding.js';
import { formatMessage, type Report, type Rule, type RuleMeta } from './rule.js';
import type { SeverityOverrides } from './run-rules.js';

export interface ProjectRuleMeta extends Omit<RuleMeta, 'scope'> {
  scope: 'project';
}

export interface ProjectRuleContext {
  catalog: Catalog;
  /** The project's approved-wording keys and snippets, and ours to compare them with. */
  overrides: Overrides;
  report(r: Report & { pos: SourcePos }): void;
}

export interface ProjectRule {
  meta: ProjectRuleMeta;
  check(ctx: ProjectRuleContext): void;
}

export function runProjectRules(rules: readonly ProjectRule[], base: Omit<ProjectRuleContext, 'report'>, severity: SeverityOverrides = {}): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    const level = severity[rule.meta.id] ?? rule.meta.severity;
    if (level === 'off') continue;
    rule.check({
      ...base,
      report(r) {
        const data = r.data ?? {};
        findings.push({
          ruleId: rule.meta.id,
          severity: level,
          messageId: r.messageId,
          message: formatMessage(rule.meta.messages[r.messageId] ?? r.messageId, data),
          data,
          file: r.pos.file,
          line: r.pos.line,
          column: r.pos.column,
          ...(r.fix ? { fix: r.fix } : {}),
        });
      },
    });
  }
  return findings;
}

/** A project rule as the formatters that list rules (SARIF) take them; it never runs there. */
export function listedRule(rule: ProjectRule): Rule {
  return { meta: { ...rule.meta, scope: 'template' }, check: () => undefined };
}
