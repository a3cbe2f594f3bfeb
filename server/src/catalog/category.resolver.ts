import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { useLocaleArgument, type RequestContext } from '../graphql/context.js';
import { Locale, translate } from '../i18n/locale.js';
import { ProductFilter, ProductSort } from './catalog.inputs.js';
import { ProductConnection } from './catalog.types.js';
import { Category } from './category.entity.js';

@Resolver(() => Category)
export class CategoryResolver {
  @Query(() => [Category], { description: 'Categories ordered by position; `topLevelOnly` leaves out sub-categories.' })
  categories(
    @Arg('topLevelOnly', () => Boolean, { nullable: true, defaultValue: false }) topLevelOnly: boolean,
    @Arg('locale', () => Locale, { nullable: true }) locale: Locale | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<Category[]> {
    useLocaleArgument(ctx, locale);
    return ctx.catalog.categories().then((all) => (topLevelOnly ? all.filter((c) => !c.parent) : all));
  }

  @Query(() => Category, { description: 'A category by slug; NOT_FOUND otherwise.' })
  category(
    @Arg('slug', () => String) slug: string,
    @Arg('locale', () => Locale, { nullable: true }) locale: Locale | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<Category> {
    useLocaleArgument(ctx, locale);
    return ctx.catalog.categoryBySlug(slug);
  }

  @FieldResolver(() => String)
  name(@Root() category: Category, @Ctx() ctx: RequestContext): string {
    return translate(category.name, ctx.locale).text;
  }

  @FieldResolver(() => String)
  description(@Root() category: Category, @Ctx() ctx: RequestContext): string {
    return translate(category.description, ctx.locale).text;
  }

  @FieldResolver(() => Locale, { description: 'The language `name` is really in: the requested one, or ru where that translation is missing.' })
  servedLocale(@Root() category: Category, @Ctx() ctx: RequestContext): Locale {
    return translate(category.name, ctx.locale).locale;
  }

  @FieldResolver(() => Category, { nullable: true })
  parent(@Root() category: Category, @Ctx() ctx: RequestContext): Promise<Category | null> {
    return ctx.catalog.parentOf(category);
  }

  @FieldResolver(() => [Category])
  children(@Root() category: Category, @Ctx() ctx: RequestContext): Promise<Category[]> {
    return ctx.catalog.childrenOf(category);
  }

  @FieldResolver(() => ProductConnection, { description: 'Published products of this category and its sub-categories.' })
  products(
    @Root() category: Category,
    @Arg('filter', () => ProductFilter, { nullable: true }) filter: ProductFilter | undefined,
    @Arg('sort', () => ProductSort, { nullable: true, defaultValue: ProductSort.NEWEST }) sort: ProductSort,
    @Arg('first', () => Int, { nullable: true, defaultValue: 24 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<ProductConnection> {
    return ctx.catalog.listProducts({ filter: { ...filter, category: category.slug }, sort, first, after, locale: ctx.locale });
  }
}
