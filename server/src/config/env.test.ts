import { describe, expect, it } from 'vitest';
import { parseEnv } from './env';

describe('configuration', () => {
  it('applies defaults when nothing is set', () => {
    const env = parseEnv({});
    expect(env).toMatchObject({ PORT: 4000, HOST: '127.0.0.1', DATA_DIR: '.data', SEED_DEMO: true, DATABASE_URL: undefined });
  });

  it('fails listing every problem at once, by name', () => {
    expect(() => parseEnv({ PORT: 'eighty', DATABASE_URL: 'not a url', LOG_LEVEL: 'loud', COOKIE_SECURE: 'maybe' })).toThrow(
      /PORT[\s\S]*DATABASE_URL[\s\S]*LOG_LEVEL[\s\S]*COOKIE_SECURE/,
    );
  });

  it('treats empty values as unset', () => {
    expect(parseEnv({ DATABASE_URL: '', PORT: '' })).toMatchObject({ DATABASE_URL: undefined, PORT: 4000 });
  });
});
