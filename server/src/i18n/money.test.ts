import { describe, expect, it } from 'vitest';
import { Locale } from './locale.js';
import { formatTenge } from './money.js';

describe('formatTenge', () => {
  it('writes whole tenge with no-break spaces and ₸ in Russian and Kazakh, like the storefront', () => {
    expect(formatTenge(2_499_000, Locale.ru)).toBe('24\u00a0990\u00a0₸');
    expect(formatTenge(2_499_000, Locale.kk)).toBe('24\u00a0990\u00a0₸');
    expect(formatTenge(0, Locale.ru)).toBe('0\u00a0₸');
  });

  it('puts the narrow tenge sign first in English', () => {
    expect(formatTenge(2_499_000, Locale.en)).toBe('₸24,990');
  });

  it('shows tiyn only when there are some, never rounding money away', () => {
    expect(formatTenge(2_499_050, Locale.ru)).toBe('24\u00a0990,50\u00a0₸');
    expect(formatTenge(2_499_050, Locale.en)).toBe('₸24,990.50');
  });
});
