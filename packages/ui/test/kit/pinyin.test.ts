import { describe, expect, it } from 'vitest';
import { byPinyin, comparePinyin, matchesPinyin, pinyinFilterOption, pinyinSortKey } from '../../src/kit/pinyin';

describe('matchesPinyin', () => {
  it('finds a name by its characters', () => {
    expect(matchesPinyin('张三', '张')).toBe(true);
    expect(matchesPinyin('张三', '三')).toBe(true);
    expect(matchesPinyin('欧阳娜娜', '阳娜')).toBe(true);
    expect(matchesPinyin('张三', '李')).toBe(false);
  });

  it('finds a name by its full pinyin, with or without spaces, in any case', () => {
    expect(matchesPinyin('张三', 'zhangsan')).toBe(true);
    expect(matchesPinyin('张三', 'zhang san')).toBe(true);
    expect(matchesPinyin('张三', 'ZhangSan')).toBe(true);
    expect(matchesPinyin('李四', 'lisi')).toBe(true);
    expect(matchesPinyin('欧阳娜娜', 'ouyangnana')).toBe(true);
    expect(matchesPinyin('欧阳娜娜', "ou'yang na na")).toBe(true);
    expect(matchesPinyin('李四', 'zhangsan')).toBe(false);
  });

  it('finds a name by its initials or a mix of initials and syllables', () => {
    expect(matchesPinyin('张三', 'zs')).toBe(true);
    expect(matchesPinyin('张三', 'ZS')).toBe(true);
    expect(matchesPinyin('李四', 'ls')).toBe(true);
    expect(matchesPinyin('欧阳娜娜', 'oynn')).toBe(true);
    expect(matchesPinyin('欧阳娜娜', 'ouyangnn')).toBe(true);
    expect(matchesPinyin('张三', 'zhangs')).toBe(true);
    expect(matchesPinyin('张三', 'ls')).toBe(false);
    expect(matchesPinyin('张三', 'sz')).toBe(false);
  });

  it('finds part of a name from any syllable', () => {
    expect(matchesPinyin('欧阳娜娜', 'nana')).toBe(true);
    expect(matchesPinyin('长沙市第一中学', 'dyzx')).toBe(true);
  });

  it('reads heteronyms from context: 长沙 is cháng, 重庆 is chóng', () => {
    expect(matchesPinyin('长沙', 'changsha')).toBe(true);
    expect(matchesPinyin('长沙', 'cs')).toBe(true);
    expect(matchesPinyin('长沙', 'zhangsha')).toBe(false);
    expect(matchesPinyin('重庆', 'chongqing')).toBe(true);
    expect(matchesPinyin('重庆', 'cq')).toBe(true);
    expect(matchesPinyin('重庆', 'zhongqing')).toBe(false);
  });

  it('reads surnames as surnames too: 曾 zēng, 单 shàn', () => {
    expect(matchesPinyin('曾国藩', 'zengguofan')).toBe(true);
    expect(matchesPinyin('曾国藩', 'zgf')).toBe(true);
    expect(matchesPinyin('单雄信', 'shanxiongxin')).toBe(true);
  });

  it('matches everything with an empty query and nothing without a name', () => {
    expect(matchesPinyin('张三', '')).toBe(true);
    expect(matchesPinyin('张三', '   ')).toBe(true);
    expect(matchesPinyin('', 'zs')).toBe(false);
    expect(matchesPinyin(null, 'zs')).toBe(false);
  });

  it('matches Latin letters and digits in names', () => {
    expect(matchesPinyin('第1中学', 'd1zx')).toBe(true);
    expect(matchesPinyin('ABC培训中心', 'abc')).toBe(true);
  });

  it('serves as an antd filterOption on the option label', () => {
    expect(pinyinFilterOption('zs', { value: 'u1', label: '张三' })).toBe(true);
    expect(pinyinFilterOption('ls', { value: 'u1', label: '张三' })).toBe(false);
  });
});

describe('pinyin sorting', () => {
  it('sorts names by pinyin, not by code point', () => {
    const names = ['张三', '李四', '欧阳娜娜', '安琪', '王五', '长沙', '重庆', '白雪'];
    expect([...names].sort(comparePinyin)).toEqual(['安琪', '白雪', '长沙', '重庆', '李四', '欧阳娜娜', '王五', '张三']);
  });

  it('sorts a shorter name before its longer form, and by tone within a syllable', () => {
    expect(['李四', '李'].sort(comparePinyin)).toEqual(['李', '李四']);
    // 黎 lí (2nd tone) before 李 lǐ (3rd tone)
    expect(['李明', '黎红'].sort(comparePinyin)).toEqual(['黎红', '李明']);
  });

  it('sorts rows by a name in them', () => {
    const rows = [{ name: '张三' }, { name: '李四' }, { name: '欧阳娜娜' }];
    expect(rows.sort(byPinyin((r) => r.name)).map((r) => r.name)).toEqual(['李四', '欧阳娜娜', '张三']);
  });

  it('gives a stable key, surnames read as surnames', () => {
    expect(pinyinSortKey('曾国藩').startsWith('zeng')).toBe(true);
    expect(pinyinSortKey('')).toBe('');
  });
});
