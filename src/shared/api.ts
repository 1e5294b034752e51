import { z } from 'zod';
import { User } from './schema/user';

/** Request and response bodies of the non-sync API routes. */
export const LoginRequest = z.object({
  username: z.string().min(1).max(64),
  password: z.string().min(1).max(256),
  deviceName: z.string().max(80).optional(),
});
export type LoginRequest = z.infer<typeof LoginRequest>;

export const SessionResponse = z.object({ user: User, expiresAt: z.string() });
export type SessionResponse = z.infer<typeof SessionResponse>;

export const HealthResponse = z.object({
  status: z.literal('ok'),
  database: z.enum(['sqlite', 'postgres']),
  version: z.string(),
});
export type HealthResponse = z.infer<typeof HealthResponse>;
