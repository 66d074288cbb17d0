/** The limits the YAML loader enforces; each is an input error past it. */
export const YAML_LIMITS = {
  /** Bytes; larger files are refused before parsing. */
  maxBytes: 2 * 1024 * 1024,
  maxDepth: 64,
  maxAliasCount: 100,
  /** Lexer tokens (scalars, indicators, brackets); parsing costs a few microseconds each. */
  maxTokens: 100_000,
};
