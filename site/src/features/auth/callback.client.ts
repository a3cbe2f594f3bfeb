/**
 * The Login Widget callback page: reads Telegram's fields from the query string, signs in, then goes to
 * `next` (same-origin paths only) or the profile. On failure it says why, with the reason code.
 */
import { isLang, paths } from '../../paths';
import { failureCode, readWidgetFields, safeNext } from './auth';
import { loadViewer, signInWithWidget } from './viewer.store';

const root = document.querySelector<HTMLElement>('[data-auth-callback]');
const lang = isLang(document.documentElement.lang) ? document.documentElement.lang : 'ru';

function fail(code: string): void {
  if (!root) return;
  const messages = JSON.parse(root.dataset.messages ?? '{}') as Record<string, string>;
  root.querySelector<HTMLElement>('[data-callback-progress]')?.setAttribute('hidden', '');
  const error = root.querySelector<HTMLElement>('[data-callback-error]');
  const message = root.querySelector<HTMLElement>('[data-callback-message]');
  const codeEl = root.querySelector<HTMLElement>('[data-callback-code]');
  if (message) message.textContent = messages[code] ?? messages.default ?? code;
  if (codeEl) codeEl.textContent = (codeEl.dataset.template ?? '{code}').replace('{code}', code);
  if (error) error.hidden = false;
  void loadViewer();
}

if (root) {
  const query = new URLSearchParams(location.search);
  const next = safeNext(query.get('next'), paths.profile(lang));
  const fields = readWidgetFields(query);
  // The signed fields have done their job: keep them out of the history and of any Referer.
  history.replaceState(history.state, '', `${location.pathname}?next=${encodeURIComponent(next)}`);
  root.querySelector<HTMLAnchorElement>('[data-sign-in]')?.setAttribute('data-next', next);
  if (!fields) fail('missing_data');
  else signInWithWidget(fields).then(() => location.replace(next), (error: unknown) => fail(failureCode(error)));
}
