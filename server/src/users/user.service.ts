import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError } from '../graphql/errors.js';
import { cursorValue, decodeCursor, encodeCursor, pageSize } from '../graphql/pagination.js';
import { Role, User } from './user.entity.js';

/** Managing people: listing and roles. Callers check that the actor is an admin. */
export class UserService {
  constructor(private readonly em: EntityManager) {}

  /** Users newest first, in cursor pages. */
  async list(first: number | undefined, after: string | undefined): Promise<{ users: User[]; endCursor: string | null; hasNextPage: boolean }> {
    const size = pageSize(first);
    const afterId = after ? decodeCursor(after, 'after', cursorValue.rowId) : undefined;
    const users = await this.em.find(User, afterId === undefined ? {} : { id: { $lt: afterId } }, { orderBy: { id: 'desc' }, limit: size + 1 });
    const page = users.slice(0, size);
    return { users: page, hasNextPage: users.length > size, endCursor: page.length ? encodeCursor(page.at(-1)!.id) : null };
  }

  /** Sets a user's role; an admin cannot demote themself, so the shop never loses its last admin by accident. */
  async setRole(actor: User, userId: number, role: Role): Promise<User> {
    const user = await this.em.findOne(User, { id: userId });
    if (!user) throw AppError.notFound('User', String(userId));
    if (user.id === actor.id && role !== Role.admin) throw new AppError('CONFLICT', 'You cannot remove your own admin role');
    user.role = role;
    await this.em.flush();
    return user;
  }
}
