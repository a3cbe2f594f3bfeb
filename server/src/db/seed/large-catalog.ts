import {
  seedCategories,
  type Colour,
  type LocalizedText,
  type Material,
  type SeedCategory,
  type SeedProduct,
  type SeedVariant,
  type TiePattern,
} from './catalog-data.js';

/** How products of one category are cut and named. */
interface CategoryStyle {
  categorySlug: string;
  skuCode: string;
  widthsMm: number[];
  patterns: TiePattern[];
  materials: Material[];
  /** The noun: ru and en stand at the start and end of the name, kk at the end. */
  kind: LocalizedText;
  knitted?: boolean;
  /** Colours the category is offered in; at least four, as a product has up to four colour variants. */
  palette?: Colour[];
  /** Added to the material's base price, in tenge. */
  surchargeTenge: number;
}

const COLOURS: Colour[] = [
  'black', 'navy', 'blue', 'burgundy', 'red', 'green', 'grey',
  'silver', 'gold', 'pink', 'purple', 'brown', 'ivory', 'teal',
];

const WEDDING_PALETTE: Colour[] = ['ivory', 'silver', 'gold', 'pink', 'blue', 'navy', 'burgundy'];

const CATEGORY_STYLES: CategoryStyle[] = [
  {
    categorySlug: 'classic-silk',
    skuCode: 'CLS',
    widthsMm: [70, 75, 80, 85],
    patterns: ['solid', 'stripes', 'dots', 'paisley', 'check', 'floral', 'geometric'],
    materials: ['silk'],
    kind: { ru: 'Галстук', kk: 'галстук', en: 'Tie' },
    surchargeTenge: 0,
  },
  {
    categorySlug: 'skinny',
    skuCode: 'SKN',
    widthsMm: [50, 55, 60],
    patterns: ['solid', 'stripes', 'dots', 'check', 'floral', 'geometric'],
    materials: ['silk', 'cotton', 'linen', 'wool', 'polyester'],
    kind: { ru: 'Узкий галстук', kk: 'жіңішке галстук', en: 'Skinny Tie' },
    surchargeTenge: 0,
  },
  {
    categorySlug: 'knitted',
    skuCode: 'KNT',
    widthsMm: [55, 60, 65],
    patterns: ['knit', 'stripes', 'dots'],
    materials: ['knit-silk', 'wool', 'cashmere'],
    kind: { ru: 'Вязаный галстук', kk: 'галстук', en: 'Knitted Tie' },
    knitted: true,
    surchargeTenge: 0,
  },
  {
    categorySlug: 'bow-ties',
    skuCode: 'BOW',
    widthsMm: [55, 60],
    patterns: ['solid', 'dots', 'paisley', 'check', 'floral', 'geometric'],
    materials: ['silk', 'wool', 'cotton', 'linen', 'polyester'],
    kind: { ru: 'Бабочка', kk: 'көбелек галстук', en: 'Bow Tie' },
    surchargeTenge: -2_000,
  },
  {
    categorySlug: 'kids-bow-ties',
    skuCode: 'KBW',
    widthsMm: [45],
    patterns: ['solid', 'dots', 'check'],
    materials: ['cotton', 'polyester'],
    kind: { ru: 'Детская бабочка', kk: 'балалар көбелек галстугы', en: "Kids' Bow Tie" },
    surchargeTenge: -3_000,
  },
  {
    categorySlug: 'wedding',
    skuCode: 'WED',
    widthsMm: [75, 80, 85],
    patterns: ['solid', 'paisley', 'floral', 'geometric'],
    materials: ['silk'],
    kind: { ru: 'Свадебный галстук', kk: 'той галстугы', en: 'Wedding Tie' },
    palette: WEDDING_PALETTE,
    surchargeTenge: 6_000,
  },
  {
    categorySlug: 'wedding-bow-ties',
    skuCode: 'WBW',
    widthsMm: [55, 60],
    patterns: ['solid', 'floral', 'geometric'],
    materials: ['silk'],
    kind: { ru: 'Свадебная бабочка', kk: 'той көбелек галстугы', en: 'Wedding Bow Tie' },
    palette: WEDDING_PALETTE,
    surchargeTenge: 1_000,
  },
  {
    categorySlug: 'gift-sets',
    skuCode: 'GFT',
    widthsMm: [70, 80],
    patterns: ['solid', 'stripes', 'paisley', 'dots'],
    materials: ['silk', 'wool'],
    kind: { ru: 'Набор с галстуком', kk: 'галстук жиынтығы', en: 'Tie Gift Set' },
    surchargeTenge: 18_000,
  },
];

/** Collections are named after places in Kazakhstan, spelled as each language spells them. */
const COLLECTIONS: Array<LocalizedText & { slug: string }> = [
  { slug: 'alatau', ru: 'Алатау', kk: 'Алатау', en: 'Alatau' },
  { slug: 'medeu', ru: 'Медеу', kk: 'Медеу', en: 'Medeu' },
  { slug: 'burabay', ru: 'Бурабай', kk: 'Бурабай', en: 'Burabay' },
  { slug: 'caspian', ru: 'Каспий', kk: 'Каспий', en: 'Caspian' },
  { slug: 'turkistan', ru: 'Туркестан', kk: 'Түркістан', en: 'Turkistan' },
  { slug: 'yesil', ru: 'Есиль', kk: 'Есіл', en: 'Yesil' },
  { slug: 'irtysh', ru: 'Иртыш', kk: 'Ертіс', en: 'Irtysh' },
  { slug: 'balkhash', ru: 'Балхаш', kk: 'Балқаш', en: 'Balkhash' },
  { slug: 'khan-tengri', ru: 'Хан-Тенгри', kk: 'Хан Тәңірі', en: 'Khan Tengri' },
  { slug: 'charyn', ru: 'Чарын', kk: 'Шарын', en: 'Charyn' },
  { slug: 'baikonur', ru: 'Байконур', kk: 'Байқоңыр', en: 'Baikonur' },
  { slug: 'kokshetau', ru: 'Кокшетау', kk: 'Көкшетау', en: 'Kokshetau' },
  { slug: 'zhetysu', ru: 'Жетысу', kk: 'Жетісу', en: 'Zhetysu' },
  { slug: 'saryarka', ru: 'Сарыарка', kk: 'Сарыарқа', en: 'Saryarka' },
  { slug: 'ulytau', ru: 'Улытау', kk: 'Ұлытау', en: 'Ulytau' },
  { slug: 'altai', ru: 'Алтай', kk: 'Алтай', en: 'Altai' },
  { slug: 'kolsai', ru: 'Кольсай', kk: 'Көлсай', en: 'Kolsai' },
  { slug: 'aktau', ru: 'Актау', kk: 'Ақтау', en: 'Aktau' },
  { slug: 'otrar', ru: 'Отрар', kk: 'Отырар', en: 'Otrar' },
  { slug: 'tamgaly', ru: 'Тамгалы', kk: 'Таңбалы', en: 'Tamgaly' },
  { slug: 'karkaraly', ru: 'Каркаралы', kk: 'Қарқаралы', en: 'Karkaraly' },
  { slug: 'mangystau', ru: 'Мангистау', kk: 'Маңғыстау', en: 'Mangystau' },
  { slug: 'taraz', ru: 'Тараз', kk: 'Тараз', en: 'Taraz' },
  { slug: 'semey', ru: 'Семей', kk: 'Семей', en: 'Semey' },
];

/** Name fragments: ru as a phrase after the noun, kk and en as a modifier before it. Knit needs none: the noun says it. */
const PATTERN_WORDS: Record<TiePattern, LocalizedText> = {
  solid: { ru: '', kk: 'бір түсті', en: 'Solid' },
  stripes: { ru: 'в полоску', kk: 'жолақты', en: 'Striped' },
  dots: { ru: 'в горошек', kk: 'нүктелі', en: 'Polka Dot' },
  paisley: { ru: 'с узором пейсли', kk: 'пейсли өрнекті', en: 'Paisley' },
  check: { ru: 'в клетку', kk: 'торкөзді', en: 'Check' },
  knit: { ru: '', kk: '', en: '' },
  floral: { ru: 'с цветочным узором', kk: 'гүл өрнекті', en: 'Floral' },
  geometric: { ru: 'с геометрическим узором', kk: 'геометриялық өрнекті', en: 'Geometric' },
};

/** ru "made of …", kk ablative "from …" (followed by a participle), en adjective; knit-silk reads as silk because the noun already says knitted. */
const MATERIAL_WORDS: Record<Material, LocalizedText> = {
  silk: { ru: 'из шёлка', kk: 'жібектен', en: 'Silk' },
  'knit-silk': { ru: 'из шёлка', kk: 'жібектен', en: 'Silk' },
  wool: { ru: 'из шерсти', kk: 'жүннен', en: 'Wool' },
  cotton: { ru: 'из хлопка', kk: 'мақтадан', en: 'Cotton' },
  linen: { ru: 'из льна', kk: 'зығырдан', en: 'Linen' },
  polyester: { ru: 'из полиэстера', kk: 'полиэстерден', en: 'Polyester' },
  cashmere: { ru: 'из кашемира', kk: 'кашемирден', en: 'Cashmere' },
};

const MATERIAL_SENTENCES: Record<Material, LocalizedText> = {
  silk: {
    ru: 'Мягкий шёлк держит аккуратный узел весь день.',
    kk: 'Жұмсақ жібек түйінді күні бойы ұқыпты ұстайды.',
    en: 'Soft silk holds a neat knot all day.',
  },
  'knit-silk': {
    ru: 'Фактурный вязаный шёлк с прямым концом.',
    kk: 'Ұшы тік, бұдырлы тоқыма жібек.',
    en: 'Textured knitted silk with a square end.',
  },
  wool: {
    ru: 'Тёплая шерсть для холодного сезона.',
    kk: 'Суық маусымға арналған жылы жүн.',
    en: 'Warm wool for the cold season.',
  },
  cotton: {
    ru: 'Лёгкий хлопок, который не боится жары.',
    kk: 'Ыстыққа төзімді жеңіл мақта.',
    en: 'Light cotton that copes with the heat.',
  },
  linen: {
    ru: 'Фактурный лён для летних дней.',
    kk: 'Жазғы күндерге арналған бұдырлы зығыр.',
    en: 'Textured linen for summer days.',
  },
  polyester: {
    ru: 'Практичный полиэстер, который легко гладить.',
    kk: 'Оңай үтіктелетін ыңғайлы полиэстер.',
    en: 'Practical polyester that irons easily.',
  },
  cashmere: {
    ru: 'Мягчайший кашемир ручной вязки.',
    kk: 'Қолмен тоқылған өте жұмсақ кашемир.',
    en: 'The softest hand-knitted cashmere.',
  },
};

const OCCASION_SENTENCES: LocalizedText[] = [
  {
    ru: 'Подходит для офиса и деловых встреч.',
    kk: 'Кеңсеге және іскерлік кездесулерге лайық.',
    en: 'Right for the office and business meetings.',
  },
  {
    ru: 'Подойдёт к вечернему приёму.',
    kk: 'Кешкі қабылдауға жарасады.',
    en: 'Made for an evening reception.',
  },
  {
    ru: 'Уместно на свадьбе и кудалыке.',
    kk: 'Үйлену тойы мен құдалыққа лайық.',
    en: 'Fits a wedding or a qudalyq.',
  },
  {
    ru: 'На каждый день — с пиджаком или без.',
    kk: 'Күнделікті киюге болады — пиджакпен де, пиджаксыз да.',
    en: 'For every day, with or without a jacket.',
  },
  {
    ru: 'Хороший подарок коллеге или отцу.',
    kk: 'Әріптеске немесе әкеге жақсы сыйлық.',
    en: 'A good present for a colleague or a father.',
  },
  {
    ru: 'Для праздников, юбилеев и Наурыза.',
    kk: 'Мерекелерге, мерейтойларға және Наурызға арналған.',
    en: 'For holidays, anniversaries and Nauryz.',
  },
];

const BASE_PRICE_TENGE: Record<Material, number> = {
  silk: 12_990,
  'knit-silk': 13_990,
  wool: 10_990,
  cotton: 7_990,
  linen: 8_990,
  polyester: 5_990,
  cashmere: 32_990,
};

/** Only origins that attribute-values.ts translates, so benchmark products localize like real ones. */
const ORIGINS: Record<Material, string[]> = {
  silk: ['Italy', 'Uzbekistan', 'Turkey'],
  'knit-silk': ['Italy'],
  wool: ['United Kingdom', 'Italy', 'Kazakhstan'],
  cotton: ['Turkey', 'Kazakhstan', 'Uzbekistan'],
  linen: ['Kazakhstan', 'Italy'],
  polyester: ['Turkey'],
  cashmere: ['Mongolia', 'Italy'],
};

const MIN_PRICE_TENGE = 4_990;
const MAX_PRICE_TENGE = 49_990;
const TIYN_PER_TENGE = 100;

/** mulberry32: tiny, fast and good enough to make benchmark data look varied yet reproducible. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

function pickDistinct<T>(random: () => number, items: readonly T[], count: number): T[] {
  const pool = [...items];
  for (let index = pool.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [pool[index], pool[other]] = [pool[other]!, pool[index]!];
  }
  return pool.slice(0, count);
}

function joinWords(...words: string[]): string {
  return words.filter(Boolean).join(' ');
}

function productName(style: CategoryStyle, pattern: TiePattern, material: Material, collection: LocalizedText): LocalizedText {
  const patternWords = PATTERN_WORDS[pattern];
  const materialWords = MATERIAL_WORDS[material];
  const participle = style.knitted ? 'тоқылған' : 'тігілген';
  return {
    ru: joinWords(style.kind.ru, patternWords.ru, materialWords.ru, `«${collection.ru}»`),
    kk: joinWords(`«${collection.kk}»`, materialWords.kk, participle, patternWords.kk, style.kind.kk),
    en: joinWords(collection.en, patternWords.en, materialWords.en, style.kind.en),
  };
}

function priceTenge(random: () => number, style: CategoryStyle, material: Material): number {
  const price = BASE_PRICE_TENGE[material] + style.surchargeTenge + 1_000 * Math.floor(random() * 5);
  return Math.min(MAX_PRICE_TENGE, Math.max(MIN_PRICE_TENGE, price));
}

/**
 * A deterministic catalog of `productCount` products over the real categories, for benchmarks:
 * the same count and seed always give the same slugs, SKUs, names and prices.
 */
export function generateLargeCatalog(
  productCount: number,
  seed = 1,
): { categories: SeedCategory[]; products: SeedProduct[] } {
  const random = createRandom(seed);
  const products: SeedProduct[] = [];

  for (let index = 0; index < productCount; index++) {
    const number = index + 1;
    const style = pick(random, CATEGORY_STYLES);
    const pattern = pick(random, style.patterns);
    const material = pick(random, style.materials);
    const collection = pick(random, COLLECTIONS);
    const price = priceTenge(random, style, material);
    const onSale = random() < 0.2;
    const colours = pickDistinct(random, style.palette ?? COLOURS, 2 + Math.floor(random() * 3));
    const occasion = pick(random, OCCASION_SENTENCES);

    const variants: SeedVariant[] = colours.map((colour) => {
      const widthMm = pick(random, style.widthsMm);
      const stock = random() < 0.15 ? 0 : 1 + Math.floor(random() * 40);
      return {
        sku: `T1-${style.skuCode}-${String(number).padStart(5, '0')}-${colour.toUpperCase()}-${widthMm}`,
        colour,
        widthMm,
        material,
        price: price * TIYN_PER_TENGE,
        ...(onSale ? { compareAtPrice: (price + 3_000) * TIYN_PER_TENGE } : {}),
        stock,
      };
    });

    products.push({
      slug: `${collection.slug}-${pattern}-${material}-${style.categorySlug}-${number}`,
      categorySlug: style.categorySlug,
      featured: random() < 0.05,
      pattern,
      name: productName(style, pattern, material, collection),
      description: {
        ru: `${MATERIAL_SENTENCES[material].ru} ${occasion.ru}`,
        kk: `${MATERIAL_SENTENCES[material].kk} ${occasion.kk}`,
        en: `${MATERIAL_SENTENCES[material].en} ${occasion.en}`,
      },
      attributes: {
        origin: pick(random, ORIGINS[material]),
        care: ['cotton', 'linen', 'polyester'].includes(material) ? 'hand-wash' : 'dry-clean',
      },
      variants,
    });
  }

  return { categories: seedCategories.map((category) => ({ ...category })), products };
}
