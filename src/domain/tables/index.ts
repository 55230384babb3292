// The table library: every TableSpec by id.
import type { TableSpec } from '../spec/types';
import { T01 } from './T01';
import { T03 } from './T03';

export const TABLES: Readonly<Record<string, TableSpec>> = { T01, T03 };

export function tableSpec(id: string): TableSpec | undefined {
  return TABLES[id];
}
