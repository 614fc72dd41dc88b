import { ApiKeyScope } from '../../../server/src/modules/tenancy/tenancy.enums';
import type { World } from '../../support/world';

/**
 * The authorization matrix's vocabulary: every query and mutation × every kind of caller.
 * Organization A is the target; `outsider` is a member of organization B only. Each domain lists
 * its operations in `<domain>.entries.ts`; the test fails for an operation without an entry.
 */
export const PERSONAS = [
  'anonymous',
  'viewer',
  'member',
  'admin',
  'outsider',
  'keyWithScope',
  'keyWithoutScope',
  'operator',
  'accountManager',
] as const;
export type Persona = (typeof PERSONAS)[number];
export type Outcome = 'OK' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND';

export interface Request {
  query: string;
  variables?: Record<string, unknown>;
}

export interface Entry {
  /** Builds the request; may create what a destructive operation consumes. */
  request(fx: Fixtures): Promise<Request> | Request;
  /** The scope the "with scope" key holds; without one, it holds every scope (and still must not pass). */
  scope?: ApiKeyScope;
  /** The operation ends the caller's session: run it with a fresh one. */
  endsSession?: boolean;
  expect: Record<Persona, Outcome>;
}

export interface Fixtures {
  world: World;
  unique(): string;
  newUser(): Promise<{ id: string; email: string }>;
  newMembership(): Promise<string>;
  newApiKey(): Promise<string>;
  /** Runs SQL or ORM work against the test database (to make fixtures for other domains). */
  em(): import('@mikro-orm/postgresql').EntityManager;
}

export const ALL_SCOPES = Object.values(ApiKeyScope);

/** Outcome rows in persona order: anonymous, viewer, member, admin, outsider, key+, key-, operator, AM. */
export function row(...outcomes: Outcome[]): Record<Persona, Outcome> {
  if (outcomes.length !== PERSONAS.length) throw new Error('a matrix row names every persona');
  return Object.fromEntries(PERSONAS.map((p, i) => [p, outcomes[i]])) as Record<Persona, Outcome>;
}

export const U = 'UNAUTHENTICATED';
export const F = 'FORBIDDEN';
export const N = 'NOT_FOUND';

/** Everyone, even anonymous. */
export const EVERYONE = row('OK', 'OK', 'OK', 'OK', 'OK', 'OK', 'OK', 'OK', 'OK');
/** People only (not keys), signed in. */
export const PEOPLE = row(U, 'OK', 'OK', 'OK', 'OK', F, F, 'OK', 'OK');
/** Operators only. */
export const OPERATORS = row(U, F, F, F, F, F, F, 'OK', F);
/** Operators and account managers. */
export const PLATFORM_STAFF = row(U, F, F, F, F, F, F, 'OK', 'OK');
/** Anyone signed in; keys need READ. */
export const SIGNED_IN_READ = row(U, 'OK', 'OK', 'OK', 'OK', 'OK', F, 'OK', 'OK');
