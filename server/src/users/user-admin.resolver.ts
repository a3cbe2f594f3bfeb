import { Arg, Authorized, Ctx, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { requireViewer, type RequestContext } from '../graphql/context.js';
import { AppError } from '../graphql/errors.js';
import { Cost } from '../graphql/limits.js';
import { rowIdFrom } from '../graphql/pagination.js';
import { Role } from './user.entity.js';
import { UserService } from './user.service.js';
import { UserView } from './user.type.js';

@ObjectType()
class UserPage {
  @Cost({ isPage: true })
  @Field(() => [UserView])
  nodes!: UserView[];

  @Field(() => String, { nullable: true })
  endCursor!: string | null;

  @Field(() => Boolean)
  hasNextPage!: boolean;
}

/** Admin-only operations on people; every field carries @Authorized(Role.admin). */
@Resolver()
export class UserAdminResolver {
  @Authorized(Role.admin)
  @Cost({ queriesDatabase: true })
  @Query(() => UserPage, { description: 'Admin: everyone who has signed in, newest first.' })
  async users(
    @Arg('first', () => Int, { nullable: true }) first: number | undefined,
    @Arg('after', () => String, { nullable: true }) after: string | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<UserPage> {
    const page = await new UserService(ctx.em).list(first, after);
    return { nodes: page.users.map(UserView.of), endCursor: page.endCursor, hasNextPage: page.hasNextPage };
  }

  @Authorized(Role.admin)
  @Cost({ queriesDatabase: true })
  @Mutation(() => UserView, { description: 'Admin: promote a user to admin or make them a customer again.' })
  async setUserRole(@Arg('userId', () => ID) userId: string, @Arg('role', () => Role) role: Role, @Ctx() ctx: RequestContext): Promise<UserView> {
    const id = rowIdFrom(userId);
    if (id === undefined) throw AppError.badInput('userId', 'not a user id');
    return UserView.of(await new UserService(ctx.em).setRole(requireViewer(ctx).user, id, role));
  }
}
