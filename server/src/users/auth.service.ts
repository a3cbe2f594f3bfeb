import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../config.js';
import { AppError } from '../graphql/errors.js';
import { consumeRateLimit } from '../security/rate-limiter.js';
import { SessionService } from './session.service.js';
import { ALLOWED_CLOCK_SKEW_SECONDS, TelegramAuthError, verifyLoginWidget, verifyWebAppInitData, type TelegramIdentity } from './telegram-auth.js';
import { Role, User } from './user.entity.js';
import { SessionClient, type Session } from './session.entity.js';
import { UsedSignInProof } from './used-sign-in-proof.entity.js';
import { notifyOwner } from './owner-notifications.js';

export type TelegramSignIn = { kind: 'widget'; data: Record<string, string> } | { kind: 'webApp'; initData: string };

export interface SignInRequest {
  clientIp: string;
  userAgent: string | undefined;
  now?: Date;
}

export interface SignedIn {
  user: User;
  session: Session;
  token: string;
}

const SIGN_IN_WINDOW_SECONDS = 600;

/** Signing in with Telegram: verification, rate limits, the user record and its session. */
export class AuthService {
  private readonly sessions: SessionService;

  constructor(
    private readonly em: EntityManager,
    private readonly config: Config,
  ) {
    this.sessions = new SessionService(em, config.session);
  }

  /**
   * Verifies Telegram's signature and freshness, then creates or updates the user and opens a session.
   * Login Widget data signs in once: a replay is UNAUTHENTICATED `replayed`, also when two arrive at once.
   * Failures are UNAUTHENTICATED with a reason code that never says which part of the hash was wrong.
   */
  async signIn(input: TelegramSignIn, request: SignInRequest): Promise<SignedIn> {
    const limits = this.config.signInLimits;
    // Counted before verification, so guessing hashes is throttled too.
    await consumeRateLimit(this.em, `signin:ip:${request.clientIp}`, { limit: limits.perIp, windowSeconds: SIGN_IN_WINDOW_SECONDS });
    const now = request.now ?? new Date();
    const identity = this.verify(input, now);
    await consumeRateLimit(this.em, `signin:telegram:${identity.telegramId}`, { limit: limits.perTelegramId, windowSeconds: SIGN_IN_WINDOW_SECONDS });
    return this.em.transactional(async (tx) => {
      if (input.kind === 'widget') await this.spendWidgetProof(tx, input.data.hash!, identity.authDate, now);
      const user = await this.upsertUser(tx, identity);
      const client = input.kind === 'widget' ? SessionClient.browser : SessionClient.miniApp;
      const { token, session } = await new SessionService(tx, this.config.session).create(user, request.userAgent, client);
      if (user.role === Role.admin) await notifyOwner(tx, this.config, `admin-signin:${session.id}`, `🔐 ${displayName(user)} signed in to the T1EUP admin.`);
      return { user, session, token };
    });
  }

  /** Ends every session the browser presented (its web and Mini App cookies may hold different ones). */
  async signOut(sessions: Session[]): Promise<void> {
    for (const session of sessions) await this.sessions.revoke(session);
  }

  signOutEverywhere(user: User): Promise<number> {
    return this.sessions.revokeAll(user);
  }

  private verify(input: TelegramSignIn, now: Date): TelegramIdentity {
    const freshness = { now, maxAgeSeconds: this.config.telegram.authMaxAgeSeconds };
    try {
      return input.kind === 'widget'
        ? verifyLoginWidget(input.data, this.config.telegram.botToken, freshness)
        : verifyWebAppInitData(input.initData, this.config.telegram.botToken, freshness);
    } catch (error) {
      if (error instanceof TelegramAuthError) throw new AppError('UNAUTHENTICATED', 'Telegram sign-in data could not be verified', { reason: error.reason });
      throw error;
    }
  }

  /**
   * Records a verified widget hash as used, in the sign-in's transaction: a concurrent replay waits on
   * the primary key and then finds it taken. Proofs past the freshness window are pruned here, so the
   * table holds at most one window of sign-ins.
   */
  private async spendWidgetProof(tx: EntityManager, hash: string, authDate: Date, now: Date): Promise<void> {
    const staleAfter = new Date(authDate.getTime() + (this.config.telegram.authMaxAgeSeconds + ALLOWED_CLOCK_SKEW_SECONDS) * 1000);
    await tx.nativeDelete(UsedSignInProof, { expiresAt: { $lt: now } });
    const inserted = await tx.execute<{ hash: string }[]>(
      `insert into used_sign_in_proof (hash, expires_at) values (?, ?) on conflict (hash) do nothing returning hash`,
      [hash, staleAfter],
    );
    if (inserted.length === 0) throw new AppError('UNAUTHENTICATED', 'This Telegram sign-in was already used; sign in again', { reason: 'replayed' });
  }

  private async upsertUser(tx: EntityManager, identity: TelegramIdentity): Promise<User> {
    const existing = await tx.findOne(User, { telegramId: identity.telegramId });
    const user = existing ?? tx.create(User, { telegramId: identity.telegramId, firstName: identity.firstName });
    user.firstName = identity.firstName;
    user.lastName = identity.lastName ?? null;
    user.username = identity.username ?? null;
    user.photoUrl = identity.photoUrl ?? user.photoUrl ?? null;
    user.languageCode = identity.languageCode ?? user.languageCode ?? null;
    user.allowsWriteToPm = identity.allowsWriteToPm ?? user.allowsWriteToPm;
    user.lastSeenAt = new Date();
    // Configured owners are always admins; admins promoted in the shop keep their role.
    if (this.config.telegram.adminIds.includes(identity.telegramId)) user.role = Role.admin;
    await tx.flush();
    return user;
  }
}

export function displayName(user: User): string {
  return [user.firstName, user.lastName].filter(Boolean).join(' ') + (user.username ? ` (@${user.username})` : '');
}
