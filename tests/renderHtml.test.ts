import { chartCaption, renderHtml, renderText, sectionsOf } from '../src/domain/narrative/renderHtml';
import type { NarrativeDocument } from '../src/domain/narrative/document';
import { seed001Document } from './fixtures/narrative001';

describe('renderHtml / renderText', () => {
  const doc = seed001Document();

  test('a section with subsections: the section and its 二级 sections, up to the next 一级 section', () => {
    expect(sectionsOf(doc, 's5').map((s) => s.id)).toEqual(['s5', 's5.1', 's5.2', 's5.3']);
    expect(sectionsOf(doc, 's5.2').map((s) => s.id)).toEqual(['s5.2']);
    expect(sectionsOf(doc, 'nope')).toEqual([]);
    expect(sectionsOf(doc).length).toBe(doc.sections.length);
  });

  test('plain text of one section: title, indented paragraph, chart caption; a typed reason fills its gap', () => {
    const text = renderText(doc, { sectionId: 's1', reasons: { 's1.total': '工会经费和人员经费的增加' } });
    expect(text).toBe(
      '一、收入支出决算总体情况说明\n' +
        '\u3000\u30002024年度收入总计903.30万元，支出总计903.30万元。与2023年度相比，收入增加28.20万元，增长3.22%，支出增加28.20万元，增长3.22%。主要变动原因是工会经费和人员经费的增加。\n' +
        '（图1：收、支决算总计变动情况图）',
    );
  });

  test('blank reasons leave the gap; the whole document starts with its title', () => {
    const text = renderText(doc, { reasons: { 's1.total': '   ' } });
    expect(text.startsWith('遂宁市安居区总工会2024年度部门决算情况说明\n\n一、')).toBe(true);
    expect(text).toContain('主要变动原因是【请填写原因】。');
    expect(text).toContain('十、其他重要事项的情况说明');
  });

  test('HTML: headings and paragraphs with inline 公文 styles, open gaps highlighted, filled ones plain', () => {
    const html = renderHtml(doc, { sectionId: 's4', reasons: { 's4.total': '人员经费增加' } });
    expect(html).toMatch(/^<div><h2 style="[^"]*黑体[^"]*">四、财政拨款收入支出决算总体情况说明<\/h2><p style="[^"]*text-indent:2em[^"]*">2024年度财政拨款收入总计903.30万元/);
    expect(html).toContain('主要变动原因是人员经费增加。');
    expect(html).not.toContain('background-color:yellow');
    expect(renderHtml(doc, { sectionId: 's4' })).toContain('<span style="background-color:yellow">【请填写原因】</span>');
    expect(html).toContain('（图4：财政拨款收、支决算总计变动情况）');
  });

  test('chart captions: 「图n：」 from the id when the title lacks it', () => {
    const chart = { id: '图2', title: '收入决算结构图', kind: 'pie' as const, categories: [], series: [] };
    expect(chartCaption(chart)).toBe('图2：收入决算结构图');
    expect(chartCaption({ ...chart, title: '图2：收入决算结构图' })).toBe('图2：收入决算结构图');
    expect(chartCaption({ ...chart, id: 'x' })).toBe('收入决算结构图');
  });

  test('user text is escaped everywhere: title, headings, runs, reasons, image source', () => {
    const evil: NarrativeDocument = {
      title: '<script>alert(1)</script>',
      sections: [
        {
          id: 'a',
          title: '一、<b>"x"</b>',
          level: 1,
          paragraphs: [{ runs: [{ text: "A&B<img src=x onerror='y'>" }, { text: '', placeholder: { id: 'r', kind: 'reason' } }] }],
          chart: { id: 'c', title: '图1："<i>', kind: 'pie', categories: [], series: [] },
        },
      ],
    };
    const html = renderHtml(evil, { reasons: { r: '</p><iframe>' }, chartImage: () => 'data:image/png;base64,AA"onload="x' });
    expect(html).not.toMatch(/<(script|b|img src=x|iframe|i)>/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('一、&lt;b&gt;&quot;x&quot;&lt;/b&gt;');
    expect(html).toContain('A&amp;B&lt;img src=x onerror=&#39;y&#39;&gt;');
    expect(html).toContain('&lt;/p&gt;&lt;iframe&gt;');
    expect(html).toContain('src="data:image/png;base64,AA&quot;onload=&quot;x"');
  });
});
