import type { EntityManager } from '@mikro-orm/postgresql';
import { newId } from '../../lib/ids';
import { hashPassword, randomToken, sha256, verifyPassword } from '../../lib/secrets';
import { rateLimited, unauthenticated } from '../../graphql/errors';
import { Session } from './session.entity';
import { User } from './user.entity';
import type { SignInThrottle } from './signin-throttle';

export const SESSION_TOKEN_PREFIX = 'hrs_';

export interface SignInProps {
  email: string;
  password: string;
  ip?: string;
  userAgent?: string;
  ttlHours: number;
  throttle: SignInThrottle;
}

export interface SignedIn {
  user: User;
  session: Session;
  /** The bearer token; only its hash is stored. */
  token: string;
}

/**
 * Checks an email and password and opens a session. Unknown email and wrong password fail the
 * same way (no account discovery); repeated failures for an email are slowed down.
 */
export async function signIn(em: EntityManager, props: SignInProps): Promise<SignedIn> {
  const email = props.email.trim().toLowerCase();
  const wait = await props.throttle.waitSeconds(email, props.ip);
  if (wait > 0) throw rateLimited(`Too many failed sign-ins. Try again in ${wait} s.`, wait);

  const user = await em.findOne(User, { email }, { populate: ['passwordHash'] });
  // Verify against a throwaway hash when the user is unknown, so both paths take as long.
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash()), props.password);
  if (!user || !ok) {
    await props.throttle.recordFailure(email, props.ip);
    throw unauthenticated('The email or password is wrong.');
  }
  await props.throttle.clear(email);

  return { user, ...openSession(em, user, props) };
}

/** Opens a session for a user who has just proven who they are. */
export function openSession(
  em: EntityManager,
  user: User,
  props: { ttlHours: number; ip?: string; userAgent?: string },
): { session: Session; token: string } {
  const token = SESSION_TOKEN_PREFIX + randomToken();
  const session = em.create(Session, {
    id: newId('session'),
    user,
    tokenHash: sha256(token),
    expiresAt: new Date(Date.now() + props.ttlHours * 3_600_000),
    ip: props.ip?.slice(0, 64) ?? null,
    userAgent: props.userAgent?.slice(0, 300) ?? null,
  });
  em.persist(session);
  return { session, token };
}

/** Ends a session; its token is refused from now on. */
export function signOut(session: Session): void {
  session.revokedAt ??= new Date();
}

/** The live session a token names, or null when it is unknown, revoked or expired. */
export async function findLiveSession(em: EntityManager, token: string): Promise<Session | null> {
  const session = await em.findOne(Session, { tokenHash: sha256(token) }, { populate: ['user'] });
  if (!session || session.revokedAt || session.expiresAt.getTime() <= Date.now()) return null;
  return session;
}

// A hash of a random password: verified against when the email is unknown, to spend the same time.
let dummy: Promise<string> | undefined;
const dummyHash = () => (dummy ??= hashPassword(randomToken()));
