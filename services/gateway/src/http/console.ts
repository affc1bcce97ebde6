import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

export const CONSOLE_PREFIX = '/console';

/**
 * The console's pages: no inline script or style element, nothing from another origin, no
 * framing. React sets style properties through the CSSOM, which `style-src 'self'` allows.
 */
export const CONSOLE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export function isConsolePath(url: string): boolean {
  return (
    url === CONSOLE_PREFIX || url.startsWith(`${CONSOLE_PREFIX}/`) || url.startsWith(`${CONSOLE_PREFIX}?`)
  );
}

/**
 * Serves the built console (services/console, `nx run console:build`) under /console when
 * CONSOLE_DIR names a folder holding its index.html; absent, /console is a 404 like any unknown path.
 */
export async function registerConsole(app: NestFastifyApplication, dir: string): Promise<boolean> {
  const root = path.resolve(dir);
  if (!dir || !fs.existsSync(path.join(root, 'index.html'))) return false;
  await app.register(fastifyStatic, {
    root,
    prefix: `${CONSOLE_PREFIX}/`,
    index: ['index.html'],
    redirect: true,
    wildcard: false,
    // Hashed asset names change with their contents; index.html must be revalidated to find them.
    setHeaders: (reply, filePath) => {
      void reply.header(
        'cache-control',
        filePath.endsWith('index.html') ? 'no-cache' : 'public, max-age=31536000, immutable',
      );
    },
  });
  return true;
}
