import { z } from 'zod';
import { Id } from './common';

export const Role = z.enum(['inspector', 'merchandiser', 'office', 'admin']);
export type Role = z.infer<typeof Role>;

/** A user as every client sees it; the password hash never leaves the server. */
export const User = z.object({
  id: Id,
  username: z
    .string()
    .min(2)
    .max(64)
    .regex(/^[a-z0-9._-]+$/),
  displayName: z.string().min(1).max(80),
  role: Role,
  /** Factories an inspector or merchandiser works in; office and admin see all. */
  factoryIds: z.array(Id),
});
export type User = z.infer<typeof User>;
