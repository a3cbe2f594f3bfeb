/**
 * Who is signed in, for every script on the page: one nanostores atom filled by ONE `Viewer` query per
 * page load (remembered in sessionStorage for a minute), or by a sign-in/sign-out on this page.
 * The session itself is an httpOnly cookie the API sets; scripts never see it.
 */
import { atom } from 'nanostores';
import type { TelegramWidgetInput, ViewerQuery, ViewerUserFragment } from '../../lib/graphql/generated/graphql';
import { RequestFailed, requireData, runOperation } from '../../lib/graphql/request';
import { browserStorage } from '../../lib/storage';
import { signInWithWebAppOperation, signInWithWidgetOperation, signOutEverywhereOperation, signOutOperation, viewerOperation } from './auth.operations';

export type ViewerUser = ViewerUserFragment;
export type SignInOptions = ViewerQuery['telegramSignIn'];
export type ViewerState =
  | { status: 'loading' }
  | { status: 'signedOut' }
  | { status: 'signedIn'; user: ViewerUser };

export const $viewer = atom<ViewerState>({ status: 'loading' });
/** What the API says about signing in here (bot username, simulator in development); null until known. */
export const $signInOptions = atom<SignInOptions | null>(null);

export const CACHE_KEY = 't1eup.viewer';
export const CACHE_TTL_MS = 60_000;

interface Cached { at: number; user: ViewerUser | null; options: SignInOptions }

/** Blocked storage (privacy settings, a third-party frame): just ask the API every time. */
const storage = () => browserStorage('session');

function readCache(now: number): Cached | undefined {
  try {
    const cached = JSON.parse(storage()?.getItem(CACHE_KEY) ?? 'null') as Cached | null;
    return cached && now - cached.at >= 0 && now - cached.at < CACHE_TTL_MS ? cached : undefined;
  } catch {
    return undefined;
  }
}

function writeCache(user: ViewerUser | null): void {
  const options = $signInOptions.get();
  try {
    if (options) storage()?.setItem(CACHE_KEY, JSON.stringify({ at: Date.now(), user, options } satisfies Cached));
    else storage()?.removeItem(CACHE_KEY);
  } catch {
    // quota or blocked storage: the cache is only an optimisation
  }
}

/** Bumped by every sign-in/out on this page, so a `me` answer that left before it cannot overwrite it. */
let generation = 0;
let loading: Promise<void> | undefined;

function settle(user: ViewerUser | null): void {
  generation += 1;
  $viewer.set(user ? { status: 'signedIn', user } : { status: 'signedOut' });
  writeCache(user);
}

/** Fills the store once per page: from the cache when it is fresh, else with one Viewer query. */
export function loadViewer(now = Date.now()): Promise<void> {
  return (loading ??= (async () => {
    const cached = readCache(now);
    if (cached) {
      $signInOptions.set(cached.options);
      $viewer.set(cached.user ? { status: 'signedIn', user: cached.user } : { status: 'signedOut' });
      return;
    }
    const started = generation;
    try {
      // A revoked or expired cookie answers UNAUTHENTICATED (and the API clears it): that is "signed out".
      const { data } = await runOperation(viewerOperation);
      if (started !== generation) return;
      if (data?.telegramSignIn) $signInOptions.set(data.telegramSignIn);
      settle(data?.me ?? null);
    } catch {
      // Offline or API down: show the sign-in button, remember nothing.
      if (started === generation) $viewer.set({ status: 'signedOut' });
    }
  })());
}

/** Signs in with Login Widget fields; throws RequestFailed with the API's code and reason. */
export async function signInWithWidget(data: TelegramWidgetInput): Promise<ViewerUser> {
  generation += 1;
  const { signInWithTelegramWidget } = await requireData(signInWithWidgetOperation, { data });
  settle(signInWithTelegramWidget.user);
  return signInWithTelegramWidget.user;
}

/** Signs in inside Telegram with the Mini App's initData. */
export async function signInWithWebApp(initData: string): Promise<ViewerUser> {
  generation += 1;
  const { signInWithTelegramWebApp } = await requireData(signInWithWebAppOperation, { initData });
  settle(signInWithTelegramWebApp.user);
  return signInWithTelegramWebApp.user;
}

/** Ends this session, or every session of the user; an already-ended session counts as signed out. */
export async function signOut(everywhere = false): Promise<void> {
  generation += 1;
  try {
    if (everywhere) await requireData(signOutEverywhereOperation);
    else await requireData(signOutOperation);
  } catch (error) {
    if (!(error instanceof RequestFailed && error.code === 'UNAUTHENTICATED')) throw error;
  }
  settle(null);
}

/** For tests. */
export function resetViewerForTests(): void {
  generation = 0;
  loading = undefined;
  $viewer.set({ status: 'loading' });
  $signInOptions.set(null);
}
