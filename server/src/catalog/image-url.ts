import { registerEnumType } from 'type-graphql';

export enum ImageFormat {
  WEBP = 'webp',
  AVIF = 'avif',
}
registerEnumType(ImageFormat, { name: 'ImageFormat' });

export const MEDIA_URL_PREFIX = '/media/';

export function imageUrl(path: string, format: ImageFormat): string {
  return `${MEDIA_URL_PREFIX}${path}.${format}`;
}
