/**
 * Checklist screen texts. Spread into the app catalogues (src/app/i18n); `zh` must have exactly
 * the keys of `en`, which `satisfies` checks here so the error points at this file.
 */
export const en = {
  'checklist.missing': 'The checklist for this inspection is not on this phone yet. Sync to get it.',
  'checklist.locked': 'This inspection is submitted. The checklist is read-only.',
  'checklist.progress': '{answered} of {total} answered · {failed} failed',
  'checklist.group.appearance': 'Appearance',
  'checklist.group.functional': 'Functional',
  'checklist.group.packing': 'Packing',
  'checklist.group.labelling': 'Labelling',
  'checklist.answer.pass': 'Pass',
  'checklist.answer.fail': 'Fail',
  'checklist.answer.na': 'N/A',
  'checklist.answerLabel': 'Answer for {code}',
  'checklist.photoRequired': 'Photo required: this item can pass only once it has a photo. Take one below.',
  'checklist.comment': 'Comment',
  'checklist.commentPlaceholder': 'Optional comment',
  'checklist.commentNeedsAnswer': 'The comment is saved with the answer.',
  'checklist.error.photoRequired': 'This item needs a photo before it can pass.',
  'checklist.error.unknownItem': 'This item is not on the checklist of this inspection.',
  'checklist.error.saveFailed': 'The answer could not be saved on this phone. Try again.',
} as const;

export const zh = {
  'checklist.missing': '本次验货的检查清单还没有下载到手机。请同步后再试。',
  'checklist.locked': '本次验货已提交，检查清单只读。',
  'checklist.progress': '已答 {answered} / {total} 项 · 不合格 {failed} 项',
  'checklist.group.appearance': '外观',
  'checklist.group.functional': '功能',
  'checklist.group.packing': '包装',
  'checklist.group.labelling': '标签',
  'checklist.answer.pass': '合格',
  'checklist.answer.fail': '不合格',
  'checklist.answer.na': '不适用',
  'checklist.answerLabel': '{code} 的结果',
  'checklist.photoRequired': '需要照片：此项有照片后才能判为合格。请在下方拍照。',
  'checklist.comment': '备注',
  'checklist.commentPlaceholder': '备注（选填）',
  'checklist.commentNeedsAnswer': '备注会随结果一起保存。',
  'checklist.error.photoRequired': '此项须有照片才能判为合格。',
  'checklist.error.unknownItem': '此项不在本次验货的检查清单上。',
  'checklist.error.saveFailed': '结果未能保存到手机，请重试。',
} as const satisfies Record<keyof typeof en, string>;
