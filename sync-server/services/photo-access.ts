import type { User } from '../../src/shared/schema/user';
import type { PhotoHolder } from '../db/photo-blobs';
import { ProblemError } from '../problems';
import { seesEverything } from './roles';

/**
 * Who may send and fetch the bytes of a photo, decided from the photo records that name its
 * hash. Mirrors the record rules: only an inspection's inspector writes its evidence
 * (services/mutations/guards.ts), and reading follows pull scope (services/scope.ts).
 */

/**
 * Bytes may be sent by the inspector of any inspection holding a photo with this hash. When
 * no record names the hash yet, anyone signed in may send it: the bytes can legitimately
 * arrive before the record (SYNC.md failure 15), and content addressing makes this safe —
 * the stored bytes must hash to their name, so nobody can plant other content under it.
 * A submitted inspection does not block the upload: bytes always trail their records.
 */
export function assertMayUpload(user: User, holders: PhotoHolder[]): void {
  if (holders.length === 0) return;
  if (holders.some((h) => h.inspectorId === user.id)) return;
  throw new ProblemError('forbidden', "This photo belongs to someone else's inspection.");
}

/** The records (and so the inspections) holding this hash that the user can see. */
export function visibleHolders(user: User, holders: PhotoHolder[]): PhotoHolder[] {
  if (seesEverything(user)) return holders;
  if (user.role === 'merchandiser') return holders.filter((h) => h.merchandiserId === user.id);
  return holders.filter((h) => h.inspectorId === user.id || user.factoryIds.includes(h.factoryId));
}

const MIMES = new Set(['image/jpeg', 'image/png', 'image/webp']);

/** The content type a photo record declares; JPEG when none does (the capture default). */
export function mimeOf(holders: PhotoHolder[]): string {
  for (const holder of holders) {
    const mime = (JSON.parse(holder.data) as { mime?: unknown }).mime;
    if (typeof mime === 'string' && MIMES.has(mime)) return mime;
  }
  return 'image/jpeg';
}
