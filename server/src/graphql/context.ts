import type { EntityManager } from '@mikro-orm/postgresql';
import { CatalogService } from '../catalog/catalog.service.js';
import { AppError } from './errors.js';
import { isLocale, type Locale } from '../i18n/locale.js';

/** Everything a resolver may use; built fresh for each request. */
export interface RequestContext {
  em: EntityManager;
  /** The language of this request: `locale` argument, else X-Locale / Accept-Language header, else ru. */
  locale: Locale;
  /** True once a root field's `locale` argument fixed the language. */
  localeFromArgument: boolean;
  catalog: CatalogService;
}

export function createRequestContext(em: EntityManager, locale: Locale): RequestContext {
  return { em, locale, localeFromArgument: false, catalog: new CatalogService(em) };
}

/** Applies a root field's `locale` argument; a request has one language, so two different ones are refused. */
export function useLocaleArgument(ctx: RequestContext, locale: string | undefined | null): void {
  if (locale === undefined || locale === null) return;
  if (!isLocale(locale)) throw AppError.badInput('locale', `unsupported locale "${locale}"`);
  if (ctx.localeFromArgument && ctx.locale !== locale) {
    throw AppError.badInput('locale', 'one request can use only one locale');
  }
  ctx.locale = locale;
  ctx.localeFromArgument = true;
}
