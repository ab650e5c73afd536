import { describe, expect, it } from 'vitest';
import { buildContent, checkContent, sameContent, type Content, type ContentInput } from '../../../src/server/templates/rules/content.js';

const input: ContentInput = {
  areas: [
    { name: '许可证', items: [{ text: '持证', severity: 'critical', weight: 5 }] },
    {
      name: '留样',
      items: [
        { text: '留样125克', severity: 'major', weight: 3, defectCode: 'samplesMissingOrShort' },
        { text: '留样记录', severity: 'minor', weight: 1 },
      ],
    },
  ],
};

describe('template content rules', () => {
  it('numbers new areas and items from the template counter', () => {
    const { content, codeSeq } = buildContent(input, 'x', 10);
    expect(content.areas).toEqual([
      { code: 'x-A11', name: '许可证', position: 1 },
      { code: 'x-A13', name: '留样', position: 2 },
    ]);
    expect(content.items.map((i) => [i.code, i.areaCode, i.position])).toEqual([
      ['x-12', 'x-A11', 1],
      ['x-14', 'x-A13', 1],
      ['x-15', 'x-A13', 2],
    ]);
    expect(codeSeq).toBe(15);
  });

  it('keeps the codes an edit names and says when nothing changed', () => {
    const { content: current, codeSeq } = buildContent(input, 'x', 0);
    const edit: ContentInput = {
      areas: [
        { code: current.areas[0]!.code, name: '许可证', items: [{ code: current.items[0]!.code, text: '持证', severity: 'critical', weight: 5 }] },
        {
          code: current.areas[1]!.code,
          name: '留样',
          items: current.items.slice(1).map((i) => ({ code: i.code, text: i.text, severity: i.severity, weight: i.weight, defectCode: i.defectCode })),
        },
      ],
    };
    expect(checkContent(edit, current)).toEqual([]);
    const same = buildContent(edit, 'x', codeSeq);
    expect(sameContent(same.content, current)).toBe(true);
    expect(same.codeSeq).toBe(codeSeq);
    edit.areas[1]!.items.reverse();
    expect(sameContent(buildContent(edit, 'x', codeSeq).content, current)).toBe(false);
  });

  it('lists every fault as a field error', () => {
    const current: Content = buildContent(input, 'x', 0).content;
    expect(checkContent({ areas: [] }, current)).toEqual([{ field: 'areas', code: 'foodSafety.template.noAreas' }]);
    const errors = checkContent(
      {
        areas: [
          { code: 'x-A9', name: '许可证', items: [{ code: 'x-2', text: ' ', severity: 'fatal' as never, weight: 0 }] },
          { name: '许可证', items: [{ code: 'x-2', text: '持证', severity: 'minor', weight: 2.5, defectCode: 'dirty' as never }] },
          { name: '空区域', items: [] },
        ],
      },
      current,
    );
    expect(errors.map((e) => `${e.field} ${e.code}`)).toEqual([
      'areas.0.code foodSafety.template.unknownArea',
      'areas.0.items.0.text validation.required',
      'areas.0.items.0.severity validation.isIn',
      'areas.0.items.0.weight validation.min',
      'areas.1.name foodSafety.template.duplicateAreaName',
      'areas.1.items.0.code foodSafety.template.duplicateCode',
      'areas.1.items.0.weight validation.isInt',
      'areas.1.items.0.defectCode validation.isIn',
      'areas.2.items foodSafety.template.areaEmpty',
    ]);
    // a new template may not name codes at all
    expect(
      checkContent({ areas: [{ code: 'x-A1', name: 'a', items: [{ code: 'x-2', text: 't', severity: 'minor', weight: 1 }] }] }, null).map((e) => e.code),
    ).toEqual(['foodSafety.template.unknownArea', 'foodSafety.template.unknownItem']);
  });
});
