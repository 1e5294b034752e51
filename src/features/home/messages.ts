/**
 * Start-screen texts, plus the defects, packing and orders catalogues (one owner), so the app
 * catalogues need one spread line for all four.
 */
import { en as defectsEn, zh as defectsZh } from '../defects/messages';
import { en as ordersEn, zh as ordersZh } from '../orders/messages';
import { en as packingEn, zh as packingZh } from '../packing/messages';

const ownEn = {
  'home.title': 'My work',
  'home.inProgress': 'In progress ({count})',
  'home.noneInProgress': 'No inspection in progress.',
  'home.recent': 'Submitted in the last {days} days',
  'home.noneRecent': 'Nothing submitted in the last {days} days.',
  'home.started': 'Started {time}',
  'home.submitted': 'Submitted {time}',
  'home.unknownOrder': 'Order not on this phone',
} as const;

const ownZh = {
  'home.title': '我的工作',
  'home.inProgress': '进行中（{count}）',
  'home.noneInProgress': '没有进行中的验货。',
  'home.recent': '最近 {days} 天已提交',
  'home.noneRecent': '最近 {days} 天没有提交。',
  'home.started': '开始于 {time}',
  'home.submitted': '提交于 {time}',
  'home.unknownOrder': '订单不在手机上',
} as const satisfies Record<keyof typeof ownEn, string>;

export const en = { ...ownEn, ...defectsEn, ...packingEn, ...ordersEn } as const;
export const zh = { ...ownZh, ...defectsZh, ...packingZh, ...ordersZh } as const satisfies Record<
  keyof typeof en,
  string
>;
