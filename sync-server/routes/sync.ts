import type { FastifyInstance } from 'fastify';
import type { PullResponse, PushResponse } from '../../src/shared/sync-protocol';
import type { Database } from '../db/open';
import { sessionOf } from '../http/session-guard';
import { pull } from '../services/pull';
import { push } from '../services/push';

export function syncRoutes(app: FastifyInstance, database: Database, now: () => Date): void {
  app.post('/api/sync/push', async (request): Promise<PushResponse> =>
    push(database, sessionOf(request).user, request.body, now()),
  );

  app.get('/api/sync/pull', async (request): Promise<PullResponse> =>
    pull(database, sessionOf(request).user, request.query),
  );
}
