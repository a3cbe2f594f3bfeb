import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { requireViewer, type RequestContext } from '../graphql/context.js';
import { Cost } from '../graphql/limits.js';
import { AuthService, type TelegramSignIn } from './auth.service.js';
import { SignInPayload, TelegramSignInOptions, TelegramWidgetInput } from './auth.inputs.js';
import { UserView } from './user.type.js';

@Resolver()
export class AuthResolver {
  @Query(() => UserView, { nullable: true, description: 'The signed-in user; null without a session; UNAUTHENTICATED for a revoked or expired one.' })
  me(@Ctx() ctx: RequestContext): UserView | null {
    if (!ctx.viewer && !ctx.sessionProblem) return null;
    return UserView.of(requireViewer(ctx).user);
  }

  @Query(() => TelegramSignInOptions)
  telegramSignIn(@Ctx() ctx: RequestContext): TelegramSignInOptions {
    const { botUsername, useSimulator, apiBase } = ctx.config.telegram;
    return { botUsername, simulatorLoginUrl: useSimulator ? `${apiBase}/login` : null };
  }

  @Cost({ queriesDatabase: true })
  @Mutation(() => SignInPayload, { description: 'Signs in with Telegram Login Widget data and sets the session cookie.' })
  signInWithTelegramWidget(@Arg('data', () => TelegramWidgetInput) data: TelegramWidgetInput, @Ctx() ctx: RequestContext): Promise<SignInPayload> {
    const fields = Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined && value !== null)) as Record<string, string>;
    return signIn(ctx, { kind: 'widget', data: fields });
  }

  @Cost({ queriesDatabase: true })
  @Mutation(() => SignInPayload, { description: 'Signs in from inside Telegram with the Mini App initData string and sets the session cookie.' })
  signInWithTelegramWebApp(@Arg('initData', () => String) initData: string, @Ctx() ctx: RequestContext): Promise<SignInPayload> {
    return signIn(ctx, { kind: 'webApp', initData });
  }

  @Authorized()
  @Cost({ queriesDatabase: true })
  @Mutation(() => Boolean, { description: 'Ends this browser’s sessions (its web and Mini App cookies alike).' })
  async signOut(@Ctx() ctx: RequestContext): Promise<boolean> {
    await new AuthService(ctx.em, ctx.config).signOut(requireViewer(ctx).browserSessions);
    ctx.setSessionCookie(null);
    return true;
  }

  @Authorized()
  @Cost({ queriesDatabase: true })
  @Mutation(() => Int, { description: 'Ends every session of the signed-in user on every device; returns how many ended.' })
  async signOutEverywhere(@Ctx() ctx: RequestContext): Promise<number> {
    const ended = await new AuthService(ctx.em, ctx.config).signOutEverywhere(requireViewer(ctx).user);
    ctx.setSessionCookie(null);
    return ended;
  }
}

async function signIn(ctx: RequestContext, input: TelegramSignIn): Promise<SignInPayload> {
  const { user, session, token } = await new AuthService(ctx.em, ctx.config).signIn(input, { clientIp: ctx.clientIp, userAgent: ctx.userAgent });
  ctx.setSessionCookie({ token, session });
  return { user: UserView.of(user), sessionExpiresAt: session.expiresAt };
}
