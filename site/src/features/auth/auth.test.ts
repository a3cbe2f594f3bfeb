import { describe, expect, it } from 'vitest';
import { RequestFailed } from '../../lib/graphql/request';
import {
  callbackUrl,
  failureCode,
  displayName,
  formatMemberSince,
  initials,
  miniAppInitData,
  nextAfterSignIn,
  readWidgetFields,
  safeNext,
  safePhotoUrl,
  simulatorSignInHref,
  withoutMiniAppParams,
} from './auth';

describe('reading Login Widget fields from the callback URL', () => {
  it('takes Telegram’s fields under their own names and ignores everything else', () => {
    const query = new URLSearchParams('id=5000000001&first_name=Дмитрий&last_name=Иванов&username=dmitry_ivanov&photo_url=https%3A%2F%2Ft.me%2Fi%2Fuserpic%2F1.jpg&auth_date=1733509682&hash=abc123&next=%2Fru%2Fcart%2F&utm_source=x');
    expect(readWidgetFields(query)).toEqual({
      id: '5000000001', first_name: 'Дмитрий', last_name: 'Иванов', username: 'dmitry_ivanov',
      photo_url: 'https://t.me/i/userpic/1.jpg', auth_date: '1733509682', hash: 'abc123',
    });
  });

  it('leaves out empty optional fields, as Telegram does', () => {
    expect(readWidgetFields(new URLSearchParams('id=1&first_name=Klim&last_name=&username=&auth_date=976255200&hash=h'))).toEqual({ id: '1', first_name: 'Klim', auth_date: '976255200', hash: 'h' });
  });

  it('passes a missing hash on so the API can answer missing_hash', () => {
    expect(readWidgetFields(new URLSearchParams('id=1&first_name=Klim&auth_date=976255200'))).toEqual({ id: '1', first_name: 'Klim', auth_date: '976255200' });
  });

  it('answers null when Telegram sent no user', () => {
    expect(readWidgetFields(new URLSearchParams(''))).toBeNull();
    expect(readWidgetFields(new URLSearchParams('next=%2Fru%2F'))).toBeNull();
    expect(readWidgetFields(new URLSearchParams('first_name=Klim&auth_date=1&hash=h'))).toBeNull();
  });
});

describe('the failure code a refused sign-in shows', () => {
  it('is the API’s reason for UNAUTHENTICATED, else the error code', () => {
    expect(failureCode(new RequestFailed('UNAUTHENTICATED', 'bad_hash'))).toBe('bad_hash');
    expect(failureCode(new RequestFailed('RATE_LIMITED', undefined))).toBe('rate_limited');
    expect(failureCode(new RequestFailed('NETWORK', undefined))).toBe('network');
    expect(failureCode(new Error('boom'))).toBe('unexpected');
  });
});

describe('the next= guard', () => {
  it('keeps same-origin paths with their query and fragment', () => {
    expect(safeNext('/ru/cart/', '/ru/profile/')).toBe('/ru/cart/');
    expect(safeNext('/kk/c/classic-silk/?colour=navy#top', '/kk/profile/')).toBe('/kk/c/classic-silk/?colour=navy#top');
  });

  it.each([
    ['absent', null],
    ['empty', ''],
    ['an absolute URL', 'https://evil.example/'],
    ['a protocol-relative URL', '//evil.example/ru/'],
    ['a backslash trick', '/\\evil.example/'],
    ['a javascript: URL', 'javascript:alert(1)'],
    ['a relative path', 'ru/cart/'],
    ['a tab inside the host part', '/\t/evil.example/'],
    ['an encoded newline', '/ru/\n/'],
    ['a dot segment the parser turns into //host', '/.//evil.example'],
    ['an encoded dot segment turned into //host', '/%2e//evil.example/'],
    ['a parent segment turned into //host', '/..//evil.example'],
    ['three slashes', '///evil.example'],
    ['a percent-encoded //host', '%2F%2Fevil.example'],
    ['a backslash after a dot segment', '/./\\evil.example'],
    ['a javascript: URL with a leading space', ' javascript:alert(1)'],
    ['a data: URL', 'data:text/html,<script>alert(1)</script>'],
    ['a NUL byte', '/ru/\u0000/'],
    ['a DEL character', '/\u007f/evil.example'],
  ])('falls back for %s', (_name, next) => {
    expect(safeNext(next, '/ru/profile/')).toBe('/ru/profile/');
  });

  it('normalises dot segments instead of leaving the site', () => {
    expect(safeNext('/ru/../../en/', '/ru/profile/')).toBe('/en/');
  });
});

describe('where sign-in returns to', () => {
  it('is the current page on ordinary pages', () => {
    expect(nextAfterSignIn({ pathname: '/ru/c/classic-silk/', search: '?colour=navy' })).toBe('/ru/c/classic-silk/?colour=navy');
  });

  it('is the guarded next= of the sign-in and callback pages, else the profile in that language', () => {
    expect(nextAfterSignIn({ pathname: '/ru/sign-in/', search: '?next=%2Fru%2Fcart%2F' })).toBe('/ru/cart/');
    expect(nextAfterSignIn({ pathname: '/kk/sign-in/', search: '?next=https%3A%2F%2Fevil.example%2F' })).toBe('/kk/profile/');
    expect(nextAfterSignIn({ pathname: '/en/auth/telegram/', search: '' })).toBe('/en/profile/');
  });

  it('builds the callback and simulator URLs with everything encoded', () => {
    const callback = callbackUrl('http://127.0.0.1:4000', 'kk', '/kk/c/x/?a=1&b=2');
    expect(callback).toBe('http://127.0.0.1:4000/kk/auth/telegram/?next=%2Fkk%2Fc%2Fx%2F%3Fa%3D1%26b%3D2');
    const href = new URL(simulatorSignInHref('http://127.0.0.1:4100/login', callback));
    expect(href.origin + href.pathname).toBe('http://127.0.0.1:4100/login');
    expect(href.searchParams.get('return_to')).toBe(callback);
    expect(new URL(href.searchParams.get('return_to')!).searchParams.get('next')).toBe('/kk/c/x/?a=1&b=2');
    expect(simulatorSignInHref('http://sim/login?origin=x', 'http://a/')).toBe('http://sim/login?origin=x&return_to=http%3A%2F%2Fa%2F');
  });
});

describe('Mini App launch parameters', () => {
  const initData = new URLSearchParams({ query_id: 'AAH', user: JSON.stringify({ id: 1, first_name: 'Vladislav + - ? \\/' }), auth_date: '1733509682', hash: 'abc' }).toString();
  const fragment = `#${new URLSearchParams({ tgWebAppData: initData, tgWebAppVersion: '8.0', tgWebAppPlatform: 'web' })}`;

  it('reads initData from #tgWebAppData exactly as Telegram encoded it', () => {
    expect(miniAppInitData(fragment)).toBe(initData);
    expect(miniAppInitData('')).toBeNull();
    expect(miniAppInitData('#reviews')).toBeNull();
  });

  it('strips Telegram’s parameters from the fragment and keeps the shop’s own', () => {
    expect(withoutMiniAppParams(fragment)).toBe('');
    expect(withoutMiniAppParams(`${fragment}&tab=reviews`)).toBe('#tab=reviews');
    expect(withoutMiniAppParams('#reviews')).toBe('#reviews');
    expect(withoutMiniAppParams('')).toBe('');
  });
});

describe('showing the user', () => {
  it('names and initials', () => {
    expect(displayName({ firstName: 'Айгерім', lastName: 'Серікқызы' })).toBe('Айгерім Серікқызы');
    expect(displayName({ firstName: 'Klim', lastName: null })).toBe('Klim');
    expect(initials({ firstName: 'айгерім', lastName: 'серікқызы' })).toBe('АС');
    expect(initials({ firstName: 'Klim' })).toBe('K');
  });

  it('formats "member since" with Intl in the page language', () => {
    const iso = '2025-05-03T10:00:00.000Z';
    expect(formatMemberSince(iso, 'ru')).toBe(new Intl.DateTimeFormat('ru', { dateStyle: 'long' }).format(new Date(iso)));
    expect(formatMemberSince(iso, 'ru')).toMatch(/мая 2025/);
    expect(formatMemberSince(iso, 'en')).toBe('May 3, 2025');
    expect(formatMemberSince(iso, 'kk')).toMatch(/2025/);
    expect(formatMemberSince('not a date', 'en')).toBe('');
  });

  it('only puts http(s) photos into <img>', () => {
    expect(safePhotoUrl('https://t.me/i/userpic/320/a.jpg')).toBe('https://t.me/i/userpic/320/a.jpg');
    expect(safePhotoUrl('javascript:alert(1)')).toBeNull();
    expect(safePhotoUrl('')).toBeNull();
    expect(safePhotoUrl(null)).toBeNull();
  });
});
