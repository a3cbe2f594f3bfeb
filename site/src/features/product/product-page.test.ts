import { describe, expect, it } from 'vitest';
import { colourSlides } from './product-page';

describe('product page photos', () => {
  it('gives colour n photo n in the order colours first appear, and none to a colour beyond the photos', () => {
    const variants = ['NAVY', 'NAVY', 'RED', 'NAVY', 'GREEN', 'TEAL'].map((colour) => ({ colour }));
    expect(Object.fromEntries(colourSlides(variants, 3))).toEqual({ NAVY: 0, RED: 1, GREEN: 2, TEAL: -1 });
    expect(Object.fromEntries(colourSlides(variants, 0))).toEqual({ NAVY: -1, RED: -1, GREEN: -1, TEAL: -1 });
  });
});
