/** Photo failures → message keys: the screen shows every refusal, never swallows one. */
import type { MessageKey } from '../../app/i18n';
import { InspectionLockedError } from '../../db/repositories/inspections';
import { StorageFullError } from '../../db/repositories/photos';
import { PhotoDecodeError } from './capture';
import { PhotoUnavailableError } from './photo-bytes';

export const photoErrorKey = (error: unknown): MessageKey => {
  if (error instanceof StorageFullError) return 'photos.error.storageFull';
  if (error instanceof InspectionLockedError) return 'error.inspection-locked';
  if (error instanceof PhotoDecodeError) return 'photos.error.decodeFailed';
  if (error instanceof PhotoUnavailableError) return 'photos.error.unavailable';
  return 'photos.error.saveFailed';
};
