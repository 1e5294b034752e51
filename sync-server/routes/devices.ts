import type { FastifyInstance } from 'fastify';
import type { Database } from '../db/open';
import { sessionOf } from '../http/session-guard';
import { listDevices, saveReport } from '../services/devices';

/** The phone's report-only call and the office's "what is still on the phones" list. */
export function deviceRoutes(app: FastifyInstance, database: Database, now: () => Date): void {
  app.post('/api/sync/report', async (request, reply) => {
    await saveReport(database, sessionOf(request).user, request.body, now());
    return reply.code(204).send();
  });

  app.get('/api/office/devices', async (request) => listDevices(database, sessionOf(request).user));
}
