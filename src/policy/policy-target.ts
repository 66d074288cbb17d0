/** The region and locale a policy document says it is written for, checked against the catalog. */
import { DiscloseError } from '../errors.js';
import type { Project, Target } from '../project.js';
import type { PolicyDocument } from './document.js';

/** The region and locale the document says it is written for. */
export function policyTarget(project: Project, doc: PolicyDocument): Target {
  if (!doc.region || !doc.locale) {
    throw new DiscloseError('E_POLICY_MARKER', 'the policy does not say its region and locale', { file: doc.file, line: 1, column: 1 }, 'Add front matter (region: eu, locale: en) or <!-- disclose:policy region=eu locale=en -->.');
  }
  try {
    return project.targets([doc.region], [doc.locale])[0]!;
  } catch (e) {
    // An unknown region or locale is the document's error: point at the value that set it.
    if (!(e instanceof DiscloseError) || e.file) throw e;
    const offset = e.code === 'E_UNKNOWN_LOCALE' ? doc.declaredAt.locale : doc.declaredAt.region;
    throw new DiscloseError(e.code, e.message, doc.posAt(offset ?? 0), e.hint);
  }
}
