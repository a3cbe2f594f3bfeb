import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { useLocaleArgument, type RequestContext } from '../graphql/context.js';
import { AppError } from '../graphql/errors.js';
import { Locale, translate } from '../i18n/locale.js';
import { ProductFilter, ProductSort } from './catalog.inputs.js';
import { MoneyRange, ProductAttribute, ProductConnection } from './catalog.types.js';
import { CategoryView, ImageView, ProductView, VariantView } from './catalog.views.js';

const LOCALE_ARG = { nullable: true, description: 'Language of texts in the whole response; overrides X-Locale and Accept-Language.' };

@Resolver(() => ProductView)
export class ProductResolver {
  @Query(() => ProductView, { description: 'A published product by slug; NOT_FOUND otherwise.' })
  product(
    @Arg('slug', () => String) slug: string,
    @Arg('locale', () => Locale, LOCALE_ARG) locale: Locale | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<ProductView> {
    useLocaleArgument(ctx, locale);
    return ctx.catalog.productBySlug(slug);
  }

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

  @Query(() => [VariantView], { name: 'variants', description: 'Variants by id (e.g. a cart asking for current price and stock); unknown ids are left out.' })
  variantsByIds(
    @Arg('ids', () => [ID]) ids: string[],
    @Arg('locale', () => Locale, LOCALE_ARG) locale: Locale | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<VariantView[]> {
    useLocaleArgument(ctx, locale);
    const numericIds = ids.map((id) => {
      const value = Number(id);
      if (!Number.isSafeInteger(value) || value < 1) throw AppError.badInput('ids', `"${id}" is not a variant id`);
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

  @FieldResolver(() => [VariantView])
  variants(@Root() product: ProductView): VariantView[] {
    return product.variants;
  }

  @FieldResolver(() => [ImageView])
  images(@Root() product: ProductView): ImageView[] {
    return product.images;
  }

  @FieldResolver(() => [ProductAttribute])
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
    return product.variants.some((v) => v.stock > 0);
  }

  @FieldResolver(() => [ProductView], { description: 'Other published products of the same category, newest first.' })
  related(
    @Root() product: ProductView,
    @Arg('first', () => Int, { nullable: true, defaultValue: 4 }) first: number,
    @Ctx() ctx: RequestContext,
  ): Promise<ProductView[]> {
    return ctx.catalog.relatedTo(product, first, ctx.locale);
  }
}
