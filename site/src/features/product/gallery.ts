/**
 * The product gallery's behaviour over components/ProductGallery.astro: thumbnails scroll the photo row
 * sideways (without JavaScript they are plain links to the slides) and the thumbnail of the photo in view
 * is marked aria-current, whether it got there by a thumbnail, a swipe or a colour choice.
 */
export interface Gallery {
  /** Brings photo `index` into view. */
  show(index: number): void;
}

/** How much of a photo must show for its thumbnail to be the current one. */
const VISIBLE = 0.6;

export function startGallery(root: HTMLElement): Gallery {
  const track = root.querySelector<HTMLElement>('[data-slides]')!;
  const slides = [...track.children] as HTMLElement[];
  const thumbs = [...root.querySelectorAll<HTMLAnchorElement>('[data-thumb]')];

  const mark = (index: number) => thumbs.forEach((thumb, i) => (i === index ? thumb.setAttribute('aria-current', 'true') : thumb.removeAttribute('aria-current')));
  const observer = new IntersectionObserver(
    (entries) => {
      // A slide leaving view also reports (still intersecting, under the threshold): only one coming in counts.
      for (const entry of entries) if (entry.intersectionRatio >= VISIBLE) mark(slides.indexOf(entry.target as HTMLElement));
    },
    { root: track, threshold: VISIBLE },
  );
  for (const slide of slides) observer.observe(slide);

  const show = (index: number) => {
    const slide = slides[index];
    if (!slide) return;
    // Sideways only: scrollIntoView would also scroll the page to the photo.
    track.scrollTo({ left: slide.offsetLeft });
    mark(index);
  };
  thumbs.forEach((thumb, index) =>
    thumb.addEventListener('click', (event) => {
      event.preventDefault();
      show(index);
    }),
  );
  return { show };
}
