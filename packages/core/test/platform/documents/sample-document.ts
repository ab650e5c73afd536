import type { OfficialDocument } from '../../../src/platform/documents/index.js';

const DEFECTS = ['生熟食品混放', '未设置专用留样冰箱', '留样数量不足125克', '索证索票台账不规范', '发现过期食品', '三防设施简陋', '从业人员健康证过期'];

/** An opinion letter like the seeds' campaign produced: 38 findings, so the table runs onto a second page. */
export function sampleLetter(over: Partial<OfficialDocument> = {}): OfficialDocument {
  const rows = Array.from({ length: 38 }, (_, i) => [
    String(i + 1),
    ['许可', '人员', '场所环境', '设施设备', '采购贮存', '加工制作', '清洗消毒'][i % 7]!,
    `${DEFECTS[i % DEFECTS.length]}（第${i + 1}项）${i % 5 === 0 ? '，冷藏设备内生熟食品混放，加工用具生熟混用，要求立即分开存放并做好标识' : ''}`,
    i % 3 === 0 ? '关键项' : i % 3 === 1 ? '重点项' : '一般项',
    i % 4 === 0 ? '立行立改并长期坚持' : '2026-03-16',
  ]);
  return {
    title: '监督意见书',
    number: '某监餐意〔2026〕第015号',
    blocks: [
      {
        kind: 'fields',
        perRow: 2,
        fields: [
          { label: '被检查单位', value: '某县城关镇中心小学食堂' },
          { label: '负责人', value: '张骉' },
          { label: '许可证号', value: 'JY35203210004567' },
          { label: '检查日期', value: '2026年3月2日' },
          { label: '地址', value: '某县城关镇学府路18号（教学楼东侧一层）', wide: true },
          { label: '检查人员', value: '李堃、王堉' },
          { label: '得分 / 等级', value: '72.50 分 一般' },
        ],
      },
      { kind: 'heading', text: '一、检查情况' },
      {
        kind: 'paragraph',
        text: '根据《中华人民共和国食品安全法》《餐饮服务食品安全操作规范》的要求，我所于2026年3月2日对你单位食堂的许可、从业人员健康证明、食品采购索证索票及贮存、食品添加剂使用、加工设施设备及布局、餐饮具清洗消毒及餐厨废弃物处置情况进行了监督检查，发现以下问题：',
      },
      {
        kind: 'table',
        columns: [
          { header: '序号', width: 0.8, align: 'center' },
          { header: '检查项目', width: 1.3, align: 'center' },
          { header: '发现的问题', width: 4 },
          { header: '类别', width: 1, align: 'center' },
          { header: '整改期限', width: 1.8, align: 'center' },
        ],
        rows,
      },
      { kind: 'heading', text: '二、监督意见' },
      {
        kind: 'paragraph',
        text: '请你单位对上述问题立即进行整改，落实整改责任领导和责任人，于整改期限届满前将整改情况书面报告我所，并抄送县教育局。逾期未整改或整改不到位的，我所将依法处理。',
      },
    ],
    footer: {
      signatures: [{ label: '检查人员（签名）' }, { label: '被检查单位负责人（签名）', name: '张骉' }],
      authority: '某县市场监督管理局餐饮服务监管所',
      date: '2026-03-02',
    },
    metadata: { author: '某县市场监督管理局餐饮服务监管所', subject: '学校食堂食品安全监督检查' },
    createdAt: new Date('2026-03-02T08:30:00Z'),
    ...over,
  };
}
