import { registerEnumType } from 'type-graphql';

export enum ImageFormat {
  WEBP = 'webp',
  AVIF = 'avif',
}
registerEnumType(ImageFormat, { name: 'ImageFormat' });

export const MEDIA_URL_PREFIX = '/media/';

/** File of one size of an image, relative to the media root: `<path>-<width>.<format>`. */
export function imageFile(path: string, format: ImageFormat, width: number): string {
  return `${path}-${width}.${format}`;
}

/**
 * URL of the largest size of an image. An image stored before sizes existed (no widths) has one file,
 * `<path>.<format>`.
 */
export function imageUrl(path: string, format: ImageFormat, widths: readonly number[] = []): string {
  const largest = widths.length > 0 ? Math.max(...widths) : undefined;
  return `${MEDIA_URL_PREFIX}${largest === undefined ? `${path}.${format}` : imageFile(path, format, largest)}`;
}

/** An HTML `srcset` of every stored width, e.g. "/media/x-320.webp 320w, /media/x-640.webp 640w". */
export function imageSrcset(path: string, format: ImageFormat, widths: readonly number[], intrinsicWidth: number): string {
  if (widths.length === 0) return `${imageUrl(path, format)} ${intrinsicWidth}w`;
  return [...widths].sort((a, b) => a - b).map((width) => `${MEDIA_URL_PREFIX}${imageFile(path, format, width)} ${width}w`).join(', ');
}
