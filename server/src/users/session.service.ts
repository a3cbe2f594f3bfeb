import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Session } from './session.entity.js';
import type { User } from './user.entity.js';

/** Why a presented session cookie does not sign anyone in. */
export type SessionProblem = 'session_unknown' | 'session_expired' | 'session_revoked';

export type SessionLookup = { session: Session; refreshed: boolean } | { problem: SessionProblem };

/** Sliding expiry is extended at most this often, so reads do not each cost a write. */
const TOUCH_INTERVAL_MS = 5 * 60 * 1000;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Sessions: opaque random tokens in cookies, hashed at rest, revocable one by one or all at once. */
export class SessionService {
  constructor(
    private readonly em: EntityManager,
    private readonly ttlSeconds: number,
  ) {}

  /** Creates a session and returns the token for the cookie; the token itself is never stored. */
  async create(user: User, userAgent: string | undefined): Promise<{ token: string; session: Session }> {
    const token = randomBytes(32).toString('base64url');
    const session = this.em.create(Session, {
      tokenHash: hashToken(token),
      user,
      expiresAt: new Date(Date.now() + this.ttlSeconds * 1000),
      userAgent: userAgent?.slice(0, 512) ?? null,
    });
    await this.em.flush();
    return { token, session };
  }

  /** Finds the live session for a cookie token, sliding its expiry forward when it has not been used for a while. */
  async resolve(token: string): Promise<SessionLookup> {
    const session = await this.em.findOne(Session, { tokenHash: hashToken(token) }, { populate: ['user'] });
    if (!session) return { problem: 'session_unknown' };
    if (session.revokedAt) return { problem: 'session_revoked' };
    const now = Date.now();
    if (session.expiresAt.getTime() <= now) return { problem: 'session_expired' };
    if (now - session.lastUsedAt.getTime() < TOUCH_INTERVAL_MS) return { session, refreshed: false };
    session.lastUsedAt = new Date(now);
    session.expiresAt = new Date(now + this.ttlSeconds * 1000);
    session.user.lastSeenAt = new Date(now);
    await this.em.flush();
    return { session, refreshed: true };
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
