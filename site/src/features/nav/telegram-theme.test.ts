import { describe, expect, it } from 'vitest';
import { isDark, themeFromFragment } from './telegram-theme';

const fragment = (params: unknown) => `#${new URLSearchParams({ tgWebAppData: 'x', tgWebAppThemeParams: JSON.stringify(params), tgWebAppVersion: '8.0' })}`;

describe('Telegram theme from the launch fragment', () => {
  it('reads the colours Telegram passes', () => {
    expect(themeFromFragment(fragment({ bg_color: '#17212b', text_color: '#f5f5f5', button_color: '#5288c1' }))).toEqual({ bg_color: '#17212b', text_color: '#f5f5f5', button_color: '#5288c1' });
  });

  it('drops anything that is not a colour, so nothing but colours reaches CSS', () => {
    expect(themeFromFragment(fragment({ bg_color: 'red;background:url(//x)', 'a b': '#fff', text_color: '#000' }))).toEqual({ text_color: '#000' });
    expect(themeFromFragment(fragment(['#fff']))).toBeNull();
    expect(themeFromFragment('#tgWebAppThemeParams=%7Bnot%20json')).toBeNull();
    expect(themeFromFragment('#section=2')).toBeNull();
    expect(themeFromFragment('')).toBeNull();
  });

  it('tells a dark background from a light one', () => {
    expect(isDark('#17212b')).toBe(true);
    expect(isDark('#ffffff')).toBe(false);
    expect(isDark('#000')).toBe(true);
  });
});
