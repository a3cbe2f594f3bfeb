/**
 * Where an image enters the shop (the seed today, uploads later): the sizes of the ladder are encoded once
 * here, so serving and building the site never resize anything.
 */
import { access, mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp, { type Sharp } from 'sharp';
import { ImageFormat, imageFile } from './image-url.js';
import { IMAGE_ASPECT, PLACEHOLDER_WIDTH, imageHeight, widthsFor } from './image-sizes.js';

export interface StoredImage {
  /** The ladder's widths written, smallest first. */
  widths: number[];
  /** Intrinsic size of the largest file. */
  width: number;
  height: number;
  /** A PLACEHOLDER_WIDTH-wide WebP as a data: URL, a few hundred bytes, shown blurred until the image loads. */
  placeholder: string;
}

const ENCODE: Record<ImageFormat, (image: Sharp) => Sharp> = {
  [ImageFormat.WEBP]: (image) => image.webp({ quality: 80 }),
  [ImageFormat.AVIF]: (image) => image.avif({ quality: 55, effort: 2 }),
};

async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}

/** Writes through a temporary name so an interrupted run never leaves a truncated file the reuse check would trust. */
async function writeAtomically(file: string, data: Buffer): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, data);
  await rename(temporary, file);
}

/**
 * Writes every size of the ladder the source can fill (never upscaled), in every format, as
 * `<baseName>-<width>.<format>` in outDir, cropped to the 4:5 aspect. Files already there are reused, so a
 * rerun does not re-encode; `source` is only called when something is missing.
 */
export async function storeImageSizes(source: () => Promise<Sharp>, sourceSize: { width: number; height: number }, outDir: string, baseName: string): Promise<StoredImage> {
  // The widest 4:5 crop the source holds: a wide source is limited by its height.
  const widths = widthsFor(Math.min(sourceSize.width, Math.floor((sourceSize.height * IMAGE_ASPECT.width) / IMAGE_ASPECT.height)));
  const files = widths.flatMap((width) => Object.values(ImageFormat).map((format) => ({ width, format, file: path.join(outDir, imageFile(baseName, format, width)) })));
  const missing = (await Promise.all(files.map(async (f) => ((await exists(f.file)) ? null : f)))).filter((f) => f !== null);
  if (missing.length > 0) {
    await mkdir(outDir, { recursive: true });
    const image = await source();
    for (const { width, format, file } of missing) {
      await writeAtomically(file, await ENCODE[format](image.clone().resize(width, imageHeight(width), { fit: 'cover' })).toBuffer());
    }
  }
  const smallest = path.join(outDir, imageFile(baseName, ImageFormat.WEBP, widths[0]!));
  const tiny = await sharp(smallest).resize(PLACEHOLDER_WIDTH, imageHeight(PLACEHOLDER_WIDTH), { fit: 'cover' }).webp({ quality: 40 }).toBuffer();
  const largest = widths[widths.length - 1]!;
  return { widths, width: largest, height: imageHeight(largest), placeholder: `data:image/webp;base64,${tiny.toString('base64')}` };
}
