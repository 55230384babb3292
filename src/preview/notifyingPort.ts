// The preview's port: forwards to a (calculating) port over the current .xlsx, remembers the
// selection, and tells the grid to redraw after every apply, select or workbook swap.
import { withCalculation } from './calc';
import type { ApplyReport, WorkbookPort, WorkbookSnapshot, WritePlan } from '../workbook/port';
import type { XlsxWorkbook } from '../workbook/xlsx';

export class NotifyingPort implements WorkbookPort {
  readonly kind = 'xlsx' as const;
  selection: { sheet: string; range: string } | null = null;
  /** Bumped on every swap, so views keyed on it start fresh with the new workbook. */
  generation = 0;
  private inner: WorkbookPort;
  private listeners = new Set<() => void>();

  constructor(
    private current: XlsxWorkbook,
    public fileName: string,
    private readonly wrap: (port: WorkbookPort) => WorkbookPort = withCalculation,
  ) {
    this.inner = wrap(current);
  }

  get workbook(): XlsxWorkbook {
    return this.current;
  }

  replace(workbook: XlsxWorkbook, fileName: string): void {
    this.current = workbook;
    this.inner = this.wrap(workbook);
    this.fileName = fileName;
    this.selection = null;
    this.generation++;
    this.emit();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  read(): Promise<WorkbookSnapshot> {
    return this.inner.read();
  }

  async apply(plan: WritePlan): Promise<ApplyReport> {
    try {
      return await this.inner.apply(plan);
    } finally {
      this.emit(); // also after a failure: part of a plan may have been written
    }
  }

  async select(sheet: string, range: string): Promise<void> {
    await this.inner.select(sheet, range);
    this.selection = { sheet, range };
    this.emit();
  }

  private emit(): void {
    for (const l of [...this.listeners]) l();
  }
}
