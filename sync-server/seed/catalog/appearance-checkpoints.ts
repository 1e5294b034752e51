/**
 * Final-inspection checklist items.
 *
 * - `APC-` appearance: seed 000 §三 外观要求. APC-0NN = source item NN. The seed text lost item 1 in
 *   conversion (its list starts at 2, like §一 just above); APC-001 (front placket) is our own
 *   reconstruction of the usual first checkpoint of this list and is NOT in the seed.
 * - `FNC-` functional: fastening / strength / safety tests plus stitch density (seed 000 §10.2-8(1):
 *   stitches per inch within +2/-1 of spec; the density table of §五 is omitted in the seed, so the
 *   target comes from the order's spec sheet) and measurement laid flat (§四; its tolerance tables are
 *   omitted in the seed, so tolerances come from the spec sheet).
 * - `PKC-` packing and `LBC-` labelling: §一.6, the carton checks of 生产过程跟单 item 10 (each colour
 *   and size checked against the packing list) and §10.2-7 / §10.2-9.
 *
 * requiresPhoto is true only where the evidence itself matters to the buyer or to a later dispute.
 */
import type { ChecklistItem } from '../../../src/shared/schema/checklist';
import { itemsOf } from './build';

const apc = itemsOf('appearance');
const fnc = itemsOf('functional');
const pkc = itemsOf('packing');
const lbc = itemsOf('labelling');

export const appearanceCheckpoints: ChecklistItem[] = [
  apc('APC-001', [
    '门襟顺直平服、左右长短一致；里襟不长于门襟；拉链不起浪，纽扣间距均匀',
    'Front placket straight, flat and even in length; underlap not longer than overlap; zip flat, buttons evenly spaced',
  ]),
  apc('APC-002', [
    '止口顺直、不反吐，左右宽窄一致（有特别要求的除外）',
    'Front edges straight with no facing rolling out; left and right widths equal unless specified',
  ]),
  apc('APC-003', ['开衩顺直，不搅不豁', 'Vents and slits hang straight, neither crossing over nor gaping']),
  apc('APC-004', ['口袋方正平服，袋口不豁开', 'Pockets square and flat; pocket mouths do not gape']),
  apc('APC-005', [
    '袋盖、贴袋方正平服，前后、高低、大小一致；里袋高低、大小一致，方正平服',
    'Flaps and patch pockets square, flat and matched in height and size; inside pockets matched, square, flat',
  ]),
  apc('APC-006', [
    '领缺嘴大小一致，驳头平服、两端整齐；领窝圆顺，领面平服、松紧适宜，外口顺直不翘，底领不外露',
    'Collar notches equal, lapels flat with neat ends; neckline smooth, collar flat, edge straight, stand hidden',
  ]),
  apc('APC-007', [
    '肩部平服，肩缝顺直，两肩宽窄一致，拼缝对称',
    'Shoulders flat, shoulder seams straight, both shoulders equal; panel seams symmetric',
  ]),
  apc('APC-008', [
    '两袖长短、袖口大小宽窄一致；袖袢高低、长短、宽窄一致',
    'Sleeves equal in length and cuff opening; sleeve tabs matched in height, length and width',
  ]),
  apc('APC-009', [
    '背部平服，缝位顺直；后腰带水平对称，松紧适宜',
    'Back flat with straight seams; back belt level, symmetric and at the right tension',
  ]),
  apc('APC-010', [
    '底边圆顺平服；橡筋、罗纹宽窄一致，罗纹对条车缝',
    'Hem smooth and flat; elastic and rib widths even; rib stripes matched when sewn',
  ]),
  apc('APC-011', [
    '各部位里布大小、长短与面布相称，不吊里、不吐里',
    'Lining sized to the shell everywhere: not pulling and not showing',
  ]),
  apc('APC-012', [
    '衣服外侧两边车缝的提花织带、提花背带，花纹左右对称',
    'Jacquard tapes or straps sewn on both outer sides have symmetric patterns',
  ]),
  apc('APC-013', [
    '填充物平服，绗线均匀整齐，前后片接缝对齐',
    'Padding flat, quilting lines even and neat, front and back panel seams aligned',
  ]),
  apc('APC-014', [
    '有绒毛的面料分方向裁，整件绒毛倒向一致',
    'Pile or napped fabric: nap runs the same way on the whole garment',
  ]),
  apc(
    'APC-015',
    ['热封条平整、不起皱、粘合牢固', 'Seam-sealing tape flat, unwrinkled and firmly bonded'],
    true,
  ),
  apc('APC-016', [
    '涂白胶面料的针孔处无白胶渗出；车缝线需上线油',
    'Coated fabric: no coating seeping at needle holes; sewing thread lubricated',
  ]),
  apc('APC-017', [
    '从袖里封口的款式，封口不超过 8 cm，且一致、牢固、整齐',
    'Styles closed through the sleeve lining: closure at most 8 cm, consistent, secure and neat',
  ]),
  apc(
    'APC-018',
    ['要求对条对格的面料，条格对准确', 'Stripes and checks matched accurately where required'],
    true,
  ),
];

export const functionalChecks: ChecklistItem[] = [
  fnc('FNC-001', [
    '拉链全程开合顺滑，拉头自锁有效，无缺牙',
    'Zipper runs smoothly over its full length, slider locks, no missing teeth',
  ]),
  fnc('FNC-002', [
    '纽扣、四合扣、铆钉拉力测试合格，无松脱',
    'Buttons, snaps and rivets pass the pull test without loosening',
  ]),
  fnc('FNC-003', [
    '钩扣、鸡眼、带扣开合正常，扣合后平服',
    'Hooks, eyelets and buckles open and close properly and lie flat when fastened',
  ]),
  fnc('FNC-004', [
    '耐摩擦色牢度（干擦 / 湿擦）：白布无明显沾色',
    'Colour fastness to rubbing (dry / wet): no marked staining on the white cloth',
  ]),
  fnc(
    'FNC-005',
    [
      '成品全部通过验针（金属检测）机，无报警',
      'All finished garments passed through the needle (metal) detector with no alarm',
    ],
    true,
  ),
  fnc('FNC-006', [
    '针距密度符合规格，每英寸允许 +2/-1 针',
    'Stitch density to spec, within +2/-1 stitches per inch',
  ]),
  fnc('FNC-007', [
    '尺寸：衣服平放于桌面、自然状态下度量，在规格允许误差内',
    'Measurements taken with the garment laid flat on a table, relaxed, within spec tolerance',
  ]),
];

export const packingChecks: ChecklistItem[] = [
  pkc('PKC-001', ['箱唛内容正确、完整、清晰', 'Shipping marks correct, complete and legible'], true),
  pkc('PKC-002', [
    '每箱颜色、尺码配比与装箱单相符',
    'Colour / size assortment in each carton matches the packing list',
  ]),
  pkc('PKC-003', ['每箱件数与装箱单相符', 'Pieces per carton match the packing list']),
  pkc(
    'PKC-004',
    [
      '纸箱尺寸、毛重 / 净重符合要求，纸箱适合长途运输',
      'Carton dimensions and gross / net weight as specified; carton fit for long-distance transport',
    ],
    true,
  ),
  pkc(
    'PKC-005',
    [
      '折叠、胶袋、衣架、整烫符合包装要求',
      'Folding, polybag, hanger and pressing as per the packing instructions',
    ],
    true,
  ),
];

export const labellingChecks: ChecklistItem[] = [
  lbc('LBC-001', ['主唛齐全、完全可见、位置正确', 'Main label present, fully visible and correctly placed']),
  lbc(
    'LBC-002',
    [
      '洗水标齐全，成分、洗涤符号、产地正确',
      'Care label present with correct fibre content, care symbols and origin',
    ],
    true,
  ),
  lbc('LBC-003', ['尺码标与衣服尺码及包装一致', 'Size label matches the garment size and its packing']),
  lbc(
    'LBC-004',
    ['吊牌、价格牌内容正确并按要求挂放', 'Hang tags and price tags correct and attached as specified'],
    true,
  ),
  lbc('LBC-005', [
    '条形码（吊牌、胶袋、纸箱）扫描可读，与款号、颜色、尺码对应',
    'Barcodes on tags, polybags and cartons scan and match style, colour and size',
  ]),
];
