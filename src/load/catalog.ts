/**
 * Everything disclose knows before it reads a user's templates: taxonomy, channels, regions,
 * locales and snippet folders. Locales load on first use.
 */
import { DiscloseError } from '../errors.js';
import { suggestion } from '../util/did-you-mean.js';
import type { ChannelProfile, RegionProfile, Taxonomy } from '../model/types.js';
import { loadChannels } from './channels.js';
import { listLocales, loadLocale, type LocaleData } from './locales.js';
import { packagePath } from './package-root.js';
import { snippetFiles } from './overrides.js';
import { checkSnippet } from './check-snippet.js';
import { loadRegions } from './regions.js';
import { loadTaxonomy } from './taxonomy.js';

export interface CatalogOptions {
  /** Extra region folders (a project's own), loaded after ours. */
  regionDirs?: string[];
  /** Extra locale folders whose files replace ours key by key. */
  localeDirs?: string[];
  /** Extra snippet folders whose partials replace ours one by one. */
  snippetDirs?: string[];
}

export interface Catalog {
  /** The options it was loaded with: enough to load the same catalog again (in an export worker). */
  source: CatalogOptions;
  taxonomy: Taxonomy;
  channels: Map<string, ChannelProfile>;
  regions: Map<string, RegionProfile>;
  regionOrder: string[];
  localeDirs: string[];
  snippetDirs: string[];
  locales: string[];
  locale(lng: string): LocaleData;
  region(id: string): RegionProfile;
}

export function loadCatalog(options: CatalogOptions = {}): Catalog {
  const taxonomy = loadTaxonomy(packagePath('taxonomy'));
  const channels = loadChannels(packagePath('channels'), taxonomy);
  const { regions, order } = loadRegions([packagePath('regions'), ...(options.regionDirs ?? [])]);
  const localeDirs = [packagePath('locales'), ...(options.localeDirs ?? [])];
  const snippetDirs = [packagePath('snippets'), ...(options.snippetDirs ?? [])];
  // A project's own snippets are compiled when first rendered: find syntax errors, and what parses
  // but cannot run (partials, unknown helpers, wrong argument counts), now, at their line.
  for (const dir of options.snippetDirs ?? []) for (const s of snippetFiles(dir)) checkSnippet(s.file);
  const locales = listLocales(localeDirs);
  const cache = new Map<string, LocaleData>();
  return {
    source: { regionDirs: [...(options.regionDirs ?? [])], localeDirs: [...(options.localeDirs ?? [])], snippetDirs: [...(options.snippetDirs ?? [])] },
    taxonomy,
    channels,
    regions,
    regionOrder: order,
    localeDirs,
    snippetDirs,
    locales,
    locale(lng) {
      let data = cache.get(lng);
      if (!data) {
        if (!locales.includes(lng)) {
          throw new DiscloseError('E_UNKNOWN_LOCALE', `unknown locale "${lng}"`, {}, `${suggestion(lng, locales)}Available locales: ${locales.join(', ')}.`);
        }
        data = loadLocale(lng, localeDirs);
        cache.set(lng, data);
      }
      return data;
    },
    region(id) {
      const r = regions.get(id);
      if (!r) throw new DiscloseError('E_UNKNOWN_REGION', `unknown region "${id}"`, {}, `${suggestion(id, order)}Known regions: ${order.join(', ')}.`);
      return r;
    },
  };
}
