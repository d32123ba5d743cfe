/*
 * The unit lexicon: every way a unit is written, mapped to its canonical unit and the
 * factor that converts to it. Canonical units make figures comparable across documents:
 * ISO 4217 codes for money, t for mass, kW for power, kWh for energy, m, m2 and L for
 * length, area and volume, % and pp, and count.
 */

export type Dimension = 'currency' | 'mass' | 'length' | 'area' | 'volume' | 'power' | 'energy' | 'percent' | 'points'
  | 'speed' | 'data' | 'angle' | 'temperature' | 'count' | 'index' | 'multiple' | 'duration';

export interface UnitDef {
  unit: string;
  factor: number;
  dimension: Dimension;
}

const u = (unit: string, factor: number, dimension: Dimension): UnitDef => ({ unit, factor, dimension });

/*
 * Maps, not plain objects: a word of the document is the key, and "constructor" or
 * "__proto__" must not find what Object.prototype holds.
 */
/** Written forms matched case-insensitively (lower-cased keys). */
const WORDS = new Map<string, UnitDef>();
/** Written forms whose case matters ("Mt" megatonne vs "mt" metric ton, "MB" vs "mb"). */
const EXACT = new Map<string, UnitDef>();

function words(def: UnitDef, ...forms: string[]): void {
  for (const f of forms) WORDS.set(f.toLowerCase(), def);
}
function exact(def: UnitDef, ...forms: string[]): void {
  for (const f of forms) EXACT.set(f, def);
}

// Mass → t
words(u('t', 1, 'mass'), 't', 'mt', 'tonne', 'tonnes', 'ton', 'tons', 'metric ton', 'metric tons', 'metric tonne', 'metric tonnes', 'tn');
// Uranium is counted in tonnes of the metal ("4,310 tU"), as nuclear fuel in tonnes of heavy metal ("tHM").
exact(u('t', 1, 'mass'), 'tU', 'tHM');
words(u('t', 1e3, 'mass'), 'kt', 'kilotonne', 'kilotonnes', 'kilotons', 'thousand tonnes');
exact(u('t', 1e6, 'mass'), 'Mt', 'MMT', 'mmt', 'MnT');
// Resources in billions of tonnes: "1.21 Bt grading 0.62% Cu".
exact(u('t', 1e9, 'mass'), 'Bt');
words(u('t', 1e6, 'mass'), 'megatonne', 'megatonnes', 'million tonnes');
words(u('t', 1e-3, 'mass'), 'kg', 'kgs', 'kilogram', 'kilograms', 'kilogramme', 'kilogrammes', 'kilo', 'kilos');
// A gram is a lower-case "g": "4G", "5G" are generations of mobile networks.
exact(u('t', 1e-6, 'mass'), 'g');
words(u('t', 1e-6, 'mass'), 'gram', 'grams', 'gramme', 'grammes');
words(u('t', 1e-9, 'mass'), 'mg', 'milligram', 'milligrams');
words(u('t', 1e-12, 'mass'), 'µg', 'μg', 'mcg', 'microgram', 'micrograms', 'microgramme', 'microgrammes');
words(u('t', 0.00045359237, 'mass'), 'lb', 'lbs', 'pound', 'pounds');
// Dry and wet metric tonnes price ores ("US$905/dmt"): tonnes all the same.
words(u('t', 1, 'mass'), 'dmt', 'wmt', 'dmts', 'wmts', 'dry metric tonne', 'dry metric tonnes', 'wet metric tonne', 'wet metric tonnes',
  'wet tonne', 'wet tonnes', 'dry tonne', 'dry tonnes', 'wet metric ton', 'wet metric tons', 'dry metric ton', 'dry metric tons');
// Rates written as one word: "26 Mtpa", "400 ktpa".
exact(u('t/yr', 1e6, 'mass'), 'Mtpa', 'MTPA', 'mtpa', 'Mta');
words(u('t/yr', 1e3, 'mass'), 'ktpa', 'kta');
words(u('t/yr', 1, 'mass'), 'tpa');
words(u('t/d', 1, 'mass'), 'tpd');
words(u('t/h', 1, 'mass'), 'tph');
// Containers and ships: twenty- and forty-foot equivalent units, deadweight tonnage.
// Ores priced per tonne unit (a tonne's 1% of metal): manganese per dmtu, tungsten concentrate per mtu.
words(u('dmtu', 1, 'count'), 'dmtu');
exact(u('mtu', 1, 'count'), 'mtu'); // lower case only: "MTU engines" are a maker's
// Nickel pig iron is priced per nickel point (1% Ni in a tonne): "1,005 yuan/nickel point", 镍点.
words(u('Ni-pt', 1, 'count'), 'nickel point', 'nickel points', 'ni point', 'ni points', 'nickel unit', 'nickel units');
words(u('TEU', 1, 'count'), 'teu', 'teus');
words(u('FEU', 1, 'count'), 'feu', 'feus');
words(u('dwt', 1, 'count'), 'dwt');
// US short ("net") tons: "3.94 million short tons of coke".
words(u('t', 0.90718474, 'mass'), 'short ton', 'short tons', 'net ton', 'net tons');
// Energy intensity: kilograms of standard coal equivalent ("548.6 kgce/t" of clinker).
words(u('kgce', 1, 'mass'), 'kgce');
// Index levels ("the Baltic Dry Index at 1,612 points") and valuation multiples ("6.1x P/E").
words(u('points', 1, 'index'), 'points', 'pts');
words(u('x', 1, 'multiple'), 'x', '×');
words(u('t', 0.0000283495, 'mass'), 'oz', 'ounce', 'ounces');
words(u('t', 0.0000311034768, 'mass'), 'troy ounce', 'troy ounces', 'ozt');
// A royalty or streaming company's sales in gold-equivalent ounces ("41,260 gold equivalent ounces", "GEOs").
words(u('t', 0.0000311034768, 'mass'), 'gold equivalent ounce', 'gold equivalent ounces', 'gold-equivalent ounce', 'gold-equivalent ounces',
  'GEO', 'GEOs', 'geo', 'geos');
// Precious metals: thousand and million troy ounces ("412 koz", "2.1 Moz").
words(u('t', 0.0311034768, 'mass'), 'koz');
exact(u('t', 31.1034768, 'mass'), 'Moz', 'moz', 'Mozs');
// Uranium and copper in thousand and million pounds ("1.2Mlb U3O8", "850klb").
exact(u('t', 453.59237, 'mass'), 'Mlb', 'Mlbs', 'mlb', 'mlbs');
exact(u('t', 0.45359237, 'mass'), 'klb', 'klbs');
words(u('t', 0.00000388793, 'mass'), 'dram', 'drams', 'drachma', 'drachmas');
// Length → m
words(u('m', 1, 'length'), 'm', 'meter', 'meters', 'metre', 'metres');
words(u('m', 1e3, 'length'), 'km', 'kms', 'kilometer', 'kilometers', 'kilometre', 'kilometres');
words(u('m', 0.1, 'length'), 'dm', 'decimeter', 'decimeters', 'decimetre', 'decimetres');
words(u('m', 0.01, 'length'), 'cm', 'centimeter', 'centimeters', 'centimetre', 'centimetres');
words(u('m', 0.001, 'length'), 'mm', 'millimeter', 'millimeters', 'millimetre', 'millimetres');
words(u('m', 1e-6, 'length'), 'µm', 'μm', 'micrometer', 'micrometers', 'micron', 'microns');
words(u('m', 1e-9, 'length'), 'nm', 'nanometer', 'nanometers', 'nanometre', 'nanometres');
words(u('m', 1e-12, 'length'), 'pm', 'picometer', 'picometers', 'picometre', 'picometres');
words(u('m', 1609.344, 'length'), 'mi', 'mile', 'miles');
words(u('m', 0.3048, 'length'), 'ft', 'foot', 'feet');
words(u('m', 0.0254, 'length'), 'inch', 'inches', '"', '″');
words(u('m', 0.9144, 'length'), 'yd', 'yard', 'yards');
// Area → m2
words(u('m2', 1, 'area'), 'm2', 'm²', 'sq m', 'sqm', 'square meter', 'square meters', 'square metre', 'square metres');
words(u('m2', 1e6, 'area'), 'km2', 'km²', 'sq km', 'square kilometer', 'square kilometers', 'square kilometre', 'square kilometres');
// Property is let, sold and built in square feet where the text counts in them: "£98.50 per sq ft" stays per square foot,
// never silently turned into £1,060 a square metre (as a barrel stays a barrel).
words(u('sqft', 1, 'area'), 'sq ft', 'sq. ft.', 'sqft', 'square foot', 'square feet');
words(u('m2', 4046.8564224, 'area'), 'acre', 'acres');
words(u('m2', 1e4, 'area'), 'ha', 'hectare', 'hectares');
// Volume → L
words(u('L', 1, 'volume'), 'l', 'liter', 'liters', 'litre', 'litres');
words(u('L', 0.001, 'volume'), 'ml', 'milliliter', 'milliliters', 'millilitre', 'millilitres');
// Water utilities count megalitres ("leakage fell to 492 Ml/d"): a capital M is mega, never milli.
exact(u('L', 1e6, 'volume'), 'Ml', 'ML');
words(u('L', 1e6, 'volume'), 'megalitre', 'megalitres', 'megaliter', 'megaliters');
words(u('L', 3.785411784, 'volume'), 'gallon', 'gallons', 'gal');
// Beer and wine are counted in hectolitres ("48.6 million hectolitres", "12.4 mhl").
words(u('L', 100, 'volume'), 'hl', 'hectolitre', 'hectolitres', 'hectoliter', 'hectoliters');
exact(u('L', 1e5, 'volume'), 'khl');
exact(u('L', 1e8, 'volume'), 'mhl', 'mhL');
// Grain is priced per bushel ("$11.02/bu", "541.75 cents/bu"); a bushel's weight differs by crop, so it stays one.
words(u('bu', 1, 'volume'), 'bu', 'bushel', 'bushels');
// Diamonds are sold by the carat, and priced per carat ("4.9 million carats at an average price of $140/ct").
words(u('ct', 1, 'count'), 'carat', 'carats');
exact(u('ct', 1, 'count'), 'ct');
// Oil is counted in barrels, as the trade counts it: a barrel stays a barrel ("$64.20/bbl" is 64.20 USD/bbl).
words(u('bbl', 1, 'volume'), 'barrel', 'barrels', 'bbl', 'bbls');
// Oil and gas as the trade writes them: "kb/d", "bpd", "2.1 bcm" of gas, "bcf", "tcf" ("5.4 mb/d" is read in quantities.ts).
exact(u('bbl', 1e6, 'volume'), 'mmbbl', 'MMbbl', 'mmbbls');
exact(u('bbl', 1e3, 'volume'), 'kb', 'kbbl', 'kbbls', 'Mbbl', 'MBbl', 'MBbls');
// "612 MBbl/d" of NGLs: thousands of barrels a day, as midstream companies write them.
exact(u('bbl/d', 1e3, 'volume'), 'MBbl/d', 'MBbls/d', 'MBpd', 'MBPD');
words(u('bbl/d', 1, 'volume'), 'bpd', 'bopd');
// Barrels of oil equivalent (gas counted by its energy): an oil and gas producer's output, kept apart from barrels of oil.
words(u('boe', 1, 'volume'), 'boe', 'boes');
words(u('boe', 1e6, 'volume'), 'mmboe');
// "185 kboe/d", "1,425 Mboe/d": thousands of barrels of oil equivalent, as producers write them (M is a thousand, as in Mbbl).
words(u('boe', 1e3, 'volume'), 'kboe', 'mboe');
words(u('boe/d', 1, 'volume'), 'boepd', 'boe/d');
words(u('boe/d', 1e3, 'volume'), 'kboepd', 'kboe/d', 'mboe/d');
words(u('boe/d', 1e6, 'volume'), 'mmboepd', 'mmboe/d');
words(u('bbl/d', 1e3, 'volume'), 'kbpd', 'kbd');
words(u('bbl/d', 1e6, 'volume'), 'mbpd', 'mmbpd', 'mmbd');
// Gas is counted as the trade counts it, never in litres: cubic metres (bcm, Sm3) and thousands of cubic feet (Mcf,
// MMcf, Bcf), which stay apart because gas is priced and reported in one or the other.
words(u('m3', 1e9, 'volume'), 'bcm');
words(u('m3', 1, 'volume'), 'cubic meter', 'cubic meters', 'cubic metre', 'cubic metres', 'm3', 'm³', 'sm3', 'scm');
words(u('Mcf', 1, 'volume'), 'mcf', 'mscf');
words(u('Mcf', 1e3, 'volume'), 'mmcf', 'mmscf');
words(u('Mcf', 1e6, 'volume'), 'bcf');
words(u('Mcf', 1e9, 'volume'), 'tcf');
words(u('Mcf', 0.001, 'volume'), 'cubic foot', 'cubic feet', 'cu ft', 'scf');
words(u('Mcf/d', 1e3, 'volume'), 'mmcfd', 'mmscfd', 'mmcf/d');
// Gas and liquids counted together as gas equivalent ("2,150 MMcfe/d"), kept apart from gas alone as boe is from oil.
words(u('Mcfe/d', 1e3, 'volume'), 'mmcfe/d', 'mmcfed');
words(u('Mcfe', 1e3, 'volume'), 'mmcfe');
words(u('Mcfe', 1e6, 'volume'), 'bcfe');
words(u('Mcf/d', 1e6, 'volume'), 'bcfd', 'bcf/d');
words(u('L', 0.01478676478125, 'volume'), 'tablespoon', 'tablespoons', 'tbsp');
words(u('L', 0.00492892159375, 'volume'), 'teaspoon', 'teaspoons', 'tsp');
words(u('L', 0.2365882365, 'volume'), 'cup', 'cups');
// Speed → m/h (length per hour)
words(u('m/h', 1000, 'speed'), 'kph', 'kmph', 'km/h', 'kmh');
words(u('m/h', 1609.344, 'speed'), 'mph');
// Power → kW, energy → kWh
exact(u('kW', 1e-3, 'power'), 'W');
words(u('kW', 1e-3, 'power'), 'watt', 'watts');
words(u('kW', 1, 'power'), 'kw', 'kilowatt', 'kilowatts');
exact(u('kW', 1e3, 'power'), 'MW');
words(u('kW', 1e3, 'power'), 'megawatt', 'megawatts');
words(u('kW', 1e6, 'power'), 'gw', 'gigawatt', 'gigawatts');
words(u('kW', 1e9, 'power'), 'tw', 'terawatt', 'terawatts');
// Solar capacity in peak watts ("350 MWp", "1.2 GWp") is capacity all the same.
exact(u('kW', 1, 'power'), 'kWp');
exact(u('kW', 1e3, 'power'), 'MWp');
exact(u('kW', 1e6, 'power'), 'GWp');
words(u('kWh', 1e-3, 'energy'), 'wh', 'watt-hour', 'watt-hours');
words(u('kWh', 1, 'energy'), 'kwh', 'kilowatt-hour', 'kilowatt-hours', 'kilowatt hour', 'kilowatt hours');
words(u('kWh', 1e3, 'energy'), 'mwh', 'megawatt-hour', 'megawatt-hours', 'megawatt hours');
words(u('kWh', 1e6, 'energy'), 'gwh', 'gigawatt-hour', 'gigawatt-hours', 'gigawatt hours');
words(u('kWh', 1e9, 'energy'), 'twh', 'terawatt-hour', 'terawatt-hours', 'terawatt hours');
// Gas is priced per million British thermal units; kept as written, not turned into kWh.
exact(u('MMBtu', 1, 'energy'), 'MMBtu', 'mmbtu', 'MMBTU', 'mmBtu', 'MMbtu', 'mmBTU');
// Canadian gas (AECO) and tolls are priced per gigajoule, also kept as written.
exact(u('GJ', 1, 'energy'), 'GJ');
// Percent and points
words(u('%', 1, 'percent'), '%', 'percent', 'percents', 'per cent', 'percentage', 'pct', 'pc', '％');
words(u('pp', 1, 'points'), 'pp', 'ppt', 'ppts', 'percentage point', 'percentage points', 'percent points', 'pct pt', 'pct pts', 'pct point', 'pct points', 'ppt pts', 'pps');
words(u('pp', 0.01, 'points'), 'bp', 'bps', 'basis point', 'basis points');
// Data → B
exact(u('B', 1e6, 'data'), 'MB');
exact(u('bit', 1e6, 'data'), 'mb', 'Mb', 'Mbit');
exact(u('B', 1e3, 'data'), 'KB', 'kB');
exact(u('B', 1e9, 'data'), 'GB');
exact(u('B', 1e12, 'data'), 'TB');
words(u('B', 1e6, 'data'), 'megabyte', 'megabytes');
words(u('bit', 1e6, 'data'), 'megabit', 'megabits');
words(u('bit', 1, 'data'), 'bit', 'bits');
words(u('B', 1, 'data'), 'byte', 'bytes');
// Angle and temperature
words(u('deg', 1, 'angle'), 'degree', 'degrees', '°');
words(u('rad', 1, 'angle'), 'rad', 'radian', 'radians');
words(u('turn', 1, 'angle'), 'turn', 'turns');
words(u('°C', 1, 'temperature'), '°c', 'degrees celsius', 'degree celsius', 'celsius');
words(u('°F', 1, 'temperature'), '°f', 'degrees fahrenheit', 'fahrenheit');

/** Chinese units, written without spaces after the number (万吨 is the scale 万 and 吨). */
const CJK_UNITS = new Map<string, UnitDef>([
  ['吨', u('t', 1, 'mass')], ['短吨', u('t', 0.90718474, 'mass')], ['镍点', u('Ni-pt', 1, 'count')], ['公吨', u('t', 1, 'mass')], ['湿吨', u('t', 1, 'mass')], ['标吨', u('t', 1, 'mass')], ['金属吨', u('t', 1, 'mass')], ['干吨', u('t', 1, 'mass')], ['磅', u('t', 0.00045359237, 'mass')], ['千克', u('t', 1e-3, 'mass')], ['公斤', u('t', 1e-3, 'mass')],
  ['克', u('t', 1e-6, 'mass')], ['瓦', u('kW', 1e-3, 'power')], ['千瓦', u('kW', 1, 'power')], ['兆瓦', u('kW', 1e3, 'power')],
  ['吉瓦', u('kW', 1e6, 'power')], ['千瓦时', u('kWh', 1, 'energy')], ['兆瓦时', u('kWh', 1e3, 'energy')],
  ['吉瓦时', u('kWh', 1e6, 'energy')], ['度', u('kWh', 1, 'energy')], ['辆', u('count', 1, 'count')], ['台', u('count', 1, 'count')],
  ['艘', u('count', 1, 'count')], ['标准箱', u('TEU', 1, 'count')], ['载重吨', u('dwt', 1, 'count')], ['盎司', u('t', 0.0000311034768, 'mass')], ['手', u('count', 1, 'count')], ['标箱', u('TEU', 1, 'count')], ['小时', u('h', 1, 'duration')],
  ['倍', u('x', 1, 'multiple')], ['个百分点', u('pp', 1, 'points')], ['百分点', u('pp', 1, 'points')],
  // Basis points, as banks' margins move ("净息差较年初下降8个基点").
  ['个基点', u('pp', 0.01, 'points')], ['基点', u('pp', 0.01, 'points')],
  ['平方米', u('m2', 1, 'area')], ['立方米', u('m3', 1, 'volume')], ['公里', u('m', 1e3, 'length')], ['米', u('m', 1, 'length')],
  // Oil and gas counted together (油气净产量578.3百万桶油当量) are barrels of oil equivalent, not barrels of oil.
  ['桶', u('bbl', 1, 'volume')], ['桶油当量', u('boe', 1, 'volume')], ['点', u('points', 1, 'index')],
  // Passengers and flights counted in 人次 and 架次 ("旅客运输量6,210万人次"), households in 户.
  // Homes sold in 套 ("二手房成交2.1万套"), patients enrolled in 例 ("入组1,240例").
  ['套', u('count', 1, 'count')], ['例', u('count', 1, 'count')], ['颗', u('count', 1, 'count')],
  // Things in 个 after 万 or 亿 only ("5G基站470.5万个"; quantities.ts checks); aircraft in 架, funds in 只, land in 宗.
  ['个', u('count', 1, 'count')], ['架', u('count', 1, 'count')], ['只', u('count', 1, 'count')], ['宗', u('count', 1, 'count')],
  ['人次', u('count', 1, 'count')], ['架次', u('count', 1, 'count')], ['户', u('count', 1, 'count')], ['家', u('count', 1, 'count')], ['头', u('count', 1, 'count')], ['羽', u('count', 1, 'count')], ['人', u('count', 1, 'count')],
  // Warehouse warrants and green certificates counted in 张 ("白糖注册仓单12,486张", "持有绿证约42万张").
  ['张', u('count', 1, 'count')],
  // Tenths, as Chinese writes shares: "超过三成" is over 30% (read only after Chinese numerals, cjk-numerals.ts).
  ['成', u('%', 10, 'percent')],
  // Parcels and waybills a courier handles ("业务量为13.8亿票", "快递业务量165亿件").
  ['票', u('count', 1, 'count')], ['件', u('count', 1, 'count')],
  // Shares ("总股本6.12亿股", "回购数量约为700.93万股"); per-ten-share terms are left out (isSpecification).
  ['股', u('count', 1, 'count')],
  // LNG and gas priced per million British thermal units ("11.2美元/百万英热").
  ['百万英热', u('MMBtu', 1, 'energy')],
]);
/** The longest Chinese unit that `chars` starts with, and how many characters it takes. */
export function lookupCjkUnit(chars: string): { def: UnitDef; length: number } | null {
  for (let n = Math.min(4, chars.length); n >= 1; n--) {
    const def = CJK_UNITS.get(chars.slice(0, n));
    if (def) return { def, length: n };
  }
  return null;
}

/** Time units: used as denominators ("mt/year", "barrels a day"), never alone. */
const TIME = new Map(Object.entries({
  year: 'yr', years: 'yr', yr: 'yr', yrs: 'yr', annum: 'yr', a: 'yr', y: 'yr', month: 'mo', months: 'mo', mo: 'mo',
  week: 'wk', weeks: 'wk', wk: 'wk', day: 'd', days: 'd', d: 'd', hour: 'h', hours: 'h', hr: 'h', hrs: 'h', h: 'h',
  年: 'yr', 月: 'mo', 天: 'd', 日: 'd',
  minute: 'min', minutes: 'min', min: 'min', second: 's', seconds: 's', sec: 's', s: 's', millisecond: 'ms', milliseconds: 'ms', ms: 'ms',
}));

/** A physical unit (not money) written `form`, if any. */
export function lookupUnit(form: string): UnitDef | null {
  return EXACT.get(form) ?? WORDS.get(form.toLowerCase()) ?? null;
}

/** A time unit as a denominator: "year" → "yr". */
export function lookupTime(form: string): string | null {
  return TIME.get(form.toLowerCase()) ?? null;
}
