import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { $signInOptions, $viewer, CACHE_KEY, CACHE_TTL_MS, loadViewer, resetViewerForTests, signInWithWidget, signOut } from './viewer.store';

const user = { id: '1', firstName: 'Дмитрий', lastName: 'Иванов', username: 'dmitry_ivanov', photoUrl: null, role: 'customer' as const, createdAt: '2025-05-03T10:00:00.000Z' };
const options = { botUsername: 't1eup_bot', simulatorLoginUrl: 'http://127.0.0.1:4100/login' };

class MemoryStorage {
  private items = new Map<string, string>();
  getItem(key: string) { return this.items.get(key) ?? null; }
  setItem(key: string, value: string) { this.items.set(key, value); }
  removeItem(key: string) { this.items.delete(key); }
}

type Answer = { data?: unknown; errors?: unknown[] };
let answers: Answer[];
let requests: { query: string; variables?: unknown }[];

beforeEach(() => {
  resetViewerForTests();
  answers = [];
  requests = [];
  vi.stubGlobal('sessionStorage', new MemoryStorage());
  vi.stubGlobal('fetch', vi.fn(async (_url: string, init: RequestInit) => {
    requests.push(JSON.parse(String(init.body)) as { query: string });
    const answer = answers.shift();
    if (!answer) throw new TypeError('network down');
    return new Response(JSON.stringify(answer), { headers: { 'content-type': 'application/json' } });
  }));
});
afterEach(() => vi.unstubAllGlobals());

describe('the viewer store', () => {
  it('asks the API once per page and remembers the answer briefly', async () => {
    answers.push({ data: { me: user, telegramSignIn: options } });
    await Promise.all([loadViewer(), loadViewer()]);
    expect(requests).toHaveLength(1);
    expect(requests[0]!.query).toContain('query Viewer');
    expect($viewer.get()).toEqual({ status: 'signedIn', user });
    expect($signInOptions.get()).toEqual(options);

    resetViewerForTests(); // the next page load
    await loadViewer();
    expect(requests).toHaveLength(1);
    expect($viewer.get()).toEqual({ status: 'signedIn', user });

    resetViewerForTests();
    answers.push({ data: { me: null, telegramSignIn: options } });
    await loadViewer(Date.now() + CACHE_TTL_MS);
    expect(requests).toHaveLength(2);
    expect($viewer.get()).toEqual({ status: 'signedOut' });
  });

  it('treats a revoked or expired session (UNAUTHENTICATED) as signed out', async () => {
    answers.push({ data: { me: null, telegramSignIn: options }, errors: [{ message: 'Sign in to continue', extensions: { code: 'UNAUTHENTICATED', reason: 'session_revoked' } }] });
    await loadViewer();
    expect($viewer.get()).toEqual({ status: 'signedOut' });
    expect($signInOptions.get()).toEqual(options);
  });

  it('shows the sign-in button but caches nothing when the API cannot be reached', async () => {
    await loadViewer();
    expect($viewer.get()).toEqual({ status: 'signedOut' });
    expect(sessionStorage.getItem(CACHE_KEY)).toBeNull();
  });

  it('a sign-in on the page wins over a `me` answer that was already on its way', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => { release = resolve; });
    vi.mocked(fetch).mockImplementationOnce(async () => {
      await gate;
      return new Response(JSON.stringify({ data: { me: null, telegramSignIn: options } }));
    });
    const loading = loadViewer();
    answers.push({ data: { signInWithTelegramWidget: { user } } });
    await signInWithWidget({ id: '1', first_name: 'Дмитрий', auth_date: '1', hash: 'h' });
    release();
    await loading;
    expect($viewer.get()).toEqual({ status: 'signedIn', user });
  });

  it('reports the API’s code and reason when sign-in is refused', async () => {
    answers.push({ data: null, errors: [{ message: 'no', extensions: { code: 'UNAUTHENTICATED', reason: 'expired' } }] });
    await expect(signInWithWidget({ id: '1', first_name: 'K', auth_date: '1', hash: 'h' })).rejects.toMatchObject({ code: 'UNAUTHENTICATED', reason: 'expired' });
  });

  it('signing out forgets the user, also when the session had already ended', async () => {
    answers.push({ data: { me: user, telegramSignIn: options } });
    await loadViewer();
    answers.push({ data: null, errors: [{ message: 'Sign in to continue', extensions: { code: 'UNAUTHENTICATED', reason: 'session_revoked' } }] });
    await signOut(true);
    expect(requests[1]!.query).toContain('signOutEverywhere');
    expect($viewer.get()).toEqual({ status: 'signedOut' });
    expect(JSON.parse(sessionStorage.getItem(CACHE_KEY)!)).toMatchObject({ user: null });
  });

  it('keeps the user when signing out fails for another reason', async () => {
    answers.push({ data: { me: user, telegramSignIn: options } });
    await loadViewer();
    await expect(signOut()).rejects.toMatchObject({ code: 'NETWORK' });
    expect($viewer.get()).toEqual({ status: 'signedIn', user });
  });
});
