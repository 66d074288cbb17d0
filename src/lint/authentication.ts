/**
 * Meta's current authentication form: fixed preset text ("<code> is your verification code.",
 * optionally "For your security, do not share this code."), an optional expiry footer and a
 * one-time-password button; no text, header, link or emoji of the business's own.
 * Source: developers.facebook.com/documentation/business-messaging/whatsapp/templates/authentication-templates (checked 2026-12-06).
 */
import type { Template } from '../model/types.js';

/** The preset text in English as import-meta writes it (Meta sends it in the template's language). */
const PRESET = /^\s*\{\{\s*1\s*\}\} is your verification code\.(?: For your security, do not share this code\.)?\s*$/;

/** True for an authentication template whose body is Meta's preset text (or was imported as such). */
export function isPresetAuthentication(t: Template): boolean {
  if (t.category !== 'authentication') return false;
  const body = (t.meta as { body?: Record<string, unknown> } | undefined)?.body;
  return PRESET.test(t.body) || (body !== undefined && 'add_security_recommendation' in body && PRESET.test(t.body));
}
