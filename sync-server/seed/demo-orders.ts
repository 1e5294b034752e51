import type { Bilingual, Stage } from '../../src/shared/schema/common';
import type { AqlPreset, Order } from '../../src/shared/schema/order';
import { FACTORY, ORDER, SPEC_SHEET, USER, type StyleKey } from './demo-ids';

/** Six demo orders, one per style, each at a different point of the inspection calendar. */
export const DEMO_SIZES = ['S', 'M', 'L', 'XL', 'XXL'];
/** Typical size curve of a retail buy; per-colour quantities are split by it. */
const SIZE_CURVE = [0.15, 0.25, 0.3, 0.2, 0.1];

const STANDARD_AQL: AqlPreset = { level: 'II', critical: null, major: 2.5, minor: 4.0 };
const STRICT_AQL: AqlPreset = { level: 'II', critical: null, major: 1.5, minor: 4.0 };

interface Colour {
  code: string;
  name: Bilingual;
  quantity: number;
}

const colour = (code: string, zh: string, en: string, quantity: number): Colour => ({
  code,
  name: { zh, en },
  quantity,
});

interface DemoOrder {
  key: StyleKey;
  po: string;
  customer: string;
  factoryId: string;
  merchandiserId: string | null;
  styleCode: string;
  styleName: Bilingual;
  colours: Colour[];
  exFactoryDate: string;
  currentStage: Stage;
  aqlPreset: AqlPreset;
}

const ORDERS: DemoOrder[] = [
  {
    key: 'shirt',
    po: 'NW-26-4411',
    customer: 'Northwind Apparel Ltd.',
    factoryId: FACTORY.huamei,
    merchandiserId: USER.merch,
    styleCode: 'MS-OX-2611',
    styleName: { zh: '男式牛津纺长袖衬衫', en: "Men's Oxford Long-Sleeve Shirt" },
    colours: [colour('WHT', '白色', 'White', 2400), colour('LBL', '浅蓝', 'Light Blue', 2000)],
    exFactoryDate: '2026-12-18',
    currentStage: 'final',
    aqlPreset: STANDARD_AQL,
  },
  {
    key: 'tee',
    po: 'BB-26-0932',
    customer: 'Bluebell Retail GmbH',
    factoryId: FACTORY.huamei,
    merchandiserId: USER.merch,
    styleCode: 'WK-TC-3302',
    styleName: { zh: '女式针织圆领T恤', en: "Women's Knit Crew-Neck Tee" },
    colours: [
      colour('BLK', '黑色', 'Black', 4000),
      colour('OWH', '米白', 'Off-White', 3600),
      colour('SAG', '鼠尾草绿', 'Sage Green', 2400),
    ],
    exFactoryDate: '2027-01-15',
    currentStage: 'inline',
    aqlPreset: STANDARD_AQL,
  },
  {
    key: 'hoodie',
    po: 'NW-26-4478',
    customer: 'Northwind Apparel Ltd.',
    factoryId: FACTORY.huamei,
    merchandiserId: USER.merch,
    styleCode: 'KH-HS-1207',
    styleName: { zh: '儿童连帽卫衣', en: "Kids' Hooded Sweatshirt" },
    colours: [colour('NAV', '藏青', 'Navy', 1500), colour('HGR', '麻灰', 'Heather Grey', 1200)],
    exFactoryDate: '2027-02-20',
    currentStage: 'pre_production',
    aqlPreset: STANDARD_AQL,
  },
  {
    key: 'chinos',
    po: 'HP-26-7720',
    customer: 'Harbor & Pine Co.',
    factoryId: FACTORY.lida,
    merchandiserId: null,
    styleCode: 'MT-CH-5140',
    styleName: { zh: '男式斜纹休闲裤', en: "Men's Twill Chinos" },
    colours: [colour('KHK', '卡其', 'Khaki', 3000), colour('OLV', '橄榄绿', 'Olive', 2000)],
    exFactoryDate: '2027-01-29',
    currentStage: 'initial',
    aqlPreset: STRICT_AQL,
  },
  {
    key: 'jacket',
    po: 'AL-26-0215',
    customer: 'Alpenlicht Outdoor AG',
    factoryId: FACTORY.lida,
    merchandiserId: null,
    styleCode: 'WD-JK-8806',
    styleName: { zh: '女式羽绒夹克', en: "Women's Down Jacket" },
    colours: [colour('BLK', '黑色', 'Black', 700), colour('BRG', '酒红', 'Burgundy', 500)],
    exFactoryDate: '2026-12-04',
    currentStage: 'final',
    aqlPreset: STANDARD_AQL,
  },
  {
    key: 'dress',
    po: 'BB-26-1055',
    customer: 'Bluebell Retail GmbH',
    factoryId: FACTORY.huamei,
    merchandiserId: null,
    styleCode: 'WC-DR-4419',
    styleName: { zh: '女式雪纺连衣裙', en: "Women's Chiffon Dress" },
    colours: [
      colour('FLR', '碎花蓝', 'Blue Floral', 1800),
      colour('CRL', '珊瑚红', 'Coral', 1400),
      colour('IVY', '象牙白', 'Ivory', 1000),
    ],
    exFactoryDate: '2026-12-11',
    currentStage: 'container_loading',
    aqlPreset: STANDARD_AQL,
  },
];

/** Splits a colour's quantity over the size curve; the last size takes the rounding rest. */
function linesOf(colours: Colour[]): Order['lines'] {
  return colours.flatMap((c) => {
    const split = SIZE_CURVE.map((share) => Math.round(c.quantity * share));
    const rest = c.quantity - split.reduce((a, b) => a + b, 0);
    return DEMO_SIZES.map((size, i) => ({
      colour: c.code,
      size,
      quantity: (split[i] ?? 0) + (i === DEMO_SIZES.length - 1 ? rest : 0),
    }));
  });
}

export function demoOrders(catalogue: { checklistId: string; defectLibraryId: string }): Order[] {
  return ORDERS.map((o) => ({
    id: ORDER[o.key],
    po: o.po,
    customer: o.customer,
    factoryId: o.factoryId,
    merchandiserId: o.merchandiserId,
    styleCode: o.styleCode,
    styleName: o.styleName,
    colours: o.colours.map(({ code, name }) => ({ code, name })),
    sizes: [...DEMO_SIZES],
    lines: linesOf(o.colours),
    exFactoryDate: o.exFactoryDate,
    currentStage: o.currentStage,
    aqlPreset: { ...o.aqlPreset },
    specSheetId: SPEC_SHEET[o.key],
    checklistId: catalogue.checklistId,
    defectLibraryId: catalogue.defectLibraryId,
    status: 'open',
    version: 1,
  }));
}
