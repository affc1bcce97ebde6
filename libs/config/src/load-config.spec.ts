import { z } from 'zod';
import { thrown } from '@elo/testing';
import { ConfigError, loadConfig } from './load-config';
import { serviceEnvSchema } from './env-schemas';

describe('loadConfig', () => {
  const schema = serviceEnvSchema.extend({ HTTP_PORT: z.coerce.number().int().min(1) });

  it('parses and applies defaults', () => {
    const config = loadConfig(schema, { MONGO_URL: 'mongodb://127.0.0.1:27017/x', HTTP_PORT: '3101' });
    expect(config).toEqual({
      NODE_ENV: 'production',
      LOG_LEVEL: 'info',
      NATS_URL: 'nats://127.0.0.1:4222',
      NATS_CONNECT_TIMEOUT_MS: 60_000,
      MONGO_URL: 'mongodb://127.0.0.1:27017/x',
      HTTP_HOST: '127.0.0.1',
      ELO_DB_PREFIX: 'elo',
      HTTP_PORT: 3101,
    });
  });

  it('names every wrong or missing variable', () => {
    const error = thrown(() => loadConfig(schema, { NATS_URL: 'http://nope', HTTP_PORT: 'abc' }));
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    expect(message).toMatch(/NATS_URL/);
    expect(message).toMatch(/MONGO_URL: .*\(unset\)/);
    expect(message).toMatch(/HTTP_PORT/);
  });
});
