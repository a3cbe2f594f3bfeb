/**
 * The header login island on every page (plain script, no React): shows the signed-in user linking to
 * the profile, or "Sign in with Telegram". Sign-in links anywhere on the page ([data-sign-in]) go to the
 * Telegram simulator in development, or load Telegram's Login Widget on click in production. Opened as a
 * Mini App (#tgWebAppData=… or Telegram.WebApp.initData), it signs in from the init data by itself.
 */
import { browserStorage } from '../../lib/storage';
import { isLang } from '../../paths';
import { callbackUrl, displayName, initials, miniAppInitData, nextAfterSignIn, safePhotoUrl, simulatorSignInHref, withoutMiniAppParams } from './auth';
import { $signInOptions, $viewer, loadViewer, signInWithWebApp } from './viewer.store';

const WIDGET_SCRIPT = 'https://telegram.org/js/telegram-widget.js?22';
const MINI_APP_SEEN = 't1eup.webapp';

const root = document.querySelector<HTMLElement>('[data-account]');
const lang = isLang(document.documentElement.lang) ? document.documentElement.lang : 'ru';

function signInSettings(): { simulator: string | undefined; bot: string | undefined } {
  const options = $signInOptions.get();
  return {
    simulator: options?.simulatorLoginUrl || root?.dataset.simulator || undefined,
    bot: options?.botUsername || root?.dataset.bot || undefined,
  };
}

/** Replaces the link with Telegram's own button (an iframe the widget script draws) — only on demand. */
function showLoginWidget(link: HTMLAnchorElement, bot: string, callback: string): void {
  const holder = document.createElement('span');
  holder.className = 'tg-login';
  const script = document.createElement('script');
  script.async = true;
  script.src = WIDGET_SCRIPT;
  script.dataset.telegramLogin = bot;
  script.dataset.size = 'medium';
  script.dataset.authUrl = callback;
  script.dataset.requestAccess = 'write';
  script.onerror = () => {
    holder.remove();
    link.hidden = false;
  };
  holder.append(script);
  link.after(holder);
  link.hidden = true;
}

function wireSignInLinks(): void {
  const { simulator, bot } = signInSettings();
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-sign-in]')) {
    const callback = callbackUrl(location.origin, lang, link.dataset.next || nextAfterSignIn(location));
    if (simulator) {
      link.href = simulatorSignInHref(simulator, callback);
      link.onclick = null;
    } else if (bot) {
      link.onclick = (event) => {
        event.preventDefault();
        showLoginWidget(link, bot, callback);
      };
    }
  }
}

function renderAccount(): void {
  if (!root) return;
  const state = $viewer.get();
  root.dataset.state = state.status;
  const signIn = root.querySelector<HTMLElement>('[data-sign-in]');
  const me = root.querySelector<HTMLElement>('[data-account-me]');
  if (signIn) signIn.hidden = state.status === 'signedIn';
  if (!me) return;
  me.hidden = state.status !== 'signedIn';
  if (state.status !== 'signedIn') return;
  const name = me.querySelector('[data-account-name]');
  const avatar = me.querySelector('[data-account-avatar]');
  if (name) name.textContent = displayName(state.user);
  if (avatar) {
    const photo = safePhotoUrl(state.user.photoUrl);
    if (photo) {
      const img = document.createElement('img');
      img.src = photo;
      img.alt = '';
      img.width = img.height = 32;
      img.referrerPolicy = 'no-referrer';
      avatar.replaceChildren(img);
    } else {
      avatar.textContent = initials(state.user);
    }
  }
}

/** Mini App launch: sign in once from the init data and take it out of the address bar. */
function miniAppSignIn(): Promise<unknown> | undefined {
  const fromFragment = miniAppInitData(location.hash);
  if (fromFragment) history.replaceState(history.state, '', location.pathname + location.search + withoutMiniAppParams(location.hash));
  const telegram = (window as { Telegram?: { WebApp?: { initData?: string } } }).Telegram;
  const initData = fromFragment ?? (telegram?.WebApp?.initData || null);
  if (!initData) return undefined;
  // Telegram's own script keeps initData on every page of the app; sign in with one only once per tab.
  const seen = new URLSearchParams(initData).get('hash') ?? initData;
  const storage = browserStorage('session');
  if (!fromFragment && storage?.getItem(MINI_APP_SEEN) === seen) return undefined;
  storage?.setItem(MINI_APP_SEEN, seen);
  return signInWithWebApp(initData);
}

$viewer.subscribe(renderAccount);
$signInOptions.subscribe(wireSignInLinks);
const signingIn = miniAppSignIn();
if (signingIn) {
  signingIn.catch(() => loadViewer());
} else if (!document.querySelector('[data-auth-callback]')) {
  // The callback page signs in by itself: a `me` racing the sign-in could clear the new cookie.
  void loadViewer();
}
