import { Field, ID, ObjectType } from 'type-graphql';
import { Role, type User } from './user.entity.js';

@ObjectType('User', { description: 'A signed-in person as the API shows them; the only view of users that leaves the server.' })
export class UserView {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  telegramId!: string;

  @Field(() => String)
  firstName!: string;

  @Field(() => String, { nullable: true })
  lastName?: string | null;

  @Field(() => String, { nullable: true })
  username?: string | null;

  @Field(() => String, { nullable: true })
  photoUrl?: string | null;

  @Field(() => String, { nullable: true })
  languageCode?: string | null;

  @Field(() => Role)
  role!: Role;

  @Field(() => Date)
  createdAt!: Date;

  static of(user: User): UserView {
    return Object.assign(new UserView(), {
      id: String(user.id),
      telegramId: user.telegramId,
      firstName: user.firstName,
      lastName: user.lastName,
      username: user.username,
      photoUrl: user.photoUrl,
      languageCode: user.languageCode,
      role: user.role,
      createdAt: user.createdAt,
    });
  }
}
