/** Language codes: disclose (BCP 47, `zh-CN`) and Meta's template languages (`zh_CN`). */
export function toMetaLanguage(lng: string): string {
  const [base, ...rest] = lng.split('-');
  return [base!.toLowerCase(), ...rest.map((r) => (r.length === 2 ? r.toUpperCase() : r))].join('_');
}

export function fromMetaLanguage(code: string): string {
  const [base, ...rest] = code.split('_');
  return [base!.toLowerCase(), ...rest.map((r) => (r.length === 2 ? r.toUpperCase() : r))].join('-');
}
