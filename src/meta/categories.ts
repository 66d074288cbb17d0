/**
 * Template categories. Meta's current ones are UTILITY, MARKETING and AUTHENTICATION (since
 * June 2023); templates created before still carry the older categories, and the Graph API returns
 * them (and `previous_category`) as they were. Each maps to the current category that took over
 * its purpose: transactional updates to UTILITY, one-time passwords to AUTHENTICATION.
 */
export type CurrentCategory = 'utility' | 'marketing' | 'authentication';

export const LEGACY_CATEGORIES: Readonly<Record<string, CurrentCategory>> = {
  TRANSACTIONAL: 'utility',
  ACCOUNT_UPDATE: 'utility',
  PAYMENT_UPDATE: 'utility',
  PERSONAL_FINANCE_UPDATE: 'utility',
  SHIPPING_UPDATE: 'utility',
  RESERVATION_UPDATE: 'utility',
  ISSUE_RESOLUTION: 'utility',
  APPOINTMENT_UPDATE: 'utility',
  TRANSPORTATION_UPDATE: 'utility',
  TICKET_UPDATE: 'utility',
  ALERT_UPDATE: 'utility',
  AUTO_REPLY: 'utility',
  OTP: 'authentication',
};

export const CURRENT_CATEGORIES: readonly string[] = ['UTILITY', 'MARKETING', 'AUTHENTICATION'];

/** The current category for a category as Meta wrote it (any case), and the legacy name when mapped. */
export function mapCategory(raw: string): { category: CurrentCategory; legacy?: string } | undefined {
  const upper = raw.toUpperCase();
  if (CURRENT_CATEGORIES.includes(upper)) return { category: upper.toLowerCase() as CurrentCategory };
  const mapped = LEGACY_CATEGORIES[upper];
  return mapped ? { category: mapped, legacy: upper } : undefined;
}
