/**
 * The checklists the plugin ships, as FoodSafetyTemplates1767744000001 installs them. Frozen with
 * that migration: later changes to shipped wording belong in a new migration (or are made by the
 * county in the editor, which versions them).
 *
 * Sources: the six-area school canteen sheet follows part A of the seeds (the 2012 spring campaign
 * report: 许可证、从业人员健康证、食品采购索证及贮存、食品添加剂、加工设施设备及布局、餐饮具清洗消毒及餐厨废弃物处置,
 * with the problems it found — 生熟混放、无留样冰箱、留样数量不够、索证台帐不规范、过期食品、三防设施缺乏 — as items).
 * The nine-area sheet follows the areas of the national quantified grading (餐饮服务食品安全监督量化分级) and
 * 《学校食品安全与营养健康管理规定》; its weights add up to 100. The routine checklists follow the school's
 * 日管控、周排查、月调度 duties (《企业落实食品安全主体责任监督管理规定》, 2022) and the seeds' 留样 rule
 * (每个品种不少于125克、冷藏48小时).
 */
export type ShippedItem = readonly [text: string, severity: 'critical' | 'major' | 'minor', weight: number, defectCode?: string];

export interface ShippedTemplate {
  code: string;
  name: string;
  purpose: 'inspection' | 'dailyCheck' | 'weeklyReview' | 'monthlyDispatch';
  description: string;
  areas: readonly { name: string; items: readonly ShippedItem[] }[];
}

export const SHIPPED_TEMPLATES: readonly ShippedTemplate[] = [
  {
    code: 'school-canteen',
    name: '学校食堂食品安全专项检查表（六项）',
    purpose: 'inspection',
    description: '春季学校食堂食品安全专项检查：持证、健康证、索证及贮存、食品添加剂、设施布局、清洗消毒及餐厨废弃物处置六项。',
    areas: [
      {
        name: '许可证',
        items: [
          ['食堂持有有效的餐饮服务许可证（食品经营许可证），并在有效期内', 'critical', 6],
          ['许可证在醒目位置悬挂，经营项目与许可范围一致', 'minor', 2],
          ['建立并落实食品安全管理制度', 'minor', 2],
        ],
      },
      {
        name: '从业人员健康证',
        items: [
          ['从业人员取得健康体检合格证后方可上岗', 'critical', 6, 'missingHealthCertificate'],
          ['从业人员经食品安全知识培训合格后上岗', 'major', 4],
          ['从业人员个人卫生良好，工作衣帽整洁', 'minor', 2],
        ],
      },
      {
        name: '索证索票/贮存',
        items: [
          ['食品原料进购索证索票，索证台帐建立规范，按要求索证登记', 'major', 4, 'irregularPurchaseLedger'],
          ['不采购、使用病害猪肉等来源不明的肉类', 'critical', 6],
          ['库存及使用的食品在保质期内，无过期食品', 'critical', 6, 'expiredFood'],
          ['冷藏设备内生熟食品分开存放，无生熟混放', 'critical', 6, 'rawCookedMixed'],
          ['食品分类、离地离墙存放，库房整洁', 'minor', 2],
        ],
      },
      {
        name: '食品添加剂',
        items: [
          ['无违法添加非食用物质', 'critical', 6],
          ['无超范围、超剂量使用食品添加剂', 'critical', 6],
          ['食品添加剂专人专柜保管，使用有记录', 'minor', 2],
        ],
      },
      {
        name: '加工场所设施布局',
        items: [
          ['加工环境、设施布局和工艺流程合理，生进熟出', 'major', 4],
          ['配备必要的“三防”、消毒、保洁、冷藏设施', 'major', 4, 'crudeFacilities'],
          ['加工用具生熟分开使用，标识明显', 'major', 4, 'rawCookedMixed'],
          ['食品加工规范，烧熟煮透', 'major', 4],
          ['设置专门的留样冰箱', 'major', 4, 'noSampleFridge'],
          ['食品按要求留样（每个品种不少于125克，冷藏48小时，生熟留样）', 'major', 4, 'samplesMissingOrShort'],
          ['厨房面积与供餐规模相适应', 'major', 4],
        ],
      },
      {
        name: '餐用具清洗消毒与餐厨废弃物处置',
        items: [
          ['配备餐饮具清洗消毒设施并正常使用', 'major', 4],
          ['餐饮具用后清洗消毒，消毒后保洁存放', 'major', 4],
          ['餐厨废弃物加盖密闭容器存放，及时清运', 'minor', 2],
          ['餐厨废弃物交有资质的单位处置，处置有记录', 'minor', 2],
        ],
      },
    ],
  },
  {
    code: 'quantified-grading',
    name: '餐饮服务食品安全量化分级检查表（九项）',
    purpose: 'inspection',
    description: '按量化分级九个方面检查打分：符合项权重之和 ÷ 适用项权重之和 × 100；关键项不符合时等级最高为一般。',
    areas: [
      {
        name: '许可',
        items: [
          ['食品经营许可证合法有效，经营场所、主体业态、经营项目与许可一致', 'critical', 5],
          ['在显著位置公示许可证、量化分级标识和监督检查结果', 'minor', 2],
        ],
      },
      {
        name: '人员',
        items: [
          ['从业人员持有效健康证明，患有碍食品安全疾病者未从事接触直接入口食品工作', 'critical', 5, 'missingHealthCertificate'],
          ['配备食品安全管理人员，从业人员经食品安全知识培训', 'major', 3],
          ['开展晨检并记录，从业人员穿戴清洁的工作衣帽，个人卫生良好', 'minor', 2],
        ],
      },
      {
        name: '场所环境',
        items: [
          ['食品处理区布局合理，生进熟出，无交叉污染', 'major', 4],
          ['场所整洁，墙面、地面、天花板无破损、霉斑、积水', 'minor', 2],
          ['防蝇、防鼠、防虫（三防）设施完好', 'major', 3],
          ['周边无污染源，垃圾存放点远离食品处理区', 'minor', 2],
        ],
      },
      {
        name: '设施设备',
        items: [
          ['配备与供餐规模相适应的冷藏冷冻、洗消、保洁、通风排烟设施并正常运转', 'major', 4, 'crudeFacilities'],
          ['配备专用留样冰箱，专柜专用', 'major', 4, 'noSampleFridge'],
          ['专间设施（紫外线灯、空调、预进间、洗手消毒设施）符合要求', 'major', 3],
          ['设施设备定期维护、清洁', 'minor', 1],
        ],
      },
      {
        name: '采购贮存',
        items: [
          ['查验并留存供货者资质和食品合格证明，进货查验记录规范完整', 'major', 4, 'irregularPurchaseLedger'],
          ['无采购、贮存、使用超过保质期、腐败变质或来源不明的食品及原料', 'critical', 6, 'expiredFood'],
          ['食品原料分类分架、离地离墙存放，生熟分开', 'major', 3, 'rawCookedMixed'],
          ['冷藏冷冻温度符合要求，库房无有毒有害物品', 'minor', 2],
        ],
      },
      {
        name: '加工制作',
        items: [
          ['生熟食品及其工具、容器分开使用，无交叉污染', 'critical', 6, 'rawCookedMixed'],
          ['食品烧熟煮透，中心温度达到70℃以上', 'major', 4],
          ['每餐次每个品种留样不少于125克，冷藏48小时以上，记录完整', 'major', 4, 'samplesMissingOrShort'],
          ['不制售冷荤类、生食类、裱花蛋糕，不加工四季豆、野生蘑菇、发芽土豆等高风险食品', 'critical', 5],
          ['专间操作规范，专人、专用工具', 'minor', 2],
        ],
      },
      {
        name: '清洗消毒',
        items: [
          ['餐用具清洗消毒后使用，消毒效果符合要求', 'major', 4],
          ['消毒后的餐用具存放在专用保洁设施内', 'minor', 2],
          ['餐厨废弃物分类放置、及时清理，交有资质单位收运并记录', 'minor', 2],
          ['洗涤剂、消毒剂符合要求，专区存放', 'minor', 1],
        ],
      },
      {
        name: '食品添加剂',
        items: [
          ['无使用非食用物质，无超范围、超限量使用食品添加剂，不使用亚硝酸盐', 'critical', 6],
          ['食品添加剂专人采购、专人保管、专人领用、专人登记、专柜保存', 'major', 3],
        ],
      },
      {
        name: '检验运输',
        items: [
          ['集中配送、校外供餐的运输工具清洁，保温或冷藏措施符合要求，容器密闭', 'major', 3],
          ['配送食品标注加工时间和食用时限，在规定时限内食用', 'minor', 2],
          ['对食品原料开展必要的检验（快检），检验记录完整', 'minor', 1],
        ],
      },
    ],
  },
  {
    code: 'daily-check',
    name: '学校食堂每日食品安全检查（日管控）',
    purpose: 'dailyCheck',
    description: '食品安全员每日对照检查，发现问题当日整改并记录。',
    areas: [
      {
        name: '人员晨检',
        items: [
          ['从业人员晨检合格，无发热、腹泻、手部外伤等有碍食品安全情况', 'major', 1],
          ['上岗人员健康证在有效期内，穿戴清洁的工作衣帽', 'major', 1, 'missingHealthCertificate'],
        ],
      },
      {
        name: '进货查验',
        items: [
          ['当日食材索证索票、进货查验记录完整', 'major', 1, 'irregularPurchaseLedger'],
          ['食材新鲜，无过期、腐败变质食品', 'critical', 1, 'expiredFood'],
        ],
      },
      {
        name: '加工制作',
        items: [
          ['生熟分开，加工用具生熟分开使用', 'critical', 1, 'rawCookedMixed'],
          ['食品烧熟煮透', 'major', 1],
        ],
      },
      {
        name: '留样',
        items: [
          ['每餐次每个品种留样不少于125克，冷藏48小时以上', 'major', 1, 'samplesMissingOrShort'],
          ['留样记录完整（菜名、重量、时间、留样人）', 'minor', 1],
        ],
      },
      {
        name: '清洗消毒与环境',
        items: [
          ['餐用具清洗消毒，消毒后保洁存放', 'major', 1],
          ['三防设施完好，环境整洁', 'minor', 1],
          ['餐厨废弃物当日清理', 'minor', 1],
        ],
      },
      {
        name: '陪餐',
        items: [['学校负责人陪餐并记录', 'minor', 1]],
      },
    ],
  },
  {
    code: 'weekly-review',
    name: '学校食堂食品安全周排查',
    purpose: 'weeklyReview',
    description: '食品安全总监每周排查风险隐患，汇总一周日管控发现的问题和整改情况。',
    areas: [
      {
        name: '日管控落实',
        items: [
          ['本周日管控记录完整，发现的问题已整改', 'major', 1],
          ['本周留样记录完整，无缺样、少样', 'major', 1, 'samplesMissingOrShort'],
        ],
      },
      {
        name: '设施设备',
        items: [
          ['冷藏冷冻设备、留样冰箱运转正常，温度符合要求', 'major', 1, 'noSampleFridge'],
          ['消毒设施、三防设施完好', 'minor', 1, 'crudeFacilities'],
        ],
      },
      {
        name: '库存与采购',
        items: [
          ['排查库存食品保质期，临期食品已处理，无过期食品', 'critical', 1, 'expiredFood'],
          ['索证索票台账完整，供货者资质有效', 'major', 1, 'irregularPurchaseLedger'],
        ],
      },
      {
        name: '人员',
        items: [
          ['排查从业人员健康证有效期，到期前已安排体检', 'major', 1, 'missingHealthCertificate'],
          ['本周开展食品安全知识培训或提醒', 'minor', 1],
        ],
      },
      {
        name: '风险隐患',
        items: [['本周发现的风险隐患已明确整改措施和责任人', 'major', 1]],
      },
    ],
  },
  {
    code: 'monthly-dispatch',
    name: '学校食品安全月调度',
    purpose: 'monthlyDispatch',
    description: '学校主要负责人每月召开食品安全调度会议，听取汇报，研判风险，部署下月工作。',
    areas: [
      {
        name: '本月情况',
        items: [
          ['听取食品安全总监、食品安全员本月工作汇报', 'minor', 1],
          ['汇总本月日管控、周排查发现的问题', 'major', 1],
        ],
      },
      {
        name: '问题整改',
        items: [
          ['上月问题整改已落实', 'major', 1],
          ['监督意见书、整改通知书要求已落实', 'major', 1],
        ],
      },
      {
        name: '风险研判',
        items: [['研判下月食品安全风险（季节性食物中毒、高风险食品等）', 'major', 1]],
      },
      {
        name: '工作部署',
        items: [
          ['明确下月工作重点、措施和责任人', 'major', 1],
          ['形成会议纪要，参会人员签字', 'minor', 1],
        ],
      },
    ],
  },
];
