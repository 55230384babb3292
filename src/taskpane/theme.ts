// Fluent theme selection shared by the task pane (follows Office) and the preview (follows the OS).
import { webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';

// Fluent's default stack has no CJK face; name the usual ones so Chinese text uses a real UI font.
const FONT_FAMILY = "'Segoe UI', 'Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', 'Source Han Sans SC', sans-serif";

export function pickTheme(dark: boolean): Theme {
  return { ...(dark ? webDarkTheme : webLightTheme), fontFamilyBase: FONT_FAMILY };
}

/** True for a dark #RRGGBB (or #RGB) background, e.g. Office's 黑色 / 深灰色 themes. */
export function isDarkColor(color: string | undefined | null): boolean {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec((color ?? '').trim());
  if (!m) return false;
  const hex = m[1].length === 3 ? m[1].replace(/./g, (c) => c + c) : m[1];
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  // Perceived brightness (ITU-R BT.601 weights).
  return 0.299 * r + 0.587 * g + 0.114 * b < 0.5;
}
