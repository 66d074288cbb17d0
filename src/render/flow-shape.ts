/**
 * A template's flow shape: the part of a template that the work shared across templates reads
 * (issue 22, shared work). Real template sets draw on a few dozen shapes (the same courier, payment
 * provider or support desk with the same data, purpose and retention), so what a shape makes in a
 * region, locale and organization — the facts, the statements and the clause's body — is made once
 * per run and reused by every template with that shape (`Renderer`).
 *
 * A shape is the template's flows (as declared, without their positions in the file), its channel,
 * its language, its frequency and its consent record: every field of a template that the shared
 * work reads, and nothing else. Its `key` is their content, serialised, so two templates share only
 * when nothing the shared work reads differs; the template's id, file, body, buttons, clause number
 * and title, category and own footer are not part of it (what names the template is put on per
 * template: the clause's heading, the footer, the findings).
 */
import type { Template } from '../model/types.js';

export interface FlowShape {
  /** The content of every field below, serialised (positions left out): equal keys make equal shared work. */
  readonly key: string;
  readonly flows: Template['flows'];
  readonly channel: Template['channel'];
  readonly language: Template['language'];
  readonly frequency: Template['frequency'];
  readonly consent: Template['consent'];
}

const withoutPositions = (key: string, value: unknown) => (key === 'pos' ? undefined : value);
const shapes = new WeakMap<Template, FlowShape>();

/** The template's flow shape, made once per loaded template (again if one of its fields is replaced). */
export function flowShape(template: Template): FlowShape {
  let shape = shapes.get(template);
  const { flows, channel, language, frequency, consent } = template;
  if (!shape || shape.flows !== flows || shape.channel !== channel || shape.language !== language || shape.frequency !== frequency || shape.consent !== consent) {
    const key = JSON.stringify([channel, language, frequency ?? null, consent ?? null, flows], withoutPositions);
    shape = { key, flows, channel, language, frequency, consent };
    shapes.set(template, shape);
  }
  return shape;
}
