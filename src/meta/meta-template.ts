/**
 * The JSON Meta's Graph API takes to create a WhatsApp message template
 * (POST /<WABA_ID>/message_templates), as far as disclose writes and reads it. Components and
 * fields disclose does not model are carried verbatim (`Json`), so nothing Meta accepts is lost.
 */
export type MetaCategory = 'UTILITY' | 'MARKETING' | 'AUTHENTICATION';
export type ParameterFormat = 'POSITIONAL' | 'NAMED';
export type Json = Record<string, unknown>;

export interface NamedParam {
  param_name: string;
  example: string;
}

export interface MetaHeader {
  type: 'HEADER';
  format: string;
  text?: string;
  example?: { header_text: string[] } | { header_text_named_params: NamedParam[] } | Json;
  [field: string]: unknown;
}

export interface MetaBody {
  type: 'BODY';
  text?: string;
  example?: { body_text: string[][] } | { body_text_named_params: NamedParam[] } | Json;
  /** Authentication templates: Meta's preset text with or without the security sentence. */
  add_security_recommendation?: boolean;
  [field: string]: unknown;
}

export interface MetaFooter {
  type: 'FOOTER';
  text?: string;
  /** Authentication templates: Meta's preset "This code expires in N minutes." */
  code_expiration_minutes?: number;
  [field: string]: unknown;
}

export type MetaButton =
  | { type: 'URL'; text: string; url: string; example?: string[] }
  | { type: 'QUICK_REPLY'; text: string }
  | { type: 'PHONE_NUMBER'; text: string; phone_number: string }
  | { type: 'COPY_CODE'; example: string }
  | { type: 'OTP'; otp_type: string; text?: string; [field: string]: unknown }
  | { type: string; text?: string; [field: string]: unknown };

export interface MetaButtons {
  type: 'BUTTONS';
  buttons: MetaButton[];
}

/** LIMITED_TIME_OFFER, CAROUSEL and any other component disclose carries as it came. */
export interface MetaOther {
  type: string;
  [field: string]: unknown;
}

export type MetaComponent = MetaHeader | MetaBody | MetaFooter | MetaButtons | MetaOther;

export interface MetaTemplate {
  name: string;
  language: string;
  category: MetaCategory;
  parameter_format: ParameterFormat;
  components: MetaComponent[];
  [field: string]: unknown;
}
