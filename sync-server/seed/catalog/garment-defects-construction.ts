/**
 * Seed 000 §10.2-11 成品外观结构 (construction), items 1-36 in source order (CON-0NN = item NN).
 * Items 12, 13 and 21 name "x夫" / "克服" in the seed; read as 克夫 (cuff). Items 12 and 21, and
 * 29 and 36, overlap in the source and are kept as listed. Severity rule: see garment-defects.ts.
 */
import type { DefectType } from '../../../src/shared/schema/defect-library';
import { defectsOf } from './build';

const con = defectsOf('construction');

export const constructionDefects: DefectType[] = [
  con('CON-001', ['前下摆不平齐', 'Front hem not level'], 'major'),
  con('CON-002', ['里布在顶端外露', 'Inner fabric showing at the top edge'], 'minor'),
  con('CON-003', ['附件、衣片连接不平直', 'Trims or panels joined crookedly'], 'minor'),
  con('CON-004', ['贴块长度不对应', 'Patches not matched in length'], 'minor'),
  con(
    'CON-005',
    ['贴块形状不良，贴上后两边鼓起', 'Patch badly shaped, bulging at the sides once applied'],
    'minor',
  ),
  con('CON-006', ['贴块位置不当', 'Patch misplaced'], 'major'),
  con(
    'CON-007',
    ['腰头不规则，或与对应部位宽度不均', 'Waistband irregular or uneven in width with its counterpart'],
    'minor',
  ),
  con('CON-008', ['松紧带分布不均匀', 'Elastic not evenly distributed'], 'minor'),
  con('CON-009', ['拉链拉合后门襟布未盖住拉链', 'Placket does not cover the zipper when closed'], 'major'),
  con('CON-010', ['袖子针迹线外露', 'Sleeve stitching showing'], 'minor'),
  con('CON-011', ['袖窿底缝连接时未对齐', 'Underarm seams not aligned'], 'minor'),
  con('CON-012', ['克夫不平直', 'Cuff not straight'], 'minor'),
  con('CON-013', ['克夫上袖时位置错位', 'Cuff set to the sleeve out of position'], 'minor'),
  con('CON-014', ['左右袖长短不一', 'Left and right sleeves differ in length'], 'major'),
  con('CON-015', ['领子过分鼓起、起皱或扭曲', 'Collar bulging, puckered or twisted'], 'major'),
  con('CON-016', ['领尖不对称或形状明显不佳', 'Collar points unequal or clearly misshapen'], 'major'),
  con(
    'CON-017',
    ['领内衬料明显不平，太紧或太松', 'Collar interlining visibly uneven, too tight or too loose'],
    'minor',
  ),
  con(
    'CON-018',
    ['领子车迹从上到下不均匀，底领外露', 'Collar stitching uneven top to bottom; under-collar showing'],
    'minor',
  ),
  con('CON-019', ['上领后中心点没对准', 'Collar centre not aligned after setting'], 'minor'),
  con('CON-020', ['后中领座未盖住领子', 'Back-centre collar stand does not cover the collar'], 'minor'),
  con('CON-021', ['克夫不平直、扭曲或不美观', 'Cuff crooked, twisted or unsightly'], 'minor'),
  con('CON-022', ['口袋不水平、偏离中心或明显弯曲', 'Pocket not level, off-centre or visibly bent'], 'major'),
  con('CON-023', ['袋布规格、克重不符合规定', 'Pocketing fabric spec or weight not as required'], 'minor'),
  con('CON-024', ['口袋尺寸不良', 'Pocket size wrong'], 'minor'),
  con('CON-025', ['袋盖两角超出口袋', 'Flap corners extend past the pocket'], 'minor'),
  con(
    'CON-026',
    ['口袋形状不一，或左右明显歪斜', 'Pockets differ in shape or are visibly askew left / right'],
    'major',
  ),
  con('CON-027', ['带扣位置不对', 'Buckle out of position'], 'minor'),
  con('CON-028', ['带子形状或颜色不对', 'Strap shape or colour wrong'], 'major'),
  con('CON-029', ['缝线颜色不对应', 'Thread colour does not match'], 'minor'),
  con(
    'CON-030',
    ['袖口折边大小不一、歪斜，外观不良', 'Cuff hem uneven in width, crooked or poor-looking'],
    'minor',
  ),
  con('CON-031', ['下摆折边左右或前后不均', 'Bottom hem uneven left / right or front / back'], 'minor'),
  con(
    'CON-032',
    [
      '折边、橡筋、包边在领、袖口、脚口、腰口等开口处未对齐',
      'Hems, elastic or binding misaligned at collar, cuffs, leg or waist openings',
    ],
    'minor',
  ),
  con('CON-033', ['纽扣太大或太小', 'Button too large or too small'], 'major'),
  con('CON-034', ['钮门毛边（刀不够锋利）', 'Frayed buttonhole (blunt cutting knife)'], 'major'),
  con(
    'CON-035',
    ['钮门或纽扣位置偏离，导致变形', 'Buttonhole or button off position, distorting the garment'],
    'major',
  ),
  con('CON-036', ['缝线未对色或对色不佳', 'Thread not colour-matched or poorly matched'], 'minor'),
];
