/** Decision names (shared by the phone and the office) and the phone's decision notice. */
const ownEn = {
  'decision.approve': 'Approved',
  'decision.reject': 'Rejected',
  'decision.hold': 'On hold',
  'decision.accept_with_deviation': 'Accepted with deviation',
  'decision.re_inspect': 'Re-inspect',
  'decisions.title': 'Office decision: {decision}',
} as const;

const ownZh = {
  'decision.approve': '批准',
  'decision.reject': '拒绝',
  'decision.hold': '暂缓',
  'decision.accept_with_deviation': '让步接收',
  'decision.re_inspect': '重新验货',
  'decisions.title': '办公室决定：{decision}',
} as const satisfies Record<keyof typeof ownEn, string>;

export const en = ownEn;
export const zh = ownZh;
