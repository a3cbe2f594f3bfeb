import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../../src/config.js';
import { SessionClient } from '../../src/users/session.entity.js';
import { SessionService } from '../../src/users/session.service.js';
import { User } from '../../src/users/user.entity.js';

let sequence = 0;

export interface Shopper {
  user: User;
  /** Headers that sign requests in as this shopper. */
  headers: { cookie: string };
}

/** A signed-in shopper: a user with a browser session, without going through Telegram sign-in (and its rate limits). */
export async function makeShopper(em: EntityManager, config: Config, fields: Partial<Pick<User, 'firstName' | 'allowsWriteToPm' | 'languageCode'>> = {}): Promise<Shopper> {
  const user = em.create(User, { telegramId: String(6_000_000_000 + ++sequence), firstName: fields.firstName ?? `Shopper ${sequence}`, ...fields });
  await em.flush();
  const { token } = await new SessionService(em, config.session).create(user, 'test', SessionClient.browser);
  return { user, headers: { cookie: `${config.session.cookieName}=${token}` } };
}
