import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Session, SessionClient } from './session.entity.js';
import type { User } from './user.entity.js';

/** Why a presented session cookie does not sign anyone in. */
export type SessionProblem = 'session_unknown' | 'session_expired' | 'session_revoked';

export type SessionLookup = { session: Session; refreshed: boolean } | { problem: SessionProblem };

/** Sliding expiry is extended at most this often, so reads do not each cost a write. */
const TOUCH_INTERVAL_MS = 5 * 60 * 1000;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface SessionLifetime {
  /** Idle lifetime: each use slides the expiry this far ahead. */
  ttlSeconds: number;
  /** Hard limit from sign-in, however often the session is used. */
  absoluteTtlSeconds: number;
}

/** Sessions: opaque random tokens in cookies, hashed at rest, revocable one by one or all at once. */
export class SessionService {
  constructor(
    private readonly em: EntityManager,
    private readonly lifetime: SessionLifetime,
  ) {}

  /** Creates a session and returns the token for the cookie; the token itself is never stored. */
  async create(user: User, userAgent: string | undefined, client: SessionClient): Promise<{ token: string; session: Session }> {
    const token = randomBytes(32).toString('base64url');
    const now = new Date();
    const session = this.em.create(Session, {
      tokenHash: hashToken(token),
      user,
      client,
      createdAt: now,
      expiresAt: this.expiryFrom(now.getTime(), now),
      userAgent: userAgent?.slice(0, 512) ?? null,
    });
    await this.em.flush();
    return { token, session };
  }

  /**
   * Finds the live session for a cookie token, sliding its expiry forward when it has not been used for a
   * while, but never past the absolute lifetime counted from sign-in.
   */
  async resolve(token: string): Promise<SessionLookup> {
    const session = await this.em.findOne(Session, { tokenHash: hashToken(token) }, { populate: ['user'] });
    if (!session) return { problem: 'session_unknown' };
    if (session.revokedAt) return { problem: 'session_revoked' };
    const now = Date.now();
    if (Math.min(session.expiresAt.getTime(), this.absoluteEnd(session.createdAt)) <= now) return { problem: 'session_expired' };
    if (now - session.lastUsedAt.getTime() < TOUCH_INTERVAL_MS) return { session, refreshed: false };
    session.lastUsedAt = new Date(now);
    session.expiresAt = this.expiryFrom(now, session.createdAt);
    session.user.lastSeenAt = new Date(now);
    await this.em.flush();
    return { session, refreshed: true };
  }

  private absoluteEnd(createdAt: Date): number {
    return createdAt.getTime() + this.lifetime.absoluteTtlSeconds * 1000;
  }

  private expiryFrom(now: number, createdAt: Date): Date {
    return new Date(Math.min(now + this.lifetime.ttlSeconds * 1000, this.absoluteEnd(createdAt)));
  }

  /** Revokes one session; idempotent. */
  async revoke(session: Session): Promise<void> {
    await this.em.nativeUpdate(Session, { id: session.id, revokedAt: null }, { revokedAt: new Date() });
  }

  /** Revokes every live session of the user (all devices); returns how many were live. */
  async revokeAll(user: User): Promise<number> {
    return this.em.nativeUpdate(Session, { user: user.id, revokedAt: null }, { revokedAt: new Date() });
  }
}
