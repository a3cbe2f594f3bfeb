import type { AuthChecker } from 'type-graphql';
import type { Role } from '../users/user.entity.js';
import { requireViewer, type RequestContext } from './context.js';
import { AppError } from './errors.js';

/**
 * The one authorization mechanism: `@Authorized()` needs a signed-in user, `@Authorized(Role.admin)`
 * an admin. It throws our own errors so clients get UNAUTHENTICATED / FORBIDDEN, not a masked INTERNAL.
 */
export const authChecker: AuthChecker<RequestContext, Role> = ({ context }, roles) => {
  const { user } = requireViewer(context);
  if (roles.length > 0 && !roles.includes(user.role)) throw new AppError('FORBIDDEN', 'This needs the admin role');
  return true;
};
