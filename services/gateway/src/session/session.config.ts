import { z } from 'zod';

/** People's browser sessions at the gateway; the timeouts themselves are the directory's (it stores sessions). */
export const sessionConfigFields = {
  /** Where people reach the gateway: invitation links point at `<ELO_PUBLIC_URL>/console/#/convite/<token>`. */
  ELO_PUBLIC_URL: z
    .url({ protocol: /^https?$/ })
    .transform((v) => v.replace(/\/+$/, ''))
    .default('http://127.0.0.1:3000'),
};

interface SessionEnv {
  NODE_ENV: 'development' | 'test' | 'production';
}

/** The cookie is `Secure` in production; development and tests run over plain HTTP on 127.0.0.1. */
export function secureCookies(env: SessionEnv): boolean {
  return env.NODE_ENV === 'production';
}
