import { randomBytes } from 'node:crypto';
import { ConfigError, loadConfig } from '@elo/config';
import { DEV_ADMIN_CLIENT_ID, DEV_ADMIN_CLIENT_SECRET } from '@elo/contracts';
import { thrown } from '@elo/testing';
import { gatewayConfigSchema } from '../config';

const key = randomBytes(32).toString('base64');
const production = {
  NODE_ENV: 'production',
  JWT_SIGNING_KEY: key,
  ELO_ADMIN_CLIENT_ID: 'ops-admin',
  ELO_ADMIN_CLIENT_SECRET: randomBytes(32).toString('base64url'),
};

function problems(env: Record<string, string>): string[] {
  const error = thrown(() => loadConfig(gatewayConfigSchema, { NODE_ENV: 'development', ...env }));
  if (error === undefined) return [];
  expect(error).toBeInstanceOf(ConfigError);
  return (error as ConfigError).problems;
}

describe('gateway auth configuration', () => {
  it('is production when NODE_ENV is unset, so the development defaults are refused', () => {
    const error = thrown(() => loadConfig(gatewayConfigSchema, {}));
    expect((error as ConfigError).problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^ELO_ADMIN_CLIENT_ID:/),
        expect.stringMatching(/^JWT_SIGNING_KEY:/),
      ]),
    );
  });

  it('uses the development defaults when development is asked for', () => {
    const config = loadConfig(gatewayConfigSchema, { NODE_ENV: 'development' });
    expect(config.ELO_ADMIN_CLIENT_ID).toBe(DEV_ADMIN_CLIENT_ID);
    expect(config.ELO_ADMIN_CLIENT_SECRET).toBe(DEV_ADMIN_CLIENT_SECRET);
    expect(config.JWT_SIGNING_KEY).toBeUndefined();
    expect(config.TOKEN_TTL_SECONDS).toBe(900);
  });

  it('accepts production with its own key and admin credentials', () => {
    expect(problems(production)).toEqual([]);
  });

  it.each(['JWT_SIGNING_KEY', 'ELO_ADMIN_CLIENT_ID', 'ELO_ADMIN_CLIENT_SECRET'])(
    'refuses production without %s, naming it',
    (variable) => {
      const env: Record<string, string> = { ...production };
      delete env[variable];
      expect(problems(env)).toEqual([
        expect.stringMatching(new RegExp(`^${variable}: .*NODE_ENV=production`)),
      ]);
    },
  );

  it('refuses the development admin credentials given explicitly in production', () => {
    const env = {
      ...production,
      ELO_ADMIN_CLIENT_ID: DEV_ADMIN_CLIENT_ID,
      ELO_ADMIN_CLIENT_SECRET: DEV_ADMIN_CLIENT_SECRET,
    };
    expect(problems(env)).toHaveLength(2);
  });

  it('refuses a short admin secret in production', () => {
    expect(problems({ ...production, ELO_ADMIN_CLIENT_SECRET: 'only-twenty-chars-xx' })).toEqual([
      expect.stringMatching(/^ELO_ADMIN_CLIENT_SECRET: must be at least 32/),
    ]);
  });

  it('refuses a signing key shorter than 32 bytes or not base64', () => {
    expect(problems({ JWT_SIGNING_KEY: randomBytes(16).toString('base64') })).toEqual([
      expect.stringMatching(/^JWT_SIGNING_KEY: must be base64 of at least 32/),
    ]);
    expect(problems({ JWT_SIGNING_KEY: 'not base64!'.repeat(8) })).toHaveLength(1);
  });

  it('caps the token lifetime at 15 minutes and the status cache at 30 s', () => {
    expect(problems({ TOKEN_TTL_SECONDS: '901' })).toEqual([expect.stringMatching(/^TOKEN_TTL_SECONDS:/)]);
    expect(problems({ CLIENT_STATUS_CACHE_MS: '30001' })).toEqual([
      expect.stringMatching(/^CLIENT_STATUS_CACHE_MS:/),
    ]);
    expect(problems({ TOKEN_TTL_SECONDS: '900', CLIENT_STATUS_CACHE_MS: '30000' })).toEqual([]);
  });
});
