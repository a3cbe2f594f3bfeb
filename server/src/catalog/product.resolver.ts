import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { LOCALE_ARG, useLocaleArgument, type RequestContext } from '../graphql/context.js';
import { AppError } from '../graphql/errors.js';
import { Cost } from '../graphql/limits.js';
import { rowIdFrom } from '../graphql/pagination.js';
import { Locale, translate } from '../i18n/locale.js';
import { MAX_VARIANTS_PER_REQUEST, SEARCH_STATEMENT_WEIGHT, STATEMENTS } from './catalog.service.js';
import { ProductFilter, ProductSort } from './catalog.inputs.js';
import { MoneyRange, ProductAttribute, ProductConnection } from './catalog.types.js';
import { isInStock } from './stock.service.js';
import {
  CategoryView,
  ImageView,
  MAX_ATTRIBUTES_PER_PRODUCT,
  MAX_IMAGES_PER_PRODUCT,
  MAX_VARIANTS_PER_PRODUCT,
  ProductView,
  VariantView,
} from './catalog.views.js';

@Resolver(() => ProductView)
export class ProductResolver {
  @Cost({ statements: STATEMENTS.productBySlug })
  @Query(() => ProductView, { description: 'A published product by slug; NOT_FOUND otherwise.' })
  product(
    @Arg('slug', () => String) slug: string,
    @Arg('locale', () => Locale, LOCALE_ARG) locale: Locale | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<ProductView> {
    useLocaleArgument(ctx, locale);
    return ctx.catalog.productBySlug(slug);
  }

  @Cost({ statements: STATEMENTS.listing, pageStatements: STATEMENTS.pageLoad })
  @Query(() => ProductConnection, { description: 'Published products, filtered and sorted, in pages of at most 100.' })
  products(
    @Arg('filter', () => ProductFilter, { nullable: true }) filter: ProductFilter | undefined,
    @Arg('sort', () => ProductSort, { nullable: true, defaultValue: ProductSort.NEWEST }) sort: ProductSort,
    @Arg('first', () => Int, { nullable: true, defaultValue: 24 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | undefined,
    @Arg('locale', () => Locale, LOCALE_ARG) locale: Locale | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<ProductConnection> {
    useLocaleArgument(ctx, locale);
    return ctx.catalog.listProducts({ filter, sort, first, after, locale: ctx.locale });
  }

  @Cost({ statements: STATEMENTS.listing, weight: SEARCH_STATEMENT_WEIGHT, pageStatements: STATEMENTS.pageLoad })
  @Query(() => ProductConnection, {
    description: 'Full-text search over names and descriptions in all languages (Russian and English word forms, typos tolerated), best matches first.',
  })
  search(
    @Arg('query', () => String) query: string,
    @Arg('filter', () => ProductFilter, { nullable: true }) filter: ProductFilter | undefined,
    @Arg('first', () => Int, { nullable: true, defaultValue: 24 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | undefined,
    @Arg('locale', () => Locale, LOCALE_ARG) locale: Locale | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<ProductConnection> {
    useLocaleArgument(ctx, locale);
    return ctx.catalog.search(query, { filter, first, after, locale: ctx.locale });
  }

  @Cost({ statements: STATEMENTS.variantsByIds, maxItems: MAX_VARIANTS_PER_REQUEST, itemsFromArgument: 'ids' })
  @Query(() => [VariantView], {
    name: 'variants',
    description: `Variants by id (e.g. a cart asking for current price and stock), at most ${MAX_VARIANTS_PER_REQUEST} ids at a time; unknown ids are left out.`,
  })
  variantsByIds(
    @Arg('ids', () => [ID]) ids: string[],
    @Arg('locale', () => Locale, LOCALE_ARG) locale: Locale | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<VariantView[]> {
    useLocaleArgument(ctx, locale);
    const numericIds = ids.map((id) => {
      const value = rowIdFrom(id);
      if (value === undefined) throw AppError.badInput('ids', `"${id}" is not a variant id`);
      return value;
    });
    return ctx.catalog.variantsByIds(numericIds);
  }

  @FieldResolver(() => String)
  name(@Root() product: ProductView, @Ctx() ctx: RequestContext): string {
    return translate(product.name, ctx.locale).text;
  }

  @FieldResolver(() => String)
  description(@Root() product: ProductView, @Ctx() ctx: RequestContext): string {
    return translate(product.description, ctx.locale).text;
  }

  @FieldResolver(() => Locale, { description: 'The language `name` is really in: the requested one, or ru where that translation is missing.' })
  servedLocale(@Root() product: ProductView, @Ctx() ctx: RequestContext): Locale {
    return translate(product.name, ctx.locale).locale;
  }

  @FieldResolver(() => CategoryView)
  category(@Root() product: ProductView): CategoryView {
    return product.category;
  }

  @Cost({ maxItems: MAX_VARIANTS_PER_PRODUCT })
  @FieldResolver(() => [VariantView], { description: `In position order; at most ${MAX_VARIANTS_PER_PRODUCT}.` })
  variants(@Root() product: ProductView): VariantView[] {
    return product.variants;
  }

  @Cost({ maxItems: MAX_IMAGES_PER_PRODUCT })
  @FieldResolver(() => [ImageView], { description: `In position order; at most ${MAX_IMAGES_PER_PRODUCT}.` })
  images(@Root() product: ProductView): ImageView[] {
    return product.images;
  }

  @Cost({ maxItems: MAX_ATTRIBUTES_PER_PRODUCT })
  @FieldResolver(() => [ProductAttribute], { description: `At most ${MAX_ATTRIBUTES_PER_PRODUCT}.` })
  attributes(@Root() product: ProductView, @Ctx() ctx: RequestContext): ProductAttribute[] {
    return Object.entries(product.attributes).map(([key, value]) => ({ key, value: translate(value, ctx.locale).text }));
  }

  @FieldResolver(() => MoneyRange, { nullable: true, description: 'Cheapest and dearest variant price; null while the product has no variants.' })
  priceRange(@Root() product: ProductView): MoneyRange | null {
    const prices = product.variants.map((v) => v.price);
    return prices.length ? { min: Math.min(...prices), max: Math.max(...prices) } : null;
  }

  @FieldResolver(() => Boolean, { description: 'Some variant can be ordered now.' })
  inStock(@Root() product: ProductView): boolean {
    return product.variants.some((v) => isInStock(v.stock));
  }

  @Cost({ queriesDatabase: true })
  @FieldResolver(() => [ProductView], { description: 'Other published products of the same category and its sub-categories, newest first; at most 100.' })
  related(
    @Root() product: ProductView,
    @Arg('first', () => Int, { nullable: true, defaultValue: 4 }) first: number,
    @Ctx() ctx: RequestContext,
  ): Promise<ProductView[]> {
    return ctx.catalog.relatedTo(product, first);
  }
}
