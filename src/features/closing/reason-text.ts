/** Verdict reason codes → message keys and params; class names are translated by the caller. */
import type { MessageKey, MessageParams } from '../../app/i18n';
import type { VerdictReason } from '../../shared/domain';

export interface ReasonMessage {
  key: MessageKey;
  params: MessageParams;
  /** Which class or check the reason is about, for "{what}" in the message. */
  subject: 'critical' | 'major' | 'minor' | 'packing' | null;
}

const num = (value: unknown): number => (typeof value === 'number' ? value : 0);
const percent = (value: unknown): string => `${Math.round(num(value) * 1000) / 10}%`;

export const reasonMessage = (reason: VerdictReason): ReasonMessage => {
  const p = reason.params;
  const [subject, ...rest] = reason.code.split('-');
  const kind = rest.join('-');
  if (subject === 'critical' || subject === 'major' || subject === 'minor' || subject === 'packing') {
    if (kind === 'rejected')
      return {
        key: 'closing.reason.rejected',
        params: { found: num(p.found), reject: num(p.reject) },
        subject,
      };
    if (kind === 'incomplete')
      return {
        key: 'closing.reason.incomplete',
        params: { inspected: num(p.inspected), required: num(p.required) },
        subject,
      };
    return {
      key: 'closing.reason.reinstate',
      params: { found: num(p.found), accept: num(p.accept), reject: num(p.reject) },
      subject,
    };
  }
  switch (reason.code) {
    case 'measurement-critical-out':
      return { key: 'closing.reason.measurementCritical', params: { count: num(p.count) }, subject: null };
    case 'measurement-share-exceeded':
      return {
        key: 'closing.reason.measurementShare',
        params: {
          out: num(p.out),
          measured: num(p.measured),
          share: percent(p.share),
          limit: percent(p.limit),
        },
        subject: null,
      };
    case 'measurement-missing':
    case 'measurement-incomplete':
      return {
        key: 'closing.reason.measurementIncomplete',
        params: { measured: num(p.measured), required: num(p.required) },
        subject: null,
      };
    case 'checklist-failed':
      return { key: 'closing.reason.checklistFailed', params: { id: String(p.id) }, subject: null };
    default: {
      const ids = Array.isArray(p.ids) ? p.ids : [];
      return {
        key: 'closing.reason.checklistPending',
        params: { count: ids.length, ids: ids.slice(0, 5).join(', ') + (ids.length > 5 ? ' …' : '') },
        subject: null,
      };
    }
  }
};
