/**
 * The header on every page: Telegram's palette inside the Mini App, the phone's expanding search, and
 * the menu sheet for browsers without invoker commands (commandfor/command open <dialog> natively).
 */
import { browserStorage } from '../../lib/storage';
import { applyTelegramTheme } from './telegram-theme';

applyTelegramTheme(document.documentElement, location.hash, browserStorage('session'));

const header = document.querySelector<HTMLElement>('[data-header]');
const toggle = document.querySelector<HTMLAnchorElement>('[data-search-toggle]');
const input = document.querySelector<HTMLInputElement>('#site-search');
toggle?.addEventListener('click', (event) => {
  if (!header || !input) return;
  event.preventDefault();
  const open = header.toggleAttribute('data-search-open');
  toggle.setAttribute('aria-expanded', String(open));
  if (open) input.focus();
});

if (!('command' in HTMLButtonElement.prototype)) {
  document.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[commandfor]');
    const dialog = button && document.getElementById(button.getAttribute('commandfor') ?? '');
    if (!(dialog instanceof HTMLDialogElement)) return;
    if (button!.getAttribute('command') === 'close') dialog.close();
    else if (!dialog.open) dialog.showModal();
  });
}
for (const dialog of document.querySelectorAll<HTMLDialogElement>('dialog[data-sheet]')) {
  // A tap on the backdrop (the dialog box itself, outside its content) closes, where closedby="any" is unknown.
  dialog.addEventListener('click', (event) => { if (event.target === dialog) dialog.close(); });
}
