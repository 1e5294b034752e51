/** Start-form texts for re-inspection links; spread through features/home/messages. */
export const en = {
  'orders.reinspectionOf': 'Re-inspection of',
  'orders.reinspectionChoose': 'Choose the failed inspection…',
  'orders.reinspectionNone': 'No failed inspection of this order is on this phone.',
  'orders.reinspectionRequired': 'Choose the failed inspection this re-inspection re-checks.',
  'orders.reinspectionInvalid': 'That inspection is not a failed inspection of this order.',
  'orders.failReason.decision': 'office: reject / re-inspect',
  'orders.failReason.recommended': 'recommended fail',
  'orders.failReason.computed': 'computed fail',
} as const;

export const zh = {
  'orders.reinspectionOf': '复验对象',
  'orders.reinspectionChoose': '选择不合格的验货…',
  'orders.reinspectionNone': '手机上没有本订单不合格的验货。',
  'orders.reinspectionRequired': '请选择本次复验所针对的不合格验货。',
  'orders.reinspectionInvalid': '所选验货不是本订单不合格的验货。',
  'orders.failReason.decision': '办公室：拒收 / 复验',
  'orders.failReason.recommended': '建议不合格',
  'orders.failReason.computed': '判定不合格',
} as const satisfies Record<keyof typeof en, string>;
