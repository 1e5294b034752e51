/** The inspector's "assigned to me" list on the start screen. */
const ownEn = {
  'assignments.title': 'Assigned to me ({count})',
  'assignments.none': 'Nothing assigned by the office.',
  'assignments.planned': 'Planned for {date}',
  'assignments.start': 'Start this inspection',
} as const;

const ownZh = {
  'assignments.title': '分配给我的（{count}）',
  'assignments.none': '办公室没有分配任务。',
  'assignments.planned': '计划日期 {date}',
  'assignments.start': '开始这次验货',
} as const satisfies Record<keyof typeof ownEn, string>;

export const en = ownEn;
export const zh = ownZh;
