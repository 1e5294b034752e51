/**
 * Seed 000 §10.2-8 车线 (stitching) and §10.2-9 成品包装 (packing). The stitching list in the seed
 * keeps items 1, 2, 5, 6, 9-17, 19, 21 and 24 only; codes are sequential and `// §` comments give the
 * source item. Severity rule: see garment-defects.ts.
 */
import type { DefectType } from '../../../src/shared/schema/defect-library';
import { defectsOf } from './build';

const sti = defectsOf('stitching');
const pkg = defectsOf('packing');

export const stitchingDefects: DefectType[] = [
  // §10.2-8(1)
  sti(
    'STI-001',
    [
      '针距超出要求（每英寸 +2/-1 针以外）或不符合规格',
      'Stitches per inch outside spec (beyond +2/-1 per inch)',
    ],
    'minor',
  ),
  // §10.2-8(2)
  sti(
    'STI-002',
    ['针迹形式不符合要求，如拷克不够牢固', 'Wrong stitch type or class, e.g. overlock not secure'],
    'major',
  ),
  // §10.2-8(5)
  sti('STI-003', ['针迹有缺陷', 'Defective stitches'], 'minor'),
  // §10.2-8(6)
  sti(
    'STI-004',
    [
      '链式线迹、包边或加固线迹断线、漏针、跳针',
      'Broken, missing or skipped stitches in chainstitch, binding or reinforcement',
    ],
    'major',
  ),
  // §10.2-8(9)
  sti(
    'STI-005',
    [
      '套结漏打，或长度、位置、宽度、密度不符合要求',
      'Bartack missing, or wrong length, position, width or density',
    ],
    'major',
  ),
  // §10.2-8(10)
  sti(
    'STI-006',
    ['暗缲线太紧，造成扭曲起皱', 'Blind stitch too tight, causing twisting and puckering'],
    'minor',
  ),
  // §10.2-8(11)
  sti(
    'STI-007',
    ['针迹不规则或不平直，车缝控制不好', 'Irregular or crooked stitching, poor seam control'],
    'minor',
  ),
  // §10.2-8(12)
  sti('STI-008', ['针迹失控（跑线）', 'Runaway (uncontrolled) stitching'], 'minor'),
  // §10.2-8(13)
  sti('STI-009', ['使用单线线迹（不接受）', 'Single-thread stitching used (not accepted)'], 'major'),
  // §10.2-8(14)
  sti('STI-010', ['缝线线号不当，影响缝制牢度', 'Unsuitable thread size reducing seam strength'], 'major'),
  // §10.2-8(15)
  sti(
    'STI-011',
    [
      '缝线太紧，正常拉伸时线或布会断裂（缝线应留 30%-35% 的伸长余量）',
      'Seam thread too tight: thread or fabric cracks when stretched (allow 30-35% thread extension)',
    ],
    'major',
  ),
  // §10.2-8(16)
  sti('STI-012', ['毛边露在针迹外面', 'Raw edge outside the stitching'], 'major'),
  // §10.2-8(17)
  sti('STI-013', ['针迹不牢，缝口开裂', 'Insecure stitching, open seam'], 'major'),
  // §10.2-8(19)
  sti('STI-014', ['线头长于 1/2 英寸未剪', 'Untrimmed thread end longer than 1/2 inch'], 'minor'),
  // §10.2-8(21)
  sti('STI-015', ['外露部位断线超过 1/4 英寸', 'Broken stitching over 1/4 inch on the outside'], 'major'),
  // §10.2-8(24)
  sti('STI-016', ['车缝处打褶超过 1/4 英寸', 'Pleat caught in a seam over 1/4 inch'], 'minor'),
];

export const packingDefects: DefectType[] = [
  pkg(
    'PKG-001',
    [
      '未按要求整烫、折叠、挂装、入胶袋，或搭配不符',
      'Not pressed, folded, hung, bagged or assorted as required',
    ],
    'major',
  ),
  pkg(
    'PKG-002',
    ['整烫不良：色差、极光、变色或其它疵点', 'Poor pressing: shading, shine, colour change or other faults'],
    'minor',
  ),
  pkg(
    'PKG-003',
    [
      '尺码贴、价格牌、衣架尺码缺少、放错或不符规格',
      'Size sticker, price tag or hanger sizer missing, misplaced or not to spec',
    ],
    'major',
  ),
  pkg(
    'PKG-004',
    [
      '包装材料不符合要求（衣架、胶袋、纸箱、箱唛）',
      'Packaging not as required (hanger, polybag, carton, carton marking)',
    ],
    'major',
  ),
  pkg(
    'PKG-005',
    [
      '印刷错误或内容不合逻辑（价格牌、衣架尺码、包装衬板）',
      'Wrong or inconsistent printing (price tag, hanger sizer, backing board)',
    ],
    'major',
  ),
  pkg('PKG-006', ['纸箱内容不符合要求', 'Carton contents not as required'], 'major'),
];
