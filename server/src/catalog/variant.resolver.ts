import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../graphql/context.js';
import { translate } from '../i18n/locale.js';
import { ImageView, ProductView, VariantView } from './catalog.views.js';
import { COLOUR_NAMES, MATERIAL_NAMES } from './vocabulary.js';
import { ImageFormat, imageSrcset, imageUrl } from './image-url.js';
import { isInStock } from './stock.service.js';

@Resolver(() => VariantView)
export class VariantResolver {
  @FieldResolver(() => String, { description: 'Colour name in the requested locale.' })
  colourName(@Root() variant: VariantView, @Ctx() ctx: RequestContext): string {
    return translate(COLOUR_NAMES[variant.colour], ctx.locale).text;
  }

  @FieldResolver(() => String, { description: 'Material name in the requested locale.' })
  materialName(@Root() variant: VariantView, @Ctx() ctx: RequestContext): string {
    return translate(MATERIAL_NAMES[variant.material], ctx.locale).text;
  }

  @FieldResolver(() => Boolean)
  inStock(@Root() variant: VariantView): boolean {
    return isInStock(variant.stock);
  }

  @FieldResolver(() => ProductView)
  product(@Root() variant: VariantView): ProductView {
    return variant.product;
  }
}

@Resolver(() => ImageView)
export class ImageResolver {
  @FieldResolver(() => String, { description: 'Path of the largest size on this server, e.g. /media/ties/x-1280.webp.' })
  url(@Root() image: ImageView, @Arg('format', () => ImageFormat, { nullable: true, defaultValue: ImageFormat.WEBP }) format: ImageFormat): string {
    return imageUrl(image.path, format, image.widths);
  }

  @FieldResolver(() => String, { description: 'Every stored size as an HTML srcset, e.g. "/media/ties/x-320.webp 320w, /media/ties/x-640.webp 640w", smallest first.' })
  srcset(@Root() image: ImageView, @Arg('format', () => ImageFormat, { nullable: true, defaultValue: ImageFormat.WEBP }) format: ImageFormat): string {
    return imageSrcset(image.path, format, image.widths, image.width);
  }

  @FieldResolver(() => String, { description: 'Alternative text in the requested locale.' })
  alt(@Root() image: ImageView, @Ctx() ctx: RequestContext): string {
    return translate(image.alt, ctx.locale).text;
  }
}
