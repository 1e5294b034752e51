import type { FastifyInstance } from 'fastify';
import type { Database } from '../db/open';
import { sessionOf } from '../http/session-guard';
import { auditOf, decide, listDecisions, reopen } from '../services/decisions';
import { inspectionDetail, listInspections } from '../services/office';
import { orderRecord } from '../services/office-orders';
import { reviewQueue } from '../services/office-queue';
import { officeAssignmentRoutes } from './office-assignments';

/** The office review API (src/shared/office-api.ts). Every route needs a session; roles are checked in the services. */
type ById = { Params: { id: string } };

export function officeRoutes(
  app: FastifyInstance,
  database: Database,
  now: () => Date = () => new Date(),
): void {
  app.get('/api/office/inspections', async (request) => listInspections(database, sessionOf(request).user));

  app.get<ById>('/api/office/inspections/:id', async (request) =>
    inspectionDetail(database, sessionOf(request).user, request.params.id),
  );

  app.get('/api/office/queue', async (request) =>
    reviewQueue(database, sessionOf(request).user, request.query),
  );

  app.post<ById>('/api/office/inspections/:id/decisions', async (request, reply) => {
    const body = await decide(database, sessionOf(request).user, request.params.id, request.body, now());
    return reply.code(201).send(body);
  });

  app.get<ById>('/api/office/inspections/:id/decisions', async (request) =>
    listDecisions(database, sessionOf(request).user, request.params.id),
  );

  app.post<ById>('/api/office/inspections/:id/reopen', async (request) =>
    reopen(database, sessionOf(request).user, request.params.id, request.body, now()),
  );

  app.get<ById>('/api/office/inspections/:id/audit', async (request) =>
    auditOf(database, sessionOf(request).user, request.params.id),
  );

  app.get<ById>('/api/office/orders/:id', async (request) =>
    orderRecord(database, sessionOf(request).user, request.params.id),
  );

  officeAssignmentRoutes(app, database, now);
}
