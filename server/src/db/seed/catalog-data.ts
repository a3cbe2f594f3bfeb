/**
 * The hand-written T1EUP seed catalog as plain data, so tests, benches and the seeder can share it
 * without loading the ORM. Prices are integers in tiyn (1 ₸ = 100 tiyn).
 */

import type { LocalizedText } from '../../i18n/locale.js';
import type { Colour, Material } from '../../catalog/vocabulary.js';

export type { LocalizedText, Colour, Material };

export type TiePattern = 'solid' | 'stripes' | 'dots' | 'paisley' | 'check' | 'knit' | 'floral' | 'geometric';

export interface SeedCategory {
  slug: string;
  position: number;
  parentSlug?: string;
  name: LocalizedText;
  description: LocalizedText;
}

export interface SeedVariant {
  sku: string;
  colour: Colour;
  widthMm: number;
  material: Material;
  /** Tiyn, integer: 15 990 ₸ = 1_599_000. */
  price: number;
  compareAtPrice?: number;
  stock: number;
}

export interface SeedProduct {
  slug: string;
  categorySlug: string;
  featured: boolean;
  pattern: TiePattern;
  name: LocalizedText;
  description: LocalizedText;
  /** Free-form facts shown on the product page, e.g. { origin: 'Italy', care: 'dry-clean' }. */
  attributes: Record<string, string>;
  variants: SeedVariant[];
}

function text(ru: string, kk: string, en: string): LocalizedText {
  return { ru, kk, en };
}

export const seedCategories: SeedCategory[] = [
  {
    slug: 'classic-silk',
    position: 1,
    name: text('Классические шёлковые галстуки', 'Классикалық жібек галстуктар', 'Classic Silk Ties'),
    description: text(
      'Галстуки шириной 7–8,5 см из итальянского и узбекского шёлка для офиса и торжеств.',
      'Кеңсеге және салтанатты кештерге арналған, ені 7–8,5 см итальяндық және өзбек жібегінен тігілген галстуктар.',
      'Ties 7–8.5 cm wide in Italian and Uzbek silk for the office and special occasions.',
    ),
  },
  {
    slug: 'skinny',
    position: 2,
    name: text('Узкие галстуки', 'Жіңішке галстуктар', 'Skinny Ties'),
    description: text(
      'Узкие галстуки шириной 5–6 см для приталенных костюмов и современного стиля.',
      'Қонымды костюмдер мен заманауи стильге арналған ені 5–6 см жіңішке галстуктар.',
      'Slim 5–6 cm ties for fitted suits and a modern look.',
    ),
  },
  {
    slug: 'knitted',
    position: 3,
    name: text('Вязаные галстуки', 'Тоқыма галстуктар', 'Knitted Ties'),
    description: text(
      'Вязаные галстуки с прямым концом из шёлка, шерсти и кашемира — для неформального дресс-кода.',
      'Жібектен, жүннен және кашемирден тоқылған ұшы тік галстуктар — бейресми дресс-кодқа арналған.',
      'Square-ended knitted ties in silk, wool and cashmere for smart-casual dress.',
    ),
  },
  {
    slug: 'bow-ties',
    position: 4,
    name: text('Галстуки-бабочки', 'Көбелек галстуктар', 'Bow Ties'),
    description: text(
      'Самовязные и готовые бабочки для смокинга, вечеринок и праздников.',
      'Смокингке, кештер мен мерекелерге арналған өзіңіз байлайтын және дайын көбелек галстуктар.',
      'Self-tie and pre-tied bow ties for black tie, parties and celebrations.',
    ),
  },
  {
    slug: 'wedding',
    position: 5,
    name: text('Свадебные галстуки', 'Үйлену тойына арналған галстуктар', 'Wedding Ties'),
    description: text(
      'Галстуки для жениха, его друзей и отцов молодых: слоновая кость, серебро и золото.',
      'Күйеу жігітке, оның жолдастарына және жастардың әкелеріне арналған галстуктар: піл сүйегі, күміс және алтын түстер.',
      'Ties for the groom, his groomsmen and the fathers of the couple in ivory, silver and gold.',
    ),
  },
  {
    slug: 'gift-sets',
    position: 6,
    name: text('Подарочные наборы', 'Сыйлық жиынтықтары', 'Gift Sets'),
    description: text(
      'Галстуки с нагрудными платками и запонками в подарочной коробке.',
      'Сыйлық қорабына салынған қалта орамалы мен жең түймелері бар галстуктар.',
      'Ties with pocket squares and cufflinks in a gift box.',
    ),
  },
  {
    slug: 'wedding-bow-ties',
    position: 1,
    parentSlug: 'wedding',
    name: text('Свадебные бабочки', 'Тойға арналған көбелек галстуктар', 'Wedding Bow Ties'),
    description: text(
      'Свадебные бабочки к смокингу и праздничному костюму.',
      'Смокинг пен мерекелік костюмге арналған той көбелек галстуктары.',
      'Wedding bow ties for a tuxedo or a celebration suit.',
    ),
  },
  {
    slug: 'kids-bow-ties',
    position: 1,
    parentSlug: 'bow-ties',
    name: text('Детские бабочки', 'Балаларға арналған көбелек галстуктар', "Kids' Bow Ties"),
    description: text(
      'Бабочки на резинке для детей от 3 до 10 лет.',
      '3 пен 10 жас аралығындағы балаларға арналған резеңкелі көбелек галстуктар.',
      'Bow ties on elastic for children aged 3 to 10.',
    ),
  },
];

/** A variant as written in the table below: prices in whole tenge, material defaulting to the product's. */
interface VariantRow {
  colour: Colour;
  widthMm: number;
  priceTenge: number;
  stock: number;
  compareAtTenge?: number;
  material?: Material;
}

interface ProductRow extends Omit<SeedProduct, 'featured' | 'variants'> {
  /** Category code and model number, the stem of every SKU of the product, e.g. CLS-001. */
  code: string;
  material: Material;
  featured?: boolean;
  variants: VariantRow[];
}

function variant(
  colour: Colour,
  widthMm: number,
  priceTenge: number,
  stock: number,
  options: { compareAtTenge?: number; material?: Material } = {},
): VariantRow {
  return { colour, widthMm, priceTenge, stock, ...options };
}

const TIYN_PER_TENGE = 100;

function toSeedProduct({ code, material: productMaterial, featured = false, variants, ...product }: ProductRow): SeedProduct {
  return {
    ...product,
    featured,
    variants: variants.map(({ colour, widthMm, priceTenge, stock, compareAtTenge, material = productMaterial }) => {
      // Only a variant in a different fabric needs the material in its SKU to stay distinct.
      const materialSuffix = material === productMaterial ? '' : `-${material.toUpperCase()}`;
      return {
        sku: `T1-${code}-${colour.toUpperCase()}-${widthMm}${materialSuffix}`,
        colour,
        widthMm,
        material,
        price: priceTenge * TIYN_PER_TENGE,
        ...(compareAtTenge === undefined ? {} : { compareAtPrice: compareAtTenge * TIYN_PER_TENGE }),
        stock,
      };
    }),
  };
}

const productRows: ProductRow[] = [
  // ── classic-silk ──────────────────────────────────────────────────────────
  {
    code: 'CLS-001',
    slug: 'solid-navy-silk-tie',
    categorySlug: 'classic-silk',
    featured: true,
    pattern: 'solid',
    material: 'silk',
    name: text('Тёмно-синий шёлковый галстук', 'Қою көк жібек галстук', 'Solid Navy Silk Tie'),
    description: text(
      'Однотонный галстук из плотного итальянского шёлка — основа мужского гардероба. Подходит к серому и синему костюму, в офис и на вечернюю встречу.',
      'Тығыз итальяндық жібектен тігілген бір түсті галстук — ер адам гардеробының негізі. Сұр және көк костюмге жарасады, кеңседе де, кешкі кездесуде де киюге болады.',
      'A plain tie in dense Italian silk — the backbone of any wardrobe. Pairs with grey and navy suits, from the office to an evening meeting.',
    ),
    attributes: { origin: 'Italy', care: 'dry-clean', construction: 'three-fold' },
    variants: [variant('navy', 85, 15_990, 7), variant('navy', 80, 15_990, 24), variant('navy', 70, 15_990, 11)],
  },
  {
    code: 'CLS-002',
    slug: 'burgundy-paisley-silk-tie',
    categorySlug: 'classic-silk',
    featured: true,
    pattern: 'paisley',
    material: 'silk',
    name: text('Бордовый шёлковый галстук с пейсли', 'Пейсли өрнекті күрең қызыл жібек галстук', 'Burgundy Paisley Silk Tie'),
    description: text(
      'Классический «турецкий огурец» на бордовом фоне, напечатанный на мягком твиловом шёлке. Хорош с белой рубашкой и тёмным костюмом на вечернем приёме.',
      'Күрең қызыл аядағы классикалық пейсли өрнегі жұмсақ твил жібекке басылған. Ақ жейдемен және қою түсті костюммен жақсы үйлеседі, кешкі қабылдауға лайық.',
      'Classic paisley on a burgundy ground, printed on soft silk twill. Made for a white shirt, a dark suit and an evening reception.',
    ),
    attributes: { origin: 'Italy', care: 'dry-clean' },
    variants: [
      variant('burgundy', 85, 18_990, 4, { compareAtTenge: 22_990 }),
      variant('burgundy', 80, 18_990, 9, { compareAtTenge: 22_990 }),
      variant('burgundy', 75, 18_990, 0, { compareAtTenge: 22_990 }),
    ],
  },
  {
    code: 'CLS-003',
    slug: 'regimental-stripe-silk-tie',
    categorySlug: 'classic-silk',
    featured: true,
    pattern: 'stripes',
    material: 'silk',
    name: text('Классический галстук в полоску', 'Классикалық жолақты галстук', 'Regimental Stripe Silk Tie'),
    description: text(
      'Шёлковый репс с диагональными полосками в духе британских клубных галстуков. Полосатый узор оживляет однотонную рубашку и строгий костюм.',
      'Британдық клуб галстуктарының стиліндегі қиғаш жолақты жібек репс. Жолақты өрнек бір түсті жейде мен ресми костюмді жандандырады.',
      'Silk repp with diagonal stripes in the manner of British club ties. The striped pattern lifts a plain shirt and a formal suit.',
    ),
    attributes: { origin: 'United Kingdom', care: 'dry-clean' },
    variants: [
      variant('navy', 80, 16_990, 18),
      variant('burgundy', 80, 16_990, 7),
      variant('green', 80, 16_990, 0),
      variant('navy', 70, 16_990, 5),
    ],
  },
  {
    code: 'CLS-004',
    slug: 'pin-dot-silk-tie',
    categorySlug: 'classic-silk',
    pattern: 'dots',
    material: 'silk',
    name: text('Галстук в мелкий горошек', 'Ұсақ нүктелі жібек галстук', 'Pin Dot Silk Tie'),
    description: text(
      'Мелкий белый горошек на сером, серебристом или тёмно-синем шёлке — спокойный узор для переговоров и деловых обедов.',
      'Сұр, күміс түсті немесе қою көк жібектегі ұсақ ақ нүктелер — келіссөздер мен іскерлік түскі асқа арналған байсалды өрнек.',
      'Tiny white dots on grey, silver or navy silk — a calm pattern for negotiations and business lunches.',
    ),
    attributes: { origin: 'Uzbekistan', care: 'dry-clean' },
    variants: [variant('grey', 75, 13_990, 16), variant('silver', 75, 13_990, 12), variant('navy', 75, 13_990, 8)],
  },
  {
    code: 'CLS-005',
    slug: 'fine-check-silk-tie',
    categorySlug: 'classic-silk',
    pattern: 'check',
    material: 'silk',
    name: text('Шёлковый галстук в мелкую клетку', 'Ұсақ торкөзді жібек галстук', 'Fine Check Silk Tie'),
    description: text(
      'Тканый жаккард с клеткой настолько мелкой, что издалека галстук кажется однотонным. Удачный выбор к твидовому пиджаку и осеннему гардеробу.',
      'Алыстан бір түсті болып көрінетін ұсақ торкөзді тоқылған жаккард. Твид пиджак пен күзгі киімдерге сәтті таңдау.',
      'Woven jacquard with a check so fine it reads as a solid from afar. A good match for a tweed jacket and autumn clothes.',
    ),
    attributes: { origin: 'Italy', care: 'dry-clean' },
    variants: [variant('brown', 80, 14_990, 10), variant('green', 80, 14_990, 4), variant('blue', 80, 14_990, 13)],
  },
  {
    code: 'CLS-006',
    slug: 'geometric-jacquard-silk-tie',
    categorySlug: 'classic-silk',
    pattern: 'geometric',
    material: 'silk',
    name: text('Галстук с геометрическим узором', 'Геометриялық өрнекті жібек галстук', 'Geometric Jacquard Silk Tie'),
    description: text(
      'Ромбы и квадраты вытканы прямо в шёлке, поэтому узор не стирается и красиво играет на свету. Для тех, кому однотонный галстук кажется скучным.',
      'Ромбылар мен шаршылар жібекке тікелей тоқылған, сондықтан өрнек өшпейді және жарықта әдемі құбылады. Бір түсті галстук іш пыстырады деп ойлайтындарға арналған.',
      'Diamonds and squares are woven right into the silk, so the pattern never fades and catches the light. For anyone who finds a plain tie dull.',
    ),
    attributes: { origin: 'Italy', care: 'dry-clean' },
    variants: [variant('navy', 80, 17_990, 9), variant('purple', 80, 17_990, 3), variant('teal', 80, 17_990, 0)],
  },
  {
    code: 'CLS-007',
    slug: 'garden-floral-silk-tie',
    categorySlug: 'classic-silk',
    pattern: 'floral',
    material: 'silk',
    name: text('Шёлковый галстук с цветочным принтом', 'Гүл өрнекті жібек галстук', 'Garden Floral Silk Tie'),
    description: text(
      'Мелкие полевые цветы на шёлковом фоне. Весенний галстук к светлому льняному костюму, на выпускной или летний праздник.',
      'Жібек аядағы ұсақ дала гүлдері. Ашық түсті зығыр костюмге, бітіру кешіне немесе жазғы мерекеге арналған көктемгі галстук.',
      'Small wildflowers on a silk ground. A spring tie for a light linen suit, a graduation or a summer party.',
    ),
    attributes: { origin: 'Italy', care: 'dry-clean' },
    variants: [
      variant('blue', 75, 15_990, 7, { compareAtTenge: 18_990 }),
      variant('pink', 75, 15_990, 5, { compareAtTenge: 18_990 }),
      variant('ivory', 75, 15_990, 0),
    ],
  },
  {
    code: 'CLS-008',
    slug: 'gold-satin-silk-tie',
    categorySlug: 'classic-silk',
    pattern: 'solid',
    material: 'silk',
    name: text('Золотистый атласный галстук', 'Алтын түсті атлас галстук', 'Gold Satin Silk Tie'),
    description: text(
      'Атласный шёлк с мягким блеском для торжеств и вечерних выходов. Лучше всего смотрится с чёрным или тёмно-синим костюмом.',
      'Салтанатты кештер мен мерекелерге арналған, жұмсақ жылтыры бар атлас жібек. Қара немесе қою көк костюммен ерекше көрінеді.',
      'Satin silk with a soft sheen for celebrations and evenings out. Looks best with a black or navy suit.',
    ),
    attributes: { origin: 'Italy', care: 'dry-clean' },
    variants: [variant('gold', 80, 19_990, 6), variant('gold', 75, 19_990, 8)],
  },
  {
    code: 'CLS-009',
    slug: 'emerald-paisley-silk-tie',
    categorySlug: 'classic-silk',
    pattern: 'paisley',
    material: 'silk',
    name: text('Зелёный галстук с «огурцами»', 'Пейсли өрнекті жасыл галстук', 'Emerald Paisley Silk Tie'),
    description: text(
      'Крупные восточные «огурцы» на изумрудном шёлке. Яркий, но не крикливый галстук к коричневому или серому костюму.',
      'Зүбәржат түсті жібектегі ірі шығыс пейсли өрнегі. Қоңыр немесе сұр костюмге жарасатын ашық, бірақ көзге ұрмайтын галстук.',
      'Bold Eastern paisley on emerald silk. Bright but never loud, it suits a brown or grey suit.',
    ),
    attributes: { origin: 'Uzbekistan', care: 'dry-clean' },
    variants: [variant('green', 85, 18_990, 2), variant('green', 80, 18_990, 5), variant('green', 75, 18_990, 0)],
  },
  {
    code: 'CLS-010',
    slug: 'qoshqar-muiz-ornament-silk-tie',
    categorySlug: 'classic-silk',
    featured: true,
    pattern: 'geometric',
    material: 'silk',
    name: text('Галстук с орнаментом «Қошқар мүйіз»', '«Қошқар мүйіз» оюлы жібек галстук', 'Qoshqar Muiz Ornament Silk Tie'),
    description: text(
      'Казахский орнамент «бараний рог», вытканный золотой нитью на тёмном шёлке. Сшит в Алматы — подойдёт к Наурызу, юбилею и как подарок гостю из-за рубежа.',
      'Қою түсті жібекке алтын жіппен тоқылған қазақтың «қошқар мүйіз» ою-өрнегі. Алматыда тігілген — Наурыз мерекесіне, мерейтойға және шетелдік қонаққа сыйлық ретінде лайық.',
      "The Kazakh ram's-horn ornament woven in gold thread on dark silk. Made in Almaty — right for Nauryz, an anniversary or as a gift for a visitor from abroad.",
    ),
    attributes: { origin: 'Kazakhstan', care: 'dry-clean', construction: 'hand-finished' },
    variants: [
      variant('navy', 80, 24_990, 11),
      variant('burgundy', 80, 24_990, 6),
      variant('black', 80, 24_990, 3),
      variant('teal', 75, 24_990, 0),
    ],
  },
  {
    code: 'CLS-011',
    slug: 'signal-red-silk-tie',
    categorySlug: 'classic-silk',
    pattern: 'solid',
    material: 'silk',
    name: text('Красный шёлковый галстук', 'Қызыл жібек галстук', 'Signal Red Silk Tie'),
    description: text(
      'Насыщенный красный цвет для выступлений, презентаций и праздничных вечеров. Плотная прокладка держит аккуратный узел весь день.',
      'Баяндамаға, презентацияға және мерекелік кешке арналған қанық қызыл түс. Тығыз астары түйінді күні бойы ұқыпты ұстайды.',
      'A deep red for speeches, presentations and festive evenings. A firm interlining keeps a neat knot all day.',
    ),
    attributes: { origin: 'Turkey', care: 'dry-clean' },
    variants: [variant('red', 85, 12_990, 6), variant('red', 80, 12_990, 20), variant('red', 70, 12_990, 9)],
  },
  {
    code: 'CLS-012',
    slug: 'pinstripe-silk-tie',
    categorySlug: 'classic-silk',
    pattern: 'stripes',
    material: 'silk',
    name: text('Галстук в тонкую полоску', 'Жіңішке жолақты жібек галстук', 'Pinstripe Silk Tie'),
    description: text(
      'Тонкие серебристые полоски на синем, тёмно-синем или сером шёлке. Сдержанный офисный галстук, который подходит и к белой, и к голубой рубашке.',
      'Көк, қою көк немесе сұр жібектегі жіңішке күміс түсті жолақтар. Ақ жейдеге де, көгілдір жейдеге де жарасатын ұстамды кеңсе галстугы.',
      'Thin silver stripes on blue, navy or grey silk. A restrained office tie that works with white and light blue shirts alike.',
    ),
    attributes: { origin: 'Turkey', care: 'dry-clean' },
    variants: [
      variant('blue', 75, 11_990, 15, { compareAtTenge: 14_990 }),
      variant('navy', 75, 11_990, 22, { compareAtTenge: 14_990 }),
      variant('grey', 75, 11_990, 0),
    ],
  },
  {
    code: 'CLS-013',
    slug: 'classic-black-silk-tie',
    categorySlug: 'classic-silk',
    pattern: 'solid',
    material: 'silk',
    name: text('Чёрный шёлковый галстук', 'Қара жібек галстук', 'Classic Black Silk Tie'),
    description: text(
      'Строгий чёрный галстук из матового шёлка для официальных церемоний и траурных событий.',
      'Ресми рәсімдер мен қаралы жиындарға арналған, жылтырсыз жібектен тігілген қатаң қара галстук.',
      'A strict black tie in matte silk for formal ceremonies and mourning occasions.',
    ),
    attributes: { origin: 'Turkey', care: 'dry-clean' },
    variants: [variant('black', 85, 9_990, 0), variant('black', 80, 9_990, 30), variant('black', 70, 9_990, 14)],
  },
  {
    code: 'CLS-014',
    slug: 'purple-polka-dot-silk-tie',
    categorySlug: 'classic-silk',
    pattern: 'dots',
    material: 'silk',
    name: text('Фиолетовый галстук в горошек', 'Нүктелі күлгін жібек галстук', 'Purple Polka Dot Silk Tie'),
    description: text(
      'Белый горошек на сливовом шёлке — игривый галстук для неформальных пятниц и дружеских вечеринок.',
      'Қара өрік түсті жібектегі ақ нүктелер — бейресми жұма күндері мен достар кешіне арналған ойнақы галстук.',
      'White polka dots on plum silk — a playful tie for casual Fridays and parties with friends.',
    ),
    attributes: { origin: 'Uzbekistan', care: 'dry-clean' },
    variants: [variant('purple', 80, 14_990, 0), variant('purple', 75, 14_990, 0)],
  },

  // ── skinny ────────────────────────────────────────────────────────────────
  {
    code: 'SKN-001',
    slug: 'skinny-black-tie',
    categorySlug: 'skinny',
    featured: true,
    pattern: 'solid',
    material: 'silk',
    name: text('Узкий чёрный галстук', 'Жіңішке қара галстук', 'Skinny Black Tie'),
    description: text(
      'Шёлковый галстук шириной 5–6 см в духе шестидесятых. Носите с приталенным костюмом и рубашкой с узким воротником.',
      'Алпысыншы жылдар стиліндегі ені 5–6 см жібек галстук. Қонымды костюммен және тар жағалы жейдемен киіңіз.',
      'A 5–6 cm silk tie in the spirit of the sixties. Wear it with a slim suit and a narrow-collared shirt.',
    ),
    attributes: { origin: 'Italy', care: 'dry-clean' },
    variants: [variant('black', 50, 9_990, 25), variant('black', 55, 9_990, 17), variant('black', 60, 9_990, 8)],
  },
  {
    code: 'SKN-002',
    slug: 'striped-cotton-skinny-tie',
    categorySlug: 'skinny',
    pattern: 'stripes',
    material: 'cotton',
    name: text('Узкий хлопковый галстук в полоску', 'Жолақты жіңішке мақта галстук', 'Striped Cotton Skinny Tie'),
    description: text(
      'Лёгкий хлопок с широкими полосами для летнего офиса и поездок. Не мнётся в чемодане и не боится жары.',
      'Жазғы кеңсеге және сапарға арналған кең жолақты жеңіл мақта. Чемоданда мыжылмайды, ыстыққа төзімді.',
      'Lightweight cotton with broad stripes for a summer office and travel. Shrugs off the suitcase and the heat.',
    ),
    attributes: { origin: 'Turkey', care: 'hand-wash' },
    variants: [variant('navy', 55, 7_990, 19), variant('red', 55, 7_990, 6), variant('green', 55, 7_990, 0)],
  },
  {
    code: 'SKN-003',
    slug: 'linen-skinny-tie',
    categorySlug: 'skinny',
    pattern: 'solid',
    material: 'linen',
    name: text('Узкий льняной галстук', 'Жіңішке зығыр галстук', 'Linen Skinny Tie'),
    description: text(
      'Фактурный лён натуральных оттенков для летних свадеб на природе и отпуска. Слегка мнётся — в этом его характер.',
      'Табиғат аясындағы жазғы тойлар мен демалысқа арналған табиғи реңкті бұдырлы зығыр. Сәл мыжылады — оның ерекшелігі де осында.',
      "Textured linen in natural shades for outdoor summer weddings and holidays. It creases a little — that's part of its character.",
    ),
    attributes: { origin: 'Kazakhstan', care: 'hand-wash' },
    variants: [
      variant('ivory', 55, 8_990, 12),
      variant('blue', 55, 8_990, 9),
      variant('green', 55, 8_990, 4),
      variant('brown', 60, 8_990, 7),
    ],
  },
  {
    code: 'SKN-004',
    slug: 'tartan-wool-skinny-tie',
    categorySlug: 'skinny',
    pattern: 'check',
    material: 'wool',
    name: text('Узкий шерстяной галстук в клетку', 'Торкөзді жіңішке жүн галстук', 'Tartan Wool Skinny Tie'),
    description: text(
      'Шотландка из мягкой шерсти — тёплый акцент к зимнему свитеру или вельветовому пиджаку.',
      'Жұмсақ жүннен жасалған шотланд торкөзі қысқы свитерге немесе вельвет пиджакқа жылы реңк қосады.',
      'Scottish tartan in soft wool — a warm accent for a winter jumper or a corduroy jacket.',
    ),
    attributes: { origin: 'United Kingdom', care: 'dry-clean' },
    variants: [
      variant('green', 60, 11_990, 8, { compareAtTenge: 13_990 }),
      variant('red', 60, 11_990, 3, { compareAtTenge: 13_990 }),
      variant('navy', 60, 11_990, 0),
    ],
  },
  {
    code: 'SKN-005',
    slug: 'teal-skinny-silk-tie',
    categorySlug: 'skinny',
    pattern: 'solid',
    material: 'silk',
    name: text('Узкий бирюзовый галстук', 'Жіңішке көгілдір жасыл галстук', 'Teal Skinny Silk Tie'),
    description: text(
      'Глубокий сине-зелёный оттенок освежает серый и бежевый костюм. Шёлк с лёгким блеском.',
      'Терең көгілдір жасыл реңк сұр және беж түсті костюмді жаңғыртады. Сәл жылтыры бар жібек.',
      'A deep blue-green shade that freshens a grey or beige suit. Silk with a light sheen.',
    ),
    attributes: { origin: 'Italy', care: 'dry-clean' },
    variants: [variant('teal', 55, 10_990, 10), variant('teal', 50, 10_990, 6)],
  },
  {
    code: 'SKN-006',
    slug: 'micro-geometric-skinny-tie',
    categorySlug: 'skinny',
    pattern: 'geometric',
    material: 'polyester',
    name: text('Узкий галстук с мелким геометрическим узором', 'Ұсақ геометриялық өрнекті жіңішке галстук', 'Micro Geometric Skinny Tie'),
    description: text(
      'Недорогой галстук из полиэстера с микроузором, который не выцветает и легко отглаживается. Хороший вариант для школьной формы и первой работы.',
      'Түсі оңбайтын және оңай үтіктелетін ұсақ өрнекті полиэстер галстук. Мектеп формасына және алғашқы жұмысқа арналған қолжетімді нұсқа.',
      "An affordable polyester tie with a micro pattern that won't fade and irons easily. A good pick for a school uniform or a first job.",
    ),
    attributes: { origin: 'Turkey', care: 'hand-wash' },
    variants: [
      variant('navy', 50, 4_990, 40),
      variant('grey', 50, 4_990, 33),
      variant('black', 50, 4_990, 27),
      variant('burgundy', 55, 4_990, 0),
    ],
  },
  {
    code: 'SKN-007',
    slug: 'pink-dot-skinny-tie',
    categorySlug: 'skinny',
    pattern: 'dots',
    material: 'silk',
    name: text('Узкий розовый галстук в горошек', 'Нүктелі жіңішке қызғылт галстук', 'Pink Dot Skinny Tie'),
    description: text(
      'Пыльно-розовый шёлк с мелким горошком — мягкий цвет для весенних мероприятий и серого костюма.',
      'Ұсақ нүктелері бар бозғылт қызғылт жібек — көктемгі шараларға және сұр костюмге лайық нәзік түс.',
      'Dusty pink silk with tiny dots — a gentle colour for spring events and a grey suit.',
    ),
    attributes: { origin: 'Uzbekistan', care: 'dry-clean' },
    variants: [variant('pink', 55, 9_490, 11), variant('pink', 50, 9_490, 2)],
  },
  {
    code: 'SKN-008',
    slug: 'floral-cotton-skinny-tie',
    categorySlug: 'skinny',
    pattern: 'floral',
    material: 'cotton',
    // Kazakh texts deliberately left empty: the shop must fall back to Russian for this product.
    name: text('Узкий хлопковый галстук с цветами', '', 'Floral Cotton Skinny Tie'),
    description: text(
      'Хлопок с ботаническим принтом для летних вечеринок и фотосессий. Стирается вручную в прохладной воде.',
      '',
      'Cotton with a botanical print for summer parties and photo shoots. Hand-wash in cool water.',
    ),
    attributes: { origin: 'Turkey', care: 'hand-wash' },
    variants: [variant('blue', 55, 6_990, 14), variant('pink', 55, 6_990, 0), variant('green', 60, 6_990, 9)],
  },

  // ── knitted ───────────────────────────────────────────────────────────────
  {
    code: 'KNT-001',
    slug: 'midnight-navy-knitted-tie',
    categorySlug: 'knitted',
    featured: true,
    pattern: 'knit',
    material: 'knit-silk',
    name: text('Тёмно-синий вязаный галстук', 'Қою көк тоқыма галстук', 'Midnight Navy Knitted Tie'),
    description: text(
      'Вязаный галстук с прямым концом из шёлка или шерсти мериноса — расслабленная альтернатива классике. Подходит к блейзеру, джинсам и оксфордской рубашке.',
      'Жібектен немесе меринос жүнінен тоқылған ұшы тік галстук — классикаға еркін балама. Блейзерге, джинсыға және оксфорд жейдеге жарасады.',
      'A square-ended tie knitted in silk or merino wool — a relaxed alternative to the classic. Goes with a blazer, jeans and an oxford shirt.',
    ),
    attributes: { origin: 'Italy', care: 'dry-clean' },
    variants: [
      variant('navy', 60, 13_990, 21),
      variant('navy', 55, 13_990, 9),
      variant('navy', 60, 12_990, 5, { material: 'wool' }),
    ],
  },
  {
    code: 'KNT-002',
    slug: 'burgundy-knitted-silk-tie',
    categorySlug: 'knitted',
    pattern: 'knit',
    material: 'knit-silk',
    name: text('Бордовый вязаный галстук', 'Күрең қызыл тоқыма галстук', 'Burgundy Knitted Silk Tie'),
    description: text(
      'Плотная вязка из шёлка винного оттенка. Осенний галстук к твиду, кашемировому свитеру и коричневым туфлям.',
      'Шарап реңкті жібектен тоқылған тығыз галстук. Твидке, кашемир свитерге және қоңыр туфлиге арналған күзгі таңдау.',
      'A dense knit in wine-coloured silk. An autumn tie for tweed, a cashmere jumper and brown shoes.',
    ),
    attributes: { origin: 'Italy', care: 'dry-clean' },
    variants: [
      variant('burgundy', 60, 13_990, 8, { compareAtTenge: 15_990 }),
      variant('burgundy', 55, 13_990, 0, { compareAtTenge: 15_990 }),
    ],
  },
  {
    code: 'KNT-003',
    slug: 'grey-wool-knitted-tie',
    categorySlug: 'knitted',
    pattern: 'knit',
    material: 'wool',
    name: text('Серый шерстяной вязаный галстук', 'Сұр жүн тоқыма галстук', 'Grey Wool Knitted Tie'),
    description: text(
      'Мериносовая шерсть крупной вязки — тёплый фактурный галстук для морозных дней в Астане. Хорош с фланелевым костюмом.',
      'Ірі тоқылған меринос жүні — Астананың аязды күндеріне арналған жылы әрі бұдырлы галстук. Фланель костюммен жақсы үйлеседі.',
      'Chunky-knit merino wool — a warm, textured tie for frosty days in Astana. Good with a flannel suit.',
    ),
    attributes: { origin: 'Kazakhstan', care: 'hand-wash' },
    variants: [variant('grey', 65, 11_990, 13), variant('grey', 60, 11_990, 0)],
  },
  {
    code: 'KNT-004',
    slug: 'cashmere-knitted-tie',
    categorySlug: 'knitted',
    pattern: 'knit',
    material: 'cashmere',
    name: text('Кашемировый вязаный галстук', 'Кашемирден тоқылған галстук', 'Cashmere Knitted Tie'),
    description: text(
      'Мягчайший кашемир ручной вязки. Сдержанный подарок тому, кто ценит качество больше логотипов.',
      'Қолмен тоқылған өте жұмсақ кашемир. Логотиптен гөрі сапаны жоғары бағалайтын адамға арналған ұстамды сыйлық.',
      'The softest hand-knitted cashmere. An understated gift for someone who values quality over logos.',
    ),
    attributes: { origin: 'Mongolia', care: 'dry-clean', construction: 'hand-knitted' },
    variants: [variant('brown', 60, 34_990, 5), variant('grey', 60, 34_990, 3), variant('navy', 60, 34_990, 0)],
  },
  {
    code: 'KNT-005',
    slug: 'striped-knitted-tie',
    categorySlug: 'knitted',
    pattern: 'stripes',
    material: 'knit-silk',
    name: text('Вязаный галстук в полоску', 'Жолақты тоқыма галстук', 'Striped Knitted Tie'),
    description: text(
      'Поперечные полосы на вязаном шёлке в студенческом стиле. Свежо смотрится с белой рубашкой и синим пиджаком.',
      'Колледж стиліндегі көлденең жолақты тоқыма жібек галстук. Ақ жейде мен көк пиджакпен сергек көрінеді.',
      'Horizontal stripes in knitted silk, college style. Looks fresh with a white shirt and a navy blazer.',
    ),
    attributes: { origin: 'Italy', care: 'dry-clean' },
    variants: [variant('navy', 60, 14_990, 10), variant('green', 60, 14_990, 7), variant('burgundy', 60, 14_990, 3)],
  },
  {
    code: 'KNT-006',
    slug: 'dotted-knit-tie',
    categorySlug: 'knitted',
    pattern: 'dots',
    material: 'knit-silk',
    name: text('Вязаный галстук в горошек', 'Нүктелі тоқыма галстук', 'Dotted Knit Tie'),
    description: text(
      'Белый горошек, вывязанный на тёмном фоне: фактура вязки и классический узор в одном галстуке.',
      'Қою аяға тоқылған ақ нүктелер: тоқыманың бұдыры мен классикалық өрнек бір галстукта.',
      'White dots knitted into a dark ground — knit texture and a classic pattern in a single tie.',
    ),
    attributes: { origin: 'Italy', care: 'dry-clean' },
    variants: [variant('navy', 55, 14_990, 6), variant('black', 55, 14_990, 0)],
  },

  // ── bow-ties ──────────────────────────────────────────────────────────────
  {
    code: 'BOW-001',
    slug: 'black-silk-bow-tie',
    categorySlug: 'bow-ties',
    featured: true,
    pattern: 'solid',
    material: 'silk',
    name: text('Чёрная шёлковая бабочка', 'Қара жібек көбелек галстук', 'Black Silk Bow Tie'),
    description: text(
      'Самовязная бабочка из атласного шёлка к смокингу и дресс-коду black tie. Регулируемый ремешок подходит на воротник 37–47 см.',
      'Смокингке және black tie дресс-кодына арналған атлас жібек көбелек галстук, оны өзіңіз байлайсыз. Реттелетін бауы 37–47 см жағаға сәйкес келеді.',
      'A self-tie bow tie in satin silk for a tuxedo and a black tie dress code. The adjustable band fits 37–47 cm collars.',
    ),
    attributes: { origin: 'Italy', care: 'dry-clean', closure: 'self-tie' },
    variants: [variant('black', 60, 11_990, 26), variant('black', 55, 11_990, 10)],
  },
  {
    code: 'BOW-002',
    slug: 'polka-dot-bow-tie',
    categorySlug: 'bow-ties',
    pattern: 'dots',
    material: 'silk',
    name: text('Бабочка в горошек', 'Нүктелі көбелек галстук', 'Polka Dot Bow Tie'),
    description: text(
      'Готовая бабочка в крупный горошек из шёлка или недорогого полиэстера. Весёлый аксессуар для корпоратива, дня рождения или выпускного.',
      'Жібектен немесе арзан полиэстерден тігілген ірі нүктелі дайын көбелек галстук. Корпоративке, туған күнге немесе бітіру кешіне арналған көңілді аксессуар.',
      'A pre-tied bow tie with large polka dots, in silk or affordable polyester. A cheerful accessory for an office party, a birthday or a graduation.',
    ),
    attributes: { origin: 'Turkey', care: 'dry-clean', closure: 'pre-tied' },
    variants: [
      variant('navy', 60, 8_990, 15),
      variant('red', 60, 8_990, 9),
      variant('navy', 60, 5_490, 12, { material: 'polyester' }),
      variant('red', 60, 5_490, 0, { material: 'polyester' }),
    ],
  },
  {
    code: 'BOW-003',
    slug: 'paisley-silk-bow-tie',
    categorySlug: 'bow-ties',
    pattern: 'paisley',
    material: 'silk',
    name: text('Бабочка с узором пейсли', 'Пейсли өрнекті көбелек галстук', 'Paisley Silk Bow Tie'),
    description: text(
      'Золотистые «огурцы» на бордовом или тёмно-синем твиловом шёлке. Подойдёт к бархатному пиджаку на зимних праздниках.',
      'Күрең қызыл немесе қою көк твил жібектегі алтын түсті пейсли өрнегі. Қысқы мерекелерде барқыт пиджакқа жарасады.',
      'Gold paisley on burgundy or navy silk twill. Just right with a velvet jacket over the winter holidays.',
    ),
    attributes: { origin: 'Italy', care: 'dry-clean', closure: 'self-tie' },
    variants: [
      variant('burgundy', 60, 10_990, 4, { compareAtTenge: 12_990 }),
      variant('navy', 60, 10_990, 2, { compareAtTenge: 12_990 }),
    ],
  },
  {
    code: 'BOW-004',
    slug: 'wool-check-bow-tie',
    categorySlug: 'bow-ties',
    pattern: 'check',
    material: 'wool',
    name: text('Шерстяная бабочка в клетку', 'Торкөзді жүн көбелек галстук', 'Wool Check Bow Tie'),
    description: text(
      'Тёплая шерстяная бабочка в клетку «глен» к твидовому костюму и на зимнюю свадьбу.',
      'Твид костюм мен қысқы тойларға арналған, «глен» торкөзді жылы жүн көбелек галстук.',
      'A warm wool bow tie in glen check for a tweed suit and winter weddings.',
    ),
    attributes: { origin: 'United Kingdom', care: 'dry-clean', closure: 'self-tie' },
    variants: [variant('grey', 60, 9_990, 8), variant('brown', 60, 9_990, 5), variant('green', 60, 9_990, 0)],
  },
  {
    code: 'BOW-005',
    slug: 'knitted-silk-bow-tie',
    categorySlug: 'bow-ties',
    pattern: 'knit',
    material: 'knit-silk',
    name: text('Вязаная шёлковая бабочка', 'Тоқыма жібек көбелек галстук', 'Knitted Silk Bow Tie'),
    description: text(
      'Небольшая бабочка из вязаного шёлка с плоскими концами — неформальный вариант для летних вечеров.',
      'Ұштары жалпақ, тоқыма жібектен жасалған шағын көбелек галстук — жазғы кештерге арналған бейресми нұсқа.',
      'A compact bow tie in knitted silk with flat ends — the casual choice for summer evenings.',
    ),
    attributes: { origin: 'Italy', care: 'hand-wash', closure: 'self-tie' },
    variants: [variant('navy', 55, 10_990, 7), variant('teal', 55, 10_990, 5), variant('burgundy', 55, 10_990, 3)],
  },
  {
    code: 'BOW-006',
    slug: 'floral-linen-bow-tie',
    categorySlug: 'bow-ties',
    pattern: 'floral',
    material: 'linen',
    name: text('Льняная бабочка с цветочным узором', 'Гүл өрнекті зығыр көбелек галстук', 'Floral Linen Bow Tie'),
    description: text(
      'Лён с акварельными цветами для летних свадеб и праздников в саду. Готовая, с регулируемым ремешком.',
      'Жазғы тойлар мен бақтағы мерекелерге арналған акварель гүлді зығыр. Түйіні дайын, бауы реттеледі.',
      'Linen with watercolour flowers for summer weddings and garden parties. Pre-tied, with an adjustable strap.',
    ),
    attributes: { origin: 'Kazakhstan', care: 'hand-wash', closure: 'pre-tied' },
    variants: [variant('blue', 60, 7_990, 10), variant('pink', 60, 7_990, 6), variant('ivory', 60, 7_990, 0)],
  },

  // ── kids-bow-ties (under bow-ties) ────────────────────────────────────────
  {
    code: 'KBW-001',
    slug: 'kids-polka-dot-bow-tie',
    categorySlug: 'kids-bow-ties',
    pattern: 'dots',
    material: 'cotton',
    name: text('Детская бабочка в горошек', 'Балаларға арналған нүктелі көбелек галстук', "Kids' Polka Dot Bow Tie"),
    description: text(
      'Маленькая бабочка на резинке для утренников, семейных праздников и Дня знаний. Подходит детям 3–10 лет.',
      'Балабақшадағы ертеңгілікке, отбасылық мерекеге және Білім күніне арналған резеңкелі шағын көбелек галстук. 3–10 жастағы балаларға лайық.',
      'A small bow tie on an elastic band for school concerts, family celebrations and the first day of school. Fits children aged 3 to 10.',
    ),
    attributes: { origin: 'Kazakhstan', care: 'hand-wash', closure: 'elastic' },
    variants: [variant('navy', 45, 4_990, 18), variant('red', 45, 4_990, 12), variant('black', 45, 4_990, 9)],
  },
  {
    code: 'KBW-002',
    slug: 'kids-check-bow-tie',
    categorySlug: 'kids-bow-ties',
    pattern: 'check',
    material: 'cotton',
    name: text('Детская бабочка в клетку', 'Балаларға арналған торкөзді көбелек галстук', "Kids' Check Bow Tie"),
    description: text(
      'Хлопковая бабочка в клетку на регулируемой резинке — к белой рубашке и жилетке для семейного фото.',
      'Ақ жейде мен жилетке сай, ұзындығы реттелетін резеңкесі бар торкөзді мақта көбелек галстук — отбасылық суретке дәл өзі.',
      'A cotton check bow tie on an adjustable elastic — with a white shirt and a waistcoat for the family photo.',
    ),
    attributes: { origin: 'Kazakhstan', care: 'hand-wash', closure: 'elastic' },
    variants: [variant('blue', 45, 5_490, 0), variant('red', 45, 5_490, 0)],
  },

  // ── wedding ───────────────────────────────────────────────────────────────
  {
    code: 'WED-001',
    slug: 'ivory-wedding-tie',
    categorySlug: 'wedding',
    featured: true,
    pattern: 'solid',
    material: 'silk',
    name: text('Свадебный галстук цвета слоновой кости', 'Піл сүйегі түсті той галстугы', 'Ivory Wedding Tie'),
    description: text(
      'Атласный шёлк цвета слоновой кости для жениха. Сочетается со светлым костюмом и белой рубашкой и красиво выглядит на фотографиях.',
      'Күйеу жігітке арналған піл сүйегі түсті атлас жібек. Ашық түсті костюммен және ақ жейдемен үйлеседі, суретте әдемі шығады.',
      'Ivory satin silk for the groom. Pairs with a light suit and a white shirt, and photographs beautifully.',
    ),
    attributes: { origin: 'Italy', care: 'dry-clean' },
    variants: [variant('ivory', 85, 21_990, 3), variant('ivory', 80, 21_990, 9), variant('ivory', 75, 21_990, 4)],
  },
  {
    code: 'WED-002',
    slug: 'silver-jacquard-wedding-tie',
    categorySlug: 'wedding',
    pattern: 'geometric',
    material: 'silk',
    name: text('Серебристый свадебный галстук', 'Күміс түсті той галстугы', 'Silver Jacquard Wedding Tie'),
    description: text(
      'Серебристый жаккард с мелким ромбом мягко мерцает на свету. Классика для жениха и отцов молодых.',
      'Ұсақ ромб өрнекті күміс түсті жаккард жарықта жұмсақ жылтырайды. Күйеу жігіт пен жастардың әкелеріне арналған классика.',
      'Silver jacquard with a small diamond motif that shimmers softly in the light. A classic for the groom and the fathers of the couple.',
    ),
    attributes: { origin: 'Italy', care: 'dry-clean' },
    variants: [
      variant('silver', 85, 22_990, 3, { compareAtTenge: 27_990 }),
      variant('silver', 80, 22_990, 7, { compareAtTenge: 27_990 }),
      variant('silver', 75, 22_990, 0, { compareAtTenge: 27_990 }),
    ],
  },
  {
    code: 'WED-003',
    slug: 'floral-jacquard-groom-tie',
    categorySlug: 'wedding',
    pattern: 'floral',
    material: 'silk',
    name: text('Галстук жениха с цветочным жаккардом', 'Гүл өрнекті жаккард күйеу жігіт галстугы', "Floral Jacquard Groom's Tie"),
    description: text(
      'Вытканные розы почти незаметны издалека и эффектны вблизи. Тонкая деталь для жениха в светлом или синем костюме.',
      'Тоқылған раушан гүлдері алыстан байқалмайды, ал жақыннан көз тартады. Ашық түсті немесе көк костюм киген күйеу жігітке арналған нәзік деталь.',
      'Woven roses are barely visible from afar and striking up close. A subtle detail for a groom in a light or navy suit.',
    ),
    attributes: { origin: 'Italy', care: 'dry-clean' },
    variants: [variant('ivory', 80, 26_990, 5), variant('pink', 80, 26_990, 4), variant('blue', 80, 26_990, 2)],
  },
  {
    code: 'WED-004',
    slug: 'blush-groomsmen-tie',
    categorySlug: 'wedding',
    pattern: 'solid',
    material: 'silk',
    name: text('Галстук для друзей жениха', 'Күйеу жолдастарына арналған галстук', 'Blush Groomsmen Tie'),
    description: text(
      'Однотонный галстук пудрового оттенка, который легко заказать одинаковым для всех друзей жениха. Один цвет в нескольких ширинах.',
      'Күйеу жолдастарының бәріне бірдей етіп оңай тапсырыс беруге болатын ақшыл қызғылт бір түсті галстук. Бір түсте бірнеше ені бар.',
      "A plain blush tie that is easy to order in matching sets for the whole groom's party. One shade in several widths.",
    ),
    attributes: { origin: 'Turkey', care: 'dry-clean' },
    variants: [variant('pink', 85, 12_990, 40), variant('pink', 80, 12_990, 28), variant('pink', 70, 12_990, 15)],
  },
  {
    code: 'WED-005',
    slug: 'gold-paisley-wedding-tie',
    categorySlug: 'wedding',
    pattern: 'paisley',
    material: 'silk',
    name: text('Золотистый свадебный галстук с пейсли', 'Пейсли өрнекті алтын түсті той галстугы', 'Gold Paisley Wedding Tie'),
    description: text(
      'Тонкий золотистый узор пейсли на кремовом шёлке — для свадьбы, кудалыка или проводов невесты.',
      'Кілегей түсті жібектегі нәзік алтын түсті пейсли өрнегі — үйлену тойына, құдалыққа немесе қыз ұзатуға лайық.',
      'A delicate gold paisley on cream silk — for a wedding, a qudalyq or a qyz uzatu farewell party.',
    ),
    attributes: { origin: 'Uzbekistan', care: 'dry-clean' },
    variants: [variant('gold', 80, 23_990, 6), variant('gold', 75, 23_990, 3)],
  },

  // ── wedding-bow-ties (under wedding) ──────────────────────────────────────
  {
    code: 'WBW-001',
    slug: 'ivory-wedding-bow-tie',
    categorySlug: 'wedding-bow-ties',
    pattern: 'solid',
    material: 'silk',
    name: text('Свадебная бабочка цвета слоновой кости', 'Піл сүйегі түсті той көбелек галстугы', 'Ivory Wedding Bow Tie'),
    description: text(
      'Атласная бабочка в тон платью невесты. Самовязная, ремешок подходит на воротник 38–46 см.',
      'Қалыңдықтың көйлегімен үндес атлас көбелек галстук. Оны өзіңіз байлайсыз, бауы 38–46 см жағаға арналған.',
      "A satin bow tie to match the bride's dress. Self-tie, with a band that fits 38–46 cm collars.",
    ),
    attributes: { origin: 'Italy', care: 'dry-clean', closure: 'self-tie' },
    variants: [variant('ivory', 60, 12_990, 10), variant('ivory', 55, 12_990, 5)],
  },
  {
    code: 'WBW-002',
    slug: 'silver-groom-bow-tie',
    categorySlug: 'wedding-bow-ties',
    pattern: 'geometric',
    material: 'silk',
    name: text('Серебристая бабочка для жениха', 'Күйеу жігітке арналған күміс түсті көбелек галстук', "Silver Groom's Bow Tie"),
    description: text(
      'Жаккардовая бабочка с мелким геометрическим узором к смокингу или костюму-тройке. Идеальна для вечерней части торжества.',
      'Смокингке немесе үш бөлікті костюмге арналған ұсақ геометриялық өрнекті жаккард көбелек галстук. Тойдың кешкі бөлігіне дәл келеді.',
      'A jacquard bow tie with a fine geometric pattern for a tuxedo or a three-piece suit. Ideal for the evening part of the celebration.',
    ),
    attributes: { origin: 'Italy', care: 'dry-clean', closure: 'pre-tied' },
    variants: [
      variant('silver', 60, 13_990, 8, { compareAtTenge: 16_990 }),
      variant('silver', 55, 13_990, 0, { compareAtTenge: 16_990 }),
    ],
  },
  {
    code: 'WBW-003',
    slug: 'gold-celebration-bow-tie',
    categorySlug: 'wedding-bow-ties',
    pattern: 'solid',
    material: 'silk',
    name: text('Золотистая праздничная бабочка', 'Алтын түсті мерекелік көбелек галстук', 'Gold Celebration Bow Tie'),
    description: text(
      'Блестящая золотистая бабочка для юбилеев, золотых свадеб и новогодних вечеров.',
      'Мерейтойға, алтын тойға және Жаңа жыл кештеріне арналған жылтыр алтын түсті көбелек галстук.',
      "A shining gold bow tie for anniversaries, golden weddings and New Year's Eve parties.",
    ),
    attributes: { origin: 'Turkey', care: 'dry-clean', closure: 'pre-tied' },
    variants: [variant('gold', 60, 11_990, 0), variant('gold', 55, 11_990, 0)],
  },

  // ── gift-sets ─────────────────────────────────────────────────────────────
  {
    code: 'GFT-001',
    slug: 'tie-and-pocket-square-set',
    categorySlug: 'gift-sets',
    featured: true,
    pattern: 'paisley',
    material: 'silk',
    name: text('Набор: галстук и нагрудный платок', 'Жиынтық: галстук және қалта орамалы', 'Tie and Pocket Square Set'),
    description: text(
      'Шёлковый галстук с узором пейсли и платок-паше в тон в подарочной коробке. Готовый подарок на день рождения или юбилей.',
      'Пейсли өрнекті жібек галстук пен оған сай қалта орамалы сыйлық қорабында. Туған күнге немесе мерейтойға дайын сыйлық.',
      'A paisley silk tie with a matching pocket square, packed in a gift box. A ready-made present for a birthday or an anniversary.',
    ),
    attributes: { origin: 'Italy', care: 'dry-clean', contents: 'tie, pocket square' },
    variants: [variant('burgundy', 80, 24_990, 12), variant('navy', 80, 24_990, 9), variant('green', 80, 24_990, 0)],
  },
  {
    code: 'GFT-002',
    slug: 'executive-gift-set',
    categorySlug: 'gift-sets',
    pattern: 'stripes',
    material: 'silk',
    name: text('Подарочный набор «Директор»', '«Директор» сыйлық жиынтығы', 'Executive Gift Set'),
    description: text(
      'Полосатый галстук, нагрудный платок и серебристые запонки в коробке из плотного картона. Солидный подарок руководителю или партнёру.',
      'Жолақты галстук, қалта орамалы және күміс түсті жең түймелері тығыз картон қорапта. Басшыға немесе серіктеске арналған салмақты сыйлық.',
      'A striped tie, a pocket square and silver-tone cufflinks in a sturdy box. A serious present for a manager or a business partner.',
    ),
    attributes: { origin: 'Italy', care: 'dry-clean', contents: 'tie, pocket square, cufflinks' },
    variants: [
      variant('navy', 80, 39_990, 6, { compareAtTenge: 46_990 }),
      variant('burgundy', 80, 39_990, 4, { compareAtTenge: 46_990 }),
      variant('grey', 80, 39_990, 2),
    ],
  },
  {
    code: 'GFT-003',
    slug: 'three-tie-office-set',
    categorySlug: 'gift-sets',
    pattern: 'solid',
    material: 'silk',
    // Kazakh texts deliberately left empty: the shop must fall back to Russian for this product.
    name: text('Набор из трёх офисных галстуков', '', 'Three-Tie Office Set'),
    description: text(
      'Три однотонных шёлковых галстука — тёмно-синий, бордовый и серый — на каждый рабочий день. Выгоднее, чем покупать по одному.',
      '',
      'Three solid silk ties — navy, burgundy and grey — for every working day. Better value than buying them one by one.',
    ),
    attributes: { origin: 'Turkey', care: 'dry-clean', contents: 'three ties' },
    variants: [variant('navy', 80, 34_990, 7), variant('navy', 70, 34_990, 3)],
  },
  {
    code: 'GFT-004',
    slug: 'groom-gift-set',
    categorySlug: 'gift-sets',
    pattern: 'solid',
    material: 'silk',
    name: text('Набор жениха: бабочка, галстук и платок', 'Күйеу жігіт жиынтығы: көбелек галстук, галстук және орамал', "Groom's Gift Set"),
    description: text(
      'Бабочка на вечер, галстук для церемонии и нагрудный платок — всё в одном цвете и в одной коробке.',
      'Кешке арналған көбелек галстук, салтанатты рәсімге арналған галстук және қалта орамалы — бәрі бір түсте, бір қорапта.',
      'A bow tie for the evening, a tie for the ceremony and a pocket square — all in one colour and one box.',
    ),
    attributes: { origin: 'Italy', care: 'dry-clean', contents: 'bow tie, tie, pocket square' },
    variants: [variant('ivory', 80, 44_990, 4), variant('silver', 80, 44_990, 3), variant('navy', 80, 44_990, 0)],
  },
  {
    code: 'GFT-005',
    slug: 'winter-knit-gift-set',
    categorySlug: 'gift-sets',
    pattern: 'knit',
    material: 'cashmere',
    name: text('Набор «Зима»: вязаный галстук и платок', '«Қыс» жиынтығы: тоқыма галстук пен орамал', 'Winter Knit Gift Set'),
    description: text(
      'Вязаный галстук из кашемира и нагрудный платок из той же пряжи. Тёплый подарок на Новый год.',
      'Кашемирден тоқылған галстук және сол жіптен жасалған қалта орамалы. Жаңа жылға арналған жылы сыйлық.',
      'A knitted cashmere tie with a pocket square from the same yarn. A warm New Year present.',
    ),
    attributes: { origin: 'Mongolia', care: 'dry-clean', contents: 'knitted tie, pocket square' },
    variants: [variant('grey', 60, 42_990, 5), variant('brown', 60, 42_990, 2)],
  },
];

export const seedProducts: SeedProduct[] = productRows.map(toSeedProduct);
