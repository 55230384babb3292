import {
  DEPARTMENT_ECONOMIC, FUNCTION_CLASSES, FUNCTION_ENTRIES, FUNCTION_ITEMS, FUNCTION_SECTIONS,
  GOVERNMENT_ECONOMIC, GOVERNMENT_FROM_DEPARTMENT, checkFunctionName, chineseOrdinal, costType,
  departmentCategories, economicParent, equivalentFunctionCodes, functionLevel, functionParent,
  governmentEconomicFor, lookupEconomic, lookupFunction, normaliseFunctionCode,
} from '../src/domain/catalog';

const CODE_RE = /^\d{3}(\d{2}(\d{2})?)?$/;

describe('department category rows (spec §1.0)', () => {
  it('full2024 has the 26 rows of the 普陀 sample', () => {
    const rows = departmentCategories('full2024');
    expect(rows).toHaveLength(26);
    expect(rows[0]).toEqual({ code: '201', name: '一般公共服务支出', label: '一、一般公共服务支出' });
    expect(rows[8].label).toBe('九、卫生健康支出');
    expect(rows[20].label).toBe('二十一、国有资本经营预算支出');
    expect(rows[23]).toEqual({ code: '231', name: '债务还本支出', label: '二十四、债务还本支出' });
    expect(rows[24].label).toBe('二十五、债务付息支出');
    expect(rows[25]).toEqual({ code: '234', name: '抗疫特别国债安排的支出', label: '二十六、抗疫特别国债安排的支出' });
  });
  it('shanghai2024 drops 231/232 and renumbers 234 as 二十四', () => {
    const rows = departmentCategories('shanghai2024');
    expect(rows).toHaveLength(24);
    expect(rows.map((r) => r.code)).not.toEqual(expect.arrayContaining(['231']));
    expect(rows.map((r) => r.code)).not.toEqual(expect.arrayContaining(['232']));
    expect(rows[22].label).toBe('二十三、其他支出');
    expect(rows[23]).toEqual({ code: '234', name: '抗疫特别国债安排的支出', label: '二十四、抗疫特别国债安排的支出' });
  });
  it('layout2019 omits 223 and 234', () => {
    const rows = departmentCategories('layout2019');
    expect(rows).toHaveLength(24);
    const codes = rows.map((r) => r.code);
    expect(codes).not.toContain('223');
    expect(codes).not.toContain('234');
    expect(rows[0].label).toBe('一、一般公共服务支出');
    expect(rows[20].label).toBe('二十一、灾害防治及应急管理支出');
    expect(rows[23].label).toBe('二十四、债务付息支出');
  });
  it('prints the names of the requested year', () => {
    const rows = departmentCategories('layout2019', 2018);
    expect(rows[6].label).toBe('七、文化体育与传媒支出');
    expect(rows[8].label).toBe('九、医疗卫生与计划生育支出');
    expect(departmentCategories('layout2019', 2019)[6].label).toBe('七、文化旅游体育与传媒支出');
  });
  it('lists only classes used in department tables, in code order', () => {
    for (const layout of ['full2024', 'shanghai2024', 'layout2019'] as const) {
      const codes = departmentCategories(layout).map((r) => r.code);
      expect([...codes].sort()).toEqual(codes);
      for (const c of codes) expect(FUNCTION_CLASSES.find((e) => e.code === c)?.inDepartmentTables).toBe(true);
    }
    const full = departmentCategories('full2024').map((r) => r.code);
    const used = FUNCTION_CLASSES.filter((e) => e.inDepartmentTables).map((e) => e.code);
    expect(full).toEqual(used);
  });
  it('writes Chinese ordinals', () => {
    expect([1, 10, 11, 19, 20, 21, 26].map(chineseOrdinal)).toEqual(['一', '十', '十一', '十九', '二十', '二十一', '二十六']);
  });
});

describe('function classification lookup', () => {
  it.each([
    ['2012901', '行政运行', 'item', 'SEED'],
    ['2012902', '一般行政管理事务', 'item', 'SEED'],
    ['2012999', '其他群众团体事务支出', 'item', 'SEED'],
    ['2080505', '机关事业单位基本养老保险缴费支出', 'item', 'SEED'],
    ['2101101', '行政单位医疗', 'item', 'SEED'],
    ['2210201', '住房公积金', 'item', 'SEED'],
    ['2050101', '行政运行', 'item', 'SEED'],
    ['2050205', '高等教育', 'item', 'SRC'],
    ['2012904', '工会事务', 'item', 'K'],
    ['20129', '群众团体事务', 'section', 'SEED'],
    ['20106', '财政事务', 'section', 'SRC'],
    ['201', '一般公共服务支出', 'category', 'SEED'],
    ['209', '社会保险基金支出', 'category', 'K'],
  ])('%s → %s', (code, name, level, source) => {
    expect(lookupFunction(code)).toEqual({ code, name, level, source });
  });
  it('accepts split codes', () => {
    expect(lookupFunction(' 201 29 01 ')?.name).toBe('行政运行');
    expect(lookupFunction('201（类）29（款）99（项）')?.name).toBe('其他群众团体事务支出');
  });
  it('returns null for codes the spec does not list', () => {
    expect(lookupFunction('2012905')).toBeNull();
    expect(lookupFunction('218')).toBeNull();
    expect(lookupFunction('abc')).toBeNull();
  });
  it('gives levels and parents', () => {
    expect(functionLevel('201')).toBe('category');
    expect(functionLevel('20129')).toBe('section');
    expect(functionLevel('2012901')).toBe('item');
    expect(functionLevel('201 29 01')).toBe('item');
    expect(functionLevel('2012')).toBeNull();
    expect(functionLevel('')).toBeNull();
    expect(functionParent('2012901')).toBe('20129');
    expect(functionParent('20129')).toBe('201');
    expect(functionParent('201')).toBeNull();
    expect(functionParent('x')).toBeNull();
  });
  it('uses the name in force in the year (renames of the 2019 科目表)', () => {
    expect(lookupFunction('20805', 2018)?.name).toBe('行政事业单位离退休');
    expect(lookupFunction('20805', 2019)?.name).toBe('行政事业单位养老支出');
    expect(lookupFunction('20805')?.name).toBe('行政事业单位养老支出');
    expect(lookupFunction('207', 2018)?.name).toBe('文化体育与传媒支出');
    expect(lookupFunction('207', 2024)?.name).toBe('文化旅游体育与传媒支出');
    expect(lookupFunction('210', 2018)?.name).toBe('医疗卫生与计划生育支出');
    expect(lookupFunction('210', 2020)?.name).toBe('卫生健康支出');
  });
  it('keeps 2089901 and 2089999 as the same item', () => {
    expect(lookupFunction('2089901')?.name).toBe('其他社会保障和就业支出');
    expect(lookupFunction('2089999')?.name).toBe('其他社会保障和就业支出');
    expect(equivalentFunctionCodes('2089901')).toEqual(['2089999']);
    expect(equivalentFunctionCodes('2089999')).toEqual(['2089901']);
    expect(equivalentFunctionCodes('2012901')).toEqual([]);
  });
});

describe('normaliseFunctionCode', () => {
  it.each([
    ['2012901', '2012901'],
    ['201 29 01', '2012901'],
    ['201　29　01', '2012901'],
    ['201-29-01', '2012901'],
    ['20129 01', '2012901'],
    ['201 29', '20129'],
    ['201', '201'],
    ['２０１２９０１', '2012901'],
    ['201（类）29（款）01（项）', '2012901'],
    ['201(类)29(款)01(项)', '2012901'],
    ['201（类）29（款）', '20129'],
    ['一般公共服务201（类）群众团体事务29（款）其他群众团体事务支出99（项）', '2012999'],
    ['社会保障和就业208（类）行政事业单位离退休20805（款）机关事业单位基本养老保险缴费支出2080505（项）', '2080505'],
    ['卫生健康支出（210）类', '210'],
  ])('%s → %s', (raw, code) => {
    expect(normaliseFunctionCode(raw)).toBe(code);
  });
  it.each(['', '行政运行', '2012', '20 129 01', '2012 901', '201（类）01（项）', '205（类）20129（款）', '20129（款）201（类）', '1.5'])(
    'rejects %p',
    (raw) => {
      expect(normaliseFunctionCode(raw)).toBeNull();
    },
  );
});

describe('checkFunctionName', () => {
  it('accepts the standard name, ignoring spaces, bracket width and ordinals', () => {
    expect(checkFunctionName('2012901', '行政运行')).toEqual({ status: 'ok' });
    expect(checkFunctionName('2012901', ' 行政 运行 ')).toEqual({ status: 'ok' });
    expect(checkFunctionName('20103', '政府办公厅(室)及相关机构事务')).toEqual({ status: 'ok' });
    expect(checkFunctionName('201', '一、一般公共服务支出')).toEqual({ status: 'ok' });
    expect(checkFunctionName('201', '（一）一般公共服务支出')).toEqual({ status: 'ok' });
    expect(checkFunctionName('234', '二十六、抗疫特别国债安排的支出')).toEqual({ status: 'ok' });
    expect(checkFunctionName('201 29 02', '一般行政管理事务', 2024)).toEqual({ status: 'ok' });
  });
  it('reports a different name in plain Chinese', () => {
    expect(checkFunctionName('2012901', '行政运行费')).toEqual({
      status: 'nameMismatch',
      expected: '行政运行',
      message: '科目 2012901 的名称应为「行政运行」，表中写作「行政运行费」',
    });
    expect(checkFunctionName('2101102', '事业单位医疗保险')).toMatchObject({ status: 'nameMismatch', expected: '事业单位医疗' });
    expect(checkFunctionName('2012901', '')).toMatchObject({
      status: 'nameMismatch',
      message: '科目 2012901 的名称应为「行政运行」，表中未填写名称',
    });
  });
  it('tolerates 其他群众团体事务 only for 2012999, where the seeds use both', () => {
    expect(checkFunctionName('2012999', '其他群众团体事务支出')).toEqual({ status: 'ok' });
    expect(checkFunctionName('2012999', '其他群众团体事务')).toEqual({ status: 'ok' });
    expect(checkFunctionName('2050199', '其他教育管理事务')).toMatchObject({ status: 'nameMismatch' });
  });
  it('flags an old name by year', () => {
    expect(checkFunctionName('20805', '行政事业单位离退休', 2024)).toEqual({
      status: 'oldName',
      expected: '行政事业单位养老支出',
      message: '科目 20805 的名称应为「行政事业单位养老支出」，表中写作旧名称「行政事业单位离退休」（2018 年及以前的名称）',
    });
    expect(checkFunctionName('20805', '行政事业单位离退休')).toMatchObject({ status: 'oldName' });
    expect(checkFunctionName('20805', '行政事业单位离退休', 2018)).toEqual({ status: 'ok' });
    expect(checkFunctionName('207', '文化体育与传媒支出', 2020)).toMatchObject({ status: 'oldName', expected: '文化旅游体育与传媒支出' });
    expect(checkFunctionName('210', '医疗卫生与计划生育支出', 2019)).toMatchObject({ status: 'oldName', expected: '卫生健康支出' });
  });
  it('flags a newer name in an older year as a mismatch', () => {
    expect(checkFunctionName('20805', '行政事业单位养老支出', 2018)).toEqual({
      status: 'nameMismatch',
      expected: '行政事业单位离退休',
      message: '科目 20805 的名称应为「行政事业单位离退休」（2018 年科目名称），表中写作「行政事业单位养老支出」，这是其他年度的名称',
    });
  });
  it('reports unknown codes', () => {
    expect(checkFunctionName('2012905', '行政运行')).toEqual({
      status: 'unknownCode',
      message: '科目 2012905 不在支出功能分类科目表中，请核对编码',
    });
    expect(checkFunctionName('行政运行', '行政运行')).toEqual({
      status: 'unknownCode',
      message: '「行政运行」不是支出功能分类科目编码',
    });
  });
});

describe('economic classification', () => {
  it('looks up 部门 and 政府 codes', () => {
    expect(lookupEconomic('30217')).toEqual({ code: '30217', name: '公务接待费', level: 'section', source: 'SRC' });
    expect(lookupEconomic('31013')).toEqual({ code: '31013', name: '公务用车购置', level: 'section', source: 'SRC' });
    expect(lookupEconomic('30913')).toEqual({ code: '30913', name: '公务用车购置', level: 'section', source: 'K' });
    expect(lookupEconomic('301')).toEqual({ code: '301', name: '工资福利支出', level: 'category', source: 'SRC' });
    expect(lookupEconomic(' 302 17 ')?.name).toBe('公务接待费');
    expect(lookupEconomic('501')).toMatchObject({ name: '机关工资福利支出', level: 'category', source: 'K' });
    expect(lookupEconomic('50206')).toMatchObject({ name: '公务接待费', level: 'section' });
    expect(lookupEconomic('30210')).toBeNull();
    expect(lookupEconomic('3021')).toBeNull();
  });
  it('gives parents', () => {
    expect(economicParent('30217')).toBe('302');
    expect(economicParent('302')).toBeNull();
    expect(economicParent('3')).toBeNull();
  });
  it('splits 人员经费 and 公用经费 per §6.4', () => {
    for (const c of ['301', '30101', '30113', '30199', '303', '30302', '30399']) expect(costType(c)).toBe('personnel');
    for (const c of ['302', '30217', '30239', '30299', '307', '30701', '309', '30913', '310', '31013', '399', '39999']) {
      expect(costType(c)).toBe('public');
    }
    for (const c of ['311', '31201', '31302', '50101', 'x']) expect(costType(c)).toBeNull();
  });
  it('applies provincial overrides', () => {
    const override = { '30239': 'personnel', '30229': 'personnel' } as const;
    expect(costType('30239', override)).toBe('personnel');
    expect(costType('30229', override)).toBe('personnel');
    expect(costType('30201', override)).toBe('public');
    expect(costType('30101', { '301': 'public' })).toBe('public');
    expect(costType('30101', { '301': 'public', '30101': 'personnel' })).toBe('personnel');
  });
  it('maps 部门款 to 政府款', () => {
    expect(governmentEconomicFor('30217')).toEqual({ code: '50206', name: '公务接待费', level: 'section', source: 'K' });
    expect(governmentEconomicFor('30101')).toMatchObject({ code: '50101', name: '工资奖金津补贴', source: 'SRC' });
    expect(governmentEconomicFor('30108')?.code).toBe('50102');
    expect(governmentEconomicFor('30113')?.code).toBe('50103');
    expect(governmentEconomicFor('30239')?.code).toBe('50201');
    expect(governmentEconomicFor('30225')?.code).toBe('50204');
    expect(governmentEconomicFor('30231')?.code).toBe('50208');
    expect(governmentEconomicFor('30101', 'institution')?.code).toBe('50501');
    expect(governmentEconomicFor('30217', 'institution')?.code).toBe('50502');
    expect(governmentEconomicFor('30308')?.code).toBe('50902');
    expect(governmentEconomicFor('30308', 'institution')?.code).toBe('50902');
    expect(governmentEconomicFor('31013')).toBeNull();
    expect(governmentEconomicFor('302')).toBeNull();
  });
  it('covers every 301 and 302 款 for 机关', () => {
    for (const e of DEPARTMENT_ECONOMIC.filter((x) => /^30[12]\d\d$/.test(x.code))) {
      expect(governmentEconomicFor(e.code)).not.toBeNull();
    }
  });
});

describe('data integrity', () => {
  it('has the expected number of entries', () => {
    expect(FUNCTION_CLASSES).toHaveLength(30);
    expect(FUNCTION_SECTIONS).toHaveLength(68); // + 20701 文化和旅游 (the preview's sample)
    expect(FUNCTION_ITEMS).toHaveLength(65); // + 7 项 of 20701
    expect(DEPARTMENT_ECONOMIC).toHaveLength(110);
    expect(GOVERNMENT_ECONOMIC).toHaveLength(37);
  });
  it('function codes are well formed, unique and sit under a parent', () => {
    const codes = FUNCTION_ENTRIES.map((e) => e.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const e of FUNCTION_ENTRIES) {
      expect(e.code).toMatch(CODE_RE);
      expect(e.code.startsWith('2')).toBe(true);
      expect(e.name.trim()).toBe(e.name);
      expect(e.name).not.toBe('');
    }
    for (const e of FUNCTION_SECTIONS) expect(e.code).toHaveLength(5);
    for (const e of FUNCTION_ITEMS) expect(e.code).toHaveLength(7);
    for (const e of FUNCTION_CLASSES) {
      expect(e.code).toHaveLength(3);
      expect(typeof e.inDepartmentTables).toBe('boolean');
    }
    for (const e of [...FUNCTION_SECTIONS, ...FUNCTION_ITEMS]) {
      expect(codes).toContain(e.code.slice(0, e.code.length - 2));
      expect(e.inDepartmentTables).toBeUndefined();
    }
  });
  it('sameAs links are symmetric', () => {
    for (const e of FUNCTION_ENTRIES) {
      for (const other of e.sameAs ?? []) {
        expect(FUNCTION_ENTRIES.find((x) => x.code === other)?.sameAs).toContain(e.code);
      }
    }
  });
  it('economic codes are well formed, unique and sit under a parent', () => {
    const all = [...DEPARTMENT_ECONOMIC, ...GOVERNMENT_ECONOMIC];
    const codes = all.map((e) => e.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const e of all) {
      expect(e.code).toMatch(/^\d{3}(\d{2})?$/);
      if (e.code.length === 5) expect(codes).toContain(e.code.slice(0, 3));
    }
    for (const e of DEPARTMENT_ECONOMIC) expect(e.code).toMatch(/^3/);
    for (const e of GOVERNMENT_ECONOMIC) expect(e.code).toMatch(/^5/);
  });
  it('the mapping refers to listed codes and maps each 部门款 once per unit type', () => {
    const dept = new Set(DEPARTMENT_ECONOMIC.map((e) => e.code));
    const gov = new Set(GOVERNMENT_ECONOMIC.filter((e) => e.code.length === 5).map((e) => e.code));
    for (const unit of ['administrative', 'institution'] as const) {
      const seen = new Set<string>();
      for (const m of GOVERNMENT_FROM_DEPARTMENT.filter((x) => x.unitType === undefined || x.unitType === unit)) {
        expect(gov.has(m.government)).toBe(true);
        for (const d of m.department) {
          expect(dept.has(d)).toBe(true);
          expect(seen.has(d)).toBe(false);
          seen.add(d);
        }
      }
    }
  });
});
