/**
 * General garment defects (通用成衣疵点), seed 000 §10.2. One row per numbered item of the source,
 * in source order; the source numbering has gaps (labels, stitching) and codes are sequential, so a
 * `// §n.m` comment keeps the link to the source item. Rows marked `product addition` are not in the
 * seed (its §10.2-7 labels keeps only item 2, §10.2-10 accessories is empty) and were added because
 * a final inspection cannot do without them.
 *
 * Severity rule (AQL-style defaults, the inspector may override per case):
 * - critical: a hazard to the wearer or a legal / safety failure (broken needle, sharp object).
 * - major: likely to make the buyer reject or return the garment: a function fails (fastening, zip),
 *   the garment or a trim departs from the spec / approved sample, a conspicuous appearance fault on
 *   the face, a seam that can open, wrong or missing mandatory label / packing information.
 * - minor: a workmanship or appearance departure that is unlikely to cause a return on its own.
 */
import type { DefectType } from '../../../src/shared/schema/defect-library';
import { defectsOf } from './build';
import { constructionDefects } from './garment-defects-construction';
import { packingDefects, stitchingDefects } from './garment-defects-stitching';

const app = defectsOf('appearance');
const btn = defectsOf('buttons');
const int = defectsOf('interlining');
const zip = defectsOf('zipper');
const eye = defectsOf('eyelets_hooks');
const blt = defectsOf('belt');
const lbl = defectsOf('labels');
const acc = defectsOf('accessories');

/** §10.2-1 整体外观 (overall appearance). */
export const appearanceDefects: DefectType[] = [
  app(
    'APP-001',
    ['面料颜色超出规格或对色卡允许范围', 'Fabric colour outside spec / colour-card tolerance'],
    'major',
  ),
  app(
    'APP-002',
    ['衣片、缝线或外露附件有色差，影响外观', 'Shade difference between panels, thread or visible trims'],
    'major',
  ),
  app('APP-003', ['表面明显起球', 'Conspicuous pilling on the surface'], 'major'),
  app('APP-004', ['花型方向与规格不符', 'Print / pattern direction not as specified'], 'major'),
  app('APP-005', ['对条对格错位', 'Stripes or checks not matched'], 'major'),
  app(
    'APP-006',
    ['断纱、断头或漏针造成破洞', 'Hole from broken yarn, broken end or dropped stitch'],
    'major',
  ),
  app(
    'APP-007',
    ['布面有永久性横向或纵向痕迹（含针痕）', 'Permanent horizontal / vertical lines, incl. needle marks'],
    'major',
  ),
  app(
    'APP-008',
    ['一臂距离内可见的油污、脏污，影响外观', 'Oil stain or soiling visible at arm’s length'],
    'major',
  ),
  app(
    'APP-009',
    ['格子布裁剪偏斜，影响外观和缩率', 'Checked fabric cut off-grain, spoiling look and shrinkage'],
    'major',
  ),
  app(
    'APP-010',
    ['明显横档或条痕，大面积影响外观', 'Conspicuous barre or streaks over a large area'],
    'major',
  ),
  app(
    'APP-011',
    [
      '使用未经批准的辅料或代用料（如纸衬）',
      'Unapproved trim or substitute material used (e.g. paper interlining)',
    ],
    'major',
  ),
  app(
    'APP-012',
    [
      '特殊辅料缺少或损坏而无法正常使用（如扣不上、拉链拉不拢），或热熔材料未在洗标上注明',
      'Special trim missing or damaged so it cannot work (fastener, zip), or heat-sensitive part not on care label',
    ],
    'major',
  ),
  app('APP-013', ['面料组织正反用错，影响外观', 'Fabric face used reversed, affecting appearance'], 'major'),
  app('APP-014', ['袖子装反或扭曲', 'Sleeve set reversed or twisted'], 'major'),
];

/** §10.2-2 纽扣 (buttons). */
export const buttonDefects: DefectType[] = [
  btn('BTN-001', ['漏钉纽扣', 'Missing button'], 'major'),
  btn('BTN-002', ['纽扣破损、有缺陷或钉反', 'Broken, damaged, defective or upside-down button'], 'major'),
  btn('BTN-003', ['纽扣不符合规格要求', 'Button not to specification'], 'major'),
];

/** §10.2-3 纸衬 (interlining). */
export const interliningDefects: DefectType[] = [
  int(
    'INT-001',
    ['粘合衬与衣服不匹配，起泡或起皱', 'Fusible interlining unsuited to the garment, bubbling or wrinkling'],
    'major',
  ),
  int('INT-002', ['肩垫伸出衣边外', 'Shoulder pad protruding beyond the edge'], 'major'),
];

/** §10.2-4 拉链 (zippers). */
export const zipperDefects: DefectType[] = [
  zip('ZIP-001', ['拉链功能不全', 'Zipper does not function fully'], 'major'),
  zip('ZIP-002', ['拉链布带与链牙颜色不匹配', 'Zipper tape colour does not match the teeth'], 'minor'),
  zip(
    'ZIP-003',
    ['拉链车得过紧或过松，拉链或口袋起拱不平', 'Zipper sewn too tight or too loose: zip or pocket bulges'],
    'major',
  ),
  zip('ZIP-004', ['拉链拉开后外观不良', 'Garment looks poor with the zipper open'], 'minor'),
  zip('ZIP-005', ['拉链布边不平直', 'Zipper tape edge not straight'], 'minor'),
  zip(
    'ZIP-006',
    ['口袋拉链不平直，口袋上部鼓起', 'Pocket zipper not straight, upper pocket bulges'],
    'minor',
  ),
  zip(
    'ZIP-007',
    ['拉链尺寸、长度与使用部位或规格不符', 'Zipper size or length wrong for its place or the spec'],
    'major',
  ),
];

/** §10.2-5 鸡眼或钩 (eyelets and hooks). */
export const eyeletDefects: DefectType[] = [
  eye('EYE-001', ['鸡眼或钩漏装或装错位置', 'Eyelet or hook missing or set in the wrong place'], 'major'),
  eye(
    'EYE-002',
    ['钩与鸡眼偏离中心，扣合后不平或鼓起', 'Hook and eyelet off-centre; uneven or bulging when fastened'],
    'minor',
  ),
  eye(
    'EYE-003',
    [
      '金属附件（钩、鸡眼、铆钉、铁扣等）未防锈或不清洁',
      'Metal trims (hooks, eyelets, rivets, snaps) not rust-proof or not clean',
    ],
    'major',
  ),
  eye('EYE-004', ['尺寸不合适或定位不准，不符合规格', 'Size or position not to specification'], 'major'),
];

/** §10.2-6 皮带 (belts). */
export const beltDefects: DefectType[] = [
  blt('BLT-001', ['腰带颜色不符合要求', 'Belt colour not as required'], 'major'),
  blt('BLT-002', ['带宽超出规格', 'Belt width outside specification'], 'major'),
  blt('BLT-003', ['带眼个数不符合要求', 'Wrong number of belt holes'], 'major'),
  blt('BLT-004', ['带头针迹不平或起皱', 'Stitching at the belt tip uneven or puckered'], 'minor'),
  blt('BLT-005', ['缺少带袢或带袢不牢', 'Belt loop missing or not secure'], 'major'),
  blt(
    'BLT-006',
    [
      '带袢与腰带尺寸不符，固定袢缺少或多余',
      'Belt loops wrong size for the belt; keeper loop missing or extra',
    ],
    'minor',
  ),
  blt('BLT-007', ['腰带长度与衣服不对应', 'Belt length does not match the garment'], 'major'),
];

/** §10.2-7 洗标、商标 (labels); the seed keeps only item 2, the rest are product additions. */
export const labelDefects: DefectType[] = [
  lbl('LBL-001', ['商标未完全可见或位置偏差', 'Label not fully visible or out of position'], 'minor'), // §10.2-7(2)
  lbl('LBL-002', ['缺少洗水标', 'Care label missing'], 'major'), // product addition
  lbl(
    'LBL-003',
    ['洗标内容错误（成分、洗涤说明、产地）', 'Wrong care label content (fibre, care, origin)'],
    'major',
  ), // product addition
  lbl('LBL-004', ['尺码标与实际尺码不符', 'Size label does not match the garment size'], 'major'), // product addition
];

/** §10.2-10 附件 (accessories): empty in the seed; all rows are product additions. */
export const accessoryDefects: DefectType[] = [
  acc(
    'ACC-001',
    ['衣物中残留断针或金属异物', 'Broken needle or metal fragment left in the garment'],
    'critical',
  ),
  acc(
    'ACC-002',
    ['附件有锐边或尖点，可能伤人', 'Trim with a sharp edge or point that can injure'],
    'critical',
  ),
  acc(
    'ACC-003',
    ['小部件不牢固易脱落（童装有误吞风险）', 'Small part detaches easily (choking hazard in childrenswear)'],
    'critical',
  ),
  acc('ACC-004', ['附件缺少或与确认样不符', 'Trim missing or different from the approved sample'], 'major'),
];

/** Every garment defect of §10.2, in source group order. */
export const garmentDefects: DefectType[] = [
  ...appearanceDefects,
  ...buttonDefects,
  ...interliningDefects,
  ...zipperDefects,
  ...eyeletDefects,
  ...beltDefects,
  ...labelDefects,
  ...stitchingDefects,
  ...packingDefects,
  ...accessoryDefects,
  ...constructionDefects,
];
