import sharp from 'sharp';
import { storeImageSizes, type StoredImage } from '../../catalog/image-ingest.js';
import { LARGEST_IMAGE_WIDTH, imageHeight } from '../../catalog/image-sizes.js';
import type { Colour, TiePattern } from './catalog-data.js';

export const COLOUR_HEX: Record<Colour, string> = {
  black: '#1c1c1e',
  navy: '#1f2a44',
  blue: '#2f5d9b',
  burgundy: '#6d1f2f',
  red: '#b3202a',
  green: '#2e5e3e',
  grey: '#7a7d82',
  silver: '#c0c4c8',
  gold: '#c9a54a',
  pink: '#e3a5b4',
  purple: '#5b3a78',
  brown: '#6b4a32',
  ivory: '#f1ead8',
  teal: '#1f6f6f',
};

export interface TieSvgOptions {
  pattern: TiePattern;
  colour: Colour;
  /** Colour of the motif; defaults to one that contrasts with the ground. */
  accent?: Colour;
  /** Varies motif scale, angle and offset so products sharing a pattern still look different. */
  seed: number;
  width: number;
  height: number;
  bow?: boolean;
}

/** Seed images are drawn at the largest size of the ladder and resized down, never up. */
export const IMAGE_WIDTH = LARGEST_IMAGE_WIDTH;
export const IMAGE_HEIGHT = imageHeight(LARGEST_IMAGE_WIDTH);

/** Shapes are drawn on an 800×1000 artboard and scaled to the requested size. */
const ARTBOARD_WIDTH = 800;
const ARTBOARD_HEIGHT = 1000;

const LONG_TIE = {
  blade: 'M368 236 L432 236 L504 800 L400 904 L296 800 Z',
  knot: 'M334 138 Q400 126 466 138 L438 238 Q400 246 362 238 Z',
  collar: ['M226 86 L382 136 L336 312 L240 230 Z', 'M574 86 L418 136 L464 312 L560 230 Z'],
  fold: 'M400 250 L400 892',
};

const BOW_TIE = {
  wings:
    'M362 457 C265 360 173 349 135 392 C111 449 111 551 135 608 C173 651 265 640 362 543 Z ' +
    'M438 457 C535 360 627 349 665 392 C689 449 689 551 665 608 C627 651 535 640 438 543 Z',
  knot: 'M373 446 H427 Q449 446 449 468 V532 Q449 554 427 554 H373 Q351 554 351 532 V468 Q351 446 373 446 Z',
};

const PAISLEY_DROP = 'M0 -28 C22 -28 30 -4 18 14 C8 28 -14 30 -22 18 C-28 6 -18 -4 -6 -2 C4 0 8 -10 0 -28 Z';

interface MotifTile {
  width: number;
  height: number;
  rotate: number;
  content: string;
}

/** Deterministic value in [0, 1) for a seed and a salt, so the same product always gets the same picture. */
function variation(seed: number, salt: number): number {
  const x = Math.sin(seed * 12.9898 + salt * 78.233) * 43758.5453;
  return x - Math.floor(x);
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

function channels(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

function mix(hex: string, towardsHex: string, amount: number): string {
  const from = channels(hex);
  const to = channels(towardsHex);
  return `#${from
    .map((channel, index) => Math.round(channel + (to[index]! - channel) * amount).toString(16).padStart(2, '0'))
    .join('')}`;
}

function isLight(hex: string): boolean {
  const [red, green, blue] = channels(hex);
  return (0.2126 * red + 0.7152 * green + 0.0722 * blue) / 255 > 0.6;
}

function motifTile(pattern: TiePattern, ground: string, accent: string, seed: number): MotifTile {
  const scale = 0.85 + variation(seed, 1) * 0.3;
  const tonal = mix(ground, '#000000', 0.3);
  switch (pattern) {
    case 'solid': {
      const size = 14;
      // A faint twill line keeps a plain tie from looking like flat plastic.
      return {
        width: size,
        height: size,
        rotate: 45,
        content: `<rect width="${size}" height="2" fill="${tonal}" opacity="0.18"/>`,
      };
    }
    case 'stripes': {
      const size = round(64 * scale);
      const direction = variation(seed, 2) < 0.5 ? -1 : 1;
      return {
        width: size,
        height: size,
        rotate: direction * (38 + variation(seed, 3) * 10),
        content:
          `<rect width="${size}" height="${round(size * 0.2)}" fill="${accent}"/>` +
          `<rect y="${round(size * 0.32)}" width="${size}" height="${round(size * 0.05)}" fill="${accent}" opacity="0.7"/>`,
      };
    }
    case 'dots': {
      const size = round(36 * scale);
      const radius = round(size * (0.07 + variation(seed, 2) * 0.05));
      return {
        width: size,
        height: size,
        rotate: 0,
        content:
          `<circle cx="${round(size / 4)}" cy="${round(size / 4)}" r="${radius}" fill="${accent}"/>` +
          `<circle cx="${round((size * 3) / 4)}" cy="${round((size * 3) / 4)}" r="${radius}" fill="${accent}"/>`,
      };
    }
    case 'paisley': {
      const size = 120;
      const curl = (x: number, y: number, turn: number, shrink: number, fill: string) =>
        `<g transform="translate(${x} ${y}) rotate(${round(turn)}) scale(${shrink})">` +
        `<path d="${PAISLEY_DROP}" fill="${fill}"/>` +
        `<path d="M-10 14 C-18 4 -6 -6 2 2" fill="none" stroke="${ground}" stroke-width="3"/>` +
        `<circle cx="-4" cy="-14" r="3" fill="${ground}"/></g>`;
      return {
        width: size,
        height: size,
        rotate: round(variation(seed, 2) * 20 - 10),
        content:
          curl(34, 38, variation(seed, 3) * 60, 1, accent) +
          curl(92, 94, 180 + variation(seed, 4) * 60, 0.7, mix(accent, ground, 0.35)),
      };
    }
    case 'check': {
      const size = round(48 * scale);
      const band = round(size / 3);
      return {
        width: size,
        height: size,
        rotate: 0,
        content:
          `<rect width="${size}" height="${band}" fill="${accent}" opacity="0.35"/>` +
          `<rect width="${band}" height="${size}" fill="${accent}" opacity="0.35"/>` +
          `<rect x="${round(band * 2)}" width="2" height="${size}" fill="${accent}" opacity="0.6"/>` +
          `<rect y="${round(band * 2)}" width="${size}" height="2" fill="${accent}" opacity="0.6"/>`,
      };
    }
    case 'knit':
      // Rows of small chevrons in a darker shade of the yarn read as a stockinette knit.
      return {
        width: 14,
        height: 12,
        rotate: 0,
        content:
          `<path d="M0 1 L7 11 L14 1" fill="none" stroke="${tonal}" stroke-width="3" stroke-linejoin="round"/>` +
          `<path d="M2 0 L7 7 L12 0" fill="none" stroke="${mix(ground, '#ffffff', 0.15)}" stroke-width="1"/>`,
      };
    case 'floral': {
      const size = 96;
      const centre = isLight(accent) ? COLOUR_HEX.gold : mix(accent, '#ffffff', 0.5);
      const flower = (x: number, y: number, petalRadius: number) =>
        [0, 72, 144, 216, 288]
          .map((angle) => {
            const radians = ((angle + variation(seed, 2) * 72) * Math.PI) / 180;
            const distance = petalRadius * 1.15;
            return `<circle cx="${round(x + Math.cos(radians) * distance)}" cy="${round(y + Math.sin(radians) * distance)}" r="${petalRadius}" fill="${accent}"/>`;
          })
          .join('') + `<circle cx="${x}" cy="${y}" r="${round(petalRadius * 0.65)}" fill="${centre}"/>`;
      return {
        width: size,
        height: size,
        rotate: 0,
        content:
          flower(28, 30, round(8 * scale)) +
          `<ellipse cx="54" cy="40" rx="10" ry="4" transform="rotate(35 54 40)" fill="${mix(COLOUR_HEX.green, ground, 0.3)}"/>` +
          flower(74, 74, round(5.5 * scale)),
      };
    }
    case 'geometric': {
      const size = round(56 * scale);
      const half = round(size / 2);
      const inset = round(size * 0.08);
      return {
        width: size,
        height: size,
        rotate: 0,
        content:
          `<path d="M${half} ${inset} L${size - inset} ${half} L${half} ${size - inset} L${inset} ${half} Z" fill="none" stroke="${accent}" stroke-width="4"/>` +
          `<rect x="${round(half - size * 0.1)}" y="${round(half - size * 0.1)}" width="${round(size * 0.2)}" height="${round(size * 0.2)}" transform="rotate(45 ${half} ${half})" fill="${accent}"/>`,
      };
    }
  }
}

/** An SVG product photo of a tie (or bow tie) in the given colour and pattern on a light backdrop. */
export function tieSvg(opts: TieSvgOptions): string {
  const ground = COLOUR_HEX[opts.colour];
  const accent = opts.accent ? COLOUR_HEX[opts.accent] : isLight(ground) ? COLOUR_HEX.navy : COLOUR_HEX.ivory;
  const outline = mix(ground, '#000000', 0.35);
  const tile = motifTile(opts.pattern, ground, accent, opts.seed);
  const offsetX = round(variation(opts.seed, 5) * tile.width);
  const offsetY = round(variation(opts.seed, 6) * tile.height);
  const backdropTop = mix('#f7f5f2', COLOUR_HEX[opts.colour], 0.04 + variation(opts.seed, 7) * 0.04);

  const scale = Math.min(opts.width / ARTBOARD_WIDTH, opts.height / ARTBOARD_HEIGHT);
  const translateX = round((opts.width - ARTBOARD_WIDTH * scale) / 2);
  const translateY = round((opts.height - ARTBOARD_HEIGHT * scale) / 2);

  const shapes = opts.bow ? [BOW_TIE.wings, BOW_TIE.knot] : [LONG_TIE.blade, LONG_TIE.knot];
  const knot = opts.bow ? BOW_TIE.knot : LONG_TIE.knot;
  const fabric = shapes.map((d) => `<path d="${d}" fill="url(#fabric)"/>`).join('');
  const sheen = shapes.map((d) => `<path d="${d}" fill="url(#sheen)"/>`).join('');
  const silhouette = shapes.map((d) => `<path d="${d}"/>`).join('');
  const collar = opts.bow
    ? ''
    : LONG_TIE.collar.map((d) => `<path d="${d}" fill="#ffffff" stroke="#d9d6d0" stroke-width="2"/>`).join('');
  const fold = opts.bow ? '' : `<path d="${LONG_TIE.fold}" stroke="#000000" stroke-opacity="0.12" stroke-width="2"/>`;

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${opts.width}" height="${opts.height}" viewBox="0 0 ${opts.width} ${opts.height}">`,
    '<defs>',
    `<linearGradient id="backdrop" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${backdropTop}"/><stop offset="1" stop-color="#e6e3de"/></linearGradient>`,
    `<pattern id="fabric" patternUnits="userSpaceOnUse" width="${tile.width}" height="${tile.height}" patternTransform="rotate(${tile.rotate}) translate(${offsetX} ${offsetY})">`,
    `<rect width="${tile.width}" height="${tile.height}" fill="${ground}"/>${tile.content}</pattern>`,
    '<linearGradient id="sheen" x1="0" y1="0" x2="1" y2="0">',
    '<stop offset="0" stop-color="#000000" stop-opacity="0.22"/><stop offset="0.42" stop-color="#ffffff" stop-opacity="0.16"/>',
    '<stop offset="0.58" stop-color="#ffffff" stop-opacity="0.04"/><stop offset="1" stop-color="#000000" stop-opacity="0.26"/>',
    '</linearGradient>',
    '<filter id="shadow" x="-20%" y="-20%" width="140%" height="140%"><feGaussianBlur stdDeviation="12"/></filter>',
    '</defs>',
    `<rect width="${opts.width}" height="${opts.height}" fill="url(#backdrop)"/>`,
    `<g transform="translate(${translateX} ${translateY}) scale(${round(scale * 1000) / 1000})">`,
    `<g transform="translate(10 14)" filter="url(#shadow)" fill="#000000" opacity="0.2">${silhouette}</g>`,
    collar,
    `<g stroke="${outline}" stroke-width="2.5" stroke-linejoin="round">${fabric}</g>`,
    sheen,
    `<path d="${knot}" fill="#000000" opacity="0.12"/>`,
    fold,
    '</g>',
    '</svg>',
  ].join('');
}

/**
 * Rasterises the SVG at the largest size of the ladder (IMAGE_WIDTH×IMAGE_HEIGHT) and stores every size
 * as `<baseName>-<width>.webp|avif` in outDir; files already there are reused, so reseeding does not
 * re-encode.
 */
export async function renderTieImages(svg: string, outDir: string, baseName: string): Promise<StoredImage> {
  return storeImageSizes(
    async () => {
      const source = Buffer.from(svg);
      const { width = IMAGE_WIDTH, height = IMAGE_HEIGHT } = await sharp(source).metadata();
      // Rasterise the vector at the output resolution instead of upscaling a small bitmap.
      const density = 72 * Math.max(IMAGE_WIDTH / width, IMAGE_HEIGHT / height);
      const raw = await sharp(source, { density }).resize(IMAGE_WIDTH, IMAGE_HEIGHT, { fit: 'cover' }).raw().toBuffer({ resolveWithObject: true });
      return sharp(raw.data, { raw: { width: raw.info.width, height: raw.info.height, channels: raw.info.channels } });
    },
    { width: IMAGE_WIDTH, height: IMAGE_HEIGHT },
    outDir,
    baseName,
  );
}
