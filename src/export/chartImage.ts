// Charts 图1–图7 of spec §5.0 as PNG, in pure JS: bars and pie slices are drawn into an RGB
// buffer (2× supersampled, then averaged for smooth edges) and encoded with fflate's deflate, so
// the same code runs in Node (CLI) and in the browser (pane download) without canvas or network.
//
// Choice: the image carries no text. Fonts cannot be rasterised without a font engine, so the
// caption (「图1：…」) and a legend table with the colour keys and the values in 万元 are written
// as document text next to the image (see chartLegend); readers get exact numbers, not pixels.
import { zlibSync } from 'fflate';
import { D, ZERO, percentOf, roundHalfUp, sum, type Dec } from '../domain/amount';
import type { ChartSpec } from '../domain/narrative/document';

/** Office's default series colours, so the charts look like the ones users draw in Excel. */
export const CHART_COLOURS = ['4472C4', 'ED7D31', 'A5A5A5', 'FFC000', '5B9BD5', '70AD47', '264478', '9E480E', '636363', '997300'];

export interface LegendRow {
  /** #RRGGBB without '#', the key's colour in the image. */
  colour: string;
  label: string;
  /** One per column of the header after the first, already formatted (2 decimals, 万元). */
  cells: string[];
}

export interface ChartLegend {
  header: string[];
  rows: LegendRow[];
}

function parse(s: string): Dec | null {
  try {
    const d = new D(String(s).trim());
    return d.isFinite() ? d : null;
  } catch {
    return null;
  }
}

/** Not a number: drawn as 0; the legend shows the text as given. */
function amount(s: string): Dec {
  return parse(s) ?? ZERO;
}

function shown(s: string): string {
  const d = parse(s);
  return d ? roundHalfUp(d, 2).toFixed(2) : s;
}

/**
 * The legend that goes under the image: for a column chart one row per series (its colour) with
 * a value per category; for a pie one row per category with its value and share.
 */
export function chartLegend(chart: ChartSpec): ChartLegend {
  if (chart.kind === 'pie') {
    const values = chart.series[0]?.values ?? [];
    const positive = values.map(amount).map((v) => (v.isPositive() && !v.isZero() ? v : ZERO));
    const total = sum(positive);
    return {
      header: ['项目', '金额（万元）', '占比'],
      rows: chart.categories.map((label, i) => {
        const p = percentOf(positive[i] ?? ZERO, total);
        return {
          colour: CHART_COLOURS[i % CHART_COLOURS.length],
          label,
          cells: [shown(values[i] ?? '0'), p ? `${roundHalfUp(p, 2).toFixed(2)}%` : '—'],
        };
      }),
    };
  }
  return {
    header: ['项目', ...chart.categories.map((c) => `${c}（万元）`)],
    rows: chart.series.map((s, i) => ({
      colour: CHART_COLOURS[i % CHART_COLOURS.length],
      label: s.name,
      cells: chart.categories.map((_, j) => shown(s.values[j] ?? '0')),
    })),
  };
}

type Rgb = [number, number, number];

function rgb(hex: string): Rgb {
  return [parseInt(hex.slice(0, 2), 16), parseInt(hex.slice(2, 4), 16), parseInt(hex.slice(4, 6), 16)];
}

const WHITE: Rgb = [255, 255, 255];
const AXIS: Rgb = [89, 89, 89];
const GRID: Rgb = [217, 217, 217];
const EMPTY: Rgb = [230, 230, 230];

class Raster {
  readonly data: Uint8Array;
  constructor(readonly width: number, readonly height: number) {
    this.data = new Uint8Array(width * height * 3).fill(255);
  }
  set(x: number, y: number, c: Rgb): void {
    const i = (y * this.width + x) * 3;
    this.data[i] = c[0];
    this.data[i + 1] = c[1];
    this.data[i + 2] = c[2];
  }
  rect(x0: number, y0: number, x1: number, y1: number, c: Rgb): void {
    const xa = Math.max(0, Math.round(Math.min(x0, x1)));
    const xb = Math.min(this.width, Math.round(Math.max(x0, x1)));
    const ya = Math.max(0, Math.round(Math.min(y0, y1)));
    const yb = Math.min(this.height, Math.round(Math.max(y0, y1)));
    for (let y = ya; y < yb; y++) for (let x = xa; x < xb; x++) this.set(x, y, c);
  }
  /** Averages s×s blocks: the supersampled drawing becomes an anti-aliased image. */
  shrink(s: number): Raster {
    const out = new Raster(Math.floor(this.width / s), Math.floor(this.height / s));
    const n = s * s, src = this.data, dst = out.data, w = this.width;
    for (let y = 0; y < out.height; y++) {
      for (let x = 0; x < out.width; x++) {
        let r = 0, g = 0, b = 0;
        for (let dy = 0; dy < s; dy++) {
          let i = ((y * s + dy) * w + x * s) * 3;
          for (let dx = 0; dx < s; dx++, i += 3) {
            r += src[i];
            g += src[i + 1];
            b += src[i + 2];
          }
        }
        const o = (y * out.width + x) * 3;
        dst[o] = (r + (n >> 1)) / n;
        dst[o + 1] = (g + (n >> 1)) / n;
        dst[o + 2] = (b + (n >> 1)) / n;
      }
    }
    return out;
  }
}

function drawColumns(r: Raster, chart: ChartSpec, k: number): void {
  const nCat = Math.max(1, chart.categories.length);
  const nSer = Math.max(1, chart.series.length);
  const values = chart.series.map((s) => chart.categories.map((_, j) => amount(s.values[j] ?? '0').toNumber()));
  const flat = values.flat();
  let hi = Math.max(0, ...flat);
  const lo = Math.min(0, ...flat);
  if (hi === lo) hi = 1; // all zero: an empty plot with its axis
  const left = 24 * k, right = r.width - 24 * k, top = 20 * k, bottom = r.height - 24 * k;
  const y = (v: number) => bottom - ((v - lo) / (hi - lo)) * (bottom - top);
  for (let g = 0; g <= 4; g++) r.rect(left, top + ((bottom - top) * g) / 4, right, top + ((bottom - top) * g) / 4 + k, GRID);
  const groupW = (right - left) / nCat;
  const barW = (groupW * 0.6) / nSer;
  for (let j = 0; j < nCat; j++) {
    const x0 = left + groupW * j + groupW * 0.2;
    for (let i = 0; i < nSer; i++) {
      const v = values[i]?.[j] ?? 0;
      r.rect(x0 + barW * i + k, y(0), x0 + barW * (i + 1) - k, y(v), rgb(CHART_COLOURS[i % CHART_COLOURS.length]));
    }
  }
  r.rect(left, y(0), right, y(0) + 2 * k, AXIS); // the zero line
  r.rect(left - 2 * k, top, left, bottom, AXIS);
}

function drawPie(r: Raster, chart: ChartSpec, k: number): void {
  const values = chart.categories.map((_, i) => Math.max(0, amount(chart.series[0]?.values[i] ?? '0').toNumber()));
  const total = values.reduce((a, b) => a + b, 0);
  const cx = r.width / 2, cy = r.height / 2;
  const radius = Math.min(r.width, r.height) / 2 - 16 * k;
  // Cumulative angles from 12 o'clock, clockwise, as Excel draws pies.
  const ends: number[] = [];
  let acc = 0;
  for (const v of values) ends.push((acc += total > 0 ? (v / total) * 2 * Math.PI : 0));
  const gap = k; // a thin white line between slices
  const colours = values.map((_, i) => rgb(CHART_COLOURS[i % CHART_COLOURS.length]));
  const split = values.filter((v) => v > 0).length > 1;
  const r2 = radius * radius;
  const y0 = Math.max(0, Math.floor(cy - radius)), y1 = Math.min(r.height - 1, Math.ceil(cy + radius));
  const x0 = Math.max(0, Math.floor(cx - radius)), x1 = Math.min(r.width - 1, Math.ceil(cx + radius));
  for (let y = y0; y <= y1; y++) {
    const dy = y + 0.5 - cy;
    for (let x = x0; x <= x1; x++) {
      const dx = x + 0.5 - cx;
      const dd = dx * dx + dy * dy;
      if (dd > r2) continue;
      if (total <= 0) {
        r.set(x, y, EMPTY);
        continue;
      }
      let a = Math.atan2(dx, -dy);
      if (a < 0) a += 2 * Math.PI;
      let slice = 0;
      while (slice < ends.length - 1 && a >= ends[slice]) slice++;
      const start = slice === 0 ? 0 : ends[slice - 1];
      const edge = split && Math.min(a - start, ends[slice] - a) * Math.sqrt(dd) < gap / 2;
      r.set(x, y, edge ? WHITE : colours[slice]);
    }
  }
}

export interface ChartImageOptions {
  /** Pixel size of the PNG (default 960 × 540). */
  width?: number;
  height?: number;
}

/** The chart as PNG bytes. Non-numeric values draw as 0; negative pie values are left out. */
export function renderChartPng(chart: ChartSpec, options: ChartImageOptions = {}): Uint8Array {
  const width = Math.max(16, Math.round(options.width ?? 960));
  const height = Math.max(16, Math.round(options.height ?? 540));
  const k = 2; // supersampling factor
  const big = new Raster(width * k, height * k);
  const scale = (width / 480) * k; // layout constants are for a 480-px-wide chart
  if (chart.kind === 'pie') drawPie(big, chart, scale);
  else drawColumns(big, chart, scale);
  const img = big.shrink(k);
  return encodePng(img.width, img.height, img.data);
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let j = 0; j < 8; j++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** 8-bit truecolour PNG from packed RGB rows. */
export function encodePng(width: number, height: number, rgbData: Uint8Array): Uint8Array {
  const header = new Uint8Array(13);
  const hv = new DataView(header.buffer);
  hv.setUint32(0, width);
  hv.setUint32(4, height);
  header.set([8, 2, 0, 0, 0], 8); // bit depth 8, colour type 2 (RGB), deflate, filter 0, no interlace
  const stride = width * 3;
  const raw = new Uint8Array((stride + 1) * height);
  for (let y = 0; y < height; y++) raw.set(rgbData.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  const parts = [
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlibSync(raw, { level: 6 })),
    chunk('IEND', new Uint8Array(0)),
  ];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
