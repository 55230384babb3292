// The one guarded path for the add-in's writes: every apply first reads the prior state of
// what the plan touches, so that 撤销本次操作 can put it back. Adapter-independent.
import { captureUndo, planUndo, type UndoSnapshot } from '../domain/undo';
import type { ApplyReport, WorkbookPort, WorkbookSnapshot, WritePlan } from './port';

/**
 * Applies `plan` and returns the snapshot that undoes it. `before` may pass a snapshot read
 * just now (saving a read); by default the prior state is read afresh, so nothing typed in
 * between is lost.
 */
export async function applyWithUndo(port: WorkbookPort, plan: WritePlan, before?: WorkbookSnapshot): Promise<{ report: ApplyReport; undo: UndoSnapshot }> {
  const undo = captureUndo(before ?? (await port.read()), plan);
  const report = await port.apply(plan);
  return { report, undo };
}

/** A port that remembers the last write (the pane's 撤销本次操作). */
export class UndoablePort implements WorkbookPort {
  last: UndoSnapshot | null = null;
  private listeners = new Set<() => void>();

  constructor(readonly inner: WorkbookPort) {}

  get kind() {
    return this.inner.kind;
  }

  read(): Promise<WorkbookSnapshot> {
    return this.inner.read();
  }

  async apply(plan: WritePlan): Promise<ApplyReport> {
    const { report, undo } = await applyWithUndo(this.inner, plan);
    this.last = undo;
    this.notify();
    return report;
  }

  /** Restores the state before the last write; false when there is nothing to undo. */
  async undo(): Promise<boolean> {
    const last = this.last;
    if (!last) return false;
    await this.inner.apply(planUndo(last));
    this.last = null;
    this.notify();
    return true;
  }

  select(sheet: string, range: string): Promise<void> {
    return this.inner.select(sheet, range);
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(): void {
    for (const l of this.listeners) l();
  }
}
