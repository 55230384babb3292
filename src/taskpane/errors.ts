// Turns anything thrown by a port (Office.js, ExcelJS, domain code) into a Chinese sentence.

// OfficeExtension.Error codes users actually hit; the rest fall back to the raw message.
const OFFICE_CODES: Record<string, string> = {
  InvalidOperationInCellEditMode: 'Excel 正处于单元格编辑状态。请先按 Enter 或 Esc 结束编辑，再重试。',
  AccessDenied: '工作簿或工作表受保护，无法写入。请撤销保护后重试。',
  ItemNotFound: '找不到指定的工作表或单元格，可能已被删除或改名。',
  ItemAlreadyExists: '同名的工作表已存在。',
  InvalidArgument: '参数无效。',
  RequestPayloadSizeLimitExceeded: '一次写入的数据过多，超出了 Excel 的限制。',
  Conflict: '工作簿正被其他人同时编辑，请稍后重试。',
  GeneralException: 'Excel 内部错误。',
};

export function describeError(e: unknown): string {
  const code = typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : '';
  const message = e instanceof Error ? e.message : typeof e === 'string' ? e : '';
  const known = OFFICE_CODES[code];
  if (known) return message && message !== code ? `${known}（${message}）` : known;
  return message || '未知错误';
}
