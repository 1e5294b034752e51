/**
 * Fabric defects (面料疵点), seed 000 §10.1: all 53 numbered entries, in source order, so
 * `FAB-0NN` is source entry NN. Names follow the source (a qualifier is added where the source
 * uses the same name twice: entries 4/49, 12/34, 23/33); causes are our own paraphrase.
 *
 * Severity rule (garment final-inspection default, the inspector may override per case):
 * - major: the fault is on the face of the fabric and would be conspicuous on the finished garment,
 *   or it breaks the fabric structure or its grain / shade: holes and abrasion, missing or broken
 *   yarns, bars and streaks, skew and bow, shade and dye faults, print faults, stains, permanent
 *   creases, joints.
 * - minor: the fault sits on the selvedge (normally cut away in the marker) or the reverse side, or
 *   is a small isolated yarn irregularity (slub, neps, fly, thick yarn) unlikely to be noticed.
 * - critical: none; fabric faults are not safety faults (see the garment groups for those).
 *
 * Entry 27's name is masked as "**" in the seed text; from its cause (made while setting the fabric
 * in finishing) and the same mask in §三 item 16 ("**处不能有白胶渗出") it reads as 针孔 (pin holes).
 */
import type { DefectType } from '../../../src/shared/schema/defect-library';
import { defectsOf } from './build';

const fab = defectsOf('fabric');

export const fabricDefects: DefectType[] = [
  fab('FAB-001', ['布表磨损点', 'Abrasion mark (chafed spot)'], 'major', [
    '布面受摩擦或异常外力作用，表面局部受损。',
    'Rubbing or an abnormal force has damaged the fabric surface locally.',
  ]),
  fab('FAB-002', ['背面的印渍', 'Print stain on the reverse'], 'minor', [
    '印花时衬在下面的垫布把花色转印到布的背面。',
    'The backing cloth used under the print transferred print marks to the back of the fabric.',
  ]),
  fab('FAB-003', ['横档', 'Barre (crosswise bar)'], 'major', [
    '织造（梭织或针织）过程中产生的横向条档。',
    'A crosswise bar created during weaving or knitting.',
  ]),
  fab('FAB-004', ['斜纹路', 'Off-grain lines (skewed wales / twill)'], 'major', [
    '梭织或针织布的纹路不直，或与布边不成直角。',
    'Wale or twill lines on woven or knit fabric are not straight or not at right angles.',
  ]),
  fab('FAB-005', ['弓纱', 'Bow (bowed warp or weft)'], 'major', [
    '经纱或纬纱呈弓形弯曲，多因张力不匀；梭织、针织均可能出现。',
    'Warp or weft yarns curve in a bow, usually from uneven tension; occurs in woven and knit.',
  ]),
  fab('FAB-006', ['粗纱', 'Thick yarn (coarse pick)'], 'minor', [
    '纬纱用完换纱时织入粗纬或弓纬，也可能由其它原因造成。',
    'A coarse or bowed pick woven in when the weft package runs out, or from other causes.',
  ]),
  fab('FAB-007', ['斑点，粒子', 'Specks / neps'], 'minor', [
    '纬纱用尽时纱尾被织入布中，挑出后在布面留下空隙。',
    'A weft tail woven in when the weft runs out; picking it out leaves a gap in the fabric.',
  ]),
  fab('FAB-008', ['飞色', 'Coloured fly contamination'], 'minor', [
    '纺纱或织造时杂物、飞尘混入，纱线或布面像夹着色点。',
    'Foreign matter or fly dust caught in spinning or weaving looks like specks of dyed fibre.',
  ]),
  fab('FAB-009', ['带色', 'Colour carry-over'], 'major', [
    '多见于色织布：色纱在布机或导纱圈上留下颜色，使花形、图案残缺。',
    'Mostly yarn-dyed: coloured yarn leaves dye on the loom or yarn guides, spoiling the pattern.',
  ]),
  fab('FAB-010', ['少色', 'Missing colour (print)'], 'major', [
    '印花时布面或网版不平，部分位置没有着色。',
    'Parts of the print took no colour because the fabric or screen was not flat during printing.',
  ]),
  fab('FAB-011', ['色污', 'Print smear / colour soiling'], 'major', [
    '印花过程中布面被沾污，或图案被破坏。',
    'The fabric was soiled or the design was damaged during printing.',
  ]),
  fab('FAB-012', ['折痕', 'Crease mark'], 'major', [
    '成品检验折布时压出的折痕，可能贯穿整个布面，后道工序难以消除。',
    'A crease pressed in while folding at final fabric inspection; it may run across the whole width.',
  ]),
  fab('FAB-013', ['直档', 'Lengthwise streak (tubular fabric)'], 'major', [
    '筒状针织布在染色时受挤压，布面出现纵向条档。',
    'Tubular knit fabric squeezed during dyeing shows lengthwise bars.',
  ]),
  fab('FAB-014', ['吊经', 'Tight end'], 'major', [
    '布机上经纱张力过大，通常由断头引起。',
    'Excessive warp tension on the loom, usually following an end break.',
  ]),
  fab('FAB-015', ['筘路', 'Reed mark'], 'major', [
    '针与筘配合不良，布面出现孔眼和缺针迹的条路。',
    'Poor needle/reed interaction leaves a line of holes and missing stitches.',
  ]),
  fab('FAB-016', ['缩纬', 'Kinky filling (snarled pick)'], 'minor', [
    '无梭织机引纬后纬纱张力不足，纬纱不平直。',
    'On shuttleless looms the inserted weft lacks tension and does not lie straight.',
  ]),
  fab('FAB-017', ['印花中的干痕', 'Doctor-blade streak (print)'], 'major', [
    '刮刀未清洁干净，印花时留下长条痕迹。',
    'A doctor blade that was not cleaned leaves a long streak along the print.',
  ]),
  fab('FAB-018', ['少纱', 'Missing yarn'], 'major', [
    '织布机或针织机断纱后仍在运转。',
    'The loom or knitting machine kept running after a yarn broke.',
  ]),
  fab('FAB-019', ['飞花', 'Fly (foreign fibre)'], 'minor', [
    '纺纱时杂质、飞花混入，纱线不纯。',
    'Impurities and loose fibre got into the yarn during spinning.',
  ]),
  fab('FAB-020', ['全横档(疵)', 'Full-width defect (selvedge to selvedge)'], 'major', [
    '从一边到另一边都可见的疵点；每100码允许2-3处，超过3处降等，6码内出现则扣除该6码。',
    'Visible across the full width; 2-3 per 100 yd allowed, more than 3 downgrades, 6 yd around one deducted.',
  ]),
  fab('FAB-021', ['综落下', 'Harness drop (broken heddle strap)'], 'major', [
    '织机吊综带断开，织造图案被破坏。',
    'A broken heddle-frame strap on the loom disrupts the woven pattern.',
  ]),
  fab('FAB-022', ['孔', 'Hole'], 'major', ['布面破损或出现破洞。', 'The fabric is torn or holed.']),
  fab('FAB-023', ['少经', 'Missing end (woven)'], 'major', [
    '织机没有停经装置或其失灵，断经后机器继续运转。',
    'The warp stop motion was absent or failed, so the loom kept running after an end broke.',
  ]),
  fab('FAB-024', ['缩皱', 'Cockling (wavy wrinkles)'], 'major', [
    '布未定型就起皱，多在匹头匹尾，展开后呈皱纹和波浪；验布机下罗拉太紧时容易漏检。',
    'Unset wrinkles, mostly at the piece ends, show as waves when spread; a tight roller hides them.',
  ]),
  fab('FAB-025', ['混纱', 'Mixed yarn'], 'major', [
    '错用的纤维或纱支织入布中，布面局部偏厚或偏薄；纤维不同时成品颜色也不同。',
    'A wrong fibre or count is woven in: locally thicker or thinner, and a different shade after dyeing.',
  ]),
  fab('FAB-026', ['针路', 'Needle line'], 'major', [
    '针织时弯针留下的针痕，一般沿纵向。',
    'Marks left by a bent knitting needle, normally running lengthwise.',
  ]),
  fab('FAB-027', ['针孔', 'Stenter pin holes'], 'minor', [
    '后整理定型时拉幅针板在布面留下的孔眼（源文件此处名称被遮挡为“**”）。',
    'Holes left by the stenter pins while heat-setting the fabric (name masked as "**" in the source).',
  ]),
  fab('FAB-028', ['印花错位', 'Print misregistration'], 'major', [
    '印花滚筒不同步，各色位置对不准。',
    'Print rollers out of step put colours in the wrong position.',
  ]),
  fab('FAB-029', ['聚浆', 'Paste build-up (print blotch)'], 'major', [
    '印花中途停机，该处染料堆积过多。',
    'The printing machine stopped and too much dye paste collected at that spot.',
  ]),
  fab('FAB-030', ['皱边', 'Puckered selvedge'], 'minor', [
    '预缩过程中布边起皱、收缩。',
    'The selvedge puckers or shrinks during pre-shrinking.',
  ]),
  fab('FAB-031', ['箝路', 'Wrong-reed streak'], 'major', [
    '筘号不符或用错筘，整个图案出现筘路。',
    'A wrong or mismatched reed count marks the whole pattern with reed lines.',
  ]),
  fab('FAB-032', ['经路不良', 'Wale streak (faulty needles, knit)'], 'major', [
    '针织布因坏针、尖针、跳针形成纵向条路。',
    'Damaged, sharp or skipping needles produce lengthwise lines in knit fabric.',
  ]),
  fab('FAB-033', ['少经（针织）', 'Dropped needle line (knit)'], 'major', [
    '针织机断针造成缺针；机器通常应有断针自停装置。',
    'A broken knitting needle leaves a missing wale; machines normally have a stop motion for this.',
  ]),
  fab('FAB-034', ['折痕（印花）', 'Fold-line print skip'], 'major', [
    '布的折叠处经过印花机时没有印上花色。',
    'A folded part of the fabric went through the printer and stayed unprinted.',
  ]),
  fab('FAB-035', ['背印', 'Set-off (mark-off)'], 'major', [
    '印花压力使下层布的花色反印到布面上。',
    'Printing pressure transfers colour from the layer underneath onto the fabric.',
  ]),
  fab('FAB-036', ['松边或长边', 'Slack (long) selvedge'], 'minor', [
    '布边比布身长，拉布时起皱、呈波浪状。',
    'The selvedge is longer than the body and waves or wrinkles when spreading.',
  ]),
  fab('FAB-037', ['凹凸边', 'Uneven (wavy) selvedge'], 'minor', [
    '布边进出不规则、不平直，两边拉布松紧不一，织造时引纬松紧也不一致。',
    'An irregular, uneven edge: the two sides spread with different tension, weft insertion varies.',
  ]),
  fab('FAB-038', ['紧边', 'Tight selvedge'], 'minor', [
    '布边比布身短，堆布时起波纹。',
    'The selvedge is shorter than the body and ripples when the fabric is stacked.',
  ]),
  fab('FAB-039', ['破边', 'Torn selvedge'], 'minor', [
    '开幅机开幅时拉宽布幅，布边反复破损。',
    'Repeated edge tears from stretching the width on the slitting/opening machine.',
  ]),
  fab('FAB-040', ['折边', 'Folded (curled) selvedge'], 'minor', [
    '折布或卷布时布边向上或向下折起并被卷入。',
    'The edge folds up or down and is rolled in while folding or batching the fabric.',
  ]),
  fab('FAB-041', ['色横档', 'Colour bar (stop mark)'], 'major', [
    '染色或后整理机器停顿，布面横向出现明显色档。',
    'A conspicuous crosswise shade bar from a stop of the dyeing or finishing machine.',
  ]),
  fab('FAB-042', ['色变档', 'Shade variation'], 'major', [
    '一般性的色差，可突然出现也可逐渐变化，不属于固定位置的色档。',
    'General shade difference, sudden or gradual, not a bar at a fixed position.',
  ]),
  fab('FAB-043', ['色档', 'Side-to-centre shading (listing)'], 'major', [
    '布两边之间或布边与中间颜色不一致。',
    'The two sides, or the edges and the centre, of the fabric differ in shade.',
  ]),
  fab('FAB-044', ['斜路', 'Skew / bias'], 'major', [
    '梭织或针织布经纬向不成直角，纹路歪斜。',
    'Warp and weft (or wales and courses) are not square, so the lines run at a slant.',
  ]),
  fab('FAB-045', ['粗节纱', 'Slub'], 'minor', [
    '纱线局部粗厚，或夹有棉籽壳（棉皮）。',
    'A thick section of yarn, or seed-coat fragments caught in the yarn.',
  ]),
  fab('FAB-046', ['拼结结头', 'Piecing joint'], 'major', [
    '两段布拼接在一起。',
    'Two pieces of fabric joined together in the roll.',
  ]),
  fab('FAB-047', ['污点', 'Stain (soil spot)'], 'major', [
    '缺色，或各种原因造成的污迹。',
    'A spot of missing colour or soiling from any cause.',
  ]),
  fab('FAB-048', ['色斑(档)', 'Dye spot (colour blotch)'], 'major', [
    '染色时色浆过多粘附在布上，或布局部吸浆过多。',
    'Excess dye paste stuck to the fabric, or the fabric locally absorbed too much paste.',
  ]),
  fab('FAB-049', ['斜纹路（针织）', 'Distorted knit area (broken yarn)'], 'major', [
    '针织布纱线断开、纱头松脱，该区域线圈不规则。',
    'A broken yarn with loose ends leaves the loops in that area of the knit irregular.',
  ]),
  fab('FAB-050', ['色条痕', 'Crease streak (rope mark)'], 'major', [
    '染色或后整理时受挤压或折叠，留下明显可见的条痕。',
    'Visible streaks from pressure or creasing during dyeing or finishing.',
  ]),
  fab('FAB-051', ['箝痕', 'Reed streak'], 'major', [
    '纬纱不良损坏钢筘，织出轻重不一的条档，并导致染色不匀。',
    'Poor weft damages the reed, weaving light or heavy bars that then dye unevenly.',
  ]),
  fab('FAB-052', ['稀纬', 'Thin place (light pick)'], 'major', [
    '织造时缺纬或打纬过轻，纬密变稀。',
    'Missing picks or too light a beat-up leave a thin place across the fabric.',
  ]),
  fab('FAB-053', ['水渍', 'Water mark'], 'major', [
    '湿布堆放时间过长，颜色迁移形成斑迹。',
    'Wet fabric left stacked too long; dye migrates and leaves blotches.',
  ]),
];
