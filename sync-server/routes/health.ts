import type { FastifyInstance } from 'fastify';
import type { HealthResponse } from '../../src/shared/api';
import type { Database } from '../db/open';
import { APP_VERSION } from '../version';

export function healthRoutes(app: FastifyInstance, database: Database): void {
  app.get('/api/health', async (): Promise<HealthResponse> => ({
    status: 'ok',
    database: database.kind,
    version: APP_VERSION,
  }));
}
