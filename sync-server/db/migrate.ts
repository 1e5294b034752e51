import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import type { Schema } from './schema';
import * as initial from './migrations/2026_11_22_0001_initial';
import * as inspectionEvidence from './migrations/2026_11_22_0002_inspection_evidence';
import * as photosPackingFabric from './migrations/2026_11_22_0003_photos_packing_fabric';
import * as photoBlobs from './migrations/2026_11_22_0004_photo_blobs';
import * as officeReview from './migrations/2026_11_22_0005_office_review';
import * as deviceReports from './migrations/2026_11_22_0006_device_reports';

/**
 * Every migration, listed statically in order so bundlers and tsx need no directory scan.
 * Append new dated files here; never reorder or edit a shipped one.
 */
const MIGRATIONS: Record<string, Migration> = {
  '2026_11_22_0001_initial': initial,
  '2026_11_22_0002_inspection_evidence': inspectionEvidence,
  '2026_11_22_0003_photos_packing_fabric': photosPackingFabric,
  '2026_11_22_0004_photo_blobs': photoBlobs,
  '2026_11_22_0005_office_review': officeReview,
  '2026_11_22_0006_device_reports': deviceReports,
};

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

/** Applies pending migrations; a no-op when the schema is current (safe on every start). */
export async function migrateToLatest(db: Kysely<Schema>): Promise<string[]> {
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
