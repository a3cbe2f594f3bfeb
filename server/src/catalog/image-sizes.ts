/**
 * The size ladder of product images, in one place: every image is stored at these widths (never wider
 * than its source), in every ImageFormat, at a 4:5 aspect. The API lists the widths an image has as a
 * `srcset`, so a phone picks a 320 or 640 file instead of the largest.
 */
export const IMAGE_WIDTHS: readonly number[] = [320, 640, 960, 1280];
export const LARGEST_IMAGE_WIDTH = IMAGE_WIDTHS[IMAGE_WIDTHS.length - 1]!;

/** Width : height of a product image. */
export const IMAGE_ASPECT = { width: 4, height: 5 } as const;

/** Width of the tiny blurred placeholder stored with each image (an inline data: URL). */
export const PLACEHOLDER_WIDTH = 16;

export function imageHeight(width: number): number {
  return Math.round((width * IMAGE_ASPECT.height) / IMAGE_ASPECT.width);
}

/** The ladder's widths a source this wide can fill without upscaling; a source narrower than the smallest keeps its own width. */
export function widthsFor(sourceWidth: number): number[] {
  const widths = IMAGE_WIDTHS.filter((width) => width <= sourceWidth);
  return widths.length > 0 ? widths : [sourceWidth];
}
