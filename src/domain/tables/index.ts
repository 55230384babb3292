// The table library: every TableSpec by id.
import type { TableSpec } from '../spec/types';
import { T01 } from './T01';
import { T02 } from './T02';
import { T03 } from './T03';
import { T04 } from './T04';
import { T05 } from './T05';
import { T06 } from './T06';
import { T07 } from './T07';
import { T08 } from './T08';
import { T09a } from './T09a';
import { T09b } from './T09b';
import { SC05 } from './SC05';
import { SC07 } from './SC07';
import { SC09 } from './SC09';
import { SC12 } from './SC12';
import { B01 } from './B01';
import { B02 } from './B02';
import { B03 } from './B03';
import { B04 } from './B04';
import { B05 } from './B05';
import { B06 } from './B06';
import { B07 } from './B07';
import { B08 } from './B08';
import { B09 } from './B09';
import { B10 } from './B10';
import { B11 } from './B11';
import { PA } from './PA';
import { PB } from './PB';
import { PC } from './PC';
import { PD } from './PD';
import { PE } from './PE';

export const TABLES: Readonly<Record<string, TableSpec>> = { T01, T02, T03, T04, T05, T06, T07, T08, T09a, T09b, SC05, SC07, SC09, SC12, B01, B02, B03, B04, B05, B06, B07, B08, B09, B10, B11, PA, PB, PC, PD, PE };

export function tableSpec(id: string): TableSpec | undefined {
  return TABLES[id];
}
