/** Export texts; spread into the catalogues through the sync screen's messages. */
export const en = {
  'export.button': 'Export unsynced data',
  'export.busy': 'Preparing the file…',
  'export.done': 'Saved {file}.',
  'export.failed': 'The export failed: {reason}',
  'export.nothing': 'Nothing unsynced to export.',
  'export.sizeTitle': 'A large file',
  'export.sizeBody':
    'The file will be about {size} because it holds {count} photo(s) not yet uploaded. Continue?',
  'export.sizeConfirm': 'Export',
  'export.logoutHint': 'Before you log out, you can save what has not been sent to a file.',
} as const;

export const zh = {
  'export.button': '导出未同步数据',
  'export.busy': '正在生成文件…',
  'export.done': '已保存 {file}。',
  'export.failed': '导出失败：{reason}',
  'export.nothing': '没有未同步的数据可导出。',
  'export.sizeTitle': '文件较大',
  'export.sizeBody': '文件约 {size}，因为其中包含 {count} 张尚未上传的照片。继续吗？',
  'export.sizeConfirm': '导出',
  'export.logoutHint': '退出前，可以把尚未发送的内容保存为文件。',
} as const satisfies Record<keyof typeof en, string>;
