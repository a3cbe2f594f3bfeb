import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { useLocaleArgument, type RequestContext } from '../graphql/context.js';
import { Cost } from '../graphql/limits.js';
import { Locale, translate } from '../i18n/locale.js';
import { ProductFilter, ProductSort } from './catalog.inputs.js';
import { STATEMENTS } from './catalog.service.js';
import { ProductConnection } from './catalog.types.js';
import { CategoryView, MAX_CATEGORIES } from './catalog.views.js';

@Resolver(() => CategoryView)
export class CategoryResolver {
  @Cost({ queriesDatabase: true, maxItems: MAX_CATEGORIES })
  @Query(() => [CategoryView], { description: `Categories ordered by position, at most ${MAX_CATEGORIES}; \`topLevelOnly\` leaves out sub-categories.` })
  categories(
    @Arg('topLevelOnly', () => Boolean, { nullable: true, defaultValue: false }) topLevelOnly: boolean,
    @Arg('locale', () => Locale, { nullable: true }) locale: Locale | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<CategoryView[]> {
    useLocaleArgument(ctx, locale);
    return ctx.catalog.listCategories(topLevelOnly);
  }

  @Cost({ queriesDatabase: true })
  @Query(() => CategoryView, { description: 'A category by slug; NOT_FOUND otherwise.' })
  category(
    @Arg('slug', () => String) slug: string,
    @Arg('locale', () => Locale, { nullable: true }) locale: Locale | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<CategoryView> {
    useLocaleArgument(ctx, locale);
    return ctx.catalog.categoryBySlug(slug);
  }

  @FieldResolver(() => String)
  name(@Root() category: CategoryView, @Ctx() ctx: RequestContext): string {
    return translate(category.name, ctx.locale).text;
  }

  @FieldResolver(() => String)
  description(@Root() category: CategoryView, @Ctx() ctx: RequestContext): string {
    return translate(category.description, ctx.locale).text;
  }

  @FieldResolver(() => Locale, { description: 'The language `name` is really in: the requested one, or ru where that translation is missing.' })
  servedLocale(@Root() category: CategoryView, @Ctx() ctx: RequestContext): Locale {
    return translate(category.name, ctx.locale).locale;
  }

  @FieldResolver(() => CategoryView, { nullable: true })
  parent(@Root() category: CategoryView, @Ctx() ctx: RequestContext): Promise<CategoryView | null> {
    return ctx.catalog.parentOf(category);
  }

  @Cost({ maxItems: MAX_CATEGORIES })
  @FieldResolver(() => [CategoryView], { description: `Ordered by position; at most ${MAX_CATEGORIES}.` })
  children(@Root() category: CategoryView, @Ctx() ctx: RequestContext): Promise<CategoryView[]> {
    return ctx.catalog.childrenOf(category);
  }

  @Cost({ statements: STATEMENTS.listing, pageStatements: STATEMENTS.pageLoad })
  @FieldResolver(() => ProductConnection, { description: 'Published products of this category and its sub-categories.' })
  products(
    @Root() category: CategoryView,
    @Arg('filter', () => ProductFilter, { nullable: true }) filter: ProductFilter | undefined,
    @Arg('sort', () => ProductSort, { nullable: true, defaultValue: ProductSort.NEWEST }) sort: ProductSort,
    @Arg('first', () => Int, { nullable: true, defaultValue: 24 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<ProductConnection> {
    return ctx.catalog.listProducts({ filter: { ...filter, category: category.slug }, sort, first, after, locale: ctx.locale });
  }
}
