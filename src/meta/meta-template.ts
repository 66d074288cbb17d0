/**
 * The JSON Meta's Graph API takes to create a WhatsApp message template
 * (POST /<WABA_ID>/message_templates), as far as disclose writes and reads it.
 */
export type MetaCategory = 'UTILITY' | 'MARKETING' | 'AUTHENTICATION';
export type ParameterFormat = 'POSITIONAL' | 'NAMED';

export interface NamedParam {
  param_name: string;
  example: string;
}

export interface MetaHeader {
  type: 'HEADER';
  format: 'TEXT';
  text: string;
  example?: { header_text: string[] } | { header_text_named_params: NamedParam[] };
}

export interface MetaBody {
  type: 'BODY';
  text: string;
  example?: { body_text: string[][] } | { body_text_named_params: NamedParam[] };
}

export interface MetaFooter {
  type: 'FOOTER';
  text: string;
}

export type MetaButton =
  | { type: 'URL'; text: string; url: string; example?: string[] }
  | { type: 'QUICK_REPLY'; text: string }
  | { type: 'PHONE_NUMBER'; text: string; phone_number: string }
  | { type: 'COPY_CODE'; example: string }
  | { type: 'OTP'; otp_type: 'COPY_CODE'; text: string };

export interface MetaButtons {
  type: 'BUTTONS';
  buttons: MetaButton[];
}

export type MetaComponent = MetaHeader | MetaBody | MetaFooter | MetaButtons;

export interface MetaTemplate {
  name: string;
  language: string;
  category: MetaCategory;
  parameter_format: ParameterFormat;
  components: MetaComponent[];
}
