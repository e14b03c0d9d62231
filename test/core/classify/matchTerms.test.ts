import { describe, expect, it } from 'vitest';
import { findTerms, longestMatches } from '../../../src/core/classify/matchTerms';
import type { LexiconTerm } from '../../../src/core/classify/lexiconTypes';

const group = (...terms: (string | LexiconTerm)[]) => [{ note: 'test', weight: 1, terms }];
const found = (text: string, ...terms: (string | LexiconTerm)[]) =>
  findTerms(text, group(...terms)).map((m) => m.text);

describe('findTerms(text, groups)', () => {
  it.each([
    {
      what: '# matches an integer',
      text: '逾期报送的，扣 3 分',
      term: '扣#分',
      expected: ['扣 3 分'],
    },
    { what: '# matches a decimal', text: '每少一次扣0.5分', term: '扣#分', expected: ['扣0.5分'] },
    {
      what: '# matches a list of numbers',
      text: '分别奖20、10分',
      term: '奖#分',
      expected: ['奖20、10分'],
    },
    { what: '# matches Chinese numerals', text: '扣两分', term: '扣#分', expected: ['扣两分'] },
    { what: '# needs a number', text: '酌情扣分', term: '扣#分', expected: [] },
    {
      what: '* spans a short gap',
      text: '每缺一份材料扣 1分',
      term: '每*扣',
      expected: ['每缺一份材料扣'],
    },
    {
      what: '* stays inside a clause',
      text: '每月上报。未上报的扣1分',
      term: '每*扣',
      expected: [],
    },
    { what: 'Latin is whole-word', text: 'approval of the plan', term: 'app', expected: [] },
    { what: 'Latin ignores case', text: '使用APP巡河', term: 'app', expected: ['APP'] },
    { what: 'Latin next to Chinese', text: '推进APP巡河', term: 'APP', expected: ['APP'] },
  ])('$what', ({ text, term, expected }) => {
    expect(found(text, term)).toEqual(expected);
  });

  it('ignores a match inside an excluded longer phrase (会议 in 会议室建设)', () => {
    const meeting = { term: '会议', not: ['会议室'] };
    expect(found('完成村级会议室建设', meeting)).toEqual([]);
    expect(found('每季度召开一次会议', meeting)).toEqual(['会议']);
  });

  it('with word: true, rejects a match that crosses a word boundary (开会 in 召开会议)', () => {
    const term = { term: '开会', word: true };
    expect(found('召开会议研究部署', term)).toEqual([]);
    expect(found('按时开会', term)).toEqual(['开会']);
  });

  it('gives each match the weight of its term, or of its group', () => {
    const m = findTerms('台账齐全，会议记录完整', [
      { note: 'paperwork', weight: 2, terms: ['台账', { term: '会议记录', weight: 3 }] },
    ]);
    expect(m.map((x) => [x.text, x.weight, x.group])).toEqual([
      ['台账', 2, 'paperwork'],
      ['会议记录', 3, 'paperwork'],
    ]);
  });

  it('finds nothing in an empty text', () => {
    expect(found('', '会议')).toEqual([]);
  });
});

describe('longestMatches(matches)', () => {
  it('lets the longer phrase speak instead of the words inside it', () => {
    const m = findTerms('提升污水处理率', group('处理', '污水处理率', '提升'));
    expect(longestMatches(m).map((x) => x.text)).toEqual(['提升', '污水处理率']);
  });
});
