/** What to do about the last sync error, in plain words (the code's own message says what happened). */
import type { MessageKey } from '../../app/i18n';
import type { SyncErrorCode } from '../../sync/status';

export const hintFor = (code: SyncErrorCode): MessageKey => {
  switch (code) {
    case 'network':
      return 'syncScreen.hint.network';
    case 'auth-required':
      return 'syncScreen.hint.auth';
    case 'protocol-outdated':
      return 'syncScreen.hint.update';
    case 'internal':
    case 'invalid-response':
    case 'batch-too-large':
    case 'payload-too-large':
      return 'syncScreen.hint.retry';
    default:
      // sequence-gap, client-owned-by-other-user, forbidden…: the phone cannot fix these alone.
      return 'syncScreen.hint.office';
  }
};
