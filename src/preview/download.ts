// Saves the preview's workbook as a download (the pane's saveFile, with the .xlsx type).
import { saveFile } from '../taskpane/saveFile';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function downloadBytes(bytes: Uint8Array, fileName: string): void {
  saveFile(bytes, fileName, XLSX_TYPE);
}
