import { describe, expect, it } from 'vitest';
import {
  TelegramAuthError,
  signLoginWidget,
  signWebAppInitData,
  verifyLoginWidget,
  verifyWebAppInitData,
  type TelegramAuthFailure,
} from './telegram-auth.js';

const DAY_SECONDS = 86_400;

function atUnixSeconds(seconds: number): Date {
  return new Date(seconds * 1000);
}

function failureOf(verify: () => unknown): TelegramAuthFailure | undefined {
  try {
    verify();
  } catch (error) {
    if (error instanceof TelegramAuthError) return error.reason;
    throw error;
  }
  return undefined;
}

describe('verifyLoginWidget', () => {
  const vectorToken = 'XXXXXXXX:XXXXXXXXXXXXXXXXXXXXXXXX';
  const vectorAuthDate = 976_255_200;
  const vector = {
    id: '1',
    first_name: 'Klim',
    last_name: 'Sidorov',
    username: 'klimsidorov',
    photo_url: 'https://t.me/klimsidorov',
    auth_date: String(vectorAuthDate),
    hash: 'b7a7fc776729077786e4190aec2c5dcecd2ec66ae0faf1b44316d541b955da95',
  };
  const freshOpts = { now: atUnixSeconds(vectorAuthDate + 30), maxAgeSeconds: DAY_SECONDS };

  it('accepts the published test vector', () => {
    expect(verifyLoginWidget(vector, vectorToken, freshOpts)).toEqual({
      telegramId: '1',
      firstName: 'Klim',
      lastName: 'Sidorov',
      username: 'klimsidorov',
      photoUrl: 'https://t.me/klimsidorov',
      authDate: atUnixSeconds(vectorAuthDate),
    });
  });

  it('answers bad_hash when a field was changed', () => {
    expect(failureOf(() => verifyLoginWidget({ ...vector, id: '2' }, vectorToken, freshOpts))).toBe('bad_hash');
  });

  it('answers bad_hash for data signed with another bot token', () => {
    expect(failureOf(() => verifyLoginWidget(vector, '12345:other-token', freshOpts))).toBe('bad_hash');
  });

  it('answers bad_hash, without throwing anything else, for a hash of the wrong length', () => {
    expect(failureOf(() => verifyLoginWidget({ ...vector, hash: 'abc' }, vectorToken, freshOpts))).toBe('bad_hash');
  });

  it('answers missing_hash when there is no hash', () => {
    const { hash: _hash, ...unsigned } = vector;
    expect(failureOf(() => verifyLoginWidget(unsigned, vectorToken, freshOpts))).toBe('missing_hash');
  });

  it('answers expired once auth_date is older than maxAgeSeconds', () => {
    const now = atUnixSeconds(vectorAuthDate + DAY_SECONDS + 1);
    expect(failureOf(() => verifyLoginWidget(vector, vectorToken, { now, maxAgeSeconds: DAY_SECONDS }))).toBe(
      'expired',
    );
  });

  it('answers future_auth_date when auth_date is ahead of the clock by more than the allowed skew', () => {
    const now = atUnixSeconds(vectorAuthDate - 120);
    expect(failureOf(() => verifyLoginWidget(vector, vectorToken, { now, maxAgeSeconds: DAY_SECONDS }))).toBe(
      'future_auth_date',
    );
  });

  it('tolerates a few seconds of clock skew', () => {
    const now = atUnixSeconds(vectorAuthDate - 5);
    expect(failureOf(() => verifyLoginWidget(vector, vectorToken, { now, maxAgeSeconds: DAY_SECONDS }))).toBe(
      undefined,
    );
  });

  it('verifies what signLoginWidget signed, and omits optional fields that were not sent', () => {
    const now = new Date('2025-03-21T09:00:00Z');
    const token = '123456:simulated-token';
    const signed = signLoginWidget(
      { id: '5000000001', first_name: 'Айгерім', auth_date: String(Math.floor(now.getTime() / 1000)) },
      token,
    );
    expect(verifyLoginWidget(signed, token, { now, maxAgeSeconds: DAY_SECONDS })).toEqual({
      telegramId: '5000000001',
      firstName: 'Айгерім',
      authDate: now,
    });
  });

  it('reads a signed allows_write_to_pm, and a forged one fails the signature', () => {
    const now = new Date('2025-03-21T09:00:00Z');
    const token = '123456:simulated-token';
    const fields = { id: '5000000001', first_name: 'Айгерім', auth_date: String(Math.floor(now.getTime() / 1000)) };
    const opts = { now, maxAgeSeconds: DAY_SECONDS };
    expect(verifyLoginWidget(signLoginWidget({ ...fields, allows_write_to_pm: 'true' }, token), token, opts).allowsWriteToPm).toBe(true);
    expect(verifyLoginWidget(signLoginWidget({ ...fields, allows_write_to_pm: 'false' }, token), token, opts).allowsWriteToPm).toBe(false);
    expect(failureOf(() => verifyLoginWidget({ ...signLoginWidget(fields, token), allows_write_to_pm: 'true' }, token, opts))).toBe('bad_hash');
  });

  it('answers malformed for validly signed data without a numeric id', () => {
    const now = new Date('2025-03-21T09:00:00Z');
    const token = '123456:simulated-token';
    const signed = signLoginWidget(
      { id: 'admin', first_name: 'Mallory', auth_date: String(Math.floor(now.getTime() / 1000)) },
      token,
    );
    expect(failureOf(() => verifyLoginWidget(signed, token, { now, maxAgeSeconds: DAY_SECONDS }))).toBe('malformed');
  });
});

describe('verifyWebAppInitData', () => {
  const v1Token = '5768337691:AAH5YkoiEuPk8-FZa32hStHTqXiLPtAEhx8';
  const v1AuthDate = 1_662_771_648;
  const v1InitData =
    'query_id=AAHdF6IQAAAAAN0XohDhrOrc&user=%7B%22id%22%3A279058397%2C%22first_name%22%3A%22Vladislav%22%2C%22last_name%22%3A%22Kibenko%22%2C%22username%22%3A%22vdkfrost%22%2C%22language_code%22%3A%22ru%22%2C%22is_premium%22%3Atrue%7D&auth_date=1662771648&hash=c501b71e775f74ce10e377dea85a7ea24ecd640b223ea86dfe453e0eaed2e2b2';
  const v1Opts = { now: atUnixSeconds(v1AuthDate + 30), maxAgeSeconds: DAY_SECONDS };

  const v2Token = '7342037359:AAHI25ES9xCOMPokpYoz-p8XVrZUdygo2J4';
  const v2AuthDate = 1_733_509_682;
  const v2InitData =
    'user=%7B%22id%22%3A279058397%2C%22first_name%22%3A%22Vladislav%20%2B%20-%20%3F%20%5C%2F%22%2C%22last_name%22%3A%22Kibenko%22%2C%22username%22%3A%22vdkfrost%22%2C%22language_code%22%3A%22ru%22%2C%22is_premium%22%3Atrue%2C%22allows_write_to_pm%22%3Atrue%2C%22photo_url%22%3A%22https%3A%5C%2F%5C%2Ft.me%5C%2Fi%5C%2Fuserpic%5C%2F320%5C%2F4FPEE4tmP3ATHa57u6MqTDih13LTOiMoKoLDRG4PnSA.svg%22%7D&chat_instance=8134722200314281151&chat_type=private&auth_date=1733509682&signature=TYJxVcisqbWjtodPepiJ6ghziUL94-KNpG8Pau-X7oNNLNBM72APCpi_RKiUlBvcqo5L-LAxIc3dnTzcZX_PDg&hash=a433d8f9847bd6addcc563bff7cc82c89e97ea0d90c11fe5729cae6796a36d73';
  const v2Opts = { now: atUnixSeconds(v2AuthDate + 30), maxAgeSeconds: DAY_SECONDS };

  it('accepts the published V1 test vector', () => {
    expect(verifyWebAppInitData(v1InitData, v1Token, v1Opts)).toEqual({
      telegramId: '279058397',
      firstName: 'Vladislav',
      lastName: 'Kibenko',
      username: 'vdkfrost',
      languageCode: 'ru',
      authDate: atUnixSeconds(v1AuthDate),
    });
  });

  it('accepts the published V2 test vector, keeping signature in the check string, and reads allows_write_to_pm', () => {
    expect(verifyWebAppInitData(v2InitData, v2Token, v2Opts)).toEqual({
      telegramId: '279058397',
      firstName: 'Vladislav + - ? /', // JSON's \/ is an escaped slash
      lastName: 'Kibenko',
      username: 'vdkfrost',
      photoUrl: 'https://t.me/i/userpic/320/4FPEE4tmP3ATHa57u6MqTDih13LTOiMoKoLDRG4PnSA.svg',
      languageCode: 'ru',
      allowsWriteToPm: true,
      authDate: atUnixSeconds(v2AuthDate),
    });
  });

  it('answers bad_hash when a field was changed', () => {
    const tampered = v1InitData.replace('auth_date=1662771648', 'auth_date=1662771649');
    expect(failureOf(() => verifyWebAppInitData(tampered, v1Token, v1Opts))).toBe('bad_hash');
  });

  it('answers bad_hash for data signed with another bot token', () => {
    expect(failureOf(() => verifyWebAppInitData(v1InitData, v2Token, v1Opts))).toBe('bad_hash');
  });

  it('answers bad_hash for a hash of the wrong length', () => {
    const shortHash = v1InitData.replace(/hash=[0-9a-f]+/, 'hash=00');
    expect(failureOf(() => verifyWebAppInitData(shortHash, v1Token, v1Opts))).toBe('bad_hash');
  });

  it('answers missing_hash when there is no hash', () => {
    const unsigned = v1InitData.replace(/&hash=[0-9a-f]+/, '');
    expect(failureOf(() => verifyWebAppInitData(unsigned, v1Token, v1Opts))).toBe('missing_hash');
  });

  it('answers expired once auth_date is older than maxAgeSeconds', () => {
    const opts = { now: atUnixSeconds(v1AuthDate + 3601), maxAgeSeconds: 3600 };
    expect(failureOf(() => verifyWebAppInitData(v1InitData, v1Token, opts))).toBe('expired');
  });

  it('answers future_auth_date when auth_date is ahead of the clock', () => {
    const opts = { now: atUnixSeconds(v1AuthDate - 3600), maxAgeSeconds: DAY_SECONDS };
    expect(failureOf(() => verifyWebAppInitData(v1InitData, v1Token, opts))).toBe('future_auth_date');
  });

  it('verifies what signWebAppInitData signed', () => {
    const now = new Date('2025-03-21T09:00:00Z');
    const token = '123456:simulated-token';
    const initData = signWebAppInitData(
      {
        query_id: 'AAsimulated',
        user: JSON.stringify({ id: 5000000002, first_name: 'Дмитрий', username: 'dmitry', language_code: 'ru' }),
        auth_date: String(Math.floor(now.getTime() / 1000)),
      },
      token,
    );
    expect(verifyWebAppInitData(initData, token, { now, maxAgeSeconds: DAY_SECONDS })).toEqual({
      telegramId: '5000000002',
      firstName: 'Дмитрий',
      username: 'dmitry',
      languageCode: 'ru',
      authDate: now,
    });
  });

  it('answers malformed for validly signed data whose user is not JSON', () => {
    const now = new Date('2025-03-21T09:00:00Z');
    const token = '123456:simulated-token';
    const initData = signWebAppInitData(
      { user: '{not json', auth_date: String(Math.floor(now.getTime() / 1000)) },
      token,
    );
    expect(failureOf(() => verifyWebAppInitData(initData, token, { now, maxAgeSeconds: DAY_SECONDS }))).toBe(
      'malformed',
    );
  });
});
