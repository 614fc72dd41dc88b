import type { Redis } from 'ioredis';

/**
 * Slows repeated failed sign-ins down, per email: after `freeFailures` failures each further
 * attempt must wait twice as long as the one before (1 s, 2 s, 4 s … capped at 15 minutes).
 * Counters live in Redis and expire; a successful sign-in clears them.
 */
export class SignInThrottle {
  constructor(
    private readonly redis: Redis,
    private readonly freeFailures: number,
  ) {}

  private key(email: string) {
    return `signin:fail:${email}`;
  }

  /** Seconds the caller must still wait before trying this email again (0 = may try now). */
  async waitSeconds(email: string, now = Date.now()): Promise<number> {
    const [count, last] = await this.redis.hmget(this.key(email), 'count', 'last');
    const failures = Number(count ?? 0);
    if (failures < this.freeFailures) return 0;
    const delay = Math.min(2 ** (failures - this.freeFailures), 900);
    const readyAt = Number(last ?? 0) + delay * 1000;
    return Math.max(0, Math.ceil((readyAt - now) / 1000));
  }

  async recordFailure(email: string, now = Date.now()): Promise<void> {
    const key = this.key(email);
    await this.redis.multi().hincrby(key, 'count', 1).hset(key, 'last', String(now)).expire(key, 3600).exec();
  }

  async clear(email: string): Promise<void> {
    await this.redis.del(this.key(email));
  }
}
