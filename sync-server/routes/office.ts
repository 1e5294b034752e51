import type { FastifyInstance } from 'fastify';
import type { Database } from '../db/open';
import { sessionOf } from '../http/session-guard';
import { inspectionDetail, listInspections } from '../services/office';

export function officeRoutes(app: FastifyInstance, database: Database): void {
  app.get('/api/office/inspections', async (request) => listInspections(database, sessionOf(request).user));

  app.get<{ Params: { id: string } }>('/api/office/inspections/:id', async (request) =>
    inspectionDetail(database, sessionOf(request).user, request.params.id),
  );
}
