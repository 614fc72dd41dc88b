import type { MikroORM } from '@mikro-orm/postgresql';
import type { Redis } from 'ioredis';
import type { Env } from './config/env';
import type { Logger } from './lib/logger';
import type { SecretBox } from './lib/secret-box';

/** The long-lived things a process hands to the HTTP app and to job handlers. */
export interface AppDeps {
  env: Env;
  orm: MikroORM;
  redis: Redis;
  log: Logger;
  /** Seals and opens stored credentials (cluster tokens). */
  secrets: SecretBox;
}
