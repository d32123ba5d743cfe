import { CJK_FALLS, CJK_RISES } from './changes.ts';
import { isMoneyLetters } from './currencies.ts';
import { isIdeograph, WordSet, type Token } from './tokens.ts';

/*
 * What a figure measures, as a short noun phrase from the text. The shapes that cover most
 * prose:
 *   "NP was/reached/totaled/rose Q"        the clause's subject
 *   "NP of Q" ("operating revenue of …")   the noun phrase before "of"
 *   "NP verb Q (of NP2)" ("China exported 5,577 mt of magnets")  the object, or the
 *                                            subject, plus the measure the verb names
 *   "a Q NP" ("a 50,000 mt/year … project") the noun phrase after the figure
 * Period phrases are left out of labels (they are the period), and measure phrases are put
 * after what they measure: "average price of Pr-Nd oxide" → "Pr-Nd oxide average price".
 */

export interface Label {
  text: string;
  /** The source span the label was read from (offsets in the document's text); -1 when inherited. */
  start: number;
  end: number;
}

/** Words in a sentence: tokens plus the spans (periods) that labels leave out. */
export interface LabelContext {
  tokens: Token[];
  skip: Array<[number, number]>;
  /** Specifications in the sentence ("82,000 dwt"), which no figure is: a label of what is counted reads past them. */
  specified?: Array<[number, number]>;
}

/** Verbs linking a subject to its figure: the subject is the whole clause before them. */
const COPULAS = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'reached', 'totaled', 'totalled', 'totaling', 'totalling', 'amounted', 'stood', 'stand', 'stands',
  'hit', 'came', 'remained', 'reaching', 'equaled', 'equalled', 'exceeded', 'topped', 'included', 'includes', 'include', 'set', 'put', 'estimated',
  'expected', 'forecast', 'projected', 'budgeted', 'targeted', 'seen', 'rose', 'fell', 'increased', 'decreased', 'grew', 'declined', 'dropped',
  'gained', 'jumped', 'climbed', 'surged', 'slipped', 'plunged', 'soared', 'rebounded', 'slid', 'shrank', 'expanded', 'improved', 'accounted',
  'account', 'accounts', 'represented', 'represent', 'represents', 'made', 'comprised', 'averaged', 'reach', 'reaches', 'exceed',
  'exceeds', 'guided', 'pegged', 'come', 'comes', 'coming', 'swelled', 'eased', 'narrowed', 'widened',
  'dipped', 'edged', 'ticked', 'inched', 'crept', 'slowed', 'accelerated', 'quickened', 'cooled', 'moderated', 'slumped', 'tumbled', 'rallied', 'firmed', 'advanced', 'retreated', 'sank', 'doubled', 'halved', 'settled', 'ended', 'finished', 'shed',
  'rises', 'falls', 'grows', 'increases', 'decreases', 'declines', 'drops', 'climbs', 'jumps', 'gains', 'eases', 'slips', 'edges',
  // A price reporter's verbs: "(battery grade, CIF CJK) was assessed at $9.40/kg", "was quoted at".
  'assessed', 'quoted', 'priced', 'valued', 'indicated', 'offered',
  // "has risen to 12.3 years", "had fallen to": the participle after "has" or "had".
  'risen', 'fallen', 'grown', 'climbed']);
/**
 * Change verbs in their plain form, read as a copula only after a modal or "to" ("demand may rise 5%", "sales are
 * expected to grow 6%"): elsewhere they are nouns ("a $45 million gain", "an $8 million increase to").
 */
const PLAIN_CHANGE_VERBS = new Set(['rise', 'fall', 'grow', 'increase', 'decrease', 'decline', 'drop', 'climb', 'jump', 'gain', 'ease',
  'shrink', 'expand', 'improve', 'rebound', 'recover', 'slip', 'soften', 'contract', 'tick', 'edge', 'inch', 'creep']);
/** Words between a verb and its figure: "reached about", "rose by", "stood at". */
// "not less than 18,000 tonnes", "no more than": a bound's "not" and "no" are part of it, not of what is measured.
const LINK_WORDS = new Set(['at', 'to', 'in', 'about', 'approximately', 'approx', 'around', 'roughly', 'nearly', 'near', 'almost', 'over', 'more', 'than', 'not', 'no',
  'less', 'some', 'just', 'under', 'above', 'below', 'negative', 'positive', 'exceeding', 'least', 'a', 'an', 'up', 'down', 'as', 'much', 'many', 'by', 'only', 'close', 'still',
  'combined', 'total', 'for', 'of', 'higher', 'lower', 'between', 'from', 'record', 'new', 'currently', 'now', 'typically', 'usually', 'already',
  // "was flat at US$845/t", "averaged a flat US$117.20/dmt": no change, not what is measured.
  'flat', 'unchanged', 'steady', 'stable', 'broadly', 'largely', 'essentially', 'further', 'another',
  // "capex of c.€1.2bn", "~$300m": circa.
  'c', 'c.', 'ca', 'ca.', 'circa', '~']);
/** Auxiliaries before a verb: "is expected to be", "will invest", "has reached". */
const AUXILIARIES = new WordSet(['has', 'have', 'had', 'will', 'would', 'could', 'should', 'shall', 'must', 'may', 'might', 'can',
  'already', 'also', 'currently', 'now', 'further', 'is', 'was', 'were', 'are', 'be', 'been', 'to', 'expected',
  'likely', 'set', 'due', 'plans', 'planned', 'aims', 'intends', 'still', 'then', 'each', 'reportedly',
  // "spodumene concentrate last traded at": an adverb between the subject and its verb.
  'last', 'recently', 'previously', 'again', 'briefly']);
/**
 * Verbs that name the measure of their object: "exported 5,577 mt of magnets" → "magnets exports".
 * A Map, since the key is a word of the document: "constructor" is no verb.
 */
const VERB_MEASURES = new Map(Object.entries({
  produced: 'production', produce: 'production', produces: 'production', producing: 'production',
  sold: 'sales', sell: 'sales', sells: 'sales', selling: 'sales', contributed: 'contribution', contributes: 'contribution',
  exported: 'exports', export: 'exports', exports: 'exports', imported: 'imports', import: 'imports', imports: 'imports',
  shipped: 'shipments', ships: 'shipments', ship: 'shipments', supplied: 'supply', supplies: 'supply',
  delivered: 'deliveries', delivers: 'deliveries', deliver: 'deliveries', consumed: 'consumption', consumes: 'consumption',
  mined: 'output', lost: 'loss', loses: 'loss', generated: 'generation', generating: 'generation', generates: 'generation',
  handled: 'throughput', handles: 'throughput', invest: 'investment', invested: 'investment', invests: 'investment', investing: 'investment',
  spend: 'spending', spent: 'spending', spends: 'spending', cost: 'cost', costs: 'cost', earned: 'earnings', earn: 'earnings', earns: 'earnings', raised: 'funds raised',
  // "Saudi Arabia pumped 9.75 million b/d", "mills crushed 38.7 Mt of cane", "the plant milled 12.4 Mt of ore".
  pumped: 'output', pumps: 'output', pumping: 'output', crushed: 'crush', crushes: 'crush', milled: 'throughput', mills: 'throughput',
  refined: 'throughput', purchased: 'purchases', purchases: 'purchases', bought: 'purchases', procured: 'purchases',
  // "ferrochrome producers, which used 5.3 TWh of electricity": what was used is its use.
  used: 'use', uses: 'use',
}));
/** Verbs seen before figures that end a noun phrase without naming a measure. */
const VERBS = new Set(['cut', 'hover', 'hovers', 'hovered', 'hovering', 'stays', 'stayed', 'traded', 'trades', 'closed', 'closes', 'averaged', 'averages', 'covered', 'covers', 'covering', 'processed', 'processes',
  'recovering', 'recovered', 'pays', 'paid', 'pay', 'employs', 'employed', 'runs', 'ran', 'holds', 'held', 'hosted', 'answered', 'signed', 'adds',
  'add', 'added', 'recorded', 'records', 'posted', 'posts', 'achieved', 'achieves', 'generated', 'generating', 'generates', 'received', 'booked',
  'registered', 'reported', 'reports', 'bought', 'acquired', 'won', 'awarded', 'offered', 'issued', 'approved', 'handled', 'handles', 'treated',
  'saw', 'sees', 'had', 'has', 'have', 'having', 'worth', 'valued', 'priced', 'charged', 'charges', 'bid', 'targets', 'targeted', 'plans', 'hire',
  'hired', 'hires', 'commission', 'build', 'built', 'operate', 'operates', 'owns', 'owned', 'brought', 'took',
  'assessed', 'assesses', 'quoted', 'quotes', 'recognized', 'recognised', 'recognize', 'recognizes', 'incurred', 'incurs', 'purchased', 'repurchased', 'returned', 'previously', 'resulting',
  'remains', 'remained', 'ended', 'settled', 'finished', 'firmed', 'eased', 'pegged', 'pegs', 'puts', 'kept', 'keeps',
  'flagged', 'flags', 'cited', 'cites', 'struck', 'implies', 'implying', 'implied', 'highlighted', 'reiterated', 'reiterates', 'confirmed', 'confirms', 'disclosed', 'discloses', 'maintains', 'maintained', 'reaffirmed', 'reaffirms', 'goes', 'go',
  // Irregular pasts a stock or a flow is said with: "142,350t of copper sat in LME sheds".
  'sat', 'sits', 'lay', 'lies', 'stood', 'stands', 'stand',
  // "CY25 EV sales are tracking at", "orders are running at": a rate a measure keeps up.
  'tracking', 'trending', 'running']);
/** Words that end a noun phrase when walking left. */
const STOPS = new Set([
  'versus', 'vs', 'against', 'across', 'via', 'plus', 'minus', 'fob', 'cfr', 'cif', 'dap', 'exw', 'ddp',
  'with', 'while', 'whilst', 'whereas', 'but', 'that', 'which', 'who', 'where', 'when', 'once', 'until', 'unless', 'as', 'than', 'compared', 'if', 'although', 'though', 'despite', 'because', 'since', 'or',
  'then', 'so', 'thus', 'in', 'on', 'at', 'for', 'from', 'to', 'by', 'into', 'among', 'between', 'after', 'before', 'during', 'under', 'over',
  'within', 'through', 'throughout', 'towards', 'toward', 'without', 'is', 'was', 'were', 'are', 'be', 'been', 'will', 'would', 'could', 'should', 'shall', 'must', 'may', 'might', 'can', 'also', 'there', 'it',
  'they', 'we', 'he', 'she', 'you', 'i', "we're", 'we’re', "we've", 'we’ve', "they're", 'they’re', 'whom', 'comparing', 'including', 'excluding', 'reviewing', 'according', 'yoy', 'qoq', 'mom', 'wow', 'respectively',
  'said', 'says', 'stated', 'noted', 'explained', 'announced', 'expects', 'expect', 'anticipate', 'anticipates', 'equal', 'equivalent', 'representing', 'about', 'around', 'and', 'per',
  'include', 'includes', 'included', 'contain', 'contains', 'comprise', 'comprises', 'consist', 'consists', 'using',
  'reflecting',
]);
/** Words opening an appositive (", primarily product rights and technology,"): not the subject. */
const APPOSITIVE = new WordSet(['primarily', 'mainly', 'principally', 'chiefly', 'including', 'excluding', 'such',
  'namely', 'net', 'largely', 'mostly', 'partly']);
const CHANGE_NOUNS = new WordSet(['increase', 'decrease', 'rise', 'growth', 'drop', 'decline', 'gain', 'fall',
  'jump', 'improvement', 'reduction']);
/** Reporting verbs end a clause: "X said its margin was …" reads from "its". */
const REPORTING = new WordSet(['said', 'says', 'stated', 'states', 'noted', 'notes', 'reported', 'reports', 'added',
  'announced', 'announces', 'expects', 'explained', 'disclosed', 'revealed', 'showed', 'shows', 'indicated',
  'introduced', 'replied', 'answered']);
/** Words that open a clause of their own: a label does not reach back past them. */
const CLAUSE_OPENERS = new WordSet(['while', 'whilst', 'whereas', 'but', 'that', 'which', 'where', 'when', 'although', 'though',
  'because', 'so', 'respectively']);
/** Words before a statistic's sample ("for the 70 countries"). */
const SAMPLE_INTRODUCERS = new WordSet(['for', 'across', 'among', 'from', 'at', 'in']);
/** Words that bring a period or a date a label leaves out. */
const SKIP_INTRODUCERS = new WordSet(['on', 'in', 'as', 'of', 'for', 'during', 'at', 'by', 'from', 'since', 'the',
  ',', 'and']);
/** Verbs a transitive object ("increased goodwill by") follows. */
const CHANGED_BY = new WordSet(['increased', 'decreased', 'reduced', 'raised', 'lowered', 'boosted', 'cut', 'lifted']);
/** Capitalised articles that start a sentence run into a heading before it. */
const CAPITAL_ARTICLES = new Set(['The', 'These', 'This', 'Our', 'Its']);
const PLUS = new Set(['+', '＋']);
const BRACKET_OR_COLON = new Set(['(', ':']);
const isPossessive = (text: string) => text.endsWith("'s") || text.endsWith('’s');
const DETERMINERS = new WordSet(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these',
  'those', 'such', 'each', 'every', 'both', 'all', 'any', 'of', 'and', 'or', 'then', 'also', 'certain',
  'corresponding', 'approximately']);
/** Measure phrases that read better after what they measure. */
const MEASURE = /^(?:(?:daily|monthly|weekly|annual|average|spot|total|net|gross|combined|cumulative|design|nameplate|installed|proven|effective|current|new|export|domestic|full-year|half-year|quarterly|first-half|full year|carrying|aggregate|fair)\s+)*(?:average\s+)?(?:amount|price|prices|output|production|production volume|sales|sales volume|revenue|revenues|exports|imports|export volume|import volume|capacity|production capacity|consumption|demand|supply|inventory|inventories|shipments|volume|volumes|value|cost|costs|margin|deliveries|reserves|installations|orders|usage|spending|investment|earnings|profit)$/iu;
const NOT_REORDERED = /^(?:share|proportion|ratio|rate)\b/iu;
/** "spodumene min 6% Li2O cif China": the grade and the delivery terms say which quote, not what is measured. */
const DELIVERY = / (?:cif|cfr|fob|dap|exw|ddp)\b.*$/iu;
const GRADE_TAIL = / (?:min )?\d+(?:\.\d+)?% [A-Z][A-Za-z0-9]*(?: min)?$/u;
/** "Group EBITDA for the half", "free cash flow turned positive": when and how it went are not part of the label. */
const TRAILING_TIME = /(?<!\s)\s+(?:(?:for|in|during|over|of) the (?:half|year|quarter|period|month|week|day|session)|(?:this|last) (?:half|year|quarter|month|week)|turned (?:positive|negative)|(?:a|one) (?:year|quarter|month) (?:earlier|before|ago)|(?:(?:not|no) )?(?:more|less) than|nearly|almost)$/iu;
const TRAILING_SCOPE = /(?<!\s)\s+(?:nationwide|globally|worldwide|domestically|overall|in total|combined)$/iu;
/** The last verb (or subject word) in a run of Chinese: the label follows it. */
// "平均实现油价": a price realised is a noun (the price a producer got), not the verb 实现.
const CJK_VERB = /(?:实现了?(?!(?:油|气|销售)?(?:价格?|售价|均价))|达到|录得|完成|为|是|(?<!合)约|同比|环比|按[年季月](?=[增减升降上下])|其中|对应|(?<!上市|母|占)公司)/gu;

/** The last such verb in `text` (found left to right: a lookahead for "none after" was quadratic in the text's length). */
function lastCjkVerb(text: string): { index: number; 0: string } | null {
  let last: RegExpExecArray | null = null;
  CJK_VERB.lastIndex = 0;
  for (let m = CJK_VERB.exec(text); m; m = CJK_VERB.exec(text)) last = m;
  return last;
}

// "月增16.9%": 增 and 减 alone, once the month that says the basis is read off as a time word.
const CJK_CHANGE_WORD = new RegExp(`^(?:${CJK_RISES}|${CJK_FALLS}|[增减]|(?:日?内|当日)?(?:涨幅|增幅|升幅|跌幅|降幅|减幅))$`, 'u');
/** Verbs and particles between a Chinese label and its figure. */
const CJK_TRAILING = /(?:(?:预估|预计)?将?落在|将(?:达到?|超过|提升至|增至|为)|有望(?:超过|达到?|突破|实现)?|本周|上周|当周|折合约|周[一二三四五六日天]|预计|预期|(?:下滑|下降|回落|上涨|上升|攀升|反弹|回升|下调|上调|提高|提升|增加|减少|增长|跌|涨|降|升|增|减)至|已完成|已实现|已|由|从|目前|当前|现|约合|折合|维持在?|保持在?|稳定在|收于|收在|收报|报收|报|约为|(?<!合)约|为|达到|达|至|在|是|共计|共|合计|分别为|分别|录得|实现了?|不超过|不低于|不少于|超过|逾|近|人民币|新台币|港币|澳门币|美金|将由|每(?:日|天|吨|千克|公斤|克|盎司|桶|千瓦时|度|辆|平方米|立方米|瓦|股))$/u;
/** Time and scope words before a Chinese label: "月我国汽车出口" → "汽车出口". */
const CJK_LEADING = /^(?:[的之]|(?:\p{Script=Han}{2,14}?)?(?:发布|公布)的|将|预计|有望(?:进一步)?|进一步|可望|或将|承诺(?:未来[一二三四五两\d]年)?(?:每年)?|\p{Script=Han}{0,6}主要(?:系|是|由于|因为?)|(?:上|本)?(?:周|星期)[一二三四五六日天](?![大个种家类项])|集团|该(?:项目|公司|企业|矿山|工厂|行|银行|集团)|SMM\s*|Mysteel\s*|上海有色网|我的钢铁网|百川盈孚|卓创资讯|隆众资讯|广期所|上期所|大商所|郑商所|管理层|大卡|千卡|年初至(?:报告期末|今)|(?:[月日年度份](?!均|化))+|全国|我国|其中|同期|公司|本公司|本行|本集团|全年(?!\p{Script=Han}{0,4}(?:目标|指引|计划))|上年同期|当月|单月|本期|共计提|计提|统计的|监测的|调研的|目前|当前|现阶段|现有|今年|本月|本周|上周|当周|拟|计划|本次|报告期内|报告期末|期末|给予|维持|我们|上调(?!幅度)|下调(?!幅度)|规模以上工业(?!增加值)|规模以上(?!工业增加值)|规上工业(?!增加值|企业)|规上(?!工业增加值|工业企业)|累计(?=产量|销量)|(?:项目)?(?:达产|投产|建成|完工)后|后其|但|而|此外|另外|同时(?!期)|拥有|具备|具有|届时|年[底末]|今日|昨日|(?:当前股价)?对应(?=P|市|E)|国内(?:主流消费地)?(?=\p{Script=Han}{3})|主流消费地|以(?=总股本)|通过\p{Script=Han}{1,12}?方式|已(?:累计)?(?=回购|减持|增持))+/u;

const isWord = (t: Token | undefined) => t?.kind === 'word';
const JOINERS = new Set(['-', '&', '/', '–']);
/** A hyphen, ampersand, slash or en dash written between two words without spaces: "after-tax", "IPR&D", "P/E", "Far East–North Europe". */
const isInnerJoiner = (tokens: Token[], j: number) => JOINERS.has(tokens[j]?.text ?? '') && !tokens[j]!.spaced
  && tokens[j + 1] !== undefined && !tokens[j + 1]!.spaced;
const inSkip = (ctx: LabelContext, t: Token) => ctx.skip.some(([s, e]) => t.start >= s && t.end <= e);
/** Known verbs; `guess` also takes any "-ed" word, which is right only just before a figure. */
const isVerb = (t: Token, guess = false) => VERBS.has(t.lower) || VERB_MEASURES.has(t.lower) || (guess && /[a-z]{3}ed$/u.test(t.lower) && !/(?:eed|ied|red)$/u.test(t.lower));

/** Chinese measures that need the subject an earlier figure named: "稀土氧化物产量3,210吨，销量2,980吨". */
const CJK_MEASURE = /(?:产量|销量|出口量|进口量|产能|出货量|营收|营业收入|均价|价格|库存|开工率)$/u;

/** What a thing listed after "生产阴极铜52.8万吨" was measured by: "；黄金12.4吨" is 黄金产量. */
const CJK_LIST_MEASURE = /(?:产量|销量|出口量|进口量|出货量|交付量|产能)$/u;
/** Labels that already name a measure of their own. */
const CJK_OWN_MEASURE = /(?:量|价|率|额|收入|利润|成本|费用|资产|负债|比|数|能|值|润|款|目标|指引|计划|预期|预测)$/u;

/** Headings a broker's note writes before a colon, which name no measure ("投资要点：", "一年最高/最低："). */
const CJK_HEADING = /(?:要点|点评|备注|注|结论|观点|摘要|事件|提示|建议|评级|最高|最低|说明|来源|资料|时间|日期|地址|电话)$/u;

/** "黄金" listed after "阴极铜产量": the thing with the earlier figure's measure, or null. */
export function cjkListedMeasure(label: string, previous: string | null): string | null {
  // "日产原油136.5吨、天然气4.2万立方米": a thing listed after a day's output of another is a day's output too.
  const rate = previous && !CJK_OWN_MEASURE.test(label) && /^[\u3400-\u9fff]{1,6}$/u.test(label) ? /(日产)\p{Script=Han}{1,6}$/u.exec(previous) : null;
  if (rate) return `${rate[1]}${label}`;
  const measure = previous ? CJK_LIST_MEASURE.exec(previous)?.[0] : undefined;
  if (!measure || !/^[\u3400-\u9fff]+$/u.test(label) || CJK_OWN_MEASURE.test(label) || label.length > 8) return null;
  // "其中自南非进口1,592万吨" after a 进口量: the verb is already there, only 量 is wanting (自南非进口量).
  const verb = measure.replace(/量$/u, '');
  if (verb !== measure && label.endsWith(verb)) return `${label}量`;
  return `${label}${measure}`;
}

/** "销量" after "稀土氧化物产量": the earlier label's subject with this measure, or null. */
export function cjkInherited(label: string, previous: string | null): string | null {
  // "原煤产量4.07亿吨；日均产量1313万吨": an average's subject goes after 日均 (日均原煤产量).
  const average = /^(?:日均|月均|平均)/u.exec(label)?.[0] ?? '';
  const measure = label.slice(average.length);
  if (!previous || !CJK_MEASURE.test(measure) || CJK_MEASURE.exec(measure)![0] !== measure) return null;
  // A company's revenue is its own, not the product's named before it ("销售黄金12.4吨；营业收入为120亿元").
  if (/^(?:营收|营业收入)$/u.test(measure)) return null;
  const prior = CJK_MEASURE.exec(previous);
  const subject = prior ? previous.slice(0, prior.index).replace(/^(?:日均|月均|平均)/u, '') : '';
  return subject ? `${average}${subject}${measure}` : null;
}

/** Whether a label is only a measure, needing a subject from an earlier figure. */
export function isBareMeasure(label: string): boolean {
  return MEASURE.test(label);
}

/** "rare earth oxide production volume" → subject "rare earth oxide", measure "production volume". */
export function splitMeasure(label: string): { subject: string; measure: string } | null {
  // "overseas share of shipments" is a share, not overseas shipments: no later figure takes its subject.
  if (MEASURE.test(label) || label.includes(' share of ')) return null;
  const words = label.split(' ');
  for (let k = 1; k < words.length; k++) {
    const measure = words.slice(k).join(' ');
    if (MEASURE.test(measure)) return { subject: words.slice(0, k).join(' '), measure };
  }
  return null;
}

/** "LFP cells" → "LFP cell", as a noun reads before another ("LFP cell shipments"). */
export function singularHead(phrase: string): string {
  if (/[a-z]{2}ies$/u.test(phrase) && !/series$/u.test(phrase)) return phrase.replace(/ies$/u, 'y'); // "batteries"
  if (/(?:^|\s)[A-Z]{2,5}s$/u.test(phrase)) return phrase.slice(0, -1); // "EVs deliveries" → "EV deliveries"
  if (/(?:cargo|tomato|potato|volcano)es$/iu.test(phrase)) return phrase.slice(0, -2); // "cargoes" → "cargo"
  // Not "glass", "business", "status", "analysis", "economics".
  return phrase.replace(/(?<=[a-z]{3})(?<![sui]|ic)s$/u, '');
}

/** Terms of account whose "of" is part of the name: "cost of sales" never becomes "sale cost". */
const FIXED_TERMS = /^(?:cost of (?:sales|goods sold|revenues?|products sold|services)|return on (?:equity|assets|capital|invested capital)|costs? of revenue)$/iu;

/** "Output" → "output" where a label goes on mid-phrase; an acronym ("NIM", "TCE rate") keeps its case. */
export function lowerFirst(words: string): string {
  return /^\p{Lu}\p{Ll}/u.test(words) ? words[0]!.toLowerCase() + words.slice(1) : words;
}

/** "spot rate from Shanghai to Rotterdam" → "Shanghai–Rotterdam spot rate": a freight rate is named by its route. */
const ROUTE_RATE = /^((?:[\p{L}-]+ ){0,3}(?:[Rr]ates?|[Ff]reight))\s+from\s+(\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*){0,2})\s+to\s+(?:the\s+)?(\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*){0,2})$/u;

/** "average price of Pr-Nd oxide" → "Pr-Nd oxide average price"; "annual output at the X mine" → "X mine annual output". */
export function reorderMeasure(label: string): string {
  const route = label.includes(' from ') ? ROUTE_RATE.exec(label) : null;
  if (route) return `${route[2]}–${route[3]} ${lowerFirst(route[1]!)}`;
  // Most labels have neither word: the pattern below, tried from every space, would only fail slowly.
  if (FIXED_TERMS.test(label) || (!label.includes(' of ') && !label.includes(' at '))) return label;
  const m = /^(.+?) (?:of|at) (?:the )?(.+)$/u.exec(label);
  if (!m || !MEASURE.test(m[1]!) || NOT_REORDERED.test(m[1]!) || m[2]!.split(' ').length > 6 || / of /u.test(m[2]!)) return label;
  // "exports of crude to the United States": where to (or from) stays after the measure.
  const bound = /^(.+?)( (?:to|from|into) .+)$/u.exec(m[2]!);
  if (bound) return `${singularHead(bound[1]!)} ${m[1]!.toLowerCase()}${bound[2]}`;
  return `${singularHead(m[2]!)} ${m[1]!.toLowerCase()}`;
}

/** A verb inside a clause subject: the label is what follows it ("the Company realized operating income"); "realised (gold) price" is a noun. */
const SUBJECT_VERB = new RegExp('^(?:.*\\s)?(?:(?:realized|realised)(?!\\s+(?:(?!(?:an?|the|its|our|their)\\s)[\\w-]+\\s+){0,3}(?:prices?|gains?|losses?|values?)\\b)|completed|'
  + 'lift|lifts|lifting(?!\\s+costs?\\b)|lifted|raise|raises|expand|expands|boost|boosts|bring|brings|model|models|modelled|modeled|now|reported|recorded|'
  + 'posted|achieved|generated|booked|saw|see|sees|expects|gives|shows|'
  + '(?:told|tells|tell|reminded|informed)\\s+(?:analysts|investors|reporters|journalists|shareholders|us)(?:\\s+that)?(?:\\s+the)?|as|declared|declares|proposed|proposes|recommended|approved|'
  + 'lower|lowers|lowered|trim|trims|trimmed|cut|cuts|assume|assumes|assumed|assuming|use|uses|distribute|distributes|pay|pays|set|sets|'
  // "keep our target price of", "reiterated its guidance of": a figure held where it was.
  + 'keep|keeps|kept|maintain|maintains|maintained|retain|retains|retained|reiterate|reiterates|reiterated|reaffirm|reaffirms|reaffirmed|'
  // "the concentrator reached nameplate throughput of": what was reached is the measure.
  + 'reached|reaches|attained|attains)'
  // "net cash flow generated from operating activities": a participle with its preposition stays in the label.
  + '(?!\\s+(?:from|by|in|through|under|on)\\b)\\s+(?:an?\\s+)?(?=\\S)', 'iu');
/** Who or where a measure is of, said after it: the entity and place are kept apart from the label. */
const OWNER_TAIL = new RegExp('(?<!\\s)\\s+(?:of|at|for|into|in|from)\\s+(?:the\\s+)?(?:Company|Group|Bank|listed company|parent company|Port of [A-Z][\\w-]*|'
  + '(?:[A-Z][\\w-]*\\s+){1,3}(?:Group|Holdings|Company|Corp|Inc|Ltd|Limited|Mining|Minerals|Resources|Bank|Steel|Copper|Lithium|Coal|Energy|'
  + 'Power|Port|Industries|Marine|Shipping|Shipyard)|'
  + 'China|India|Japan|Korea|Australia|Indonesia|Chile|Peru|Brazil|Europe|the US|the EU)$', 'u');

/** "Management flagged a solvency coverage ratio": who said what, before the measure's own article. */
const SAID_BEFORE = /^(?:\p{Lu}[\p{L}-]*\s+){1,3}(?:\p{Ll}+ed|flags|says|sees|expects|reports|cites)\s+(?:a|an|the)\s+(?=\S)/u;
/** "after operating profit", "currently price": a conjunction or adverb the phrase was cut after. */
const LEADING_LINK = /^(?:after|before|while|when|whereas|with|as|since|currently|now|alone|then|also|and|or|but)\s+(?=\S)/iu;
/** "On the C5 … route rates firmed": a sentence's opening place is not the subject's name. */
const LEADING_PLACE = /^(?:On|In|At|Across) the\s+(?=\S)/u;
const SEGMENT_AFTER = /^([\p{L} -]{3,40}?)\s+(?:in|for|from|of)\s+(?:our|the|its)\s+((?:\p{Lu}[\p{L}&-]*\s+){1,4}(?:segment|division|business))$/u;
/** "We expect demand to rise 4%", "Management sees volumes growing": who expects is not what is measured. */
const EXPECTER = /^(?:[Ww]e|I|[Tt]hey|[Mm]anagement|(?:[Tt]he )?(?:company|group|firm|board)|(?:[Oo]ur )?analysts?|(?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*)\s+(?:now\s+|still\s+|also\s+)?(?:expects?|sees?|forecasts?|estimates?|projects?|anticipates?|predicts?|believes?)\s+(?:that\s+)?(?:the\s+|its\s+|our\s+|their\s+)?(?=\S)/u;

/** "TP cut", "estimate raised": the revision is the change, not the measure's name. */
const TRAILING_VERB = /(?<=\S)\s+(?:cut|raised|lowered|trimmed|lifted|reduced|stays|stayed|remains|remained|holds|held)$/iu;

/** "…up 4% y/y and zinc output": the basis of the change before is no part of the next label. */
const LEADING_BASIS = /^(?:y\/y|yoy|y-o-y|q\/q|qoq|m\/m|w\/w|h\/h|d\/d)(?:\s*,)?\s+(?:and|or|while|but|with)\s+(?=\S)/iu;

/** "12-month target price", "DCF-based target price": how a target price is set is not what it is. */
const TARGET_PRICE_SETTING = /^(?:(?:our|a|the|its)\s+)?(?:\d{1,2}[- ]?(?:month|mth|m)|(?:DCF|NAV|SOTP|P\/E|PE|EV\/EBITDA)[- ]based|blended)\s+(?=(?:target price|price target|TP)$)/iu;

/** Phrases already cleaned: a document names the same few measures before many figures, and cleaning is twenty patterns. */
const CLEANED = new Map<string, string>();

/** A phrase as a label: its leading and trailing words that name no measure left out (remembered, as tidiedLabel is). */
function clean(label: string): string {
  const known = CLEANED.get(label);
  if (known !== undefined) return known;
  if (CLEANED.size > 20_000) CLEANED.clear();
  const cleaned = cleanOnce(label);
  // A copy, not a slice of the passage: a slice would keep its whole document alive in the map.
  CLEANED.set(label.length > 12 ? ` ${label}`.slice(1) : label, cleaned);
  return cleaned;
}

function cleanOnce(label: string): string {
  let out = label.replace(LEADING_BASIS, '').replace(TARGET_PRICE_SETTING, '').replace(TRAILING_SCOPE, '').replace(TRAILING_TIME, '').replace(DELIVERY, '').replace(GRADE_TAIL, '').replace(/(?<![\s,;:])[\s,;:]+$/u, '').replace(/^[\s,;:*•·)）\]】>]+/u, '');
  // "gearing ratio as (at 30 June 2025)": the word that brought a date left out.
  out = out.replace(/(?<!\s)\s+(?:of|for|in|on|at|to|by|the|a|an|and|from|with|below|above|under|over|of below|of above|as)$/iu, '');
  out = out.replace(SUBJECT_VERB, '').replace(/^(?:its|their|the|our|dwt)\s+/iu, '').replace(/\b(?:the )?(?:Company|Group)['’]s\s+/u, '');
  out = out.replace(SAID_BEFORE, '').replace(EXPECTER, '').replace(LEADING_LINK, '').replace(LEADING_PLACE, '').replace(TRAILING_VERB, '').replace(/^TP$/u, 'target price')
    .replace(/ contributing$/u, ' contribution'); // "with pricing contributing 2.9 percentage points"
  // "Net sales in our Process Controls segment" → "Process Controls segment net sales".
  out = out.replace(SEGMENT_AFTER, (_all, measure: string, segment: string) => `${segment} ${measure.toLowerCase()}`);
  // Scope words are the entity's business ("market"), not the label's: "National new energy vehicle sales".
  const unscoped = out.replace(/^(?:national|nationwide|global|worldwide|domestic|China['’]s|the country['’]s)\s+(?=\S+\s)/iu, '');
  if (unscoped !== out) out = unscoped;
  out = shortened(out);
  const withoutOwner = out.replace(OWNER_TAIL, '');
  if (withoutOwner !== out && /\p{Ll}/u.test(withoutOwner)) out = withoutOwner;
  return reorderMeasure(out);
}

/** Long legal names analysts shorten: "net profit attributable to shareholders of the listed company". */
const SHORT_NAMES: Array<[RegExp, string]> = [
  // "owners of the Company" (Hong Kong filings) stays owners: an analyst keeps the word the filing uses.
  [/attributable to (?:the )?owners(?: of (?:the )?(?:publicly )?(?:listed (?:company|companies|firms?)|parent(?: company)?|company))?/iu,
    'attributable to owners'],
  [/attributable to (?:the )?(?:ordinary )?(?:share|equity )?(?:holders|shareholders)(?: of (?:the )?(?:publicly )?(?:listed (?:company|companies|firms?)|parent(?: company)?|company))?/iu,
    'attributable to shareholders'],
  [/(?:归属于)?(?:上市公司|母公司)?(?:股东|所有者)的扣除非经常性损益(?:后)?的净利润/u, '扣非归母净利润'],
  [/经营活动产生的现金流量净额/u, '经营活动现金流量净额'],
  // With no owner named, the net profit after non-recurring items is what analysts write 扣非净利润.
  [/^扣除非经常性损益(?:后)?的净利润$/u, '扣非净利润'],
  // The English of a translated filing, shortened as analysts write it.
  [/^net profit after deducting non-recurring (?:gains and losses|profit and loss|items)$/iu, 'net profit excluding non-recurring items'],
  [/(?:归属于)?(?:上市公司|母公司)(?:股东|所有者)的净利润|归属于(?:上市公司|母公司)?(?:股东|所有者)的净利润/u, '归母净利润'],
  // "净利润亏损1.8亿元", "扣除非经常性损益后的净亏损": a loss is named as one, the way analysts write it (归母净亏损).
  [/^扣除非经常性损益(?:后)?的净(?:利润)?亏损$/u, '扣非净亏损'],
  [/^(归母|扣非|扣非归母)净利润亏损$/u, '$1净亏损'],
];

function shortened(label: string): string {
  if (!/attributable|归属|股东|所有者|产生的|非经常性|non-recurring|净利润亏损/u.test(label)) return label;
  let out = label;
  for (const [long, short] of SHORT_NAMES) out = out.replace(long, short);
  return out;
}

/** Label text for tokens first..last, period phrases (and the words introducing them) left out. */
function phrase(ctx: LabelContext, first: number, last: number): Label | null {
  // "Selling, general and administrative expenses": the one measure a filing writes with a comma in its name.
  const sga = ctx.tokens[first]?.lower === 'general' && ctx.tokens[first - 1]?.text === ',' && ctx.tokens[first - 2]?.lower === 'selling';
  let f = sga ? first - 2 : first;
  for (let j = first; j < last; j++) if (isPossessive(ctx.tokens[j]!.text)) f = j + 1; // "the company's output" → "output"
  // "All-in sustaining cost": a determiner glued to a hyphen is part of a compound, not an article.
  const glued = (j: number) => ctx.tokens[j + 1]?.text === '-' && !ctx.tokens[j + 1]!.spaced;
  while (f <= last && DETERMINERS.has(ctx.tokens[f]) && !glued(f)) f++;
  // "- Gold hit a record": a list's bullet opens the line, not the label.
  while (f < last && /^[-–—•*]$/u.test(ctx.tokens[f]!.text) && ctx.tokens[f + 1]!.spaced) f++;
  if (f > last) return null;
  // Too long for a label, unless what makes it long is a period or a basis left out of it.
  if (last - f > 16 && ctx.tokens.slice(f, last + 1).filter((t) => !inSkip(ctx, t)).length > 16) return null;
  let text = '';
  let start = -1;
  let end = -1;
  for (let j = f; j <= last; j++) {
    const t = ctx.tokens[j]!;
    if (inSkip(ctx, t)) continue;
    // "Our FY26/27/28E EPS estimates": the slashes between periods left out go with them.
    if (t.text === '/' && ((ctx.tokens[j - 1] && inSkip(ctx, ctx.tokens[j - 1]!)) || (ctx.tokens[j + 1] && inSkip(ctx, ctx.tokens[j + 1]!)))) continue;
    // A short code in brackets ("(SC6)") names nothing the label needs.
    const close = t.text === '(' ? ctx.tokens.findIndex((x, k) => k > j && k <= j + 4 && k <= last && x.text === ')') : -1;
    if (close !== -1 && close < last) {
      j = close;
      continue;
    }
    const ahead = ctx.tokens.slice(j + 1, j + 3);
    const introducesSkip = SKIP_INTRODUCERS.has(t)
      && ahead.some((a, k) => inSkip(ctx, a) && ahead.slice(0, k).every((b) => /^(?:the|of|,|and)$/iu.test(b.text)));
    if (introducesSkip) continue;
    // "production for the 70 countries reporting to the association": a sample after the measure ends its label.
    const sample = text && SAMPLE_INTRODUCERS.has(t)
      && (ctx.tokens[j + 1]?.kind === 'num' || (/^the$/iu.test(ctx.tokens[j + 1]?.text ?? '') && ctx.tokens[j + 2]?.kind === 'num'));
    if (sample) break;
    text += `${text && t.spaced ? ' ' : ''}${t.text}`;
    if (start === -1) start = t.start;
    end = t.end;
  }
  const label = clean(text.trim());
  if (!label || !/\p{L}/u.test(label)) return null;
  return { text: label, start, end };
}

/** "generating revenue of …", "bringing total output to …": the verb is not part of the label. */
const LEADING_GERUND = /^(?:generating|bringing|making|taking|reaching|recording|posting|achieving|adding|reporting|delivering|narrowing|widening|lifting(?!\s+costs?\b)|cutting|pushing|leaving|putting|citing|holding|keeping|maintaining|giving|implying|lowering|raising|trimming|boosting|reducing|sending|dragging)\s+(?=\S)/iu;

/** The first token at or after `k` that no skipped stretch (a period, a basis) holds. */
function pastSkip(ctx: LabelContext, k: number): number {
  let j = k;
  while (ctx.tokens[j] && inSkip(ctx, ctx.tokens[j]!)) j++;
  return j;
}

/**
 * Start of the clause that ends before token `i`, and where its subject ends when an
 * appositive (", primarily product rights and technology,") sits between subject and verb.
 */
function clauseStart(ctx: LabelContext, i: number, floor: number): { start: number; end: number } {
  const { tokens } = ctx;
  let end = i - 1;
  for (let j = i - 1; j >= floor; j--) {
    const t = tokens[j]!;
    // Commas inside dates and period lists ("July 31, 2021", "2020, 2019 and 2018") are not clause breaks; a comma
    // between a clause and the period opening the next (", and third-quarter output was", ", Q3 output was") is.
    const andPeriod = tokens[j + 1]?.lower === 'and' && tokens[j + 2] !== undefined && inSkip(ctx, tokens[j + 2]!);
    const nextSkipped = (tokens[j + 1] !== undefined && inSkip(ctx, tokens[j + 1]!)) || andPeriod;
    const afterPeriod = j > floor && inSkip(ctx, tokens[j - 1]!);
    const opensClause = !afterPeriod && nextSkipped && (andPeriod || isWord(tokens[pastSkip(ctx, j + 1)]));
    const nearSkip = t.text === ',' && (inSkip(ctx, t) || (nextSkipped && !opensClause));
    // An em dash ends a heading run into the text: "Note 7 — Goodwill The total amount of goodwill was …".
    const punct = t.kind === 'sym' && /^[,;:()“”"[\]，；：（）—]$/u.test(t.text) && !nearSkip;
    // "X, which relate to …, were": a relative clause between the subject and its verb is skipped.
    const opening = punct && t.text === ',' && j === end ? relativeOpening(tokens, j, floor) : -1;
    if (opening !== -1) {
      end = opening - 2;
      j = opening - 1;
      continue;
    }
    // "exports of rare earths (HS 2805 and 2846) fell to": an aside in brackets right before the verb is skipped;
    // "spodumene concentrate (SC6) prices": a short code in brackets inside the subject is read past.
    if (punct && /^[)）]$/u.test(t.text)) {
      const open = tokens.findLastIndex((x, k) => k < j && k >= floor && /^[(（]$/u.test(x.text));
      if (open > floor && j === end && j - open < 12) {
        end = open - 1;
        j = open;
        continue;
      }
      if (open > floor && j - open <= 4) {
        j = open;
        continue;
      }
    }
    // "X, net of tax, was" and "Property, net, was" hold an aside; ", net debt was" is the subject.
    const netNoun = tokens[j + 1]?.lower === 'net' && j + 2 <= end && isWord(tokens[j + 2]) && !STOPS.has(tokens[j + 2]!.lower)
      && tokens[j + 2]!.lower !== 'of';
    const aside = APPOSITIVE.has(tokens[j + 1]) && !netNoun;
    if (punct && t.text === ',' && aside && j + 1 <= end) {
      end = j - 1; // skip the appositive and keep looking for the subject before it
      continue;
    }
    if (punct) return { start: j + 1, end };
    // "payrolls rose by 119,000 in September and the jobless rate rose", "grew 4% in the quarter and the margin edged up":
    // "and the" after a period or a phrase a preposition opens right after the figure before opens a clause.
    // Not "revenue from Europe and the Middle East", "in 2024 and the first half of 2025", "China and the rest of Asia":
    // the phrase before is short and bare, and what follows "the" is no period, part or time of its own.
    const shortPhrase = j > floor && j - floor <= 4 && /^(?:in|on|for|during|over|at|from|by)$/iu.test(tokens[floor]!.text)
      && tokens.slice(floor, j).every((x) => !CLAUSE_OPENERS.has(x) && !isVerb(x));
    const andTheOpens = t.lower === 'and' && (afterPeriod || shortPhrase) && /^(?:the|its|their)$/iu.test(tokens[j + 1]?.text ?? '')
      && tokens[j + 2] !== undefined && !inSkip(ctx, tokens[j + 2]!) && !(afterPeriod && PART_OR_TIME.test(tokens[j + 2]!.text));
    if (andTheOpens) return { start: j + 1, end };
    const reporting = REPORTING.has(t) && j < i - 1;
    if (t.kind === 'word' && (CLAUSE_OPENERS.has(t) || reporting)) return { start: j + 1, end };
    // "Goodwill and Intangible Assets The total amount of goodwill was": a capitalised article after a word starts the sentence
    // proper, the words before it being a heading run into the text.
    if (CAPITAL_ARTICLES.has(t.text) && tokens[j - 1]?.kind === 'word') return { start: j, end };
  }
  return { start: floor, end };
}

/** Words after "and the" that name a part or a stretch of time, not a new subject: "the rest of", "the first half". */
const PART_OR_TIME = /^(?:first|second|third|fourth|last|rest|following|same|previous|prior|next|whole|full|remainder|balance|end|start|beginning|middle|latter|former|other)$/iu;

/** Words opening an aside between commas: "X, which relate to …,", "X, net of tax,", "X, after deducting fees,". */
const ASIDE = new WordSet(['which', 'who', 'after', 'before', 'inclusive', 'exclusive', 'less']);

/**
 * The word opening a relative clause or an aside ("which", "including", "net of") that ends at
 * the comma `close`, or -1.
 */
function relativeOpening(tokens: Token[], close: number, floor: number): number {
  for (let k = close - 1; k > floor && k > close - 30; k--) {
    if (/^[;:()]$/u.test(tokens[k]!.text)) return -1;
    if ((ASIDE.has(tokens[k]) || APPOSITIVE.has(tokens[k])) && tokens[k - 1]?.text === ',') return k;
  }
  return -1;
}

/** Noun phrase ending at token `end`, walking left to a stop word, verb or punctuation. */
function nounPhraseBefore(ctx: LabelContext, end: number, floor: number, headBeforeOf = false): Label | null {
  const { tokens } = ctx;
  // "stainless steel coil 2mm traded at": a size closing the phrase is the product's, not part of its name.
  if (end - 1 >= floor && isWord(tokens[end]) && tokens[end - 1]!.kind === 'num' && !tokens[end]!.spaced && /^(?:mm|cm|m|in|inch)$/iu.test(tokens[end]!.text)) {
    end -= 2;
  }
  // "Sales volume in H2 2025 is guided at": the period closing the phrase, and the word bringing it, are left out.
  if (end >= floor && inSkip(ctx, tokens[end]!)) {
    while (end >= floor && inSkip(ctx, tokens[end]!)) end--;
    if (/^(?:in|for|during|over|of|at|on)$/iu.test(tokens[end]?.text ?? '')) end--;
  }
  end = pastBracket(tokens, end, floor);
  // Before "of", a word that can be a verb is a noun: "other charges of $72 million", "costs of".
  // "DAP FOB Morocco": DAP before a delivery term is the fertiliser, not the term.
  const product = (k: number) => tokens[k]!.text === 'DAP' && /^(?:FOB|CFR|CIF|fob|cfr|cif)$/u.test(tokens[k + 1]?.text ?? '');
  if (end < floor || !isWord(tokens[end]) || (STOPS.has(tokens[end]!.lower) && !product(end)) || (isVerb(tokens[end]!) && !headBeforeOf)) return null;
  let s = end;
  while (s - 1 >= floor && end - s < 10) {
    const t = tokens[s - 1]!;
    // A word glued to the compound after it is part of that word, stop word or not: "after-tax", "held-for-sale".
    // "net profit attributable to shareholders": "to" after "attributable" is inside the name.
    // "DDR5 16Gb", "512Gb TLC": a chip's density glued to its number is part of the product's name.
    const density = t.kind === 'num' && /^(?:Gb|GB|Tb|TB)$/u.test(tokens[s]?.text ?? '') && !tokens[s]!.spaced;
    const joins = isInnerJoiner(tokens, s - 1) || isInnerJoiner(tokens, s) || isInnerJoiner(tokens, s - 2) || (t.kind === 'num' && !t.spaced) || density
      || t.lower === 'of'
      || (t.lower === 'to' && tokens[s - 2]?.lower === 'attributable')
      // "net profit after tax", "earnings before interest": part of the measure's name.
      || (/^(?:after|before)$/u.test(t.lower) && /^(?:tax|taxes|interest|minorities)$/u.test(tokens[s]?.lower ?? ''))
      // "a NAV per unit of", "distribution per unit of": a measure per something is one name.
      || (t.lower === 'per' && isWord(tokens[s - 2]) && !STOPS.has(tokens[s - 2]!.lower) && !isVerb(tokens[s - 2]!) && !DETERMINERS.has(tokens[s - 2]))
      || (t.lower === 'and' && isWord(tokens[s - 2]) && !STOPS.has(tokens[s - 2]!.lower) && !isVerb(tokens[s - 2]!) && !DETERMINERS.has(tokens[s]));
    // "an average export price of", "import volumes": export and import inside a noun phrase are nouns.
    const nounVerb = (t.lower === 'export' || t.lower === 'import') && s - 1 < end;
    if (!joins && (!isWord(t) || STOPS.has(t.lower) || (isVerb(t) && !nounVerb) || REPORTING.has(t) || inSkip(ctx, t))) break;
    s--;
  }
  // "20mm rebar": a unit glued to a number before the phrase is the product's size, not part of its name.
  if (s < end && tokens[s - 1]?.kind === 'num' && !tokens[s]!.spaced) s++;
  while (s < end && !isInnerJoiner(tokens, s + 1) && (tokens[s]!.lower === 'of' || tokens[s]!.lower === 'and' || STOPS.has(tokens[s]!.lower)
    || LEADING_GERUND.test(`${tokens[s]!.text} ${tokens[s + 1]!.text}`))) s++;
  return phrase(ctx, s, end);
}

/**
 * Where reading goes on before a short bracket closing at `end` that holds a grade, a rate or a size ("Dy oxide
 * (≥99.5%) RMB1,655/kg", "an after-tax NPV (8%) of"): the bracket says which, not what is measured.
 */
function pastBracket(tokens: Token[], end: number, floor: number): number {
  if (tokens[end]?.text !== ')') return end;
  for (let k = end - 1; k >= Math.max(floor, end - 6); k--) {
    if (tokens[k]!.text === '(') return tokens.slice(k + 1, end).some((t) => /^(?:%|≥|>|mm|g\/t)$/u.test(t.text)) ? k - 1 : end;
    if (tokens[k]!.text === ')') return end;
  }
  return end;
}

/** Who speaks in a Q&A record, before a colon: not what a figure measures. */
const SPEAKER_WORD = /^(?:Q|A|Company|Investor|Management|Analyst|Answer|Question|Reply|CEO|CFO|Chairman|Secretary|问|答)$/u;

/** Participles that state what something is built for: "rated at 1.1 Mtpa", "sized at 40 GWh". */
const RATING_VERBS = /^(?:rated|sized|designed)$/iu;
/** One to three capitalised words: a place, exchange or firm named after what is measured ("rebar in Shanghai"). */
const PROPER_NAME = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}$/u;
/** Words placing a measure: "rebar in Shanghai", "spot price cif China, Japan & Korea". */
// "Rebar futures on the SHFE closed at": the exchange a contract trades on places it, as a port or a city does.
const PLACING = /^(?:in|at|on|cif|cfr|fob|ex|delivered)$/iu;

/**
 * The noun phrase ending at `end`, read past a place or name that only says where the measure
 * is: "rebar in Shanghai held at" → "rebar", "the Kanyama copper project in Zambia for" → "Kanyama copper project".
 */
function nounPhraseBeforePlace(ctx: LabelContext, end: number, floor: number): Label | null {
  const np = nounPhraseBefore(ctx, end, floor);
  if (np && /^(?:two|both|three|them)$/iu.test(np.text)) return betweenThem(ctx, np, floor) ?? np;
  if (np && /^(?:delivery|shipment|loading|arrival)$/iu.test(np.text)) return deliveredWhen(ctx, np, floor) ?? np;
  if (!np || !PROPER_NAME.test(np.text)) return np;
  const { tokens } = ctx;
  let k = tokens.findIndex((t) => t.start === np.start) - 1;
  // A list of places: "China, Japan & Korea".
  while (k - 1 >= floor && /^(?:,|&|and)$/u.test(tokens[k]!.text) && /^\p{Lu}/u.test(tokens[k - 1]!.text)) k -= 2;
  // "Our earnings forecast for Tarn Valley Mining is cut": whose forecast it is names the entity, not the measure.
  const owned = tokens[k]?.lower === 'for' && k > floor ? nounPhraseBefore(ctx, k - 1, floor) : null;
  if (owned && /\p{Ll}/u.test(owned.text)) return owned;
  if (tokens[k]?.lower === 'the' && k - 1 >= floor && PLACING.test(tokens[k - 1]!.text)) k--; // "on the SHFE"
  if (k < floor || !PLACING.test(tokens[k]!.text)) return np;
  return nounPhraseBefore(ctx, k - 1, floor) ?? np;
}

/** "the spread between the two to US$21": what lies between the things just named is the measure, not "two". */
function betweenThem(ctx: LabelContext, np: Label, floor: number): Label | null {
  let k = ctx.tokens.findIndex((t) => t.start === np.start) - 1;
  if (ctx.tokens[k]?.lower === 'the') k--;
  return k - 1 >= floor && ctx.tokens[k]!.lower === 'between' ? nounPhraseBefore(ctx, k - 1, floor) : null;
}

/** "EU carbon allowances for December 2026 delivery": what is delivered then is the measure, not "delivery". */
function deliveredWhen(ctx: LabelContext, np: Label, floor: number): Label | null {
  let k = ctx.tokens.findIndex((t) => t.start === np.start) - 1;
  const skipped = k;
  while (k >= floor && inSkip(ctx, ctx.tokens[k]!)) k--;
  return k < skipped && k - 1 >= floor && ctx.tokens[k]!.lower === 'for' ? nounPhraseBefore(ctx, k - 1, floor) : null;
}

/** Chinese: the characters before the figure, back to a verb such as 实现 or 为. */
function cjkLabel(ctx: LabelContext, first: number, floor: number): Label | null {
  let j = first - 1;
  let text = '';
  let aside = 0;
  // "营业收入：152.3亿元（同比+12.4%）；归母净利润：18.6亿元": a broker's table line names the measure before a colon.
  if (/^[：:]$/u.test(ctx.tokens[j]?.text ?? '') && j - 1 >= floor && isIdeograph(ctx.tokens[j - 1]!.text)) j--;
  // "在手订单截至9月末达38.2GW": a date said between the measure and its verb is read past.
  j = pastDateAside(ctx, j, floor);
  // Latin acronyms inside a Chinese label count too: "对应PE", "ROE".
  // "原铝（电解铝）产量": a bracketed aside inside a Chinese label is read through, and left out of the label below.
  while (j >= floor && !inSkip(ctx, ctx.tokens[j]!) && (isIdeograph(ctx.tokens[j]!.text) || (/^[A-Za-z]{1,6}$/u.test(ctx.tokens[j]!.text) && text !== ''
      && !/\d$/u.test(ctx.tokens[j - 1]?.text ?? '')) // "20mm螺纹钢": a size's unit is no acronym of the label
    || (CONTRACT_CODE.test(ctx.tokens[j]!.text) && text !== '')
    // "中证500指数", "沪深300指数": an index named with a number inside.
    || (ctx.tokens[j]!.kind === 'num' && /^指数/u.test(text) && isIdeograph(ctx.tokens[j - 1]?.text ?? ''))
    // "10年期国债收益率": a bond's tenor in years opens its name.
    || (ctx.tokens[j]!.kind === 'num' && /^年期/u.test(text) && /^\d{1,2}$/u.test(ctx.tokens[j]!.text))
    // "沪铜主力合约2601收涨": a contract's month code in digits after 合约 (left out of the label shown).
    || (ctx.tokens[j]!.kind === 'num' && /^\d{4}$/u.test(ctx.tokens[j]!.text) && ctx.tokens[j - 1]?.text === '约' && ctx.tokens[j - 2]?.text === '合'
      && text !== '' && !ctx.tokens[j]!.spaced)
    || (/^[（）]$/u.test(ctx.tokens[j]!.text) && text !== '')) && text.length - aside < 30) {
    // "电池级碳酸锂（99.5%）均价": an aside of any characters is read through whole.
    const open = ctx.tokens[j]!.text === '）' ? asideOpening(ctx.tokens, j, floor) : -1;
    if (open >= 0) {
      const read = ctx.tokens.slice(open, j + 1).map((t) => t.text).join('');
      // Asides are left out of the label, so they do not count against its length ("本周（9月15日-19日）岚湾港…").
      aside += read.length;
      text = read + text;
      j = open - 1;
      continue;
    }
    text = ctx.tokens[j]!.text + text;
    j--;
  }
  if (!text) return null;
  // "247家钢厂高炉开工率": a classifier after a number before the label counts the sample, it names nothing.
  if (ctx.tokens[j]?.kind === 'num' && /^[家个座台条艘](?=\p{Script=Han})/u.test(text)) text = text.slice(1);
  // "较2024年实际产量增长约9%": a change measured against a dated level, whose own level was stated before it.
  let before = j;
  while (before >= floor && inSkip(ctx, ctx.tokens[before]!)) before--;
  if (before < j && /^(?:较|比)$/u.test(ctx.tokens[before]?.text ?? '') && CJK_CLAUSE_CHANGE.test(text.replace(/(?:约|近|超|逾)$/u, ''))) return null;
  // "均价报", "分别为", "累计产量达": the verb or particle just before the figure is not part of what it measures.
  let trailing = 0;
  for (let m = CJK_TRAILING.exec(text); m && trailing < text.length; m = CJK_TRAILING.exec(text.slice(0, text.length - trailing))) trailing += m[0].length;
  const body = text.slice(0, text.length - trailing);
  // "碳酸锂价格环比持平，为7.4万元/吨": only a verb after the comma, so the clause before it names the measure.
  if (!body && /^[，,]$/u.test(ctx.tokens[j]?.text ?? '')) return previousClauseLabel(ctx, j, floor);
  const verb = lastCjkVerb(body);
  // "同比实际增长4.9%": real growth is growth, said of what comes before 同比.
  let label = (verb ? body.slice(verb.index + verb[0].length) : body).replace(CJK_LEADING, '').replace(/^实际(?=增长|下降|增加|减少)/u, '');
  // "新能源汽车产销分别完成…": the verb ends the text, so what it did is named before it.
  if (!label && verb && /^(?:实现了?|达到|录得|完成)$/u.test(verb[0])) label = body.slice(0, verb.index).replace(/分别$/u, '').replace(CJK_LEADING, '');
  // "其中，火电同比下降2.1%": what changed is said before 同比.
  if (verb && /^(?:同比|环比|按[年季月])/u.test(verb[0]) && CJK_CHANGE_WORD.test(label)) label = body.slice(0, verb.index).replace(CJK_LEADING, '');
  // "完成率约86%", "增长率为": a rate named by its verb.
  if (label === '率' && verb && !/^(?:同比|环比)/u.test(verb[0])) label = `${verb[0].replace(/^(?:已经|已|累计)/u, '')}率`;
  if (/^[周月日年季]$/u.test(label)) return null; // 周环比, 月环比: a basis, not a subject
  if (!label || CJK_CHANGE_WORD.test(label) || /^(?:和|与|及|或|分别|以|按)$/u.test(label) || /^[\p{P}\s]+$/u.test(label)) return null;
  // "较前一交易日上涨", "比上年同期降低": a change measured against something, whose level was stated before it.
  if (CJK_COMPARED_CHANGE.test(label)) return null;
  // "主力合约收于84980元/吨": where a contract closed is its closing price.
  if (/(?:收于|收报|报收)$/u.test(text) && !/价$/u.test(label)) return { ...cjkSpan(ctx, j + 1, text, label), text: `${shortened(cjkShown(label))}收盘价` };
  // "净息差收窄12BP至1.65%": the verb of the change read past before the level closes the measure's name.
  const moved = CJK_MOVED_LAST.exec(label);
  if (moved && moved.index >= 2 && !/^(?:较|比|与)/u.test(label)) label = label.slice(0, moved.index);
  // "铜价周内上涨": the span of time the move ran over is not part of the measure.
  // "通过回购专用证券账户以集中竞价交易方式回购股份": how it was done is no part of what was done.
  label = label.replace(/^通过.{1,24}?方式(?=\p{Script=Han}{2})/u, '');
  // "现金分红比例不低于当年归母净利润的30%": the floor or cap is said of the measure before it.
  label = label.replace(/(?<=\p{Script=Han}{2}(?:比例|比率|率))(?:不低于|不高于|不超过|不少于).*$/u, '');
  // "中证500指数本周下跌": nor is the week or the day it moved in.
  label = label.replace(/(?<=\p{Script=Han}{2})(?:[周月年日]内(?:累计)?|本周|上周|当周|本月|当月|今日|昨日|当日)$/u, '');
  return cjkSpan(ctx, j + 1, text, label);
}

/** Where reading a Chinese label goes on past "截至9月末达" (a date with its 截至 and a verb after it) ending at `j`. */
function pastDateAside(ctx: LabelContext, j: number, floor: number): number {
  const { tokens } = ctx;
  let k = j;
  let verb = '';
  while (k >= floor && /^(?:达|为|约|是|录|得|报|收|涨|跌|于)$/u.test(tokens[k]!.text) && verb.length < 2) verb = tokens[k--]!.text + verb;
  if (k < floor || !inSkip(ctx, tokens[k]!)) return j;
  while (k >= floor && inSkip(ctx, tokens[k]!)) k--;
  const lead = tokens.slice(Math.max(floor, k - 1), k + 1).map((t) => t.text).join('');
  if (/(?:截至|截止)$/u.test(lead)) return k - 2;
  // "社会库存周一录得46.2万吨", "库存6月16日为": a day said between the measure and the verb.
  // "公司股价12日收涨4.6%": and a close said after the day.
  return /^(?:录得|报|为|达|收涨|收跌|收于)$/u.test(verb) && isIdeograph(tokens[k]?.text ?? '') ? k : j;
}

/** A futures contract's code inside a Chinese label ("主力合约LC2601收于"): read through, left out of the label shown. */
const CONTRACT_CODE = /^[A-Za-z]{1,3}\d{3,4}$/u;
const CONTRACT_CODES = new RegExp(`${CONTRACT_CODE.source.slice(1, -1)}|(?<=合约)\\d{4}`, 'gu');

/** Where the full-width bracket closing at `close` opened, within a short aside; -1 if not there. */
function asideOpening(tokens: Token[], close: number, floor: number): number {
  for (let k = close - 1; k >= Math.max(floor, close - 12); k--) {
    if (tokens[k]!.text === '（') return k;
    if (tokens[k]!.text === '）') return -1;
  }
  return -1;
}

/** A Chinese label as shown: asides in brackets and 累计 (the period says it is cumulative) left out. */
function cjkShown(label: string): string {
  const shown = label.replace(/（[^（）]*）/gu, '').replace(/累计/gu, '').replace(/^[)）\]】、，,：:\s]+/u, '').replace(CONTRACT_CODES, '')
    // "人民银行决定下调金融机构存款准备金率", "此次下调后…准备金率": the measure raised or cut, not who did it.
    .replace(CJK_ADJUSTED, '')
    // "订单比去年同期多了": what was more or less than the time compared with.
    .replace(/(?<=\p{Script=Han}{2})(?:同比|(?:比|较)\p{Script=Han}{1,6}?)(?:多|少)(?:增|减)?了?$/u, '');
  // "累计交付33.8万辆": the verb alone names no measure; its volume does (交付量, 销量, 产量).
  // "现货对主力合约贴水2630元/吨", "对当月合约升水40元/吨": the spot premium or discount to the futures contract.
  const premium = shown.replace(/^(?:现货)?对.{0,8}?合约(?=升水|贴水)/u, '现货').replace(/^(?=(?:升水|贴水)$)/u, '现货');
  const measured = CJK_VERB_MEASURE.get(premium);
  if (measured) return measured;
  // "生产阴极铜52.8万吨", "出口钢材1,058万吨": what a verb made or moved, with the measure the verb names.
  const object = CJK_VERB_OBJECT.exec(premium);
  if (object && !CJK_NOT_AN_OBJECT.test(object[2]!)) return `${object[2]}${CJK_VERB_MEASURE.get(object[1]!)}`;
  return premium.replace(/(交付|出货|装车|装机|发运)$/u, '$1量');
}

/**
 * Everything up to the last verb that adjusts a measure named after it (not "下调幅度", nor "遭下调信用评级的…": was
 * downgraded, a description rather than who cut).
 */
const CJK_ADJUSTED = /^\p{Script=Han}*(?<![遭被获])(?:上调|下调|调升|调降|上修|下修)后?(?!幅)(?=\p{Script=Han}{2,}$)/u;

const CJK_VERB_OBJECT = /^(销售|生产|出口|进口|交付)(\p{Script=Han}{1,8})$/u;
/** "生产成本", "出口退税": after the verb, a measure of its own, not a thing made or moved. */
const CJK_NOT_AN_OBJECT = new RegExp(`(?:成本|费用|能力|规模|线|基地|企业|量|率|价|额|收入|利润|退税|业务|金额|占比|价格|指数|资料)$|${CJK_RISES}|${CJK_FALLS}`, 'u');

const CJK_VERB_MEASURE = new Map([['销售', '销量'], ['生产', '产量'], ['出口', '出口量'], ['进口', '进口量'], ['交付', '交付量']]);

/** The label `label`, found in `text` (the characters of tokens from `from` on), with its source span. */
function cjkSpan(ctx: LabelContext, from: number, text: string, label: string): Label {
  const at = text.lastIndexOf(label);
  let k = from;
  for (let chars = 0; k < ctx.tokens.length && chars + ctx.tokens[k]!.text.length <= at; k++) chars += ctx.tokens[k]!.text.length;
  const start = ctx.tokens[k]?.start ?? -1;
  return { text: shortened(cjkShown(label)), start, end: start === -1 ? -1 : start + label.length };
}

/** A change or a comparison closing a Chinese clause: "环比持平", "同比增长3%", "较上周下跌". */
const CJK_CLAUSE_CHANGE = new RegExp(`(?:同比|环比|较\\p{Script=Han}{0,6}?|比\\p{Script=Han}{0,6}?)?(?:持平|${CJK_RISES}|${CJK_FALLS})$`, 'u');
/** A change's verb closing a Chinese label. */
const CJK_MOVED_LAST = new RegExp(`(?:${CJK_RISES}|${CJK_FALLS})$`, 'u');
/** "较前一交易日上涨", "比上年同期降低": a change measured against something. */
const CJK_COMPARED_CHANGE = new RegExp(`^(?:较|比|与)\\p{Script=Han}{0,8}(?:${CJK_RISES}|${CJK_FALLS})$`, 'u');

/** The measure the Chinese clause ending at the comma `comma` names, a change it states left off. */
function previousClauseLabel(ctx: LabelContext, comma: number, floor: number): Label | null {
  let k = comma - 1;
  let text = '';
  while (k >= floor && isIdeograph(ctx.tokens[k]!.text) && !inSkip(ctx, ctx.tokens[k]!) && text.length < 24) text = ctx.tokens[k--]!.text + text;
  const label = text.replace(CJK_CLAUSE_CHANGE, '').replace(CJK_LEADING, '');
  if (!label || label.length < 2 || lastCjkVerb(label)) return null;
  return cjkSpan(ctx, k + 1, text, label);
}

export interface LeftLabel {
  label: Label;
  /** How it was read: a clause subject, the phrase before "of", a verb's subject, or another phrase. */
  source: 'subject' | 'of' | 'verb' | 'phrase';
  /** The measure a verb named ("exported" → "exports"), when the label came from a verb. */
  measure: string | null;
}

/**
 * The label read leftwards from the figure whose first token is `first`: a clause subject
 * (copulas, change verbs), a noun phrase before "of", or a verb's subject. `floor` is the
 * first token after the previous figure.
 */
export function labelBefore(ctx: LabelContext, first: number, floor: number): LeftLabel | null {
  const { tokens } = ctx;
  // "营业收入：152.3亿元": a colon between a Chinese measure and its figure (not a heading's: "投资要点：", "备注：").
  const colon = /^[：:]$/u.test(tokens[first - 1]?.text ?? '') && isIdeograph(tokens[first - 2]?.text ?? '');
  const measured = colon ? cjkLabel(ctx, first, floor) : null;
  if (isIdeograph(tokens[first - 1]?.text ?? '') || (measured && !CJK_HEADING.test(measured.text))) {
    const cjk = measured ?? cjkLabel(ctx, first, floor);
    return cjk ? { label: cjk, source: 'phrase', measure: null } : null;
  }
  let j = pastBracket(tokens, first - 1, floor);
  // "raised its revenue guidance to a range of $7.9 billion to $8.1 billion": a range is no measure.
  if (tokens[j]?.lower === 'of' && tokens[j - 1]?.lower === 'range' && /^(?:a|the)$/u.test(tokens[j - 2]?.lower ?? '') && j - 3 >= floor) j -= 3;
  // "and price +2.3%": a sign after a noun names nothing itself (同比+23.6% and "yoy +5%" are changes, read elsewhere).
  const signAfterNoun = (k: number) => PLUS.has(tokens[k]!.text) && isWord(tokens[k - 1]) && !isIdeograph(tokens[k - 1]!.text)
    && !/^(?:yoy|qoq|mom|wow|y\/y|q\/q|m\/m)$/iu.test(tokens[k - 1]!.text);
  const circa = (k: number) => tokens[k]!.text === '.' && /^(?:c|ca)$/iu.test(tokens[k - 1]?.text ?? '');
  // "The index rose by 15 to 2,436 points": a bare amount a level moved by, between "by" and "to", names nothing.
  const movedBy = (k: number) => tokens[k]!.kind === 'num' && tokens[k - 1]?.lower === 'by' && tokens[k + 1]?.lower === 'to';
  while (j >= floor && (LINK_WORDS.has(tokens[j]!.lower) || BRACKET_OR_COLON.has(tokens[j]!.text) || signAfterNoun(j) || circa(j) || movedBy(j) || inSkip(ctx, tokens[j]!))) {
    if (tokens[j]!.text === ':' && SPEAKER_WORD.test(tokens[j - 1]?.text ?? '')) return null; // "Company: About 60% of …"
    if (tokens[j]!.lower === 'of' && isWord(tokens[j - 1]) && (!CHANGE_OF.test(tokens[j - 1]!.text) || namedGrowth(tokens, j - 1))) break;
    j--;
  }
  if (j < floor) return null;
  const at = tokens[j]!;
  // "a decrease of Q" changes a figure named before it; "demand may rise 5%" is a verb after a modal.
  if (CHANGE_NOUNS.has(at) && !AUXILIARIES.has(tokens[j - 1])) return null;
  const object = transitiveObject(ctx, j, floor);
  if (object) return { label: object, source: 'subject', measure: null };
  if (COPULAS.has(at.lower) || (PLAIN_CHANGE_VERBS.has(at.lower) && AUXILIARIES.has(tokens[j - 1]))) {
    let verb = j;
    while (verb - 1 >= floor && (COPULAS.has(tokens[verb - 1]!.lower) || AUXILIARIES.has(tokens[verb - 1]))) verb--;
    verb = beforeAside(ctx, verb - 1, floor) + 1;
    const clause = clauseStart(ctx, verb, floor);
    if (clause.end < clause.start) return null;
    const label = phrase(ctx, clause.start, subjectHeadEnd(ctx, clause.start, clause.end));
    return label ? { label, source: 'subject', measure: null } : null;
  }
  if (at.lower === 'of') {
    if (CHANGE_OF.test(tokens[j - 1]?.text ?? '') && !namedGrowth(tokens, j - 1)) return null;
    let np = nounPhraseBefore(ctx, j - 1, floor, true);
    if (!np) return null;
    if (/^net of\b/iu.test(np.text)) {
      // "a cumulative translation gain, net of tax of $439 million": the measure is before the comma
      const comma = tokens.findIndex((t) => t.start >= 0 && t.end <= np!.start && t.text === ',' && t.end >= np!.start - 2);
      const earlier = comma > floor ? nounPhraseBefore(ctx, comma - 1, floor) : null;
      if (earlier) np = earlier;
    }
    // "C1 cash cost ex-third-party purchases of US$20.6/t": what a measure is said without is no part of its name.
    const exAt = /^ex-/iu.test(np.text) && !/\b(?:prices?|costs?|rates?|margins?|premiums?)$/iu.test(np.text)
      ? ctx.tokens.findIndex((t) => t.start === np!.start) : -1;
    const measured = exAt > floor ? nounPhraseBefore(ctx, exAt - 1, floor, true) : null;
    if (measured) np = measured;
    // "The new line has a design capacity of Q": the owner names what the measure belongs to.
    const owner = ownerOf(ctx, np, floor);
    return { label: owner ?? np, source: 'of', measure: null };
  }
  if (at.kind === 'word' && isVerb(at, true)) {
    let v = j;
    while (v - 1 >= floor && AUXILIARIES.has(tokens[v - 1])) v--;
    // "The EAF line at Ridgeback Steel, rated at 1.1 Mtpa,": a participle after a comma describes the noun before it.
    const head = tokens[v - 1]?.text === ',' && RATING_VERBS.test(at.text) ? v - 2 : beforeAside(ctx, pastWhenAndAside(ctx, v - 1, floor), floor);
    const subject = nounPhraseBeforePlace(ctx, head, floor);
    // "Prices were raised by CNY 200/t": a verb in the passive says what was done to its subject, which names the measure.
    const passive = v < j && /^(?:was|were|been|is|are|be)$/iu.test(tokens[j - 1]!.text);
    const measure = passive ? null : VERB_MEASURES.get(at.lower) ?? (RATING_VERBS.test(at.text) ? 'capacity' : null);
    return { label: subject ?? { text: '', start: -1, end: -1 }, source: 'verb', measure };
  }
  // "net debt closed the period at": the time a verb's object names is when, and the verb's subject is what.
  const timeObject = /^(?:period|year|quarter|half|month|week|day|session)$/iu.test(at.text) && tokens[j - 1]?.lower === 'the'
    && tokens[j - 2] && isVerb(tokens[j - 2]!, true);
  if (timeObject) {
    const subject = nounPhraseBeforePlace(ctx, j - 3, floor);
    return subject ? { label: subject, source: 'verb', measure: null } : null;
  }
  const np = nounPhraseBeforePlace(ctx, j, floor);
  return np ? { label: np, source: 'phrase', measure: null } : null;
}

/** Nouns of change before "of": "an increase of 5%" changes a figure named before it. */
const CHANGE_OF = /^(?:increase|decrease|rise|growth|drop|decline|gain|fall|jump)$/iu;
const GROWTH_KIND = /^(?:capacity|traffic|organic|internal|underlying|like-for-like|lfl|comparable|volume|price|pricing|real)$/iu;

/** "real internal growth of 0.4%", "underlying sales growth of 4.2%": growth reported as a measure of its own. */
function namedGrowth(tokens: Token[], growth: number): boolean {
  if (tokens[growth]?.lower !== 'growth') return false;
  const before = /^(?:sales|revenue)$/iu.test(tokens[growth - 1]?.text ?? '') ? growth - 2 : growth - 1;
  return GROWTH_KIND.test(tokens[before]?.text ?? '');
}

/** Words set off by commas between a subject and its verb: "Panamax rates, by contrast, eased". */
const ADVERBIAL = /^(?:by contrast|in contrast|however|meanwhile|in turn|too|though|also|likewise|similarly|for (?:its|their) part|on the other hand|in particular|for example|in addition|moreover|again|(?:CFR|CIF|FOB|FCA|DAP|DDP|delivered|ex-works)(?: [\p{L}-]+){0,3}|(?:battery|technical|industrial|chemical|metallurgical|food|feed) - grade(?: [\p{L}-]+){0,3}|(?:battery|technical|industrial|chemical|metallurgical|food|feed) grade(?: [\p{L}-]+){0,3})$/iu;

/** "Revenue, helped by pricing, rose", "Capacity, measured in seat kilometres, rose": a participle's aside. */
const PARTICIPLE_ASIDE = /^(?:(?:helped|boosted|hit|hurt|weighed|dragged|driven|supported|held|measured|adjusted|restated|excluding|including|reflecting|led|lifted|pressured|offset|affected|impacted|aided|underpinned)\b|at constant|in constant|in local|on a like-for-like|on an organic)(?: [\p{L}\p{N}%.'’&-]+){0,9}$/iu;

/** The token before an aside ending at `i` (", however,"), or `i` itself when there is none. */
function beforeAside(ctx: LabelContext, i: number, floor: number): number {
  const { tokens } = ctx;
  if (tokens[i]?.text !== ',') return i;
  for (let open = i - 1; open >= Math.max(floor, i - 12); open--) {
    if (tokens[open]!.text !== ',') continue;
    const words = tokens.slice(open + 1, i).map((t) => t.text).join(' ');
    const participle = i - open <= 12 && PARTICIPLE_ASIDE.test(words) && isWord(tokens[open - 1]);
    return (i - open <= 6 && ADVERBIAL.test(words)) || participle ? open - 1 : i;
  }
  return i;
}

/**
 * "The price of rare earth concentrate (REO 50%, dry basis) for the fourth quarter of 2025 shall be adjusted to": between
 * a subject and its verb, when it holds (a period after for/in/during/over) and a bracket that describes it are passed over.
 */
function pastWhenAndAside(ctx: LabelContext, i: number, floor: number): number {
  const { tokens } = ctx;
  let k = i;
  if (k >= floor && inSkip(ctx, tokens[k]!)) {
    while (k >= floor && inSkip(ctx, tokens[k]!)) k--;
    if (tokens[k]?.lower === 'the') k--;
    if (!/^(?:for|in|during|over)$/u.test(tokens[k]?.lower ?? '')) return i;
    k--;
  }
  if (tokens[k]?.text !== ')') return k;
  for (let open = k - 1; open >= Math.max(floor, k - 10); open--) {
    if (tokens[open]!.text === '(') return open - 1;
  }
  return k;
}

/** Prepositions that open what follows a subject's head noun: "loans in the trust", "deposits with banks". */
const POSTMODIFIER = /^(?:in|with|on|at|during|within|through|by)$/iu;
/** Participles saying who holds or handles a measure, said between it and its verb. */
const HANDLED_BY = /^(?:handled|issued|realised|realized|held|operated|owned|acquired|reported|compiled|published|tracked|managed|recorded)$/u;
/** Nouns of change or of a part, which need the phrase after them: "net reduction in sales", "return on equity". */
const NEEDS_COMPLEMENT = /^(?:return|returns|increase|decrease|reduction|change|changes|growth|decline|rise|drop|gain|loss|losses|impact|effect|interest|investment|investments)$/iu;

/**
 * Where a clause subject's head noun phrase ends: before a prepositional phrase that says
 * where or under what the thing is held ("loans and leases in the consolidated trust", "net
 * investment hedges in a liability position"), which is not what is measured. Kept whole: a
 * bare measure ("annual output at the X mine"), a phrase with "of", a head that needs its
 * complement ("net reduction in sales"), a participle's phrase ("cash used in operations"), a
 * subject holding a verb ("Inventories are included in …") and a piece of a list (after a comma
 * that follows no period).
 */
function subjectHeadEnd(ctx: LabelContext, start: number, end: number): number {
  const { tokens } = ctx;
  // "the total amount of goodwill reported was": a participle closing the subject says nothing of what is measured.
  if (end > start + 1 && /[a-z]{3}ed$/u.test(tokens[end]!.text) && isWord(tokens[end - 1]) && !isInnerJoiner(tokens, end - 1)) end--;
  if (tokens[start - 1]?.text === ',' && tokens[start - 2] && !inSkip(ctx, tokens[start - 2]!)) return end;
  for (let k = start + 1; k <= end; k++) {
    const t = tokens[k]!;
    // "container throughput handled by the Group's terminals amounted to": who handled it is no part of what it is.
    // Not "net cash provided by investing activities" nor "cocoa sourced by X": there the verb names the measure.
    if (k > start && HANDLED_BY.test(t.lower) && tokens[k + 1]?.lower === 'by' && isWord(tokens[k - 1])) return k - 1;
    if (COPULAS.has(t.lower) || AUXILIARIES.has(t) || t.lower === 'of') return end;
    // "on-warrant stocks": a word glued on by a hyphen is part of a compound, not a preposition.
    if (inSkip(ctx, t) || !POSTMODIFIER.test(t.text) || isInnerJoiner(tokens, k - 1) || isInnerJoiner(tokens, k + 1)) continue;
    // "Nickel in concentrate production was": metal in concentrate is one name, not nickel placed in something.
    if (t.lower === 'in' && /^concentrates?$/iu.test(tokens[k + 1]?.text ?? '')) continue;
    const head = tokens[k - 1]!;
    if (/ed$/iu.test(head.lower) || NEEDS_COMPLEMENT.test(head.text) || isBareMeasure(headText(tokens, start, k - 1))) return end;
    return k - 1;
  }
  return end;
}

/** The words of tokens first..last, lower-cased, determiners at the start left out. */
function headText(tokens: Token[], first: number, last: number): string {
  let f = first;
  while (f < last && DETERMINERS.has(tokens[f])) f++;
  return tokens.slice(f, last + 1).map((t) => t.lower).join(' ');
}

/** Verbs that set their object at a figure: "put net debt/EBITDA at 2.9x", "pegged capex at US$1.2bn". */
const SETS_AT = /^(?:put|puts|putting|pegged|pegs|pegging|kept|keeps|keeping|maintained|maintains|left|leaves|sees|saw|see|estimates|values|forecasts|guided|guides|reiterated|reiterates)$/iu;

/**
 * "increased goodwill by $550 million", "put net debt/EBITDA at 2.9x": the object of a verb that
 * changes or sets it, ending at token `j`.
 */
function transitiveObject(ctx: LabelContext, j: number, floor: number): Label | null {
  const { tokens } = ctx;
  let end = j;
  // "cut their output guidance by an average of 4%": how the change is counted is no part of what it changes.
  if (tokens[end]?.lower === 'of' && /^(?:average|total)$/u.test(tokens[end - 1]?.lower ?? '') && /^an?$/u.test(tokens[end - 2]?.lower ?? '')) end -= 3;
  if (tokens[end]?.lower === 'by') end--;
  const setAt = tokens[j + 1]?.lower === 'at';
  for (let v = end; v >= Math.max(floor, end - 9); v--) {
    // "payrolls increased by 119,000 in September and the jobless rate rose": a verb with its own amount has no object here.
    const changes = CHANGED_BY.has(tokens[v]!);
    if (changes && tokens[v + 1]?.lower === 'by' && tokens[v + 2]?.kind === 'num') return null;
    if (!changes && !(setAt && SETS_AT.test(tokens[v]!.text))) continue;
    if (v === end) return null;
    return phrase(ctx, v + 1, end);
  }
  return null;
}

/** For "X has a design capacity of Q": "X design capacity" when the measure is bare. */
function ownerOf(ctx: LabelContext, np: Label, floor: number): Label | null {
  if (!isBareMeasure(np.text)) return null;
  const i = ctx.tokens.findIndex((t) => t.start === np.start);
  let j = i - 1;
  while (j >= floor && DETERMINERS.has(ctx.tokens[j])) j--;
  if (j < floor || !/^(?:has|have|had|with|boasts)$/iu.test(ctx.tokens[j]!.text)) return null;
  const owner = nounPhraseBefore(ctx, j - 1, floor);
  // "The company currently has a production capacity of …": the company is the entity, not part of the label.
  if (!owner || /^(?:(?:the )?(?:company|group|firm|plant|mine)|it|we)(?: (?:currently|now|already|also|still))?$/iu.test(owner.text)) return null;
  return { text: `${owner.text} ${np.text}`, start: owner.start, end: np.end };
}

const CONTAINED_ELEMENT = /^(?:W|Mo|Cu|Ni|Co|V|Sb|Mn|Cr|Sn|Zn|Pb|Ti|Nb|Ta|U3O8|Li2O|LCE|WO3|V2O5)$/u;

/** Participles that say how a sum is accounted: "audited net assets", "adjusted EBITDA". */
const ACCOUNTS_AS = /^(?:audited|unaudited|consolidated|adjusted|diluted|weighted|combined|restated)$/u;

/**
 * "Q of NP", "Q for NP", "Q on NP", "a Q increase in NP", or an attributive "a Q NP": the
 * noun phrase after the figure. It ends at a verb, a participle ("revenue recognized in"),
 * or punctuation; a parenthesised acronym inside it is read past ("right-of-use (ROU) assets" → "right-of-use assets").
 */
const BASIS_AFTER_WORD = /^(?:yoy|qoq|mom|wow|dod|y-o-y|q-o-q|m-o-m|annuali[sz]ed|sequentially|year-on-year|quarter-on-quarter|month-on-month)$/iu;

export function labelAfter(ctx: LabelContext, last: number): Label | null {
  const { tokens } = ctx;
  if (isIdeograph(tokens[last + 1]?.text ?? '')) return null; // Chinese names a measure before its figure
  let j = last + 1;
  // "6.1x 2025E P/E": the period between a figure and what it measures is left out.
  while (tokens[j] && inSkip(ctx, tokens[j]!) && j - last < 4) j++;
  if (CHANGE_NOUNS.has(tokens[j]) && /^(?:in|of)$/iu.test(tokens[j + 1]?.text ?? '')) j += 1;
  const joiner = tokens[j];
  // "US$128/kg W", "$9.85/lb Mo": the element a price per unit is reckoned in names nothing after it.
  if (joiner && CONTAINED_ELEMENT.test(joiner.text) && (!isWord(tokens[j + 1]) || /^(?:range|basis|contained)$/iu.test(tokens[j + 1]!.text))) return null;
  if (joiner && /^(?:of|for|in|on)$/iu.test(joiner.text)) {
    j++;
    // "40% of 2026 copper output": the year after "of" is the period, and the label follows it.
    // "78% of our 2026 generation": an owner before the period too.
    if (/^(?:our|its|their|expected|forecast|planned|estimated)$/iu.test(tokens[j]?.text ?? '') && tokens[j + 1] && inSkip(ctx, tokens[j + 1]!)) j++;
    // "6.12% of the audited operating revenue": the article names nothing.
    if (/^(?:the|its|their|our)$/iu.test(tokens[j]?.text ?? '') && isWord(tokens[j + 1]) && !inSkip(ctx, tokens[j + 1]!)) j++;
    // "41% of fourth-quarter DRAM revenue": a period written with a hyphen is skipped whole.
    while (tokens[j] && inSkip(ctx, tokens[j]!) && (isWord(tokens[j + 1]) || inSkip(ctx, tokens[j + 1] ?? tokens[j]!)) && j - last < 8) j++;
  } else if (!isWord(joiner) || STOPS.has(joiner!.lower) || COPULAS.has(joiner!.lower)) return null;
  // "contracted 0.4% q/q", "1.8% annualised": a basis or the way a rate is stated names no measure.
  else if (BASIS_AFTER_WORD.test(joiner!.text) || (joiner!.lower === 'y' || joiner!.lower === 'q' || joiner!.lower === 'm') && tokens[j + 1]?.text === '/') return null;
  // "$618.2 million rose 22%"; but "a C$18 million bought-deal financing": a verb joined by a hyphen is an adjective.
  else if (isVerb(joiner!) && !isInnerJoiner(tokens, j + 1)) return null;
  const s = j;
  for (; j < tokens.length && j - s < 10; j++) {
    const t = tokens[j]!;
    if (t.text === '(' ) {
      const close = tokens.findIndex((x, k) => k > j && k <= j + 4 && x.text === ')');
      if (close !== -1 && isWord(tokens[close + 1])) { j = close; continue; }
      break;
    }
    // "of a US$150.0 million stream": the letters of another figure's money end the noun before it.
    if ((tokens[j + 1]?.text === '$' || tokens[j + 1]?.kind === 'num') && !tokens[j + 1]!.spaced && isMoneyLetters(t.text)) break;
    if (isInnerJoiner(tokens, j) || (j > s && isInnerJoiner(tokens, j - 1))) continue; // "yen-denominated", "held-for-sale"
    // "a 7.5% nominal return on equity": "on" inside the measure's name.
    if (j > s && t.lower === 'on' && tokens[j - 1]?.lower === 'return' && isWord(tokens[j + 1])) continue;
    // "45% of expected consumption using Brent call options": a participle opening a clause of its own ends the noun.
    if (j > s && CLAUSE_PARTICIPLE.test(t.text)) break;
    // "of solar generating capacity": a participle in -ing before a noun describes it.
    // "of its latest audited net assets": an accounting participle before a noun describes it too.
    const describes = ((/[a-z]{3}ing$/u.test(t.lower) && !/^(?:using|including|excluding|leaving|following|according)$/u.test(t.lower))
      || ACCOUNTS_AS.test(t.lower)) && isWord(tokens[j + 1]) && !STOPS.has(tokens[j + 1]!.lower) && !isVerb(tokens[j + 1]!);
    const verb = isVerb(t) && !endsNoun(tokens, j, s) && !describes && !isInnerJoiner(tokens, j + 1);
    if (!isWord(t) || STOPS.has(t.lower) || verb || inSkip(ctx, t)) break;
    if (j > s && isVerb(t, true) && !endsNoun(tokens, j, s) && !describes) break; // a participle after the noun: "revenue recognized in 2020"
    if (j > s && actsOnObject(tokens, j)) break; // "a 5.8% dividend yield caps the downside"
  }
  if (j === s) return null;
  const label = phrase(ctx, s, j - 1);
  // "a profit of RMB 310 million the year before": a time after the figure is when, not what.
  // "9.8 GW in July alone", "US$35.5 million apiece": an adverb after a figure names nothing.
  if (label && /^(?:alone|only|apiece|each|respectively|too|also)$/iu.test(label.text)) return null;
  // "18.9% for the Reporting Period": the period a report defines is when, not what.
  if (label && /^(?:(?:the|this|current)\s+)?(?:reporting|review)\s+period$/iu.test(label.text)) return null;
  return label && /^(?:(?:financial|fiscal|calendar|full|same|previous|prior|following|next|(?:prior|previous)-year|year-(?:earlier|ago)|corresponding) )?(?:year|quarter|month|week|day|period|half|session)(?: (?:earlier|ago|before|prior))?$/iu
    .test(label.text) ? null : label;
}

/**
 * A word in -s with an object after it is a verb, not the noun's plural: "yield caps the downside", "stake gives the
 * group a seat". Not before a time ("sales the year before").
 */
function actsOnObject(tokens: LabelContext['tokens'], j: number): boolean {
  if (!/[a-z]{2}[^s]s$/u.test(tokens[j]!.text)) return false;
  if (!/^(?:the|a|an|its|their|our|this|these|those|investors|shareholders)$/u.test(tokens[j + 1]?.text ?? '')) return false;
  return !/^(?:year|quarter|month|week|day|period|half|same|previous|prior|first|second|third|fourth|last|next)$/iu.test(tokens[j + 2]?.text ?? '');
}

const CLAUSE_PARTICIPLE = /^(?:using|including|excluding|leaving|following|according|reflecting|via|driven|helped)$/iu;

/** Words after a noun that can also be a verb ("costs", "plans") showing it is the noun: a verb would take an object. */
const AFTER_NOUN = /^(?:of|for|in|on|at|from|under|as|and|or|that|which|were|was|is|are|have|has|had|will|would)$/iu;

/** Whether token `j`, a word that can be a verb, ends or continues the noun phrase begun at `s`. */
function endsNoun(tokens: Token[], j: number, s: number): boolean {
  if (j === s || /ed$|^(?:remains|sat|sits|lay|lies|stood|stands)$/iu.test(tokens[j]!.text)) return false;
  const next = tokens[j + 1];
  return !next || (next.kind === 'sym' && !isInnerJoiner(tokens, j + 1)) || AFTER_NOUN.test(next.text);
}

/** "a 50,000 mt/year … project": an article before the figure and a noun phrase right after it. */
export function isAttributive(tokens: Token[], first: number, last: number): boolean {
  const before = tokens[first - 1];
  const after = tokens[last + 1];
  return Boolean(before && /^(?:a|an|the|its|their|our)$/iu.test(before.text) && isWord(after) && !STOPS.has(after!.lower) && !/^(?:of|for|in|on)$/iu.test(after!.text) && !isVerb(after!));
}

/**
 * What a label keeps of the words read: not a slash left from a list ("FY26E/FY27E EPS"), nor whose facility or
 * sales it is ("container throughput of its Guarujá terminal"), nor a Chinese comparison or a verb after the
 * measure (运价与上期, 最低成交价已下探).
 */
export function tidiedLabel(label: string): string {
  const known = TIDIED.get(label);
  if (known !== undefined) return known;
  if (TIDIED.size > 20_000) TIDIED.clear();
  const tidied = tidy(label);
  TIDIED.set(label.length > 12 ? ` ${label}`.slice(1) : label, tidied); // a copy: a slice keeps its document alive
  return tidied;
}

/** Labels already tidied: a document says the same few labels many times, and tidying is a dozen patterns. */
const TIDIED = new Map<string, string>();

function tidy(label: string): string {
  // "reversing a profit of": what the sentence says the figure was, not the verb that says it.
  // "and SHFE's most-active contract": a conjunction left once the owner's name is taken out.
  // "HOUSTON, June 27 (Wire) - The U.S. oil rig count": a dateline's city opens the story, not the label.
  // "'Operating EBIT per tonne was…" quoted: the quotation marks are the speaker's, not the measure's.
  // "当日挂牌协议交易成交量", "本榨季甘蔗收购价", "榨季以来…": when the figure is said, which its period states.
  // "the chrome price it realised": the pronoun of the verb after the measure is no part of it.
  const cut = label.replace(/^[/／]\s*/u, '').replace(/(?<=\S)\s(?:it|they)$/u, '').replace(/^['‘’"“”]+(?=\S)|(?<=[^\s'‘’"“”])['‘’"“”]+$/gu, '')
    .replace(/^(?:当日|当天|当周|当月|本榨季|榨季以来|本季度|年初以来|年内)(?=\p{Script=Han}{2})/u, '').replace(/^\p{Lu}{3,}(?:[ -]\p{Lu}{2,})*\s+[-–—]\s+[Tt]he\s+(?=\S)/u, '')
    .replace(/^(?:and|or|but|while) (?=\S)/iu, '').replace(/^(?:the|an?) (?=\p{L})/iu, '').replace(/^own (?=\p{L})/iu, '')
    // "on weaker spodumene prices (now US$850/t)": how the price moved is no part of which price it is.
    .replace(/^(?:weaker|stronger|firmer|softer)\s+(?=(?:[\p{L}-]+\s){1,3}prices?$)/iu, '')
    // "Management left full-year sales guidance unchanged at": who set it and how is no part of what was set.
    // "310-330kt, below consensus of 345kt", "beat the consensus of $1.31": how a figure compares is no part of what the
    // other one is.
    .replace(/^(?:below|above|ahead of|short of|in line with|versus|vs\.?|beat|beats|beating|missed|misses|missing|topped|tops|exceeded|exceeds|trailed|lagged)\s+(?:the\s+)?(?=consensus|market expectations|expectations|guidance)/iu, '')
    // "The board recommends a final dividend of": who proposes a dividend is not what it is.
    .replace(/^(?:management|(?:the )?(?:company|group|board|directors)|we|it|they)\s+(?:kept|left|held|maintained|reiterated|recommends?|recommended|declared|declares|proposed|proposes|approved)\s+(?:(?:an?|the)\s+)?(?=\p{L})/iu, '')
    // "Panamax 82,000 dwt earnings": the size a ship class is quoted for is no part of what is measured.
    .replace(/(?<=\p{L}{3})\s\d{1,3}(?:,\d{3})*\s?(?:dwt|DWT|TEU|m3|cbm)(?=\s\p{L})/gu, '')
    // "with waiting time averaging 9.5 days": the average of what was said, as a desk names it.
    .replace(/^(\S.*\S) averaging$/iu, (_, measure: string) => `average ${lowerFirst(measure)}`).replace(/^(?:reversing|reversed|reverses)\s+(?:a|an|the)\s+/iu, '')
    .replace(/(?<=\S)\s+of (?:its|their|the company's|the group's)\s.+$/iu, '')
    .replace(/(?<=\p{Script=Han}{2})(?:与|较|比)(?:上期|上年末|上月|上周|去年同期|上年同期|年初|上年|去年|上季末|上季度)$/u, '')
    // "指标落地后氧化镨钕价格短期将(在…)": when and how surely it is said, not what is measured.
    .replace(/(?<=\p{Script=Han}{2})(?:短期|长期|中期|近期|未来|后续|仍|或|将|会|有望|可能){1,3}$/u, '')
    .replace(/^\p{Script=Han}{2,8}(?:落地|公布|发布|实施|出台|投产|下达)后(?=\p{Script=Han}{2})/u, '').replace(/(?<=\p{Script=Han}{3})已\p{Script=Han}{1,3}$/u, '')
    // "镍铁产量折合镍金属2.15万吨": the basis the tonnage is stated on is not part of what is measured.
    .replace(/(?<=\p{Script=Han}{2}(?:产量|销量|产能|出货量))折合\p{Script=Han}{1,6}$/u, '')
    // "完成全年产量目标的94%", "完成年度指引的85%": the share of a target done is its completion rate; a label never ends in 的.
    .replace(/(目标|指引|计划)的$/u, '$1完成率').replace(/(?<=\p{Script=Han}{2})(?:的|分别)$/u, '')
    // "we have narrowed full-year guidance to": how guidance was revised is not what it is.
    .replace(/^(?:reach|hit|exceed|achieve|surpass)\s+(?=\S+\s+capacity$|capacity$)/iu, '')
    .replace(/^(?:narrowed|widened|tightened|reiterated|reaffirmed|maintained|upgraded|downgraded)\s+(?=\S*\s?(?:guidance|outlook|target|forecast)s?$)/iu, '')
    // "CBOT soybeans for January delivery rose": the contract's delivery month is its period, not part of its name.
    .replace(/(?<=\S)\s+(?:for\s+)?delivery(?=\s+price$|$)/iu, '')
    // "EBITDA/t at Rs 1,032": the measure per unit, spelt out as a label reads.
    .replace(/(?<=\S)\/(t|bbl|oz|boe)$/u, (_, u: string) => ` per ${PER_UNIT_WORD.get(u)!}`);
  return (cut.includes(' ') ? clauseTrimmed(cut) : cut) || label;
}

/** Words a clause brings along with a measure of more than one word, cut from its label. */
function clauseTrimmed(label: string): string {
  // "the frac spread count compiled by Lindqvist Energy Data": who keeps a tally.
  let cut = label.includes(' by ') ? label.replace(/(?<=\S)\s+(?:compiled|published|tracked|kept) by\s.+$/u, '') : label;
  // "During the Reporting Period the module shipments", "leaving a trade surplus": the clause's opening, not the measure.
  cut = cut.replace(/^(?:during|in|for|over) the (?:reporting )?(?:period|year|quarter|half)(?: under review)?,?\s+(?:the\s+)?(?=\S)/iu, '')
    .replace(/^(?:leaving|giving|bringing|taking|making) (?:a|an|the)\s+(?=\S)/iu, '');
  // "inventories at the end of the reporting period", "capex in the statement of cash flows", "utilisation staying".
  if (cut.includes(' the ')) cut = cut.replace(WHERE_STATED, '');
  return cut.endsWith('ing') ? cut.replace(/(?<=\S{3})\s+(?:staying|remaining|holding|standing)$/iu, '') : cut;
}

/** Heads an analyst writes in the singular, at a label's end or before what they are of, from or for. */
export const SINGULAR_HEAD = /\b(prices|rates|margins|cracks|spreads|premiums|discounts|tariffs|yields|rents|fees|differentials|netbacks|tolls)(?=$|\s+(?:from|for|of|on|in|at)\s)/iu;

/** Where or when a figure is stated, after its measure: said once for the table, not part of the label. */
const WHERE_STATED = new RegExp(String.raw`(?<=\S)\s+(?:at the end of the (?:reporting )?(?:period|year|quarter|half|month)`
  + String.raw`|in the (?:consolidated )?(?:statements? of cash flows|cash flow statement|income statement)|on the balance sheet)$`, 'iu');

const PER_UNIT_WORD = new Map([['t', 'tonne'], ['bbl', 'barrel'], ['oz', 'ounce'], ['boe', 'barrel of oil equivalent']]);

/** Abbreviations analysts write in running text that a label spells out. */
const SPELLED_OUT = new Map([
  ['BDI', 'Baltic Dry Index'], ['NIM', 'net interest margin'], ['VNB', 'value of new business'], ['PLF', 'plant load factor'],
]);
const ABBREVIATION = new RegExp(`\\b(?:${[...SPELLED_OUT.keys()].join('|')})\\b`, 'gu');

/**
 * "NIM" → "net interest margin": an abbreviation analysts spell out in a label. ASP, AISC, PAT and a Chinese note's PE
 * stay as written: that is how analysts label them (every blind set but the earliest wrote "ASP" and "PE").
 */
export function spelledOut(label: string): string {
  return label.replace(ABBREVIATION, (a) => SPELLED_OUT.get(a)!);
}
