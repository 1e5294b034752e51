/**
 * Inspection-screen texts, plus the plans and closing catalogues (the screen composes those
 * features), so the app catalogues need one spread line for all three.
 */
import { en as closingEn, zh as closingZh } from '../closing/messages';
import { en as plansEn, zh as plansZh } from '../plans/messages';

const ownEn = {
  'tabs.label': 'Inspection sections',
  'tabs.defects': 'Defects',
  'tabs.measurements': 'Measure',
  'tabs.checklist': 'Checklist',
  'tabs.closing': 'Closing',
  'totals.rejected': 'rejected',
  'insp.lockedBanner': 'Submitted {time} — locked. Nothing can be changed on this phone.',
  'inspectionSync.saved-local': 'Saved on this phone ({count} to send)',
  'inspectionSync.pending': 'Waiting to sync ({count})',
  'inspectionSync.synced': 'Synced',
  'inspectionSync.error': 'Sync problem ({count} not sent)',
} as const;

const ownZh = {
  'tabs.label': '验货分区',
  'tabs.defects': '疵点',
  'tabs.measurements': '尺寸',
  'tabs.checklist': '检查表',
  'tabs.closing': '结论',
  'totals.rejected': '已拒收',
  'insp.lockedBanner': '已于 {time} 提交——已锁定，手机上不能再修改。',
  'inspectionSync.saved-local': '已存手机（{count} 条待发送）',
  'inspectionSync.pending': '等待同步（{count}）',
  'inspectionSync.synced': '已同步',
  'inspectionSync.error': '同步异常（{count} 条未发送）',
} as const satisfies Record<keyof typeof ownEn, string>;

export const en = { ...ownEn, ...plansEn, ...closingEn } as const;
export const zh = { ...ownZh, ...plansZh, ...closingZh } as const satisfies Record<keyof typeof en, string>;
