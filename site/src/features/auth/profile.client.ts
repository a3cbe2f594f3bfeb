/** The profile page: the signed-in user with sign-out buttons and their orders, or the sign-in button for visitors. */
import { isLang } from '../../paths';
import { mountOrderList } from '../orders/order-list';
import { displayName, formatMemberSince, initials, safePhotoUrl } from './auth';
import { $viewer, signOut } from './viewer.store';

const root = document.querySelector<HTMLElement>('[data-profile]');
const lang = isLang(document.documentElement.lang) ? document.documentElement.lang : 'ru';
let ordersShown = false;

function field(name: string): HTMLElement | null {
  return root?.querySelector<HTMLElement>(`[data-profile-${name}]`) ?? null;
}

function setStatus(text: string): void {
  const status = field('status');
  if (status) status.textContent = text;
}

function render(): void {
  if (!root) return;
  const state = $viewer.get();
  for (const section of root.querySelectorAll<HTMLElement>('[data-when]')) section.hidden = section.dataset.when !== state.status;
  if (state.status !== 'signedIn') return;
  const orders = root.querySelector<HTMLElement>('[data-order-list]');
  if (orders && !ordersShown) {
    ordersShown = true;
    mountOrderList(orders);
  }
  const { user } = state;
  const name = field('name');
  if (name) name.textContent = displayName(user);
  const username = field('username');
  if (username) username.textContent = user.username ? `@${user.username}` : '';
  const usernameRow = field('username-row');
  if (usernameRow) usernameRow.hidden = !user.username;
  const role = field('role');
  if (role) role.textContent = (user.role === 'admin' ? role.dataset.admin : role.dataset.customer) ?? user.role;
  const since = field('since');
  if (since) {
    since.textContent = formatMemberSince(user.createdAt, lang);
    since.setAttribute('datetime', user.createdAt);
  }
  const avatar = field('avatar');
  if (avatar) {
    const photo = safePhotoUrl(user.photoUrl);
    if (photo) {
      const img = document.createElement('img');
      img.src = photo;
      img.alt = avatar.dataset.alt ?? '';
      img.width = img.height = 96;
      img.referrerPolicy = 'no-referrer';
      avatar.replaceChildren(img);
    } else {
      avatar.textContent = initials(user);
    }
  }
}

function wireSignOut(selector: string, everywhere: boolean): void {
  const button = root?.querySelector<HTMLButtonElement>(selector);
  button?.addEventListener('click', () => {
    const buttons = root?.querySelectorAll<HTMLButtonElement>('[data-sign-out], [data-sign-out-everywhere]') ?? [];
    for (const b of buttons) b.disabled = true;
    setStatus('');
    signOut(everywhere).then(
      () => setStatus(field('status')?.dataset.done ?? ''),
      () => setStatus(field('status')?.dataset.failed ?? ''),
    ).finally(() => {
      for (const b of buttons) b.disabled = false;
    });
  });
}

$viewer.subscribe(render);
wireSignOut('[data-sign-out]', false);
wireSignOut('[data-sign-out-everywhere]', true);
