import type { EntityManager } from '@mikro-orm/postgresql';
import { newId } from '../../lib/ids';
import { hashPassword, verifyPassword } from '../../lib/secrets';
import { badInput, conflict } from '../../graphql/errors';
import { User } from './user.entity';
import { passwordWeakness } from './password-policy';
import type { PlatformRole } from './tenancy.enums';

export interface CreateUserProps {
  email: string;
  name: string;
  password: string;
  platformRoles?: PlatformRole[];
  /** The argument path of the password, for error messages. */
  passwordField?: string;
}

/** Creates a user with an argon2id password hash; refuses a taken email or a weak password. */
export async function createUser(em: EntityManager, props: CreateUserProps): Promise<User> {
  const email = props.email.trim().toLowerCase();
  const weakness = passwordWeakness(props.password, email);
  if (weakness) throw badInput(props.passwordField ?? 'input.password', `Weak password: ${weakness}`);
  if (await em.count(User, { email })) throw conflict(`An account with the email ${email} exists.`, { field: 'input.email' });
  const user = em.create(User, {
    id: newId('user'),
    email,
    name: props.name,
    passwordHash: await hashPassword(props.password),
    platformRoles: props.platformRoles ?? [],
  });
  em.persist(user);
  return user;
}

/** Replaces a password after checking the current one. */
export async function changePassword(em: EntityManager, userId: string, current: string, next: string): Promise<void> {
  const user = await em.findOneOrFail(User, userId, { populate: ['passwordHash'] });
  if (!(await verifyPassword(user.passwordHash, current))) throw badInput('input.currentPassword', 'The current password is wrong.');
  const weakness = passwordWeakness(next, user.email);
  if (weakness) throw badInput('input.newPassword', `Weak password: ${weakness}`);
  user.passwordHash = await hashPassword(next);
}

/** The user with this email, or BAD_USER_INPUT on `field`. */
export async function requireUserByEmail(em: EntityManager, email: string, field: string): Promise<User> {
  const user = await em.findOne(User, { email: email.trim().toLowerCase() });
  if (!user) throw badInput(field, `No user has the email ${email}.`);
  return user;
}
