import { unzlibSync } from 'fflate';
import { CHART_COLOURS, chartLegend, renderChartPng } from '../src/export/chartImage';
import type { ChartSpec } from '../src/domain/narrative/document';

/** Decodes the PNGs renderChartPng writes (8-bit RGB, filter 0) into pixel lookups. */
function decode(png: Uint8Array) {
  expect(Array.from(png.subarray(0, 8))).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  let at = 8;
  let width = 0, height = 0;
  const idat: Uint8Array[] = [];
  while (at < png.length) {
    const len = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    const data = png.subarray(at + 8, at + 8 + len);
    if (type === 'IHDR') {
      width = view.getUint32(at + 8);
      height = view.getUint32(at + 12);
      expect(Array.from(data.subarray(8, 10))).toEqual([8, 2]);
    }
    if (type === 'IDAT') idat.push(data);
    at += 12 + len;
  }
  const raw = unzlibSync(Buffer.concat(idat));
  const stride = width * 3 + 1;
  expect(raw.length).toBe(stride * height);
  const px = (x: number, y: number) => {
    const i = y * stride + 1 + x * 3;
    return ((raw[i] << 16) | (raw[i + 1] << 8) | raw[i + 2]).toString(16).padStart(6, '0').toUpperCase();
  };
  return { width, height, px };
}

const column: ChartSpec = {
  id: 'fig1',
  title: '图1：收、支决算总计变动情况图',
  kind: 'column',
  categories: ['收入总计', '支出总计'],
  series: [
    { name: '2023年度', values: ['875.10', '875.10'] },
    { name: '2024年度', values: ['903.30', '437.55'] },
  ],
};

/** Height in pixels of the run of `colour` in column x. */
function barHeight(img: ReturnType<typeof decode>, x: number, colour: string): number {
  let n = 0;
  for (let y = 0; y < img.height; y++) if (img.px(x, y) === colour) n++;
  return n;
}

function columnsOf(img: ReturnType<typeof decode>, colour: string): number[] {
  const xs: number[] = [];
  for (let x = 0; x < img.width; x++) if (barHeight(img, x, colour) > 0) xs.push(x);
  return xs;
}

describe('renderChartPng', () => {
  test('column chart: a valid PNG whose bar heights follow the values', () => {
    const img = decode(renderChartPng(column, { width: 480, height: 270 }));
    expect([img.width, img.height]).toEqual([480, 270]);
    const cur = columnsOf(img, CHART_COLOURS[1]);
    const prev = columnsOf(img, CHART_COLOURS[0]);
    expect(cur.length).toBeGreaterThan(20);
    expect(prev.length).toBeGreaterThan(20);
    // 2024 支出总计 (437.55) is half of 2024 收入总计 (903.30 ≈ 2 × 451.65): compare the middle columns of each bar.
    const first = barHeight(img, cur[5], CHART_COLOURS[1]);
    const second = barHeight(img, cur[cur.length - 5], CHART_COLOURS[1]);
    expect(second / first).toBeCloseTo(437.55 / 903.3, 1);
    expect(barHeight(img, prev[5], CHART_COLOURS[0]) / first).toBeCloseTo(875.1 / 903.3, 1);
  });

  test('pie chart: slices in order from 12 o’clock, clockwise, sized by value', () => {
    const pie: ChartSpec = { id: 'fig3', title: '图3', kind: 'pie', categories: ['基本支出', '项目支出'], series: [{ name: '2024', values: ['75', '25'] }] };
    const img = decode(renderChartPng(pie, { width: 400, height: 400 }));
    const c = 200;
    expect(img.px(c + 60, c + 60)).toBe(CHART_COLOURS[0]); // lower right: inside the first 75 %
    expect(img.px(c - 60, c - 20)).toBe(CHART_COLOURS[1]); // left of 9 o'clock, above: the last quarter
    expect(img.px(5, 5)).toBe('FFFFFF');
  });

  test('a pie of zeros or of text draws a grey disc and never throws', () => {
    const pie: ChartSpec = { id: 'fig7', title: '图7', kind: 'pie', categories: ['甲', '乙'], series: [{ name: '', values: ['0', '不详'] }] };
    const img = decode(renderChartPng(pie, { width: 200, height: 200 }));
    expect(img.px(100, 100)).toBe('E6E6E6');
  });

  test('negative column values hang below the zero line', () => {
    const chart: ChartSpec = { id: 'x', title: 'x', kind: 'column', categories: ['a', 'b'], series: [{ name: 's', values: ['10', '-10'] }] };
    const img = decode(renderChartPng(chart, { width: 480, height: 270 }));
    const xs = columnsOf(img, CHART_COLOURS[0]);
    const top = (x: number) => {
      for (let y = 0; y < img.height; y++) if (img.px(x, y) === CHART_COLOURS[0]) return y;
      return -1;
    };
    expect(top(xs[xs.length - 5])).toBeGreaterThan(top(xs[5]) + 50);
  });
});

describe('chartLegend', () => {
  test('pie: one row per category with value and share, shares of the positive total', () => {
    const legend = chartLegend({ id: 'f', title: 't', kind: 'pie', categories: ['因公出国（境）费', '公务用车', '公务接待费'], series: [{ name: '', values: ['0', '0', '0.59'] }] });
    expect(legend.header).toEqual(['项目', '金额（万元）', '占比']);
    expect(legend.rows.map((r) => r.cells)).toEqual([['0.00', '0.00%'], ['0.00', '0.00%'], ['0.59', '100.00%']]);
    expect(legend.rows.map((r) => r.colour)).toEqual(CHART_COLOURS.slice(0, 3));
  });

  test('column: one row per series, a value per category; unreadable values shown as given', () => {
    const legend = chartLegend({ ...column, series: [{ name: '2024年度', values: ['903.3', '—'] }] });
    expect(legend.header).toEqual(['项目', '收入总计（万元）', '支出总计（万元）']);
    expect(legend.rows).toEqual([{ colour: CHART_COLOURS[0], label: '2024年度', cells: ['903.30', '—'] }]);
  });

  test('a pie with no positive value has no shares', () => {
    const legend = chartLegend({ id: 'f', title: 't', kind: 'pie', categories: ['甲'], series: [{ name: '', values: ['0'] }] });
    expect(legend.rows[0].cells).toEqual(['0.00', '—']);
  });
});
