// A counting fake of the Office.js surface the adapter uses. It queues writes until
// context.sync() like real Office.js does, throws when a loaded property is read before a
// sync, and counts Excel.run and context.sync calls. Applied state is a MemoryWorkbook-like map.

export interface FakeCell {
  formula?: unknown;
  numberFormat?: unknown;
}

export class CountingExcel {
  runs = 0;
  syncs = 0;
  /** sheet → address → last written formula/value and format. */
  sheets = new Map<string, Map<string, FakeCell>>();
  merges: string[] = [];
  formats: Array<{ sheet: string; range: string; prop: string; value: unknown }> = [];
  rangeCalls = 0;
  private queue: Array<() => void> = [];

  constructor(existing: string[] = []) {
    for (const s of existing) this.sheets.set(s, new Map());
  }

  async run<T>(batch: (context: unknown) => Promise<T>): Promise<T> {
    this.runs++;
    return batch(this.context());
  }

  private context() {
    const self = this;
    let synced = 0;
    const loaded = <T>(get: () => T, at: () => number) => {
      return () => {
        if (synced <= at()) throw new Error('PropertyNotLoaded: call context.sync() before reading');
        return get();
      };
    };
    const rangeProxy = (sheet: string, addr: string) => {
      self.rangeCalls++;
      const fmtProxy = (path: string): unknown =>
        new Proxy({}, {
          get: (_t, p: string) => (p === 'getItem' ? (edge: string) => fmtProxy(`${path}.${edge}`) : fmtProxy(`${path}.${p}`)),
          set: (_t, p: string, v) => {
            self.queue.push(() => self.formats.push({ sheet, range: addr, prop: `${path}.${p}`, value: v }));
            return true;
          },
        });
      return {
        set formulas(v: unknown[][]) {
          self.queue.push(() => self.write(sheet, addr, v, 'formula'));
        },
        set numberFormat(v: unknown[][]) {
          self.queue.push(() => self.write(sheet, addr, v, 'numberFormat'));
        },
        format: fmtProxy('format'),
        merge: () => self.queue.push(() => self.merges.push(`${sheet}!${addr}`)),
        unmerge: () => self.queue.push(() => (self.merges = self.merges.filter((m) => m !== `${sheet}!${addr}`))),
        select: () => undefined,
      };
    };
    const sheetProxy = (name: string, loadedAt: number) => {
      const isNull = loaded(() => !self.sheets.has(name), () => loadedAt);
      return {
        load: () => undefined,
        get isNullObject() {
          return isNull();
        },
        name,
        set visibility(_v: string) {},
        getRange: (a: string) => rangeProxy(name, a),
        freezePanes: { freezeRows: () => undefined, freezeColumns: () => undefined },
        pageLayout: { setPrintTitleRows: () => undefined },
        activate: () => undefined,
        delete: () => self.queue.push(() => self.sheets.delete(name)),
      };
    };
    return {
      application: { suspendApiCalculationUntilNextSync: () => undefined },
      workbook: {
        worksheets: {
          // read(): the sheet list, then each sheet's used range, each loaded before use.
          load: () => undefined,
          get items() {
            const at = synced - 1;
            if (at < 0) throw new Error('PropertyNotLoaded: call context.sync() before reading');
            return [...self.sheets.keys()].map((name) => ({
              name,
              visibility: 'Visible',
              getUsedRangeOrNullObject: () => self.usedRange(name, () => synced),
            }));
          },
          getItemOrNullObject: (name: string) => sheetProxy(name, synced),
          getItem: (name: string) => sheetProxy(name, -1),
          add: (name: string) => {
            self.queue.push(() => self.sheets.set(name, new Map()));
            return sheetProxy(name, -1);
          },
        },
      },
      sync: async () => {
        self.syncs++;
        synced++;
        const q = self.queue;
        self.queue = [];
        q.forEach((f) => f());
      },
    };
  }

  /** The used range of a sheet as Office.js returns it: values, formulas and formats, loaded at the next sync. */
  private usedRange(name: string, now: () => number) {
    const since = now();
    const cells = this.sheets.get(name)!;
    const ready = () => {
      if (now() <= since) throw new Error('PropertyNotLoaded: call context.sync() before reading');
    };
    const pos = [...cells.keys()].map((k) => /^([A-Z]+)(\d+)$/.exec(k)!).map((m) => ({ col: [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0), row: Number(m[2]) }));
    const rows = Math.max(0, ...pos.map((p) => p.row));
    const cols = Math.max(0, ...pos.map((p) => p.col));
    const grid = (f: (c: FakeCell | undefined) => unknown) =>
      Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => {
        let col = c + 1;
        let letters = '';
        for (; col > 0; col = Math.floor((col - 1) / 26)) letters = String.fromCharCode(65 + ((col - 1) % 26)) + letters;
        return f(cells.get(`${letters}${r + 1}`));
      }));
    const text = (v: unknown) => (v === undefined || v === null ? '' : v);
    return {
      load: () => undefined,
      get isNullObject() { ready(); return rows === 0; },
      get address() { ready(); return `${name}!A1:${String.fromCharCode(64 + Math.min(cols, 26))}${rows}`; },
      get values() { ready(); return grid((c) => (typeof c?.formula === 'string' && c.formula.startsWith('=') ? '' : text(c?.formula))); },
      get formulas() { ready(); return grid((c) => text(c?.formula)); },
      get numberFormat() { ready(); return grid((c) => (c?.numberFormat as string) ?? 'General'); },
    };
  }

  private write(sheet: string, range: string, grid: unknown[][], prop: 'formula' | 'numberFormat') {
    const s = this.sheets.get(sheet);
    if (!s) throw new Error(`ItemNotFound: ${sheet}`);
    const [a] = range.split(':');
    const m = /^([A-Z]+)(\d+)$/.exec(a)!;
    const col0 = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    grid.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null) return; // Office.js: null leaves the cell unchanged
        let col = col0 + c;
        let letters = '';
        for (; col > 0; col = Math.floor((col - 1) / 26)) letters = String.fromCharCode(65 + ((col - 1) % 26)) + letters;
        const key = `${letters}${Number(m[2]) + r}`;
        s.set(key, { ...s.get(key), [prop]: v });
      }),
    );
  }
}
