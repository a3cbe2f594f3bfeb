/**
 * How this build offers Telegram sign-in, read once per build: the bot for the Login Widget and, in
 * development, the simulator's login page. PUBLIC_TELEGRAM_LOGIN_URL (build time) overrides the
 * simulator URL, for builds whose API does not announce one. The header script re-reads both at run time.
 */
import { buildClient } from './graphql/client';
import type { SignInOptionsQuery } from './graphql/generated/graphql';
import { signInOptionsDocument } from './graphql/operations';

export type SignInOptions = SignInOptionsQuery['telegramSignIn'];

let cached: Promise<SignInOptions> | undefined;

export function loadSignInOptions(): Promise<SignInOptions> {
  return (cached ??= buildClient()
    .request(signInOptionsDocument)
    .then(({ telegramSignIn }) => ({
      botUsername: telegramSignIn.botUsername,
      simulatorLoginUrl: process.env.PUBLIC_TELEGRAM_LOGIN_URL || telegramSignIn.simulatorLoginUrl || null,
    })));
}
