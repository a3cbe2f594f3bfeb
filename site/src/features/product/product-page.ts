/**
 * Build time only (it uses the i18n strings): a catalog product as the product page renders it and hands
 * its script (page-data.ts), with every variant in catalog order.
 */
import { smallestImageUrl, type CatalogProduct } from '../../lib/catalog';
import { formatPrice } from '../../lib/money';
import { pluralForms, useT } from '../../i18n/t';
import type { Lang } from '../../paths';
import type { PageLabels, PageVariant } from './page-data';

/**
 * Photos are not linked to colours in the API. The catalog's convention (the seed, and how the shop
 * photographs a tie) is one photo per colour in the order the colours first appear among the variants,
 * so colour n shows photo n while there are photos; a colour beyond them has none of its own.
 */
export function colourSlides(variants: { colour: string }[], imageCount: number): Map<string, number> {
  const colours = [...new Set(variants.map((v) => v.colour))];
  return new Map(colours.map((colour, index) => [colour, index < imageCount ? index : -1]));
}

export interface ProductPageData {
  variants: PageVariant[];
  labels: PageLabels;
  /** The colour each photo shows, by photo position, where known. */
  photoColours: (string | undefined)[];
}

export function productPageData(product: CatalogProduct, lang: Lang): ProductPageData {
  const t = useT(lang);
  const sorted = [...product.variants].sort((a, b) => a.position - b.position);
  const slides = colourSlides(sorted, product.images.length);
  const variants = sorted.map((v): PageVariant => {
    const slide = slides.get(v.colour) ?? -1;
    const image = product.images[Math.max(slide, 0)];
    return {
      id: v.id,
      sku: v.sku,
      colour: v.colour,
      material: v.material,
      widthMm: v.widthMm,
      price: v.price,
      compareAtPrice: v.compareAtPrice ?? null,
      stock: v.stock,
      names: { colour: v.colourName, material: v.materialName, widthMm: t('product.mm', { mm: v.widthMm }) },
      label: `${v.colourName}, ${v.materialName}, ${t('product.width', { mm: v.widthMm })}`,
      slide,
      image: image ? smallestImageUrl(image) : '',
    };
  });
  const amounts = variants.flatMap((v) => (v.compareAtPrice ? [v.price, v.compareAtPrice] : [v.price]));
  const labels: PageLabels = {
    stock: { inStock: t('product.inStock'), fewLeft: pluralForms(lang, 'product.fewLeft'), soldOut: t('product.soldOut') },
    unavailable: t('product.unavailable'),
    added: t('product.added'),
    prices: Object.fromEntries(amounts.map((tiyn) => [tiyn, formatPrice(tiyn, lang)])),
  };
  const photoColours = product.images.map((_, index) => variants.find((v) => v.slide === index)?.names.colour);
  return { variants, labels, photoColours };
}
