import type { FastifyInstance } from 'fastify';
import type { Database } from '../db/open';
import { sessionOf } from '../http/session-guard';
import { assignmentsOf, cancelAssignment, createAssignment, listUsers } from '../services/assignments';

/** Planning inspections for inspectors' phones, and the user list the planning form picks from. */
export function officeAssignmentRoutes(app: FastifyInstance, database: Database, now: () => Date): void {
  app.post('/api/office/assignments', async (request, reply) => {
    const body = await createAssignment(database, sessionOf(request).user, request.body, now());
    return reply.code(201).send(body);
  });

  app.get('/api/office/assignments', async (request) =>
    assignmentsOf(database, sessionOf(request).user, request.query),
  );

  app.post<{ Params: { id: string } }>('/api/office/assignments/:id/cancel', async (request) =>
    cancelAssignment(database, sessionOf(request).user, request.params.id, now()),
  );

  app.get('/api/office/users', async (request) =>
    listUsers(database, sessionOf(request).user, request.query),
  );
}
