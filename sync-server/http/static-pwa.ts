import { existsSync } from 'node:fs';
import { basename, join, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { problemBody } from '../problems';

/**
 * Serves the built PWA. Files whose name never changes between releases (index.html, the
 * service worker, its registration script, the manifest) must be revalidated on every load or
 * a phone could keep an old app forever; Vite's hashed /assets/* files can be cached for good.
 */
const REVALIDATE = new Set(['index.html', 'sw.js', 'registerSW.js', 'manifest.webmanifest']);
const NO_CACHE = 'no-cache';
const IMMUTABLE = 'public, max-age=31536000, immutable';

export function registerPwa(app: FastifyInstance, staticDir: string | undefined): void {
  const root = staticDir && staticRootExists(staticDir) ? staticDir : undefined;
  if (root) {
    app.register(fastifyStatic, {
      root,
      cacheControl: false,
      setHeaders: (reply, path) => {
        const name = basename(path);
        if (REVALIDATE.has(name)) reply.header('Cache-Control', NO_CACHE);
        else if (path.startsWith(join(root, 'assets') + sep)) reply.header('Cache-Control', IMMUTABLE);
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    if (root && isPageNavigation(request)) return spaFallback(reply);
    return reply.status(404).send(problemBody('not-found', `No route ${request.method} ${request.url}.`));
  });
}

/** A browser navigation to a client-side route (/orders/123): answer with the app shell. */
const isPageNavigation = (request: FastifyRequest): boolean =>
  (request.method === 'GET' || request.method === 'HEAD') &&
  !request.url.startsWith('/api') &&
  (request.headers.accept ?? '').includes('text/html');

const spaFallback = (reply: FastifyReply) => reply.header('Cache-Control', NO_CACHE).sendFile('index.html');

export const staticRootExists = (dir: string): boolean => existsSync(join(dir, 'index.html'));
