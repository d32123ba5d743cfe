/*
 * Changes: whether a figure states a change ("up 61.19%", "an increase of 46,500",
 * "increased by 45.2%", "a 12% rise") and on what basis (YoY, QoQ, MoM, day on day,
 * since a date). Cues are read from the words around the figure, within its clause.
 */

import { isIdeograph } from './tokens.ts';

export type Basis = 'yoy' | 'qoq' | 'mom' | 'dod' | 'since' | 'unspecified';
export type Direction = 'up' | 'down' | 'flat';

const UP_VERBS = 'improvement|widened|widening|up|rose|rise|rises|risen|rising|increased|increases|increase|increasing|grew|grow|grows|growth|gained|jumped|jumps|jump|climbed|climbs|surged|surges|soared|higher|advanced|expanded|rebounded|added|improved|firmed|strengthened|rallied|gaining|climbing|jumping|surging|advancing|rallying';
const DOWN_VERBS = 'deterioration|narrowed|narrowing|shed|sheds|compressed|down|fell|fall|falls|fallen|falling|dropped|drops|drop|declined|declines|decline|decreased|decreases|decrease|decreasing|declining|slipped|slid|plunged|plummeted|lower|shrank|shrunk|contracted|reduced|eased|softened|weakened|retreated|dipped|sank|tumbled|slumped|slipping|sliding|dropping|sinking|tumbling|dipping|shedding';
const QUALIFIER = '(?:about|around|approximately|roughly|nearly|almost|over|more than|less than|some|just over|just under|further|another)';

// "shrank an annualised 1.8%": how the rate is stated may stand between the verb and the figure.
const BEFORE = new RegExp(`\\b(${UP_VERBS}|${DOWN_VERBS})(?:\\s+(?:by|of))?(?:\\s+(?:a|an))?(?:\\s+(?:annuali[sz]ed|seasonally adjusted))?(?:\\s+${QUALIFIER})?\\s*(?:[-+]\\s*)?$`, 'iu');
const AFTER = new RegExp(`^\\s*(?:[-–]\\s*)?(?:${UP_VERBS}|${DOWN_VERBS}|wider|narrower|(?:more|greater|larger|less|fewer|smaller) than|above|below)\\b`, 'iu');
/** Whether the cue BEFORE or AFTER found is upward: built once, as both run for every figure. */
const UP_VERB = new RegExp(`^(?:${UP_VERBS})$`, 'iu');
const UPWARD_AFTER = new RegExp(`^\\s*(?:[-–]\\s*)?(?:${UP_VERBS}|wider|(?:more|greater|larger) than|above)\\b`, 'iu');
/** Chinese: 同比增长61.19%, 环比下降3% */
/** Chinese verbs of a rise and of a fall, shared with the labels (which leave them out). */
// 月增, 年增, 季减: Taiwan's monthly revenue releases say the basis in the verb ("月增16.9%，年增16.9%").
export const CJK_RISES = '延长|加快|提速|净增|月增|年增|季增|上行|调升|提涨|提价|增长|上升|提高|提升|增加|上涨|扩大|回升|收涨|累库|微涨|小涨|大涨|上扬|走高|反弹|高出|涨|周增|周升|上调|上修';
// 降50元/吨, 提涨50元/吨: a round of price cuts or rises, as coke and steel mills announce them.
export const CJK_FALLS = '缩短|放缓|减缓|净减|月减|年减|季减|下行|调降|降价|下降|减少|下跌|降低|下滑|回落|收窄|缩小|收跌|去库|微跌|小跌|大跌|走低|回调|低出|跌|降|周降|周减|下调|下修';
// "同比增长分别为36%和23%": 分别为 after the verb lists the changes in the order of their levels.
const CJK_BEFORE = new RegExp(`(${CJK_RISES}|${CJK_FALLS})(?:了)?(?:分别为|分别达)?(?:约|近|超|逾|超过|接近)?\\s*$`, 'u');
// "比去年同期增长达30%": 达 after a verb measured against a time says how far it went ("增长达到52亿元" is reached).
const CJK_REACHED_BY = new RegExp(`(?:同比|(?:比|较)\\p{Script=Han}{1,6}?)(${CJK_RISES}|${CJK_FALLS})达\\s*$`, 'u');
const CJK_SIZE = /(涨幅|增幅|升幅|跌幅|降幅|减幅)(?:分别)?(?:为|达到?|约为?|收窄至|扩大至)?\s*$/u;
const CJK_RISE = new RegExp(`^(?:${CJK_RISES})$`, 'u');
const SIGNED = /^[+\-−]/u;
const SIGNS = new Set(['+', '＋', '-', '−', '－']);

/** 比上月, 较上月: against last month; not 较上月同期 (the same day a month before) nor a point or a ten-day span of it. */
const THAN_LAST_MONTH = '(?:较|比)上月(?!同期|初|中|上旬|下旬|末|底)';

const BASES: Array<[RegExp, Basis]> = [
  [/\b(?:yoy|y\/y|y-o-y|year[- ]on[- ]year|year[- ]over[- ]year|from a year (?:earlier|ago|before)|on an annual basis|(?:on|over|from|than|versus|against|compared (?:with|to)) (?:in )?the prior[- ]year (?:period|quarter|half|month|season)|compared (?:with|to) the (?:first|second|third|fourth) (?:half|quarter) of (?:last|the previous|the prior) year|compared (?:with|to) (?:the )?(?:same period|a year) (?:of )?(?:last|the previous|the prior) year|from the same period (?:of )?(?:last|a|the previous|the prior) year|(?:over|in relation to|relative to|against|versus) the same period (?:of )?(?:last|the previous|the prior) year|(?:with|to|over|from) the corresponding period (?:of )?(?:last|the previous|the prior) year|than (?:a year (?:earlier|ago|before)|last year|(?:in )?the (?:previous|prior|preceding) year)|(?:than|below|above|on|from|versus|against|over) (?:in )?the same (?:period|quarter|month|week|fortnight|half|season)(?: (?:of |in )?(?:last|the previous|the prior) year)?(?! (?:of|in) \d)|(?:compared (?:with|to)|over|from|on|against|versus) (?:the (?:previous|prior|preceding) year|last year)|than (?:in )?the same (?:period|quarter|month) (?:of )?(?:last|the previous|the prior) year|(?:above|below|over|than|from|on) (?:its|their|the) (?:level|levels|reading) (?:of )?a year (?:earlier|ago|before)|on the year(?!['’]))\b/iu, 'yoy'],
  // 周环比, 较上周: week on week, which has no basis of its own.
  // 周降0.9个百分点, 周增3万吨: a week's move.
  [/周环比|周度环比|(?:较|比)上周|周(?:降|减|增|升)/u, 'unspecified'],
  // 按年, 较去年同月: Hong Kong's year on year.
  [/同比|按年|(?:较|比|与)上年同期|(?:较|比)去年同(?:期|月)|年[增减](?=\s*(?:[\d+\-−约近逾超]|$))/u, 'yoy'],
  [/季[增减](?=\s*(?:[\d+\-−约近逾超]|$))|按季/u, 'qoq'],
  [/月[增减](?=\s*(?:[\d+\-−约近逾超]|$))|按月/u, 'mom'],
  [new RegExp(`${THAN_LAST_MONTH}|月环比`, 'u'), 'mom'],
  // 环比 compares with the period before, whatever its length: read as qoq here, made mom for a month's figure (extract.ts).
  [/环比/u, 'qoq'],
  [/(?:较|比)(?:前一|上一|上个)(?:交易日|日)|(?:较|比)(?:前日|昨日)|日环比|日内(?:涨|跌)幅/u, 'dod'],
  [/\b(?:qoq|q\/q|q-o-q|quarter[- ]on[- ]quarter|quarter[- ]over[- ]quarter|sequentially|(?:from|than|on) (?:in )?the (?:previous|prior|preceding) quarter|on the quarter(?!['’]))\b/iu, 'qoq'],
  [/\b(?:mom|m\/m|m-o-m|month[- ]on[- ]month|month[- ]over[- ]month|(?:from|than|on) (?:in )?the (?:previous|prior|preceding) month|on the month(?!['’]))\b/iu, 'mom'],
  // "up 2.9% on the day and 11% on the week": a week's move has no basis of its own, and takes none from the day's.
  [/\b(?:w\/w|wow|week[- ]on[- ]week|week[- ]over[- ]week|on the week|(?:from|than) (?:the (?:previous|prior) week|a week (?:earlier|ago|before)))\b/iu, 'unspecified'],
  [/\b(?:dod|d\/d|day[- ]on[- ]day|(?:from|than|on) the (?:previous|prior) (?:trading )?(?:day|session)|from the day before|on the day)\b/iu, 'dod'],
];

/**
 * "increased goodwill by approximately", "decreased intangible assets": the verb changes its object. Not after an
 * article: "a lower CPO price assumption of RM3,950/t" describes the level; nor "lifting costs", an oil producer's cost.
 */
export const TRANSITIVE = /(?<!-)(?<!\b(?:a|an|the|its|their|our|his|her)\s)\b(increased|decreased|reduced|raised|lowered|boosted|cut|cuts|cutting|added|lifted|trim|trims|trimmed|raise|raises|lower|lowers|lift|lifts|reduces|reducing|raising|lowering|boosting|lifting(?!\s+costs?\b(?!\s+by\b))|trimming)\s+((?!(?:at|to|from)\s)(?:[\p{L}\p{N}'’/-]+\s+){1,8}?)(?:by\s+)?(?:approximately\s+|about\s+|roughly\s+)?(?:[$€£¥]\s*)?$/iu;

const PASSIVE_CHANGE = /\b(?:was|were|been|is|are|being)\s+(raised|increased|lifted|boosted|cut|lowered|reduced|trimmed|decreased|slashed)\s+(?:by\s+)?(?:about\s+|around\s+|some\s+)?$/iu;

/** "cut its outlook to", "to between", "to about": the figure after is the level reached (or left), not the cut. */
const TO_OR_FROM = /\b(?:to|from)(?:\s+(?:between|about|around|approximately|roughly|nearly|a range of))?\s*$/iu;

/** Growth reported as a measure in itself: organic, internal, like-for-like, volume or price growth. */
const NAMED_GROWTH = /\b(?:organic|internal|underlying|like-for-like|LFL|comparable|volume|price|pricing|real|capacity|traffic)\s+(?:sales\s+|revenue\s+)?growth(?:\s+(?:of|at))?(?:\s+(?:about|around|approximately|some))?(?:\s*[-+])?\s*$/iu;

/** Direction of a change whose cue sits just before the figure ("up", "an increase of"). */
export function directionBefore(said: string): Direction | null {
  // "Lower 48 production averaged": the contiguous US states, not a verb that lowered anything.
  const textBefore = said.includes('Lower 48') ? said.replaceAll('Lower 48', 'L48') : said;
  if (/\b(?:made|make|makes|making)\s+up(?:\s+(?:about|approximately|roughly|nearly|almost|some|only|just))?\s*$/iu.test(textBefore)) return null; // a share

  if (NAMED_GROWTH.test(textBefore)) return null; // "real internal growth of 0.4%" is a measure of its own
  // "The dividend was raised 8% to 52 cents", "was cut 20% to 12p": a passive change of the subject.
  const passive = PASSIVE_CHANGE.exec(textBefore);
  if (passive) return /^(?:raised|increased|lifted|boosted)$/iu.test(passive[1]!) ? 'up' : 'down';
  const transitive = TRANSITIVE.exec(textBefore);
  if (transitive && !TO_OR_FROM.test(textBefore)) return /^(?:increased|raised|raises?|raising|boost(?:ed|ing)|added|lift(?:ed|s|ing)?)$/iu.test(transitive[1]!) ? 'up' : 'down';
  // The next three end in a sign or in Chinese (then white space): tried only where the text before does.
  const last = textBefore.trimEnd().at(-1) ?? '';
  // "营业收入86.42亿元，同比+23.6%": a basis and a sign stand for the verb.
  const signed = SIGNS.has(last)
    ? /(?:同比|环比|较上年同期|较上年|yoy|qoq|mom)(?:\s*[:：])?\s*([+＋\-−－])\s*$/iu.exec(textBefore) : null;
  if (signed) return /[+＋]/u.test(signed[1]!) ? 'up' : 'down';
  // "收于1,658元/吨，日内跌幅1.37%": the size of a rise or a fall, said as a noun.
  const size = isIdeograph(last) ? CJK_SIZE.exec(textBefore) : null;
  if (size) return /[涨增升]/u.test(size[1]!) ? 'up' : 'down';
  const cjk = isIdeograph(last) ? CJK_BEFORE.exec(textBefore) ?? CJK_REACHED_BY.exec(textBefore) : null;
  if (cjk) return CJK_RISE.test(cjk[1]!) ? 'up' : 'down';
  // "下调金融机构存款准备金率0.5个百分点": a measure raised or cut by the figure, named between the verb and it.
  const raised = isIdeograph(last) ? CJK_RAISED_MEASURE.exec(textBefore.slice(-20)) : null;
  if (raised) return /^(?:上调|调升|提高|上修)$/u.test(raised[1]!) ? 'up' : 'down';
  // "比上年同期少6,000亿元", "同比多增2,300亿元": more or less than the same period, as the central bank writes it.
  const moreLess = isIdeograph(last) ? CJK_MORE_LESS.exec(textBefore) : null;
  // 多减 is a larger fall, 少减 a smaller one.
  if (moreLess) return (moreLess[1] === '多') === (moreLess[2] !== '减') ? 'up' : 'down';
  // The next three end in a word of at most 80 characters: tested on that tail (each is anchored at the end).
  const tail = textBefore.slice(-80);
  // "the five-year CDS tightened 3bp to 61bp": a spread that tightened narrowed (a central bank that tightened raised rates).
  if (tail.includes('tightened') && /\b(?:spreads?|CDS|basis|bid-ask)\b[^.;]{0,40}\btightened\s+(?:by\s+)?$/iu.test(tail)) return 'down';
  // "the cap rate firmed 5bps to 5.42%": a property yield that firmed fell (values rose); one that softened rose.
  const valuers = (tail.includes('firmed') || tail.includes('softened'))
    ? /\b(?:cap(?:italisation|italization)? rates?|property yields?)\b[^.;]{0,40}\b(firmed|softened)\s+(?:by\s+)?$/iu.exec(tail) : null;
  if (valuers) return valuers[1]!.toLowerCase() === 'firmed' ? 'down' : 'up';
  // "after contracting 0.6%": before the figure only ("A$4.1bn contracting revenue" is revenue from contracting).
  if (/\b(?:contracting|shrinking)\s+(?:by\s+)?(?:an?\s+)?(?:annuali[sz]ed\s+)?$/iu.test(tail)) return 'down';
  // "came in at $3,299 million, growing 21.5% y/y": growing right after a level's comma is its rise ("with GDP growing
  // 1.2%" names a measure of its own, so only after the comma).
  if (/,\s*growing\s+(?:by\s+)?$/iu.test(tail)) return 'up';
  const m = BEFORE.exec(textBefore);
  if (!m) return null;
  return UP_VERB.test(m[1]!) ? 'up' : 'down';
}

/**
 * A verb that raises or cuts a rate, then the rate's name (no figure, no 为/至/后 of a level reached) and nothing else.
 * A rate only: "降低采购成本实现净利润3.2亿元" is a level the cut helped reach, "上调目标价28.60元" the new price.
 */
const CJK_RAISED_MEASURE = /(上调|下调|调升|调降|提高|降低|上修|下修)[^\p{N}\s为至到后达是约，。；、：,;:]{0,12}率$/u;

const CJK_MORE_LESS = /(?:同比|(?:比|较)(?:上年同期|去年同期|上年|去年|上月|上季度?))(多|少)(增|减)?了?\s*$/u;

const BELOW_A_TIME = /^\s*(?:above|below)\s+(?:(?:in|on|at)\s+)?(?:the\s+)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|(?:previous|prior|preceding)\s+(?:day|session|week|month|quarter|year)\b|last\s+(?:week|month|quarter|year)\b|a\s+(?:week|month|year)\s+(?:earlier|ago|before)\b)/u;

/** Direction of a change whose cue follows the figure ("a 12% rise", "5% lower"). */
export function directionAfter(textAfter: string, unit: string): Direction | null {
  // "保持12%的增速": a percentage said as the rate of a rise or a fall (not "70%的增幅来自价格", a share of it).
  const cjk = unit === '%' && textAfter.startsWith('的') ? /^的(增速|增幅|降幅|减幅)(?!来自|源于|由|主要|中)/u.exec(textAfter) : null;
  if (cjk) return /[增涨]/u.test(cjk[1]!) ? 'up' : 'down';
  const m = AFTER.exec(textAfter);
  if (!m) return null;
  // "21% below the 2024 average" changes a level; "US$38/t below the blast-furnace route" is a gap, a level of its own,
  // unless a time follows ("$3.10 below September", "US$12/t above a week earlier").
  if (/^\s*(?:above|below)\b/iu.test(m[0]) && unit !== '%' && !BELOW_A_TIME.test(textAfter)) return null;
  return UPWARD_AFTER.test(m[0]) ? 'up' : 'down';
}

/** A sign written on the number itself: "+1.2%", "-0.4%". */
export function signedDirection(surface: string): Direction | null {
  if (!SIGNED.test(surface)) return null;
  return surface.startsWith('+') ? 'up' : 'down';
}

/** The direction of a signed change: up, down, or flat at zero. */
export function directionOf(value: number): Direction {
  return value > 0 ? 'up' : value < 0 ? 'down' : 'flat';
}

/** The basis stated just before a change: "a year-on-year decrease of 6.4%", "同比增长61.19%". */
export function basisBefore(textBefore: string): Basis | null {
  const m = BASIS_BEFORE.exec(textBefore.slice(-40));
  return m ? findBasis(m[0])?.basis ?? (/sequential/iu.test(m[0]) ? 'qoq' : null) : null;
}

/**
 * A basis said right before a change: 同比, 较上月, 较前一交易日, "year-on-year increase of", and an abbreviation right
 * before a signed change ("(yoy +21%, qoq +8%)").
 */
const BASIS_BEFORE = new RegExp(String.raw`(?:周环比|(?:较|比)上周(?:同期)?|${THAN_LAST_MONTH}|同比|环比|按[年季月]|(?:较|比|与)上年同期|(?:较|比)去年同(?:期|月)|(?:较|比)(?:前一|上一|上个)(?:交易日|日)|(?:较|比)(?:前日|昨日)|日内(?=[涨跌]幅))\s*(?:\p{Script=Han}{0,4})[+＋\-−－]?\s?$|(?<![\d\p{Script=Han}])[年季月][增减](?:约|近|逾|超)?\s?$|\b(?:year[- ]on[- ]year|year[- ]over[- ]year|yoy|y\/y|quarter[- ]on[- ]quarter|qoq|month[- ]on[- ]month|mom|sequential)\s+(?:increase|decrease|rise|fall|drop|decline|growth|gain|jump|reduction)\s+(?:of\s+)?(?:about\s+|approximately\s+)?$|\b(?:yoy|y\/y|qoq|q\/q|mom|m\/m|dod|d\/d)\s?[:：]?\s?[+＋\-−－]?\s?$`, 'iu');

/** The basis a clause states for a change, if any. */
export function findBasis(text: string): { basis: Basis; index: number; length: number } | null {
  for (const [re, basis] of BASES) {
    const m = re.exec(text);
    if (m) return { basis, index: m.index, length: m[0].length };
  }
  return null;
}

/** "compared with", "versus", "against", "from", "double the": what follows is the level compared to. */
export const COMPARISON = /(?:\b(?:(?:compared (?:with|to)|versus|vs\.?|against)\s+(?:the\s+)?(?:[\w-]+\s+){0,6}|from\s+(?:a |the )?(?:level of |high of |low of )?(?:approximately |about |around |roughly |some )?)|,\s*after\s+|\b(?:double|triple|treble|twice|half|three times) (?:the|that of the|its)\s+)$/iu;

/**
 * 较上年同期的57.6亿元, 比年初的1180亿元, 与上年末的…: the Chinese level a change is measured against, and which
 * earlier day or period it is (group 1).
 */
export const CJK_COMPARED = /(?:较|比|与)(上年同期|去年同期|上年末|上年年末|上年底|年初|上年|去年)(?:的|之)\s*$/u;
/** 较2024年12月31日的39.8万元/吨, 比3月31日的: the level a change is measured from, on the day named. */
export const CJK_DATED_COMPARED = /(?:较|比|与)(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:的|之)\s*$/u;

/** "than on July 1", "from the end of June", "since March", "over the end of the previous year": a change measured from a date. */
export const SINCE = /\b(?:than|from|since|over|compared (?:with|to))\s+(?:on\s+|at\s+|in\s+)?(?:the\s+)?$/iu;
