import { describe, expect, it } from 'vitest';
import { normaliseKazakhPhone } from './phone.js';

describe('Kazakh phone numbers', () => {
  it.each([
    ['8 701 123 45 67'],
    ['+7 (701) 123-45-67'],
    ['87011234567'],
    ['+77011234567'],
    ['7 701 123 4567'],
    ['701 123 45 67'],
    ['8(701)123.45.67'],
    ['\u00a0+7\u00a0701\u00a01234567 '],
  ])('normalises "%s" to +77011234567', (typed) => {
    expect(normaliseKazakhPhone(typed)).toBe('+77011234567');
  });

  it('keeps city numbers (Almaty 727, Astana 7172) and the 6xx range', () => {
    expect(normaliseKazakhPhone('8 727 250 00 00')).toBe('+77272500000');
    expect(normaliseKazakhPhone('8 (7172) 55-66-77')).toBe('+77172556677');
    expect(normaliseKazakhPhone('+7 600 000 00 00')).toBe('+76000000000');
  });

  it.each([
    ['', 'empty'],
    ['8 701 123 45 6', 'a digit short'],
    ['8 701 123 45 678', 'a digit long'],
    ['+7 916 123 45 67', 'a Russian mobile'],
    ['+8 701 123 45 67', 'the wrong country code'],
    ['+998 90 123 45 67', 'an Uzbek number'],
    ['8 701 123 45 6x', 'a letter'],
    ['+7 701 123 45 67 ext 2', 'an extension'],
    ['++77011234567', 'a doubled plus'],
  ])('refuses "%s" (%s)', (typed) => {
    expect(normaliseKazakhPhone(typed)).toBeUndefined();
  });
});
