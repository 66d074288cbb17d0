/** Where a character of a template's text field sits in its file, for findings. */
import type { SourcePos, Template, TextField } from '../model/types.js';

export function posIn(template: Template, field: TextField, offset: number): SourcePos | undefined {
  return template.posIn?.(field, offset) ?? template.positions[field];
}
