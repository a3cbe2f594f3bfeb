import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../config.js';
import type { Session } from './session.entity.js';
import { SessionService, type SessionProblem } from './session.service.js';
import { SESSION_CLIENTS, appendSetCookie, cookieName, readCookie, sessionCookie } from './session-cookie.js';
import type { User } from './user.entity.js';

export interface Viewer {
  user: User;
  session: Session;
}

export interface RequestSession {
  viewer: Viewer | null;
  /** Set when a session cookie was sent but signs no one in (revoked, expired, unknown) and no other one does. */
  problem: SessionProblem | null;
  /** Sets the cookie for a new session, or with null clears every session cookie of this browser. */
  setCookie(signedIn: { token: string; session: Session } | null): void;
}

/**
 * Who a request's session cookies sign in: the browser cookie, else the Mini App one. A cookie that
 * signs no one in is cleared; a malformed one counts as absent; a used one slides its expiry.
 */
export async function resolveRequestSession(em: EntityManager, config: Config, req: IncomingMessage, res: ServerResponse): Promise<RequestSession> {
  const settings = { name: config.session.cookieName, secure: config.session.secureCookie };
  const sessions = new SessionService(em, config.session);
  const setCookie: RequestSession['setCookie'] = (signedIn) => {
    if (!signedIn) {
      for (const client of SESSION_CLIENTS) appendSetCookie(res, sessionCookie(settings, client, null));
      return;
    }
    const { token, session } = signedIn;
    appendSetCookie(res, sessionCookie(settings, session.client, token, (session.expiresAt.getTime() - Date.now()) / 1000));
  };
  let viewer: Viewer | null = null;
  let problem: SessionProblem | null = null;
  for (const client of SESSION_CLIENTS) {
    const token = readCookie(req, cookieName(settings, client));
    if (!token) continue;
    const lookup = await sessions.resolve(token);
    if ('problem' in lookup) {
      problem ??= lookup.problem;
      appendSetCookie(res, sessionCookie(settings, client, null));
    } else if (!viewer) {
      viewer = { user: lookup.session.user, session: lookup.session };
      if (lookup.refreshed) setCookie({ token, session: lookup.session });
    }
  }
  return { viewer, problem: viewer ? null : problem, setCookie };
}
