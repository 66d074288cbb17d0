/**
 * One isolated Handlebars environment for disclose's snippets: partials from the snippet folders
 * (later folders replace earlier ones by name), helpers that localize and record claims, and a
 * compile cache. Message bodies never come here.
 */
import { createRequire } from 'node:module';
import type Handlebars from 'handlebars';
// The runtime alone is enough for precompiled snippets; imported statically so the command-line
// bundle carries it in the chunk that renders instead of resolving its fifteen files at start-up.
import HandlebarsRuntime from 'handlebars/runtime.js';
import { builtinSnippet } from '../load/builtin-data.js';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Claim } from '../claims/claim.js';
import type { Localizer } from './localizer.js';
import type { Statement } from './statements.js';

type HelperOptions = Handlebars.HelperOptions;
const require = createRequire(import.meta.url);
const COMPILE_OPTIONS = { noEscape: true, knownHelpersOnly: false };

/** Handlebars' compiler, loaded only for snippets the build did not precompile (overrides). */
function precompile(source: string): string {
  return (require('handlebars') as typeof Handlebars).precompile(source, COMPILE_OPTIONS) as unknown as string;
}

/** What every snippet's root context carries besides its own values. */
export interface RenderScope {
  loc: Localizer;
  claims: Claim[];
  /** When given, every sentence that makes claims, as written, in the order written (see `Said`). */
  said?: Said[];
}

/**
 * One sentence the renderer wrote that makes claims: its text as the helper returned it, the
 * wording key it was written from, and its claims. The renderer places it in the footer or
 * clause (offsets); the rules read these instead of reading disclose's own text back.
 */
export interface Said {
  key: string;
  text: string;
  claims: Claim[];
}

export interface FooterGroup {
  data: string[];
  recipient: { type: string; name?: string };
  /** A processor handles the data for us (PIPL Art. 21): written with `footer.groupEntrusted`. */
  entrusted?: boolean;
  /** The named recipient provides a messenger (recipient `messenger`): its name alone, never "messaging app <company>" (review 3 EU-m12). */
  provider?: boolean;
  /** The named recipient's country, for a locale or region whose footer.recipientNamed names it ({{country}}; vn, review-3 VN3-10). */
  place?: string;
  /** Unnamed, and a type with narrower types under it: a category of recipients, plural in the locales that inflect (`footer.groupCategory`). */
  category?: boolean;
}

export class SnippetEnvironment {
  private readonly hb: typeof Handlebars;
  private readonly partials = new Map<string, HandlebarsTemplateDelegate>();
  private readonly sources = new Map<string, { source: string; file: string }>();

  constructor(dirs: string[]) {
    this.hb = (HandlebarsRuntime as unknown as typeof Handlebars).create();
    for (const dir of dirs) {
      for (const sub of ['clause', 'footer']) {
        const folder = path.join(dir, sub);
        if (!existsSync(folder)) continue;
        for (const name of readdirSync(folder).sort()) {
          if (!name.endsWith('.hbs')) continue;
          const file = path.join(folder, name);
          this.sources.set(`${sub}/${name.slice(0, -4)}`, { source: readFileSync(file, 'utf8'), file });
        }
      }
    }
    this.registerHelpers();
  }

  /** Snippet names known, e.g. `clause/recipients`. */
  names(): string[] {
    return [...this.sources.keys()].sort();
  }

  has(name: string): boolean {
    return this.sources.has(name);
  }

  fileOf(name: string): string | undefined {
    return this.sources.get(name)?.file;
  }

  render(name: string, context: object, scope: RenderScope): string {
    let fn = this.partials.get(name);
    if (!fn) {
      const src = this.sources.get(name);
      if (!src) throw new Error(`snippet "${name}" not found`);
      const spec = builtinSnippet(src.file) ?? precompile(src.source);
      // eslint-disable-next-line @typescript-eslint/no-implied-eval -- Handlebars' own precompiled output
      fn = this.hb.template(new Function(`return ${spec}`)() as TemplateSpecification);
      this.partials.set(name, fn);
    }
    return fn({ ...context, __scope: scope }, { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false });
  }

  private registerHelpers(): void {
    const scopeOf = (options: HelperOptions): RenderScope => (options.data.root as { __scope: RenderScope }).__scope;
    const stringValues = (hash: Record<string, unknown>): Record<string, string> => {
      const out: Record<string, string> = {};
      for (const [k, v] of Object.entries(hash)) if (v !== undefined && v !== null) out[k] = String(v);
      return out;
    };
    this.hb.registerHelper('t', function (this: unknown, key: string, options: HelperOptions) {
      return scopeOf(options).loc.t(key, stringValues(options.hash as Record<string, unknown>));
    });
    this.hb.registerHelper('statement', function (this: unknown, st: Statement, options: HelperOptions) {
      const scope = scopeOf(options);
      scope.claims.push(...st.claims);
      // Values given in the snippet (e.g. article=@root.article) complete the statement's own.
      // The snippet may pick the wording (key=…) where the statement's own key does not fit, e.g. no citation.
      const { key, ...hash } = options.hash as Record<string, unknown>;
      const used = typeof key === 'string' ? key : st.key;
      const text = scope.loc.t(typeof key === 'string' ? key : (st.words ?? st.key), { ...st.values, ...stringValues(hash) });
      if (scope.said && st.claims.length) scope.said.push({ key: used, text, claims: st.claims });
      return text;
    });
    this.hb.registerHelper('capitalize', function (this: unknown, text: string, options: HelperOptions) {
      return scopeOf(options).loc.capitalize(String(text));
    });
    this.hb.registerHelper('footerGroups', function (this: unknown, groups: FooterGroup[], options: HelperOptions) {
      const { loc, claims, said } = scopeOf(options);
      const sep = loc.t('footer.separator');
      // Before the last datum of a group, where the locale (or the region's wording) has a word for it
      // ("name, phone number and appointment details"); else the separator, as before.
      const lastSep = loc.has('footer.lastSeparator') ? loc.t('footer.lastSeparator') : sep;
      const joinData = (items: string[]) => (items.length > 1 ? `${items.slice(0, -1).join(sep)}${lastSep}${items[items.length - 1]}` : (items[0] ?? ''));
      return groups
        .map((g) => {
          const type = loc.label('recipient', g.recipient.type);
          const country = g.place ? loc.country(g.place) : undefined;
          const recipient = g.recipient.name ? (g.provider ? g.recipient.name : loc.t('footer.recipientNamed', { type, name: g.recipient.name, ...(country ? { country } : {}) })) : type;
          // Where the wording names the recipient's country, the footer claims it too (as the clause does).
          const placed = country !== undefined && g.recipient.name !== undefined && recipient.replace(g.recipient.name, '').includes(country);
          // A messenger's provider is written, and so claimed, by its name alone.
          const made: Claim[] = g.data.map((d) => ({ action: 'share', data: d, recipient: g.provider && g.recipient.name ? { name: g.recipient.name } : { ...g.recipient }, ...(placed ? { place: g.place } : {}) }));
          claims.push(...made);
          const key = g.entrusted ? 'footer.groupEntrusted' : 'footer.group';
          // A category of recipients ("prestataires de services"): where the region words it apart, the sentence
          // agrees with its plural ("Données communiquées à des prestataires de services : …", review 5 EU-n6);
          // recorded under footer.group, whose action it keeps.
          const worded = !g.entrusted && g.category && loc.has('footer.groupCategory') ? 'footer.groupCategory' : key;
          const text = loc.t(worded, { data: joinData(g.data.map((d) => loc.label('data', d))), recipient });
          if (said && made.length) said.push({ key, text, claims: made });
          return text;
        })
        .join(loc.t('footer.joiner'));
    });
  }
}
