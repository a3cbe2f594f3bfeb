/**
 * Telegram's theme inside the Mini App. Telegram passes its palette in the launch fragment
 * (#tgWebAppThemeParams={"bg_color":"#…",…}); telegram-web-app.js would turn it into --tg-theme-*
 * variables, but the shop does not load that script, so this maps the fragment itself. The fragment is
 * only present on launch, so the palette is kept for the session (when the frame may use storage).
 */
const PARAM = 'tgWebAppThemeParams';
const KEY = 't1eup.tgTheme';
const COLOUR = /^#[0-9a-f]{3,8}$/i;

export type ThemeParams = Record<string, string>;

/** The theme parameters in a launch fragment, only well-formed colours, or null when there are none. */
export function themeFromFragment(hash: string): ThemeParams | null {
  const raw = new URLSearchParams(hash.replace(/^#/, '')).get(PARAM);
  if (!raw) return null;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (!parsed || typeof parsed !== 'object') return null;
    const theme: ThemeParams = {};
    for (const [key, value] of Object.entries(parsed)) if (/^[a-z_]{1,40}$/.test(key) && typeof value === 'string' && COLOUR.test(value)) theme[key] = value;
    return Object.keys(theme).length ? theme : null;
  } catch {
    return null;
  }
}

/** Whether a #rgb/#rrggbb background is dark (relative luminance under ~0.4). */
export function isDark(colour: string): boolean {
  let hex = colour.slice(1);
  if (hex.length === 3 || hex.length === 4) hex = [...hex.slice(0, 3)].map((c) => c + c).join('');
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.4;
}

/** Sets --tg-theme-* on <html> and html.tg (+ tg-dark/tg-light), from the fragment or the session's copy. */
export function applyTelegramTheme(root: HTMLElement, hash: string, storage: Storage | undefined): void {
  let theme = themeFromFragment(hash);
  if (theme) storage?.setItem(KEY, JSON.stringify(theme));
  else {
    const kept = storage?.getItem(KEY);
    theme = kept ? themeFromFragment(`#${PARAM}=${encodeURIComponent(kept)}`) : null;
  }
  if (!theme) return;
  for (const [key, value] of Object.entries(theme)) root.style.setProperty(`--tg-theme-${key.replace(/_/g, '-')}`, value);
  root.classList.add('tg', theme.bg_color && isDark(theme.bg_color) ? 'tg-dark' : 'tg-light');
}
