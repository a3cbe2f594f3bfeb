import { describe, expect, it } from 'vitest';
import { defaultVariant, discountPercent, optionState, pickOption, stockText, type ChoosableVariant } from './variant-choice';

const v = (id: string, colour: string, widthMm: number, material: string, stock: number): ChoosableVariant => ({ id, colour, widthMm, material, stock });
// Like the seed's polka-dot bow tie and regimental stripe: red polyester sold out, burgundy only at 80 mm.
const navySilk = v('1', 'NAVY', 60, 'SILK', 15);
const redSilk = v('2', 'RED', 60, 'SILK', 9);
const navyPoly = v('3', 'NAVY', 60, 'POLYESTER', 12);
const redPoly = v('4', 'RED', 60, 'POLYESTER', 0);
const bowTie = [navySilk, redSilk, navyPoly, redPoly];

describe('variant choice', () => {
  it('opens on the first orderable variant, or the first when all are sold out', () => {
    expect(defaultVariant([redPoly, navyPoly, navySilk])).toBe(navyPoly);
    expect(defaultVariant([redPoly, { ...navySilk, stock: 0 }])).toBe(redPoly);
    expect(defaultVariant([])).toBeUndefined();
  });

  it('keeps the other options when the picked combination is orderable', () => {
    expect(pickOption(bowTie, navyPoly, 'colour', 'NAVY')).toBe(navyPoly);
    expect(pickOption(bowTie, navySilk, 'material', 'POLYESTER')).toBe(navyPoly);
    expect(pickOption(bowTie, navyPoly, 'colour', 'RED')).toBe(redSilk);
  });

  it('prefers an orderable variant with the picked value over the sold-out exact combination', () => {
    expect(pickOption(bowTie, redSilk, 'material', 'POLYESTER')).toBe(navyPoly);
  });

  it('lands on a sold-out variant only when nothing with the picked value is orderable', () => {
    const allRedOut = [navySilk, { ...redSilk, stock: 0 }, navyPoly, redPoly];
    expect(pickOption(allRedOut, navyPoly, 'colour', 'RED')).toBe(redPoly);
    expect(pickOption(allRedOut, navySilk, 'colour', 'RED')).toBe(allRedOut[1]);
  });

  it('moves to the closest existing variant when the combination does not exist', () => {
    const stripe = [v('a', 'NAVY', 80, 'SILK', 18), v('b', 'BURGUNDY', 80, 'SILK', 7), v('c', 'NAVY', 70, 'SILK', 5)];
    expect(pickOption(stripe, stripe[1]!, 'widthMm', '70')).toBe(stripe[2]);
    expect(pickOption(stripe, stripe[0]!, 'colour', 'GOLD')).toBeUndefined();
  });

  it('marks options sold out or missing next to the current choice', () => {
    expect(optionState(bowTie, redSilk, 'material', 'POLYESTER')).toBe('soldOut');
    expect(optionState(bowTie, navySilk, 'material', 'POLYESTER')).toBe('available');
    expect(optionState(bowTie, navyPoly, 'colour', 'RED')).toBe('soldOut');
    const stripe = [v('a', 'NAVY', 80, 'SILK', 18), v('b', 'BURGUNDY', 80, 'SILK', 7), v('c', 'NAVY', 70, 'SILK', 5)];
    expect(optionState(stripe, stripe[1]!, 'widthMm', '70')).toBe('missing');
    expect(optionState(stripe, stripe[2]!, 'colour', 'BURGUNDY')).toBe('missing');
    expect(optionState(stripe, stripe[0]!, 'colour', 'BURGUNDY')).toBe('available');
  });

  it('says in stock, few left with the right plural, or sold out', () => {
    const ru = { inStock: 'В наличии', soldOut: 'Нет в наличии', fewLeft: { one: 'Осталась {count} штука', few: 'Осталось {count} штуки', many: 'Осталось {count} штук', other: 'Осталось {count} штуки' } };
    expect(stockText(10, ru, 'ru')).toBe('В наличии');
    expect(stockText(1, ru, 'ru')).toBe('Осталась 1 штука');
    expect(stockText(3, ru, 'ru')).toBe('Осталось 3 штуки');
    expect(stockText(0, ru, 'ru')).toBe('Нет в наличии');
    expect(stockText(2, { ...ru, fewLeft: { one: '{count} дана қалды', other: '{count} дана қалды' } }, 'kk')).toBe('2 дана қалды');
  });

  it('rounds the discount off the compare-at price and ignores a compare-at not above the price', () => {
    expect(discountPercent(1599000, 1899000)).toBe(16);
    expect(discountPercent(1599000, 1599000)).toBe(0);
    expect(discountPercent(1599000, null)).toBe(0);
  });
});
