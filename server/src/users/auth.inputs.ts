import { Field, InputType, ObjectType } from 'type-graphql';
import { UserView } from './user.type.js';

@InputType({ description: 'The fields the Telegram Login Widget passes to its callback, unchanged.' })
export class TelegramWidgetInput {
  @Field(() => String)
  id!: string;

  @Field(() => String)
  first_name!: string;

  @Field(() => String, { nullable: true })
  last_name?: string;

  @Field(() => String, { nullable: true })
  username?: string;

  @Field(() => String, { nullable: true })
  photo_url?: string;

  @Field(() => String, { nullable: true, description: '"true" when the shopper let the bot write to them (sent by the widget when it asked for write access).' })
  allows_write_to_pm?: string;

  @Field(() => String, { description: 'Unix time in seconds, as Telegram sends it.' })
  auth_date!: string;

  @Field(() => String, { nullable: true, description: 'Required; nullable only so a missing hash gets a precise error.' })
  hash?: string;
}

@ObjectType()
export class SignInPayload {
  @Field(() => UserView)
  user!: UserView;

  @Field(() => Date)
  sessionExpiresAt!: Date;
}

@ObjectType({ description: 'How a client offers Telegram sign-in in this environment.' })
export class TelegramSignInOptions {
  @Field(() => String, { description: 'Bot username for the Login Widget (data-telegram-login).' })
  botUsername!: string;

  @Field(() => String, { nullable: true, description: 'Development only: the Telegram simulator login page to use instead of the real widget.' })
  simulatorLoginUrl!: string | null;
}
