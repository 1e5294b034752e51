import { join } from 'node:path';
import type { BlobStore } from './blob-store';
import { FsBlobStore } from './fs-blob-store';
import { PartialUploads } from './partial-uploads';

/**
 * Where photo bytes live: the content-addressed store of verified blobs, and the local staging
 * area of resumable uploads (always on local disk, whatever the store; see blob-store.ts).
 */
export interface PhotoStorage {
  store: BlobStore;
  partials: PartialUploads;
}

/** `<dataDir>/blobs/ab/cd/<sha256>` for blobs, `<dataDir>/blobs/partial/` for staging. */
export const fsPhotoStorage = (dataDir: string): PhotoStorage => ({
  store: new FsBlobStore(join(dataDir, 'blobs')),
  partials: new PartialUploads(join(dataDir, 'blobs', 'partial')),
});

/** The same DATA_DIR the SQLite file uses (db/open.ts), so one directory holds all state. */
export const dataDirFromEnv = (env: NodeJS.ProcessEnv): string => env.DATA_DIR ?? './data';
