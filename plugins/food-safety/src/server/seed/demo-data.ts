/**
 * The words of the food-safety demo: people's names, contractors, dishes, what inspectors write
 * down for each known defect (DOMAIN §8, the seeds' campaign report) and what schools answer.
 * Fictional throughout.
 */
import type { DefectCode } from '../templates/vocab.js';
import type { SeedRandom } from './random.js';

const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '黄',
  '赵',
  '周',
  '吴',
  '徐',
  '孙',
  '胡',
  '朱',
  '高',
  '林',
  '何',
  '郭',
  '罗',
  '梁',
  '宋',
  '郑',
  '谢',
  '唐',
  '彭',
  '曾',
  '邓',
  '邹',
  '蒋',
  '田',
];
const GIVEN_MALE = [
  '建国',
  '志强',
  '伟',
  '军',
  '勇',
  '海涛',
  '国平',
  '立新',
  '明辉',
  '德胜',
  '卫东',
  '永红',
  '新华',
  '俊杰',
  '文斌',
  '小龙',
  '春生',
  '宏',
  '健',
  '振华',
];
const GIVEN_FEMALE = [
  '秀英',
  '丽华',
  '桂兰',
  '玉梅',
  '红霞',
  '小燕',
  '春梅',
  '淑芬',
  '艳',
  '芳',
  '婷',
  '丽娟',
  '晓红',
  '美玲',
  '金凤',
  '雪梅',
  '慧',
  '翠兰',
  '静',
  '海燕',
];

export function personName(rng: SeedRandom, gender: 'male' | 'female'): string {
  return rng.pick(SURNAMES) + rng.pick(gender === 'male' ? GIVEN_MALE : GIVEN_FEMALE);
}

/** A mobile number of the demo (13x / 15x / 18x, eleven digits). */
export function demoMobile(rng: SeedRandom): string {
  return `${rng.pick(['135', '137', '139', '150', '152', '158', '180', '187'])}${String(rng.int(0, 99_999_999)).padStart(8, '0')}`;
}

/** Contractors of contracted canteens (承包单位) and the outside meal suppliers' companies. */
export const CONTRACTORS = ['示范县味美餐饮管理有限公司', '示范县膳源团餐服务有限公司', '湘中健康餐饮管理有限公司', '示范县禾丰餐饮服务有限公司'];

/** Food handlers' positions 岗位: the first is the canteen's keeper of samples and stores. */
export const POSITIONS = ['食堂管理员', '厨师', '厨师', '面点师', '帮厨', '配餐员', '保洁员'];

export const PLATES = ['湘L·A3217', '湘L·A5096', '湘L·B1182', '湘L·A7730'];

export const LUNCH_DISHES = [
  '红烧肉',
  '番茄炒蛋',
  '清炒白菜',
  '土豆丝',
  '青椒肉丝',
  '冬瓜排骨汤',
  '小炒黄牛肉',
  '蒸水蛋',
  '炒包菜',
  '豆腐汤',
  '红烧鸡块',
  '酸辣白菜',
  '肉末茄子',
  '紫菜蛋花汤',
  '米饭',
];
export const BREAKFAST_DISHES = ['肉包', '馒头', '米粉', '鸡蛋', '小米粥', '豆浆', '花卷'];

/** What an inspector writes for a failed item with a known defect (what was found). */
export const FINDINGS: Readonly<Record<DefectCode, readonly string[]>> = {
  rawCookedMixed: ['冷藏柜内生肉与熟食同层存放，未分开', '切配生肉与熟食共用一块砧板，无标识'],
  noSampleFridge: ['未设专用留样冰箱，留样食品与原料混放于普通冰箱', '无留样冰箱，留样盒放置在储物柜内'],
  samplesMissingOrShort: ['抽查近三日留样记录，午餐两个品种留样不足125克', '早餐未留样，留样记录缺两日'],
  irregularPurchaseLedger: ['蔬菜、肉类进货无供货方资质和检验合格证明，索证台帐登记不全', '进货查验记录缺最近一周的登记'],
  expiredFood: ['库房内发现超过保质期的酱油2瓶、粉丝1包', '冷库内一箱冻鸡腿超过保质期3天'],
  crudeFacilities: ['加工间无纱窗、挡鼠板，消毒柜损坏未修', '冷藏设施不足，无保洁柜'],
  missingHealthCertificate: ['2名帮厨人员健康证已过期仍在岗', '新入职配餐员未取得健康证明即上岗'],
};

/** The requirement 整改要求 printed on the notice for a known defect. */
export const REQUIREMENTS: Readonly<Record<DefectCode, string>> = {
  rawCookedMixed: '生熟食品及其工具、容器分开存放和使用，标识明显',
  noSampleFridge: '配备专用留样冰箱，专柜专用',
  samplesMissingOrShort: '每餐次每个品种留样不少于125克，冷藏48小时以上，记录完整',
  irregularPurchaseLedger: '建立进货查验记录，按要求索证索票并登记',
  expiredFood: '立即清理过期食品，建立库存食品保质期检查制度',
  crudeFacilities: '配齐“三防”、消毒、保洁、冷藏设施并保证正常运转',
  missingHealthCertificate: '无有效健康证明人员立即调离岗位，体检合格后方可上岗',
};

/** What a school submits as evidence for a known defect. */
export const EVIDENCE: Readonly<Record<DefectCode, readonly string[]>> = {
  rawCookedMixed: ['已购置生熟分色砧板和刀具并张贴标识，冷藏柜分层存放生熟食品，附整改照片', '已重新划分冷藏柜生熟区域，对厨工进行专题培训'],
  noSampleFridge: ['已采购专用留样冰箱1台，贴“留样专用”标识，附购置发票和照片', '已向县教育局申请经费购置留样冰箱，先借用中心校冰箱专用'],
  samplesMissingOrShort: ['已购置留样盒和电子秤，每个品种称重留样不少于125克，补充留样记录', '指定专人负责留样，食品安全员每日检查留样记录'],
  irregularPurchaseLedger: ['已补齐供货商营业执照、检验合格证明，重新建立进货查验台帐', '与定点供货商签订供货协议，每批次索证索票并登记'],
  expiredFood: ['过期食品已全部销毁并登记，建立库存食品每周检查制度', '已清理库房，临期食品单独存放并标注'],
  crudeFacilities: ['已安装纱窗、挡鼠板和灭蝇灯，维修消毒柜，附照片', '已新增保洁柜和冷藏柜各1台'],
  missingHealthCertificate: ['相关人员已调离岗位并完成体检，取得健康证明后重新上岗，附健康证复印件', '已组织全体从业人员体检，建立健康证到期提醒台帐'],
};

/** Notes for failed items with no known defect, by severity. */
export const GENERIC_FINDINGS = [
  '现场查看不符合要求，已当场指出',
  '相关记录不完整，部分日期缺记',
  '设施有破损，未及时维修',
  '制度未上墙，管理人员说不清具体要求',
];
export const GENERIC_EVIDENCE = ['已按要求整改，补充相关记录并附照片', '已维修更换，食品安全员每日检查', '已组织从业人员学习相关要求并考核'];
export const REJECT_NOTES = ['材料不全，照片不能反映整改情况，请补充后重新提交', '留样记录仍缺早餐部分，请补齐后重新提交'];
export const CORRECTED_NOTES = ['已当场整改', '现场已整理到位', '已当场销毁并登记'];

/** The routine records' words. */
export const DAILY_FINDINGS = ['一名帮厨未戴工作帽，已当场纠正', '消毒记录漏记一次，已补记', '垃圾桶未加盖，已整改'];
export const WEEKLY_FINDINGS = ['库房一包面粉临近保质期，已优先使用', '留样冰箱温度记录缺一日'];
export const MONTHLY_RISKS = ['季节交替，诺如病毒等肠道传染病进入高发期，加强晨检和餐用具消毒', '天气转凉，注意冷库和留样冰箱温度监测，防止食材受潮霉变'];
