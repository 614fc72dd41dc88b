import type { Redis } from 'ioredis';

const IP_WINDOW_SECONDS = 900;

/**
 * Slows repeated failed sign-ins down. Per email: after `freeFailures` failures each further
 * attempt must wait twice as long as the one before (1 s, 2 s, 4 s … capped at 15 minutes). Per
 * client address: more than `ipFailures` failures in 15 minutes, across any emails, blocks that
 * address for the rest of the window. Counters live in Redis and expire; success clears the email's.
 */
export class SignInThrottle {
  constructor(
    private readonly redis: Redis,
    private readonly freeFailures: number,
    private readonly ipFailures = 50,
    /** Keeps installations that share a Redis apart. */
    private readonly prefix = 'headroom',
  ) {}

  private emailKey(email: string) {
    return `${this.prefix}:signin:fail:${email}`;
  }

  private ipKey(ip: string) {
    return `${this.prefix}:signin:ipfail:${ip}`;
  }

  /** Seconds the caller must still wait before trying this email from this address (0 = may try now). */
  async waitSeconds(email: string, ip: string | undefined, now = Date.now()): Promise<number> {
    const [[, fields], [, ipCount], [, ipTtl]] = (await this.redis
      .multi()
      .hmget(this.emailKey(email), 'count', 'last')
      .get(this.ipKey(ip ?? 'unknown'))
      .ttl(this.ipKey(ip ?? 'unknown'))
      .exec()) as [[null, (string | null)[]], [null, string | null], [null, number]];
    let wait = 0;
    const failures = Number(fields[0] ?? 0);
    if (failures >= this.freeFailures) {
      const delay = Math.min(2 ** (failures - this.freeFailures), 900);
      wait = Math.max(0, Math.ceil((Number(fields[1] ?? 0) + delay * 1000 - now) / 1000));
    }
    if (Number(ipCount ?? 0) >= this.ipFailures) wait = Math.max(wait, ipTtl > 0 ? ipTtl : IP_WINDOW_SECONDS);
    return wait;
  }

  async recordFailure(email: string, ip: string | undefined, now = Date.now()): Promise<void> {
    const key = this.emailKey(email);
    const ipKey = this.ipKey(ip ?? 'unknown');
    await this.redis
      .multi()
      .hincrby(key, 'count', 1)
      .hset(key, 'last', String(now))
      .expire(key, 3600)
      .incr(ipKey)
      .expire(ipKey, IP_WINDOW_SECONDS, 'NX')
      .exec();
  }

  async clear(email: string): Promise<void> {
    await this.redis.del(this.emailKey(email));
  }
}
