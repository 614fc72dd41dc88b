import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { forbidden } from '../../graphql/errors';
import { requireSignedIn } from '../../graphql/auth/guards';
import { SESSION_COOKIE } from '../../graphql/auth/authenticate';
import { ChangePasswordInput, SignInInput, SignUpInput } from './tenancy.inputs';
import { SignInPayload, Viewer } from './tenancy.payloads';
import { openSession, signIn, signOut } from './session.service';
import { SignInThrottle } from './signin-throttle';
import { changePassword, createUser } from './user.service';
import { createOrganization } from './organization.service';
import { createProject } from './project.service';
import { ApiKey } from './api-key.entity';
import { Membership } from './membership.entity';

function sessionCookie(ctx: Context, token: string, expiresAt: Date | null): string {
  const parts = [
    `${SESSION_COOKIE}=${token}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Lax',
    expiresAt ? `Expires=${expiresAt.toUTCString()}` : 'Max-Age=0',
  ];
  if (ctx.deps.env.COOKIE_SECURE) parts.push('Secure');
  return parts.join('; ');
}

@Resolver()
export class AuthResolver {
  @Query(() => Viewer, { nullable: true, description: 'The caller, or null when signed out.' })
  async viewer(@Ctx() ctx: Context): Promise<Viewer | null> {
    const p = ctx.principal;
    if (p.kind === 'anonymous') return null;
    if (p.kind === 'apiKey') return { user: null, apiKey: await ctx.loaders.require(ApiKey, p.key.id), memberships: [], platformRoles: [] };
    const memberships = await ctx.em.find(Membership, { user: p.user.id, organization: { $in: [...p.memberships.keys()] } });
    return { user: p.user, apiKey: null, memberships, platformRoles: [...p.platformRoles] };
  }

  @Mutation(() => SignInPayload, { description: 'Signs in with email and password: sets the session cookie and returns a bearer token.' })
  async signIn(@Arg('input', () => SignInInput) input: SignInInput, @Ctx() ctx: Context): Promise<SignInPayload> {
    ctx.audit.details = { email: input.email.toLowerCase() };
    const done = await signIn(ctx.em, {
      email: input.email,
      password: input.password,
      ip: ctx.http.ip,
      userAgent: ctx.http.userAgent,
      ttlHours: ctx.deps.env.SESSION_TTL_HOURS,
      throttle: new SignInThrottle(
        ctx.deps.redis,
        ctx.deps.env.SIGNIN_FREE_FAILURES,
        ctx.deps.env.SIGNIN_IP_FAILURES,
        ctx.deps.env.QUEUE_PREFIX,
      ),
    });
    Object.assign(ctx.audit, { targetType: 'User', targetId: done.user.id });
    ctx.http.setCookie(sessionCookie(ctx, done.token, done.session.expiresAt));
    return { user: done.user, token: done.token, expiresAt: done.session.expiresAt };
  }

  @Mutation(() => SignInPayload, { description: 'Creates an account and an organization it owns, with a first project, and signs in.' })
  async signUp(@Arg('input', () => SignUpInput) input: SignUpInput, @Ctx() ctx: Context): Promise<SignInPayload> {
    if (!ctx.deps.env.ALLOW_SIGNUP) throw forbidden('Self sign-up is turned off; ask your account manager.');
    const user = await createUser(ctx.em, { email: input.email, name: input.name, password: input.password });
    const org = await createOrganization(ctx.em, { name: input.organizationName, slug: input.organizationSlug, owner: user });
    await createProject(ctx.em, org, { name: 'Default', slug: 'default' });
    Object.assign(ctx.audit, { organizationId: org.id, targetType: 'User', targetId: user.id });
    const done = {
      user,
      ...openSession(ctx.em, user, { ttlHours: ctx.deps.env.SESSION_TTL_HOURS, ip: ctx.http.ip, userAgent: ctx.http.userAgent }),
    };
    ctx.http.setCookie(sessionCookie(ctx, done.token, done.session.expiresAt));
    return { user: done.user, token: done.token, expiresAt: done.session.expiresAt };
  }

  @Mutation(() => Boolean, { description: 'Ends the current session (cookie or bearer).' })
  signOut(@Ctx() ctx: Context): boolean {
    requireSignedIn(ctx);
    if (ctx.principal.kind !== 'user') throw forbidden('API keys do not sign out; revoke the key instead.');
    signOut(ctx.em.merge(ctx.principal.session));
    Object.assign(ctx.audit, { targetType: 'Session', targetId: ctx.principal.session.id });
    ctx.http.setCookie(sessionCookie(ctx, '', null));
    return true;
  }

  @Mutation(() => Boolean)
  async changePassword(@Arg('input', () => ChangePasswordInput) input: ChangePasswordInput, @Ctx() ctx: Context): Promise<boolean> {
    requireSignedIn(ctx);
    if (ctx.principal.kind !== 'user') throw forbidden('Only a person can change a password.');
    Object.assign(ctx.audit, { targetType: 'User', targetId: ctx.principal.user.id });
    await changePassword(ctx.em, ctx.principal.user.id, input.currentPassword, input.newPassword);
    return true;
  }
}
