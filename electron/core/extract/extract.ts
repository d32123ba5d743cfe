import type { Change, ExtractedMetric, Period } from '../../../shared/metrics.ts';
import { basisBefore, CJK_COMPARED, CJK_DATED_COMPARED, COMPARISON, directionAfter, directionBefore, directionOf, findBasis, signedDirection, SINCE, TRANSITIVE, type Basis, type Direction } from './changes.ts';
import { textCues, type TextCues } from './currencies.ts';
import { datedBasis, type BasisReference } from './dated-basis.ts';
import { citesMarket, entityFor, isMarketFigure, passageCompany, REALISED_BY } from './entities.ts';
import {
  cjkInherited, cjkListedMeasure, isAttributive, spelledOut, tidiedLabel, isBareMeasure, labelAfter, labelBefore, lowerFirst, singularHead, splitMeasure,
  SINGULAR_HEAD, type Label, type LabelContext,
} from './labels.ts';
import { pricesListedAfter } from './listed-prices.ts';
import { findPeriods, fiscal, lastDay, statedYearEnd, type Period as FoundPeriod } from './periods.ts';
import { findQuantities, INDEX_NAMES, tidy, type Quantity } from './quantities.ts';
import { inOriginalScript, simplifiedView } from './traditional.ts';
import { splitSentences, type Sentence } from './sentences.ts';
import { isIdeograph, tokenize, WordSet, type Token } from './tokens.ts';

/** Bumped whenever extraction output changes; stored with every extracted metric. */
export const EXTRACTOR_VERSION = '1.61.0';

export interface ExtractOptions {
  /** The document's date (YYYY[-MM[-DD]]): relative periods resolve against it. */
  date: string | null;
  /** The document's main subject: the entity of figures that name none. */
  subject: string | null;
  /** What the whole document talks about (money, yen, temperatures); read from `text` when left out. */
  cues?: TextCues;
}

/** A figure while its sentence is being read. */
interface Item {
  q: Quantity;
  /** The move from an earlier low or high that leads to this level ("from its June low to"), read once (classify). */
  fromExtreme?: string;
  /** Its amount is a loss, given a minus sign (signLoss): a change said in words moves it the other way. */
  lossSigned?: boolean;
  /** A change given to its level by 分别/respectively (pairRespectively), before any other reading of changes. */
  pairedRespectively?: boolean;
  start: number;
  end: number;
  /** The figure states a change in this direction. */
  change: Direction | null;
  /** A level given only to compare with ("compared with 398,000", "from 402,000"). */
  comparison: boolean;
  /** A change stated as part of another figure's metric. */
  attachedTo: Item | null;
  /** For a level, the change figure stated before it ("rose 12.3% to 3.85 billion"). */
  ledBy: Item | null;
  change_: Change | null;
  /** Further changes stated for the same level ("down 18% month on month and 11.5% year on year"). */
  moreChanges: Change[];
  changeSpan: [number, number] | null;
  label: Label | null;
  /** The last change of a list this change opens ("45.2% and 44% YoY"): its basis is shared. */
  listBasisFrom?: Item;
  /** The figure sizes the plant or line named right after it ("a 40 GWh plant", "0.5GWh固态电池中试线"): a capacity per year. */
  sizes?: boolean;
  /** A comparison level a level was moved from ("to X from Y"): no later change is measured from it. */
  movedFrom?: boolean;
  /** The figure sizes a plant, line or project named right after it: a size, of no period. */
  facility?: boolean;
  /** "海外收入占比由2023年的32%提升至2024年的41%": the measure both levels of a Chinese move are of. */
  movedSubject?: string;
  /** Said as added after its figure ("with 61.4 GW added in"): an addition to the stock named before, not the stock. */
  addedAfter?: boolean;
  /** Things counted that a company added ("added 9.4 lakh subscribers"): their additions, not the base. */
  countAdded?: boolean;
  /** The place a change said as a noun is in ("a 15% jump in Vietnam"): that place's change of the measure before. */
  changeIn?: string;
}

const QUALIFIER = /\b(about|approximately|approx\.?|around|roughly|some|nearly|almost|over|(?:not|no) (?:less|more) than|not exceeding|more than|above|exceeding|in excess of|up to|at least|less than|under|below|as much as|as many as|close to|just over|just under)\s*$/iu;
/**
 * The qualifier just before a figure. Read from the end of the text before it, trimmed as `\s*$`
 * would: tried on all of a long sentence, the pattern took time growing with its length for every figure.
 */
function qualifierOf(before: string): string | null {
  return QUALIFIER.exec(before.trimEnd().slice(-32))?.[1]?.toLowerCase() ?? null;
}

/** "equal to 3.9% of revenue", "representing 12%": the figure restates the one before. */
const RESTATES = /\b(?:equal to|equivalent to|representing|or about|or roughly|or)\s*$/iu;
/** RESTATES, tried only where the text ends as one of its words does: most text between figures does not. */
function restates(text: string): boolean {
  const last = text.trimEnd().at(-1)?.toLowerCase();
  return (last === 'o' || last === 'g' || last === 't' || last === 'y' || last === 'r') && RESTATES.test(text);
}

/** A sentence being read, with what is worked out about it once. */
type ReadSentence = Sentence & { citesMarket(): boolean };

/** Passage-level memory for figures that state no period or label of their own. */
interface Memory {
  period: Period | null;
  /** The period the passage reports on (its title, or a "reporting period" it defines). */
  reporting: Period | null;
  /** The month the passage says its fiscal year ends in, for sentences that say "fiscal 2024" alone. */
  yearEnd: number | null;
  lastLabel: Label | null;
  /** The company the passage names first, else the document's subject: the owner of figures that name none (read when first needed). */
  company: () => string | null;
  /** The owner of the last figure read, for a sentence that goes on about its parts ("Among them, …"). */
  lastEntity?: string | null;
  /** Whether the passage is a weekly note (本周, 周度): a 环比 there is week on week. */
  weekly?: boolean;
  /** The period of the last figure read that had one, for 同期 ("the same period") in the next sentence. */
  latest?: Period;
  /** The last single day a figure was dated to, for quotes "the same day" or in a weekly wrap. */
  lastDay?: Period | null;
  /** The last label read for each unit, for guidance in a later sentence ("held full-year guidance at 235,000 t"). */
  labelByUnit?: Map<string, Label>;
  /** The measure the last question asked about ("Q: What is the current order backlog?"), for an answer that names none. */
  asked?: string | null;
  /** The day a newswire's dateline gives the story ("LONDON, July 16 (Newswire) -"): the day of the prices it quotes. */
  dateline?: Period | null;
  /** The dateline's place: "LONDON - Three-month copper" is what a label keeps of it once its date is left out. */
  datelinePlace?: string;
}

/** The opening a dateline has, tested before its date is looked for. */
const DATELINE_OPEN = /^\s*([A-Z][A-Z.'’ -]{1,30}),\s*|^\p{Script=Han}{2,16}\d{1,2}月\d{1,2}日电/u;

/**
 * Every figure in `text` as a metric. `offset` is added to all spans (the passage's start
 * in its document), so spans index the document's text.
 */
export function extractFromText(text: string, options: ExtractOptions, offset = 0): ExtractedMetric[] {
  // 營收, 較去年同期, 億元: Traditional Chinese is read in simplified form and given back as written.
  const view = simplifiedView(text);
  return view ? inOriginalScript(extractFrom(view, options, offset), text, view, offset) : extractFrom(text, options, offset);
}

function extractFrom(text: string, options: ExtractOptions, offset: number): ExtractedMetric[] {
  // A passage without a digit, a number word or a percent sign holds no figure: nothing below could find one.
  if (!DIGIT.test(text) && !NUMBER_WORD.test(text) && !CJK_NUMBER.test(text)) return [];
  const metrics: ExtractedMetric[] = [];
  let company: string | null | undefined;
  const reporting = reportingPeriod(text, options.date);
  const memory: Memory = {
    period: reporting, reporting, yearEnd: statedYearEnd(text), lastLabel: null, weekly: text.includes('环比') && WEEKLY.test(text),
    company: () => (company === undefined ? (company = passageCompany(text) ?? options.subject) : company),
  };
  const opening = DATELINE_OPEN.exec(text);
  const dateline = opening ? findPeriods(text.slice(0, 60), options.date).find((p) => p.event && p.start === p.end) : undefined;
  if (dateline) {
    memory.dateline = toPeriod(dateline);
    memory.datelinePlace = opening![1]?.trim();
  }
  const cues = options.cues ?? textCues(text);
  let previous: ExtractedMetric[] = [];
  for (const sentence of splitSentences(text, offset)) {
    if (isQuestion(sentence.text)) memory.asked = askedMeasure(sentence.text);
    const read = readSentence(sentence, cues, options, memory);
    slashedChanges(sentence.text, read);
    partsYearOnYear(sentence.text, read, previous);
    const restated = changeOfPrevious(sentence.text, read, previous);
    const own = restated ? [] : withoutChangesOfLevels(read, previous);
    metrics.push(...own);
    previous = restated ? previous : own;
  }
  centsPerPoundAfter(metrics);
  pricesListedAfter(metrics);
  ratesMovedInPoints(metrics);
  return metrics;
}

/** An exchange rate: money per money ("CNY/USD", "JPY/USD", "USD/EUR"). */
const EXCHANGE_RATE = /^(?:CNY|USD|EUR|JPY|HKD|GBP|AUD|KRW|TWD)\/(?:CNY|USD|EUR|JPY|HKD|GBP|AUD|KRW|TWD)$/u;

/**
 * "人民币兑美元中间价报7.0825，较上一交易日调升15个基点": a basis point of an exchange rate is 0.0001 of it, not a
 * hundredth of a percentage point. The move is said of the currency named first, so where the rate is quoted the other
 * way round (the yuan named first, quoted in yuan per dollar) the rate moved the other way: the yuan rose, 7.0825 fell.
 */
function ratesMovedInPoints(metrics: ExtractedMetric[]): void {
  for (const m of metrics) {
    if (!EXCHANGE_RATE.test(m.unit) || m.change?.unit !== 'pp') continue;
    // Read in the simplified view (traditional.ts), so its labels are in simplified characters here.
    // The pair as quoted before the figure ("人民币对美元11月19日收盘报": the label may keep only 收盘).
    const quoted = m.sentence.slice(0, m.span[0] - m.sentenceSpan[0]);
    const firstQuoted = /^(?:CNY|TWD|HKD)\//u.test(m.unit) && /(?:人民币|新台币|港元)[兑对](?:美元|欧元|日元|英镑|澳元|韩元)[^，。；]*$/u.test(quoted) ? -1 : 1;
    const value = tidy(m.change.value / 100) * firstQuoted;
    m.change = { ...m.change, value, unit: m.unit, direction: directionOf(value) };
  }
}

/**
 * "归母净利润为6.12/7.35/8.80亿元，同比增长21.5%/20.1%/19.7%": changes slashed after a slashed list of levels are
 * one each, in order, not all the last level's. Only where the counts agree and the changes share a basis.
 */
function slashedChanges(sentence: string, read: ExtractedMetric[]): void {
  if (!sentence.includes('/')) return;
  for (let k = 0; k < read.length; k++) {
    const last = read[k]!;
    const changes = last.change ? [last.change, ...last.moreChanges] : [];
    if (changes.length < 2 || changes.some((c) => c.basis !== changes[0]!.basis) || k < changes.length - 1) continue;
    const levels = read.slice(k - changes.length + 1, k + 1);
    const aList = levels.every((m, i) => m.unit === last.unit && m.label === last.label && (i === levels.length - 1 || !m.change));
    const slashed = levels.slice(1).every((m, i) => /^\s*\/\s*$/u.test(sentence.slice(levels[i]!.span[1] - last.sentenceSpan[0], m.span[0] - last.sentenceSpan[0])));
    if (!aList || !slashed) continue;
    levels.forEach((m, i) => Object.assign(m, { change: changes[i], moreChanges: [], changeSpan: i === levels.length - 1 ? m.changeSpan : null }));
  }
}

/** "…同比增长3.6%。其中，出口22.12万亿元，增长6.2%": the parts of a total said year on year change year on year too. */
function partsYearOnYear(sentence: string, read: ExtractedMetric[], previous: ExtractedMetric[]): void {
  if (!/^\s*其中[，,：:]/u.test(sentence) || !previous.some((m) => m.change?.basis === 'yoy')) return;
  for (const m of read) if (m.change?.basis === 'unspecified' && m.change.unit === '%') m.change = { ...m.change, basis: 'yoy' };
}

/** A figure written in US cents a pound or a bushel ("15.82c/lb", "548c/bu"), and one in cents alone ("15.61c", "+14c"). */
const CENTS_PER = /\d\s?(?:c|¢|cents?)\s?\/\s?(lb|bu)$/iu;
const CENTS_ALONE = /^[+-]?\d[\d,.]*\s?(?:c|¢)$/u;
const POUND_IN_TONNES = 0.00045359237;

/**
 * "NY No.11 Mar-26 15.82c/lb (session low 15.61c)", "fine-cup diff steady at +14c over May": in a passage quoting
 * prices in cents a pound (or a bushel), a price in cents alone is in cents a pound (a bushel) too, not a sum of cents.
 */
function centsPerPoundAfter(metrics: ExtractedMetric[]): void {
  let per: string | undefined;
  for (const m of metrics) {
    const quoted = CENTS_PER.exec(m.text);
    if (quoted) per = quoted[1]!.toLowerCase();
    else if (per && m.unit === 'USD' && CENTS_ALONE.test(m.text)) perUnitOfCents(m, per);
  }
}

function perUnitOfCents(m: ExtractedMetric, per: string): void {
  const factor = per === 'lb' ? 1 / POUND_IN_TONNES : 1;
  const unit = per === 'lb' ? 'USD/t' : 'USD/bu';
  m.value *= factor;
  if (m.valueHigh !== null) m.valueHigh *= factor;
  // A change of itself ("+14c" read as a rise) is in the same cents.
  for (const c of [m.change, ...m.moreChanges]) {
    if (c?.unit !== 'USD') continue;
    c.value *= factor;
    c.unit = unit;
  }
  m.unit = unit;
  m.kind = 'price';
  m.display = { ...m.display, unit: `c/${per}` };
}

/** Whether a sentence ends in a question mark, as /[?？]\s*$/u tests (trimEnd strips what \s matches). */
function isQuestion(sentence: string): boolean {
  const end = sentence.trimEnd();
  return end.endsWith('?') || end.endsWith('？');
}

/**
 * The measure a question asks for: "Q: What was the average realised urea price in Q3?" → "average realised urea price",
 * "问：公司目前钾肥产能是多少？" → "钾肥产能"; null when the question names none plainly.
 */
function askedMeasure(question: string): string | null {
  const words = question.split(/\s+/u).filter(Boolean).join(' ');
  const en = /\b(?:what|how much|how many) (?:is|was|are|were|will be) ([^?]+)\?/iu.exec(words)
    // "How much capex is left?", "How many vessels remain?": the measure before what is left of it.
    ?? /\bhow (?:much|many) ((?:[\p{L}/&-]+ ){0,4}[\p{L}/&-]+) (?:is|are) (?:left|remaining|outstanding)\?/iu.exec(words)
    ?? /\bhow (?:much|many) ((?:[\p{L}/&-]+ ){0,4}[\p{L}/&-]+) (?:remains?|do you have|does the company have)\b[^?]*\?/iu.exec(words);
  if (en) {
    const asked = en[1]!.split(' ').filter((w, k, all) => k > 0 || !/^(?:the|your|its)$/iu.test(all[0]!))
      .filter((w, k) => k > 0 || !/^(?:current|latest)$/iu.test(w));
    const cut = asked.findIndex((w) => /^(?:in|for|at|this|next|last|by|as|so|now|today)$/iu.test(w));
    const measure = cut === -1 ? asked : asked.slice(0, cut);
    const plain = measure.length > 0 && measure.length <= 6 && measure.every((w) => /^[\p{L}/&-]+$/u.test(w));
    return plain && !measure.some((w) => /^(?:you|we|it|they|there)$/iu.test(w)) ? measure.join(' ') : null;
  }
  const zh = /(?:公司|贵公司)?(?:目前|当前|今年|明年|现在)?(\p{Script=Han}{2,12}?)(?:大概|大约)?(?:是|为|有|达到)?多少/u.exec(question);
  return zh ? zh[1]!.replace(/^(?:公司|贵公司|目前|当前|今年|明年|现在)+/u, '') || null : null;
}

/** After "The increase of $X(, or Y%)": the verb, nothing that names another measure. */
const OWN_CHANGE_ENDS = /^[\s,)]*(?:was|is|reflects|reflected|resulted|came|primarily|mainly|largely|driven|due|stemmed|arose)\b/iu;
/** "The increase of $86.5 million, or 13%, was primarily due to …": a 10-Q's change of the level said before. */
const THE_CHANGE = /^\W*(?:the|this)\s+(increase|decrease|rise|decline|growth|improvement|reduction)\s+(?:of|was)\s/iu;

/**
 * A sentence that only states the change of the previous sentence's first level ("… was $742.3 million
 * …, compared to $655.8 million …. The increase of $86.5 million, or 13%, was …") gives that level its
 * change; true when it did (its figures are then not metrics of their own).
 */
function changeOfPrevious(sentence: string, read: ExtractedMetric[], previous: ExtractedMetric[]): boolean {
  const level = previous[0];
  const compared = previous[1];
  // The cue is looked for only where it could matter: most sentences have no figure, or follow none.
  if (!level || level.change || !read.length || read.length > 2) return false;
  const cue = THE_CHANGE.exec(sentence);
  if (!cue) return false;
  // "The increase of $40 million in capex reflected …" names what rose: it is not the level before.
  const start = read[0]!.sentenceSpan[0];
  if (!OWN_CHANGE_ENDS.test(sentence.slice(read[read.length - 1]!.span[1] - start))) return false;
  if (read.some((m) => m.unit !== level.unit && m.unit !== '%')) return false;
  const down = /decrease|decline|reduction/iu.test(cue[1]!);
  // Compared with the same period a year earlier: year on year; otherwise the basis is not said.
  const yearApart = level.period && compared?.period && Number(level.period.start.slice(0, 4)) - Number(compared.period.start.slice(0, 4)) === 1
    && level.period.start.slice(4) === compared.period.start.slice(4);
  const changes: Change[] = read.map((m) => ({ value: Math.abs(m.value) * (down ? -1 : 1), unit: m.unit === level.unit ? level.unit : '%',
    basis: yearApart ? 'yoy' : 'unspecified', since: null, direction: down ? 'down' : 'up' }));
  level.change = changes[0]!;
  level.changeSpan = read[0]!.span;
  level.moreChanges = changes.slice(1);
  return true;
}

/**
 * "Comparing the daily average price in Q1 2025 (429,605 yuan/mt) with Q1 2024's (381,647 yuan/mt), we can see that the
 * daily average price in Q1 this year increased by 12.57% YoY": a change stated alone, of the same measure over the same
 * period as a level just said (in this sentence or the one before) that has no change, is that level's change, not a
 * metric of its own. `read` without such changes.
 */
function withoutChangesOfLevels(read: ExtractedMetric[], previous: ExtractedMetric[]): ExtractedMetric[] {
  if (!read.some((m) => m.kind === 'change')) return read;
  return read.filter((change, k) => {
    if (change.kind !== 'change' || !change.change || !change.period) return true;
    const measure = change.label.toLowerCase();
    // A percentage's or points' own move is said in points: a percent change of one is no plain reading of it.
    const level = [...previous, ...read.slice(0, k)].find((m) => m.kind !== 'change' && !m.change && m.unit !== '%' && m.unit !== 'pp'
      && m.period?.start === change.period!.start
      && m.period.end === change.period!.end && m.label.toLowerCase().endsWith(measure));
    if (!level) return true;
    level.change = change.change;
    level.changeSpan = change.span;
    return false;
  });
}

/** "The Reporting Period refers to January 1, 2025 to June 30, 2025": a filing's defined term, often defined after its first use. */
const DURING_REPORT = /报告期内|本报告期|\b(?:during|in|for) the (?:reporting|review) period\b/iu;
/** 同期 opening a clause, not 上年同期 or 去年同期 (a comparison's basis). */
const SAME_PERIOD = /(?:^|[，。；：,;\s])同期(?!相比|比)/u;
const YEAR_TO_REPORT_END = /年初至(?:本)?报告期末|\bfrom the (?:beginning|start) of the year to the end of the (?:reporting|review) period\b/iu;
const END_OF_REPORT = /报告期末|\b(?:as at|at) the end of the (?:reporting|review) period\b/iu;
const REPORTING_PERIOD = /\breporting period\s+(?:refers to|means|is|covers|runs from|was)\s+/iu;
const REPORTING_BRACKET = /[(（]\s*(?:the\s+)?["“”']?(?:Reporting|Review) Period["“”']?\s*[)）]/u;
/** "18.9% for the Reporting Period": the period a report defines, said after its figure. */
const FOR_REPORT = /^\s*(?:for|in|during)\s+the\s+(?:reporting|review)\s+period\b/iu;

/** "2026年半年度报告", "2025年年度报告摘要": a Chinese report's title names the period it reports on. */
const REPORT_TITLE = /((?:19|20)\d{2})年(?:度)?(半年度|年度|第一季度|一季度|第三季度|三季度)报告/u;
const TITLE_MONTHS = new Map<string, [number, number]>([
  ['半年度', [1, 6]], ['年度', [1, 12]], ['第一季度', [1, 3]], ['一季度', [1, 3]], ['第三季度', [7, 9]], ['三季度', [7, 9]],
  ['first quarter', [1, 3]], ['third quarter', [7, 9]], ['interim', [1, 6]], ['half-year', [1, 6]], ['semi-annual', [1, 6]],
]);
/** "Third Quarter Report 2025", "2025 Interim Report": a translated filing's title names the period it reports on. */
const EN_REPORT_TITLE = /\b(?:(First Quarter|Third Quarter|Interim|Half-Year|Semi-Annual) Report (?:for |of )?((?:19|20)\d{2})|((?:19|20)\d{2}) (First Quarter|Third Quarter|Interim|Half-Year|Semi-Annual) Report)\b/iu;

/** "Annual Report 2025", "Compañía Minera Pampa Blanca 2024 annual report:", "in its annual report for 2024", "2025 business report" (Korea). */
const ANNUAL_REPORT = /\b(?:Annual|Integrated|Sustainability) Report,?\s+((?:19|20)\d{2})\b|\b((?:19|20)\d{2}) (?:(?:integrated )?annual|(business)) report\b|\bannual report for ((?:19|20)\d{2})\b/iu;
/** The words every ANNUAL_REPORT match has, tested first: a passage may say "report" often and name no annual one. */
const REPORT_NAMED = /(?:annual|integrated|sustainability|business) report/iu;
const REPORT_WORD = /report\b/iu;
/** A report only spoken of, not read from: to be published, due, restated ("will publish its 2025 annual report"). */
const REPORT_TO_COME = /\b(?:will|to be|due|publish(?:es|ing)?|release[sd]?|restat\w*|delay\w*|upcoming|next)\b/iu;

/** The months a report's title names ("三季度", "third quarter") in year `y`. */
function titledPeriod(label: string, y: number, kind: string): Period {
  const [a, b] = TITLE_MONTHS.get(kind)!;
  return { label, start: `${y}-${String(a).padStart(2, '0')}-01`, end: `${y}-${String(b).padStart(2, '0')}-${lastDay(y, b)}` };
}

/** The period a passage defines as its reporting period: it holds for figures before the definition too. */
function reportingPeriod(text: string, date: string | null): Period | null {
  // The report patterns are tried only where their words are: most passages are no report's first page.
  const title = text.includes('报告') ? REPORT_TITLE.exec(text) : null;
  if (title) {
    return titledPeriod(title[0], Number(title[1]), title[2]!);
  }
  // Every English title below says "report" as a word: a passage that only "reported" skips them.
  const reportWord = REPORT_WORD.test(text);
  const quarterly = reportWord ? EN_REPORT_TITLE.exec(text) : null;
  if (quarterly && !REPORT_TO_COME.test(text.slice(Math.max(0, quarterly.index - 40), quarterly.index))) {
    return titledPeriod(quarterly[0], Number(quarterly[2] ?? quarterly[3]), (quarterly[1] ?? quarterly[4])!.toLowerCase());
  }
  // "Minera Punta Roja, Annual Report 2025": the fiscal year the report is for, ending where the text says (December otherwise).
  const annual = reportWord && REPORT_NAMED.test(text) ? ANNUAL_REPORT.exec(text) : null;
  const around = annual ? text.slice(Math.max(0, annual.index - 40), annual.index + annual[0].length + 40) : '';
  if (annual && !REPORT_TO_COME.test(around)) {
    const year = (annual[1] ?? annual[2] ?? annual[4])!;
    return { label: annual[1] || annual[3] ? annual[0] : `${year} annual report`, ...fiscal(year, statedYearEnd(text) ?? 0) };
  }
  const defined = /eporting|EPORTING/u.test(text) ? REPORTING_PERIOD.exec(text) : null;
  // 'For the six months ended 30 June 2025 (the "Reporting Period")': the period named just before the definition.
  const bracketed = !defined && /eporting|eview/u.test(text) ? REPORTING_BRACKET.exec(text) : null;
  if (bracketed) {
    const named = findPeriods(text.slice(Math.max(0, bracketed.index - 80), bracketed.index), date).filter((x) => !x.event).at(-1);
    return named ? toPeriod(named) : null;
  }
  if (!defined) return null;
  const after = text.slice(defined.index + defined[0].length, defined.index + defined[0].length + 80);
  const p = findPeriods(after, date).find((x) => !x.event && x.index < 30);
  return p ? toPeriod(p) : null;
}

/** Sentences without a digit, a number word or a percent sign hold no figure: skip them fast. */
const DIGIT = /[0-9%½¼¾０-９]/u;
/** "两千万元", "五万吨", "三成": an amount in Chinese numerals (read by cjk-numerals.ts). */
const CJK_NUMBER = /[一二两三四五六七八九十百千][万亿]?(?:元|美元|港元|吨|辆|台|艘|人|户|家|个|座|套|千瓦|兆瓦|桶|股|张|件|票|成|倍)/u;
const NUMBER_WORD = /(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen|half|quarter|percent)\b/iu;

function readSentence(sentence: Sentence, cues: TextCues, options: ExtractOptions, memory: Memory): ExtractedMetric[] {
  if (!DIGIT.test(sentence.text) && !NUMBER_WORD.test(sentence.text) && !CJK_NUMBER.test(sentence.text)) {
    // "Q: How much did you spend on R&D last year?": a question's period holds for the answer's figures.
    if (isQuestion(sentence.text)) {
      const asked = findPeriods(sentence.text, options.date).find((p) => !p.event);
      if (asked) memory.period = toPeriod(asked);
    }
    return [];
  }
  let cites: boolean | undefined;
  // Whether it cites a market source, worked out once and only when a figure's owner needs it.
  const s: ReadSentence = { ...sentence, citesMarket: () => (cites ??= citesMarket(sentence.text)) };
  const tokens = tokenize(s.text, s.start, { decimalComma: cues.decimalComma, rand: cues.rand, naira: cues.naira });
  // Undated, a day without its year ("3月31日") is read against the end of the period the passage last named.
  const reference = options.date ?? memory.period?.end ?? null;
  const named = findPeriods(s.text, reference, memory.yearEnd).map((p) => ({ ...p, index: p.index + s.start }));
  const spanSaid = s.text.includes(' the quarter') || s.text.includes(' the half') || s.text.includes(' the month')
    ? theSpanSaid(s, named, memory) : [];
  const said = spanSaid.length ? [...named, ...spanSaid].sort((a, b) => a.index - b.index) : named;
  const found = s.text.includes(' with ') ? endedWith(s, said) : said;
  const periods = found.filter((p) => !p.event);
  const read = findQuantities(s.text, tokens, cues, s.start).filter((q) => !insidePeriod(tokens, q, found));
  // "6 units of 82,000 dwt Kamsarmax bulk carriers": a specification is no figure, and a label reads past it.
  const specifications = read.filter((q) => isSpecification(tokens, q));
  const quantities = read.filter((q) => !specifications.includes(q) && !isSampleSize(tokens, q));
  if (!quantities.length) {
    // "… set the tone for the next quarter.": a horizon looked ahead to dates none of the figures said after it.
    const carried = periods.find((p) => !AHEAD.test(p.label));
    if (carried) memory.period = toPeriod(carried);
    return [];
  }
  const items: Item[] = quantities.map((q) => ({
    q, start: tokens[q.first]!.start, end: tokens[q.last]!.end, change: null, comparison: false, attachedTo: null, ledBy: null, change_: null, moreChanges: [], changeSpan: null, label: null,
  }));
  // "We forecast 2025-27 net profit of …": a range of years the figures are listed over names none of them.
  const range = yearRangeOf(s.text);
  const ranged: Array<[number, number]> = range ? [[s.start + range.index, s.start + range.index + range.length]] : [];
  const specified = specifications.map((q): [number, number] => [tokens[q.first]!.start, tokens[q.last]!.end]);
  const ctx: LabelContext = { tokens, skip: [...found.map((p): [number, number] => [p.index, p.index + p.length]), ...basisPhrases(s), ...ranged], specified };
  const text = (from: number, to: number) => s.text.slice(from - s.start, to - s.start);
  if (LOSS_WORD.test(s.text)) {
    items.forEach((item, k) => {
      // "narrowed to 380 billion won from 1,120 billion won": what a loss came from was a loss too.
      const from = items[k - 1]?.lossSigned && LOSS_COMPARED.test(text(items[k - 1]!.end, item.start));
      if (from && item.q.unit === items[k - 1]!.q.unit && item.q.value > 0) asLoss(item);
      else signLoss(item, text(s.start, item.start), text(item.end, s.end));
    });
  }
  classify(items, text, s);
  respectiveChanges(items, s);
  slashLedChanges(items, s);
  attachChanges(items, periods, text, s, ctx, { periods, passageYear: memory.period ? Number(memory.period.end.slice(0, 4)) : null, date: options.date ?? null });
  for (const item of items) if (item.lossSigned) lossChange(item, items);
  const assigned = assignPeriods(s, items, periods, memory);
  yearToDateThroughMonth(assigned, periods);
  comparedListPeriods(items, assigned, periods, text);
  slashPairPeriods(items, assigned, periods, text);
  // "由2023年的32%提升至2024年的41%": each level of a Chinese move stands in the year said right before it.
  for (const item of items) {
    const own = item.movedSubject ? periods.find((p) => text(p.index + p.length, item.start) === '的') : undefined;
    if (own) assigned.set(item, toPeriod(own));
  }
  const out: ExtractedMetric[] = [];
  let previous = memory.lastLabel;
  // What the label before measured (unknown across sentences): guidance in tonnes is no guidance of a cost in dollars.
  let previousDimension: string | null = null;
  const opensWithStep = /^\W*(?:every|each)\b/iu.test(s.text);
  items.forEach((item, k) => {
    if (item.attachedTo) return;
    const ownLabel = pastSpecification(ctx, withoutDateline(labelFor(ctx, items, k, previous, text), memory.datelinePlace), text);
    // "均价假设6.5万元/吨（前值7.0万元/吨）", "到岸价约为278美元/吨（上年同期为305美元/吨）": the earlier value in a bracket
    // is of the measure before it.
    // "TP of Rs 1,180 (earlier Rs 1,240)": the earlier value in a bracket is of the measure before it.
    const prior = CJK_BRACKET_PRIOR.test(ownLabel.text)
      || (/^(?:earlier|previously|previous|prior|old|was|from)$/iu.test(ownLabel.text) && /[(（]\s*\p{L}+\s*$/u.test(text(Math.max(s.start, item.start - 16), item.start)));
    const bracketed = previous && prior ? { ...ownLabel, text: previous.text } : ownLabel;
    // "利率为5年期LPR减35个基点（目前为3.15%）": what a bracket says stands now is the measure its clause named.
    const currently = CJK_CURRENTLY.test(text(Math.max(s.start, item.start - 6), item.start))
      ? CJK_CLAUSE_MEASURE.exec(text(s.start, item.start))?.[1] : undefined;
    const readLabel = currently ? { text: currently, start: -1, end: -1 } : bracketed;
    // "we've kept FY26 at 285 to 305 thousand ounces", "supply to the Company not less than…": a pronoun names no measure.
    // "Utilisation was around 65%, and we expect it to exceed 80%": "it" is the measure just said in the sentence.
    const found = /^it$/iu.test(readLabel.text) && k > 0 && previous ? previous
      : NOT_A_MEASURE.test(readLabel.text) ? fallbackLabel(item.q, text(s.start, item.start)) : readLabel;
    // "fell 1.2% month on month … and was 0.8% lower": a word of the basis names nothing; the measure before does.
    // "Every EUR 1/MWh on gas moves EBITDA by c.EUR 21m": what the step moves, and by how much, is its sensitivity.
    const sensitivity = opensWithStep ? SENSITIVITY.exec(text(s.start, item.start)) : null;
    let labelled = sensitivity ? { text: `${sensitivity[1]!.replace(/^(?:our|its|the|annual)\s+/iu, '')} sensitivity`, start: -1, end: -1 }
      : (TIME_WORD.test(found.text) || MOVED_ALONE.test(found.text)) && previous ? previous : found;
    if (previous && labelled.text === previous.text) labelled = wholeOfShare(labelled, item);
    // "assessed at 73,450–75,200 yuan/t, averaging 74,325 yuan/t": the average of what was just quoted.
    if (/^averag(?:ing|ed|es)$/iu.test(labelled.text) && previous) {
      labelled = { ...labelled, text: previous.text.replace(/(?<=\S)\s(?:average\s)?price$/iu, '') };
    }
    // "Egyptian urea was heard sold at $468-475/t": what was heard (done, indicated) at a price is its subject.
    const heard = /^(?:heard|indicated|done)$/iu.test(labelled.text) ? HEARD_SUBJECT.exec(text(s.start, item.start)) : null;
    if (heard) labelled = { text: subjectPriced(heard[1]!, item), start: -1, end: -1 };
    // "n-type dense polysilicon traded at an average 52,100 yuan/mt", "cash costs should average C$24–27/lb": the
    // subject of the verb is what averaged.
    const averaged = /^(?:an? )?average$/iu.test(labelled.text)
      ? AVERAGED_SUBJECT.exec(text(k > 0 ? items[k - 1]!.end : s.start, item.start)) : null;
    if (averaged) labelled = { text: subjectPriced(averaged[1]!.replace(/^(?:the|its|our|their)\s+/iu, ''), item), start: -1, end: -1 };
    let read = facilityCapacity(item, text(item.end, s.end))
      ?? priceLabel(labelled, item, text(k > 0 ? items[k - 1]!.end : s.start, item.start), s.text);
    // "a touch below the LME average of US$4.38": how the figure compares is no part of what it is.
    const compared = COMPARED_LEAD.exec(read.text);
    // "average utilisation rate of 247 blast furnaces surveyed by Mysteel": the survey's sample names nothing measured.
    const sample = SAMPLE_TAIL.exec(read.text);
    if (sample && sample.index > 0) read = { ...read, text: read.text.slice(0, sample.index), start: -1, end: -1 };
    const rest = compared ? read.text.slice(compared[0].length) : '';
    if (rest && !/^(?:(?:our|the|market)\s+)?(?:consensus|estimates?|forecasts?|guidance|targets?)$/iu.test(rest)) {
      read = { ...read, text: rest, start: -1, end: -1 };
    }
    // "61,240 oz at an AISC of US$1,385/oz, against guidance of 240,000 oz": guidance of the measure in its own unit.
    const sameUnit = memory.labelByUnit?.get(item.q.unit);
    // "产量目标为58万吨，…，1-5月已完成24.3万吨": what was done against a target is the measure itself.
    const done = /已?(?:完成|实现)$/u.test(text(k > 0 ? items[k - 1]!.end : s.start, item.start));
    const target = done ? items.slice(0, k).reverse().find((x) => x.label && /(?:目标|计划)$/u.test(x.label.text))?.label : undefined;
    if (target) read = { ...read, text: target.text.replace(/(?:目标|计划)$/u, '').replace(/^(?:全年度?|年度)(?=\p{Script=Han}{2})/u, '') };
    // "…新增并网装机容量2.52亿千瓦；其中11月新增2,280万千瓦": a verb alone as the label is the measure said before in that unit.
    if (/^(?:新增|增加|新投产|投产|完成|实现)$/u.test(read.text) && sameUnit) read = { ...read, text: sameUnit.text };
    // "持仓量增加1.8万手至32.5万手": the level is named before the verb of its change.
    const led = item.ledBy && CJK_LED_VERB.test(read.text) ? { ...read, text: read.text.replace(CJK_LED_VERB, '') } : read;
    const named = phaseOf(containerLabel(capacityAfter(namedByUnit(led, item, memory), item, text(item.end, s.end)), item), item, previous);
    // A percentage may measure against anything ("beat our estimate by 6%").
    const lends = previousDimension === null || previousDimension === item.q.dimension || item.q.dimension === 'percent';
    const lender = sameUnit ?? (lends ? previous : null);
    const measured = perShare(forecastLabel(named, lender, text(s.start, item.start)), text(item.end, s.end));
    // A margin, a commodity listed after another, a part's share: named by the figure said before it.
    const margin = marginOf(measured, item, previous, k > 0);
    item.label = shareOf(parallelMeasure(margin, item, previous, text(item.end, s.end)), item, previous,
      text(k > 0 ? items[k - 1]!.end : s.start, item.start), text(item.end, s.end));
    item.label = assumedPrice(measuredAgainst(item.label, text(item.end, s.end)), text(Math.max(s.start, item.start - 160), item.start));
    item.label = buybackLabel(item, item.label, text(Math.max(s.start, item.start - 80), item.start), text(item.end, s.end));
    item.label = projectCapacity(item, item.label, previous, text(Math.max(s.start, item.start - 8), item.start));
    // "The dividend was raised 8% to 52 cents a share": the dividend per share, not "share".
    const paid = item.label.text === 'share' && item.q.dimension === 'currency' ? DIVIDEND_CHANGED.exec(text(s.start, item.start)) : null;
    if (paid) item.label = { ...item.label, text: `${paid[1]!.replace(/dividends$/iu, 'dividend')} per share`, start: -1, end: -1 };
    // "The board declared 34 cents fully franked": what a board declares in cents is a dividend per share.
    if (/^(?:(?:the )?board )?(?:declared|declares|recommended|proposed)$/iu.test(item.label.text) && item.q.dimension === 'currency') {
      item.label = { ...item.label, text: 'dividend per share', start: -1, end: -1 };
    }
    item.label = hedgedLabel(item, item.label, text(s.start, item.start), text(item.end, s.end));
    if (item.movedSubject) item.label = { ...item.label, text: item.movedSubject, start: -1, end: -1 };
    item.label = relativeLabel(item, item.label, previous);
    item.label = coveredDays(item, item.label, text(s.start, item.start), text(item.end, s.end));
    // "C5 West Australia–Qingdao route price": a Baltic dry route's price per tonne is its freight rate.
    const route = item.q.unit.endsWith('/t') ? /^(C(?:[2-9]|1[0-7]))\b.*\bprice$/u.exec(item.label.text) : null;
    if (route) item.label = { ...item.label, text: `${route[1]} freight rate` };
    item.label = cjkQuoteLabel(item.label, previous);
    // "公司现有产能为年产12万吨": the capacity, a yearly rate, not "产".
    const yearly = /^年?产$/u.test(item.label.text) && YEARLY_UNITS.has(item.q.unit) ? CAPACITY_IS_YEARLY.exec(text(s.start, item.start)) : null;
    if (yearly) {
      item.sizes = true;
      item.label = { ...item.label, text: yearly[1]!.replace(/^(?:公司|现有|目前|当前|已有)+/u, '') || '产能', start: -1, end: -1 };
    }
    item.label = includedCharge(item, item.label, previous, text(k > 0 ? items[k - 1]!.end : s.start, item.start), text(item.end, s.end));
    if (item.comparison && previous) item.label = signedComparison(item.label, previous);
    const peaks = PEAKS_AT.exec(text(Math.max(s.start, item.start - 80), item.start));
    if (peaks && /^(?:peak|trough|bottom)$/iu.test(item.label.text)) item.label = { ...item.label, text: peaks[1]!, start: -1, end: -1 };
    item.label = partNamedAfter(item, item.label, previous, text(k > 0 ? items[k - 1]!.end : s.start, item.start), text(item.end, s.end));
    // "trades on 6.4x EV/EBITDA, below the regional peer average of 8.0x": an average or a peer's multiple is of the same kind.
    const multiple = item.q.unit === 'x' ? ofMultiple(item.label, items.slice(0, k)) : null;
    if (multiple) item.label = multiple;
    // "Q: What is the current order backlog? A: Roughly EUR 9.8bn": an answer's figure is what was asked.
    if (memory.asked && FALLBACK_LABEL.test(item.label.text)) item.label = { text: memory.asked, start: -1, end: -1 };
    // "Shanxi raw coal output 112.6 Mt in October, … 67.3 Mt came from Shaanxi": a figure named by nothing but its unit is
    // the measure last said in that unit, without whose or where it was (Shanxi's is not Shaanxi's).
    else if (sameUnit && item.q.unit !== '%' && FALLBACK_LABEL.test(item.label.text)) {
      item.label = { text: sameUnit.text.replace(/^(?:\p{Lu}[\p{L}'’-]*\s)+(?=\p{Ll})/u, ''), start: -1, end: -1 };
    }
    // The next figure inherits the label as it will be shown ("镍铁产量", not "镍铁产量折合镍金属").
    previous = { ...item.label, text: tidiedLabel(item.label.text) };
    previousDimension = item.q.dimension;
    (memory.labelByUnit ??= new Map()).set(item.q.unit, item.label);
    // "capex of $0.9bn next year", "预计明年资本开支约80亿元": a horizon looked ahead to is a plan's, and a company's plan has
    // no period (labelled-sets.md), while a forecast or an assumption has its year. Read, it keeps the sentence's other
    // periods off the figure.
    const ahead = assigned.get(item);
    if (ahead && AHEAD.test(ahead.label) && !FORECAST_LABEL.test(item.label.text)) assigned.set(item, null);
    const metric = toMetric(s, item, item.label, assigned.get(item) ?? null, memory, text);
    // "Management left full-year sales guidance unchanged at": guidance's period is none, and the passage does not go on in it.
    if (metric.period === null && GUIDANCE_LABEL.test(metric.label)) assigned.set(item, null);
    out.push(metric);
  });
  distributeRespectively(s, out);
  if (s.text.includes('同比') || s.text.includes('同期')) parallelYearOnYear(s, out);
  if (s.text.includes('/')) slashedCjkLabels(s, out);
  if (LAST_YEAR_END.test(s.text)) for (const m of out) sinceLastYearEnd(m, out);
  if (s.text.includes('环比')) for (const m of out) monthlyChain(m, memory.weekly);
  for (const m of out) dayOnDay(m, found);
  for (const m of out) yearEarlierComparative(m, out);
  listedYearEarlier(out);
  if (out.length) memory.lastEntity = out[out.length - 1]!.entity;
  memory.lastLabel = previous;
  // A contract's month dates its own price only: the passage does not go on in it.
  const contracts = found.filter((p) => isContractMonth(s, p));
  // Nor the day a level was compared with ("up from US$985/mtu on Monday"): later quotes are not of that day.
  const firstPeriod = [...assigned].find(([item, p]) => p !== null && !item.comparison
    && !contracts.some((c) => c.start === p.start && c.end === p.end))?.[1];
  // "Calgary crude close, 3 March: WCS for April delivery settled at …": the day heading the note, not the contract's month.
  const headingDay = contracts.length ? found.find((p) => !p.event && p.start === p.end) : undefined;
  if (firstPeriod) memory.period = firstPeriod;
  else if (headingDay) memory.period = toPeriod(headingDay);
  // Not a comparison's period ("上年同期为90万吨"): 同期 after it is still the period the passage reports.
  const latest = [...assigned].reverse().find(([item, p]) => p !== null && !item.comparison && !p.label.endsWith(')'))?.[1];
  if (latest) memory.latest = latest;
  const lastDay = [...assigned.values()].reverse().find((p) => p && p.start === p.end);
  if (lastDay) memory.lastDay = lastDay;
  return out;
}

/**
 * "quotas at 142,000 tonnes of REO and smelting and separation quotas at 136,500 tonnes": what the figure before was
 * "of" is no part of the next figure's label; its floor is after the "and" that closes it.
 */
function pastOfComplement(tokens: Token[], floor: number, first: number): number {
  if (tokens[floor]?.lower !== 'of') return floor;
  for (let k = floor + 1; k < Math.min(first, floor + 5); k++) {
    if (tokens[k]!.lower === 'and') return k + 1 < first - 1 ? k + 1 : floor;
    if (tokens[k]!.kind !== 'word') return floor;
  }
  return floor;
}

/** The day of a price quoted earlier in the sentence, when it was dated to one. */
function sameDayQuote(item: Item, emitted: Item[], result: Map<Item, Period | null>): Period | null {
  const quoted = [...emitted].reverse().find((x) => x.start < item.start && !x.comparison && x.q.dimension === 'currency' && x.q.unit.includes('/'));
  const day = quoted ? result.get(quoted) : null;
  return day && day.start === day.end ? day : null;
}

/** ", for the year ending 30 June 2026, at": a period set between commas right before a figure. */
const PERIOD_ASIDE = /^,\s*(?:(?:for|in|during|over|i\.e\.)\s+)?(?:the\s+)?[^,;]{2,60},\s*(?:(?:at|of|to|was|were|is|are|stood at|came to|reached|totall?ed)\b\s*)?(?:(?:about|around|some)\s*)?$/iu;

/**
 * "Management kept FY26 production guidance, for the year ending 30 June 2026, at 560,000–600,000 dmt": the measure is
 * named before a period said between commas, which is read past when nothing after it names one.
 */
function pastPeriodAside(ctx: LabelContext, first: number, floor: number): ReturnType<typeof labelBefore> {
  const { tokens } = ctx;
  let comma = first - 1;
  let commas = 0;
  while (comma > floor && commas < 2 && first - comma < 16) if (tokens[--comma]!.text === ',') commas++;
  if (commas < 2 || tokens[comma]!.text !== ',') return null;
  const between = tokens.slice(comma, first);
  const aside = [tokens[comma]!.start, tokens[first]!.start];
  if (!PERIOD_ASIDE.test(between.map((t, i) => (i > 0 && t.spaced ? ' ' : '') + t.text).join(''))) return null;
  if (!ctx.skip.some(([a, b]) => a >= aside[0]! && b <= aside[1]!)) return null;
  return labelBefore(ctx, comma, floor);
}

/** The verb of a move closing the text before its figure: "closed down", "jumped", "rose by about". */
const MOVE_VERB_LAST = /\b(?:closed|ended|finished|traded|rose|fell|jumped|gained|dropped|slid|climbed|surged|tumbled|plunged|slumped|soared|rallied|sank|lost|added|were|was)(?: (?:up|down|higher|lower))?(?: by)?(?: (?:about|around|nearly|almost|more than|as much as))? ?$/iu;

/** Whether shares are what moved: "The company's shares closed down", "Shares of magnet maker X (300745.SZ) jumped". */
function sharesMoved(clause: string): boolean {
  const verb = MOVE_VERB_LAST.exec(clause);
  if (!verb) return false;
  const subject = clause.slice(0, verb.index).trimEnd();
  return /(?:^|\s)(?:shares|stock)$/iu.test(subject) || /(?:^|\s)shares of [^,;()]{1,60}(?: \([^()]{1,20}\))?$/iu.test(subject);
}

/** The verb of a span ended with a balance: "ended September with", "closed the quarter with". */
const ENDED_BEFORE = /\b(?:ended|closed|finished|exited)\s+(?:the\s+)?$/iu;

/**
 * "The company ended September with cash of A$384.5 million": a span a balance is ended with dates it on the span's
 * last day ("ended 2025 with" too, a year said bare).
 */
function endedWith(s: Sentence, found: FoundPeriod[]): FoundPeriod[] {
  const dated = found.map((p) => (p.start !== p.end && ENDED_BEFORE.test(s.text.slice(Math.max(0, p.index - s.start - 16), p.index - s.start))
    && /^\s+with\b/iu.test(s.text.slice(p.index + p.length - s.start)) ? { ...p, start: p.end } : p));
  const bare = /\b(?:ended|closed|finished|exited)\s+((?:19|20)\d{2})\s+with\b/iu.exec(s.text);
  if (!bare || found.some((p) => p.index === s.start + bare.index + bare[0].indexOf(bare[1]!))) return dated;
  const index = s.start + bare.index + bare[0].indexOf(bare[1]!);
  return [...dated, { index, length: 4, label: bare[1]!, start: `${bare[1]}-12-31`, end: `${bare[1]}-12-31` }].sort((a, b) => a.index - b.index);
}

/** "in the quarter", "during the half": the span of that length the passage has been reporting on. */
const THE_SPAN = /\b(?:in|during|for|over|through|throughout|ended|closed|finished|exited)\s+the\s+(quarter|half|half-year|month)\b(?![- ](?:ended|ending|to|before|earlier|ago|under))/giu;
const SPAN_LENGTH = new Map([['quarter', 3], ['half', 6], ['half-year', 6], ['month', 1]]);

/**
 * "Q: And copper? A: Cathode production was 47,200 t in the quarter": after "the June quarter" was named, "the quarter"
 * is that quarter. Read only where the passage has named a span of that length; otherwise it dates nothing.
 */
function theSpanSaid(s: Sentence, found: FoundPeriod[], memory: Memory): FoundPeriod[] {
  const said: FoundPeriod[] = [];
  for (const m of s.text.matchAll(THE_SPAN)) {
    const index = s.start + m.index + m[0].length - m[1]!.length - 'the '.length;
    if (found.some((p) => index < p.index + p.length && p.index < index + m[1]!.length + 4)) continue;
    const months = SPAN_LENGTH.get(m[1]!.toLowerCase())!;
    const known = [memory.period, memory.latest, memory.reporting].find((p) => p && p.start !== p.end && monthsOf(p) === months);
    if (known) said.push({ ...known, label: `the ${m[1]}`, index, length: m[1]!.length + 4 });
  }
  return said;
}

/** "LONDON - Three-month copper price" → "Three-month copper price": the dateline's place is no part of a label. */
function withoutDateline(label: Label, place: string | undefined): Label {
  if (!place || !label.text.startsWith(place)) return label;
  const rest = /^\s*(?:\([^)]{1,30}\)\s*)?[-–—]\s*(?:[Tt]he\s+)?(?=\S)/u.exec(label.text.slice(place.length));
  return rest ? { ...label, text: label.text.slice(place.length + rest[0].length) } : label;
}

/** "as compared with the end of the previous year", 较上年末: a year end named relative to when it was said. */
const LAST_YEAR_END = /\bend of (?:the )?(?:previous|prior|preceding|last) year\b|上年末|上年年末|上年底/iu;

/**
 * A filing published in March 2026 about 2025 compares "the end of the Reporting Period" with "the end of the previous
 * year": the year before the figure's own, not the year before the document's. A change can never be measured from a
 * day on or after the figure's own, so such a year end is moved back to the one before the figure.
 */
function sinceLastYearEnd(m: ExtractedMetric, sentence: ExtractedMetric[]): void {
  const since = m.change?.since;
  if (!since || !m.period || since < m.period.end || !since.endsWith('-12-31')) return;
  const moved = `${Number(m.period.end.slice(0, 4)) - 1}-12-31`;
  m.change = { ...m.change!, since: moved };
  // "… compared with RMB 118.0 billion at the end of the previous year": the level compared with moves back with it.
  const compared = sentence.find((x) => x !== m && x.unit === m.unit && x.period?.start === since && x.period.end === since);
  if (compared) compared.period = { ...compared.period!, start: moved, end: moved };
}

/** A loss named in a sentence: the cheap test before each figure's own. */
const LOSS_WORD = /\bloss(?:es)?\b|亏损|净亏/iu;
/** Words that say whether an amount was made or lost. */
const RESULT_WORDS = /\b(loss(?:es)?|profits?|income|earnings|gains?)\b|(亏损|净亏|盈利|利润|净利)/giu;
/** Losses that are amounts charged, not a result: "impairment loss", "credit losses", "catastrophe losses". */
const CHARGED_LOSS = /\b(?:impairment|credit|catastrophe|exchange|FX|currency|hedging|fair[- ]value|write-?down|actuarial|translation|mark-to-market|trading|investment|disposal|one-off|non-cash|tax|accumulated|underwriting|stop)[\s-]+loss(?:es)?$/iu;
/**
 * What may stand between a loss and its amount: "a net loss of", "loss attributable to owners of the parent was",
 * "loss narrowed by US$15 million year on year to", "亏损", "净亏损为" — not "loss-making unit's revenue of", "losses as
 * Brent trades at".
 */
const LOSS_TO_AMOUNT = new RegExp(String.raw`^(?:es)?(?:\s+(?:attributable to|for|in)(?:\s+(?:the|its|\p{L}[\p{L}'’-]*)){1,5})?`
  + String.raw`(?:\s+(?:was|were|is|of|at|totall?ed|came to|stood at|amounted to|reached))?`
  + String.raw`(?:\s+(?:narrowed|widened|deepened|shrank|grew)(?:\s+by\s+\S+(?:\s+(?:million|billion|bn|mn|m))?)?(?:\s+(?:year on year|y\/y|yoy))?\s+to)?`
  + String.raw`(?:\s+(?:of\s+)?(?:about|approximately|around|roughly|some|nearly))?\s*$`
  + String.raw`|^损?(?:为|约|了|额)*(?:(?:同比|环比)?(?:收窄|扩大|减少|增加)(?:[\d.,]+(?:亿|万)?元?)?至(?:为|约)?)?\s*$`, 'iu');
/** Between a loss and the loss it is compared with. */
const LOSS_COMPARED = /^\s*(?:from|versus|vs\.?|against|compared (?:with|to))\s*$/iu;
/** A profit named right after the figure: "from a US$52 million profit". */
const PROFIT_AFTER = /^\s*(?:net\s+|operating\s+)?(?:profit|income|earnings)\b/iu;

/**
 * "swung to a net loss of R$412 million", "归母净利润亏损1.8亿元至2.4亿元", "上年同期亏损9.42亿元": an amount a company lost is
 * its result with a minus sign, so a loss year sits below zero beside profit years (as most analysts' sets write it).
 * The figure's own text keeps the words as written. Charges called losses (impairment, credit, FX) stay positive.
 */
function signLoss(item: Item, before: string, after: string): void {
  const q = item.q;
  if (q.dimension !== 'currency' || q.unit.includes('/') || q.value <= 0 || PROFIT_AFTER.test(after)) return;
  // The last such word in the figure's clause decides: "swung to a loss of US$37 million from a US$52 million profit".
  // "net profit after deducting non-recurring gains and losses": a name, not a loss.
  const clause = before.slice(Math.max(...[',', ';', '，', '；', '。'].map((c) => before.lastIndexOf(c))) + 1)
    .replace(/\bgains? and loss(?:es)?\b|\bprofit (?:and|or) loss\b/giu, (m) => ' '.repeat(m.length));
  const cue = [...clause.matchAll(RESULT_WORDS)].at(-1);
  if (!cue || !(cue[1] ? /^loss/iu.test(cue[1]) : /亏/u.test(cue[2]!))) return;
  const between = clause.slice(cue.index + cue[0].length);
  // "five more losses in excess of 30 MUSD": how big each loss was, not a result.
  if (!LOSS_TO_AMOUNT.test(between) || /excess|exceed/iu.test(between)) return;
  if (CHARGED_LOSS.test(clause.slice(0, cue.index + cue[0].length))) return;
  asLoss(item);
}

/** The amount (and a range's high end) with a minus sign, marked so a change said in words follows it (lossChange). */
function asLoss(item: Item): void {
  item.q = { ...item.q, value: -item.q.value, high: item.q.high === null ? null : -item.q.high };
  item.lossSigned = true;
}

/**
 * "Net loss narrowed by US$15 million to US$40 million": a loss said to narrow by an amount is a result that rose by it.
 * A change worked out from two signed levels ("narrowed to X from Y") is right already; a percentage is left as said.
 */
function lossChange(item: Item, items: Item[]): void {
  const c = item.change_;
  if (!c || c.unit === '%' || c.unit === 'pp' || !items.some((x) => x.attachedTo === item && x.change)) return;
  item.change_ = { ...c, value: -c.value, direction: directionOf(-c.value) };
}

/** Ships, and the kinds of ship a size names. */
const SHIP = new RegExp(String.raw`^(?:unit|units|vessels?|ships?|carriers?|tankers?|VLCCs?|VLGCs?|LNGCs?|Suezmax(?:es)?|Aframax(?:es)?`
  + String.raw`|Capesizes?|Panamax(?:es)?|Kamsarmax(?:es)?|Supramax(?:es)?|newbuilds?|newbuildings?|boxships?)$`, 'iu');
/** Words that bring a figure as a measure, before which a size is the measure itself ("rose to 540,000 m3"). */
const MEASURE_LEAD = /^(?:to|was|were|is|are|of|at|reached|totalled|totaled|handled|from)$/iu;

/** Whether a size joins the ship after it: only describing words between them, no number, comma or preposition. */
function shipSized(tokens: Token[], q: Quantity): boolean {
  if (MEASURE_LEAD.test(tokens[q.first - 1]?.text ?? '')) return false;
  for (let k = q.last + 1; k < q.last + 6 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (SHIP.test(t.text)) return true;
    if (t.kind !== 'word' && t.text !== '-') return false;
    if (/^(?:across|on|with|in|for|from|by|to|at|of|and|or|calls?)$/iu.test(t.text)) return false;
  }
  return false;
}

/**
 * "took the 174,000 m3 Aurelia Frost": the size of a ship named by its own name; "Panamax 82,000 dwt earnings": the size
 * a ship class is quoted for.
 */
function namedShip(tokens: Token[], q: Quantity): boolean {
  const next = tokens[q.last + 1]?.text ?? '';
  const classed = SHIP.test(tokens[q.first - 1]?.text ?? '') && /^\p{Ll}{3,}$/u.test(next) && !FUNCTION_WORDS.has(tokens[q.last + 1]!);
  if (classed && !/^(?:each|apiece|were|was|are|is|vessels?|ships?|units?)$/u.test(next)) return true;
  return /^(?:the|a|an)$/iu.test(tokens[q.first - 1]?.text ?? '') && /^\p{Lu}\p{Ll}+$/u.test(next) && !MONTH_NAME.test(next) && !SHIP.test(next);
}
const MONTH_NAME = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/u;

/** "deploy 11 ships of 13,000 TEU", "Panamax (82,000 dwt) earnings": the size of the ships just named. */
function sizeOfShips(tokens: Token[], q: Quantity): boolean {
  const before = tokens[q.first - 1]?.text ?? '';
  if (before === 'of') return SHIP.test(tokens[q.first - 2]?.text ?? '') && tokens[q.first - 3]?.kind === 'num';
  return OPENING.has(before) && SHIP.test(tokens[q.first - 2]?.text ?? '') && CLOSING.has(tokens[q.last + 1]?.text ?? '');
}

/**
 * "HRB400 20mm rebar", "4.75mm hot-rolled coil": a size in millimetres before a product names the product; "62% Fe
 * fines", "99.5% Li2CO3 min": a grade before a product is its specification; "1200 Industrial Parkway" is an address.
 * None measures anything.
 */
function isSpecification(tokens: Token[], q: Quantity): boolean {
  // "24.6 m @ 1.84 g/t Au from 112 m": the depth an intercept starts at places it; its width and grade are the figures.
  if (q.dimension === 'length' && tokens[q.first - 1]?.lower === 'from' && tokens.slice(Math.max(0, q.first - 8), q.first).some((t) => t.text === '@')) {
    return true;
  }
  const next = tokens[q.last + 1];
  const word = next?.kind === 'word' && !FUNCTION_WORDS.has(next);
  // "3nm wafer shipments", "the 5nm process": a chip node in nanometres names a process.
  if ((q.display.unit === 'mm' || q.display.unit === 'nm') && word) return true;
  // "6μm锂电铜箔", "4.5μm铜箔": a foil's thickness before the product names it.
  if (/^(?:μm|µm|um|微米|mm|毫米)$/u.test(q.display.unit ?? '') && isIdeograph(next?.text ?? '')) return true;
  // "12-inch equivalents", "a 300-millimetre wafer": a size joined to a product by a hyphen names it ("a 2.5-mile stretch" is measured).
  // Read only for a length, the one dimension a hyphen joins to a product's name.
  const hyphenated = q.dimension === 'length' && tokens.slice(q.first, q.last + 1).some((t) => t.text === '-' && !t.spaced);
  if (hyphenated && PRODUCT_SIZED.test(next?.text ?? '')) return true;
  // "Newcastle 6,000 kcal coal futures", "5,500大卡": a coal's calorific value names the grade.
  const unitWord = tokens[q.last]?.text ?? '';
  if (/^(?:kcal|大卡|千卡)$/iu.test(unitWord) || (q.counted && /^kcal$/iu.test(tokens[q.counted.first]!.text))) return true;
  // "a 2kg packet of maize flour", "a 50-kg bag": the weight of a pack names the pack.
  if (q.dimension === 'mass' && /^(?:bag|bags|sack|sacks|packet|packets|pack|packs)$/iu.test(next?.text ?? '')) return true;
  // "182mm N型硅片（130μm）", "wafers (150 μm)": a thickness alone in brackets describes the product before it.
  const alone = OPENING.has(tokens[q.first - 1]?.text ?? '') && CLOSING.has(next?.text ?? '');
  if (alone && /^(?:μm|µm|mm|nm)$/u.test(q.display.unit ?? '')) return true;
  // "27-inch monitor panel prices": a size in inches joined to a noun names the product, whatever the product.
  // Not a measure it names: "its 3-inch thickness".
  const inches = /^(?:inch|inches)$/iu.test(q.display.unit ?? '');
  if (hyphenated && word && inches && !MEASURED_SIZE.test(next!.text)) return true;
  // "3-2-1 crack spreads", "a 5-3-2 split": numbers chained by hyphens name a ratio.
  const hyphen = tokens[q.first - 1];
  if (hyphen?.text === '-' && !hyphen.spaced && !tokens[q.first]!.spaced && tokens[q.first - 2]?.kind === 'num') return true;
  // "Table 5 lists the top 10 customers": how many a ranking takes names the ranking, it is no figure.
  const ranked = /^(?:Top|Bottom)$/u.test(tokens[q.first - 1]?.text ?? '')
    || (/^(?:top|bottom)$/iu.test(tokens[q.first - 1]?.text ?? '') && /^(?:the|its|our|their|his|her)$/iu.test(tokens[q.first - 2]?.text ?? ''));
  if (ranked && q.unit === 'count') return true;
  // "COVID-19 disruptions", "Sentinel-2 imagery": a number glued by a hyphen to a capitalised name is part of the name.
  const named = hyphen?.text === '-' && !hyphen.spaced && !tokens[q.first]!.spaced && /^\p{Lu}/u.test(tokens[q.first - 2]?.text ?? '');
  if (named && tokens[q.first - 2]!.kind === 'word' && (q.unit === 'count' || q.display.unit === null)) return true;
  // "Every EUR 1/MWh on gas moves EBITDA by …", "Each $1 per barrel move in jet fuel": the step of a sensitivity.
  if (EVERY.has(tokens[q.first - 1])) return true;
  // "a 10% move in the copper price changes our FY26E EBITDA by ~14%": the step of a sensitivity, not a reported move.
  if (/^an?$/iu.test(tokens[q.first - 1]?.text ?? '') && /^(?:move|change|swing|rise|fall|increase|decrease|drop|decline)$/iu.test(next?.text ?? '')
    && SENSITIVITY_AFTER.test(tokens.slice(q.last + 2, q.last + 22).map((t) => t.text).join(' '))) return true;
  // "stayed above 10 million tonnes for the fifth straight month": the threshold of a streak, no figure reported.
  if (STREAK_BOUND.has(tokens[q.first - 1]) && STREAK_AFTER.test(tokens.slice(q.last + 1, q.last + 6).map((t) => t.text).join(' '))) return true;
  // "an 82,000 dwt Kamsarmax was fixed": one ship's size names the ship, it is no figure reported.
  if (q.unit === 'dwt' && /^(?:a|an)$/iu.test(tokens[q.first - 1]?.text ?? '')) return true;
  // "a 2015-built 300,000-dwt unit", "174,000 m3 two-stroke carriers": a ship's size right before the ship names it
  // (not "412,000 TEU on 14 vessels", "rose to 540,000 m3 across three units").
  if (['dwt', 'm3', 'TEU'].includes(q.unit) && (shipSized(tokens, q) || sizeOfShips(tokens, q) || namedShip(tokens, q))) return true;
  const chars = (from: number, to: number) => tokens.slice(Math.max(0, from), to).map((t) => t.text).join('');
  // "碳酸锂价格每上涨1万元/吨": the step of a sensitivity, said in Chinese.
  if (/每(?:上涨|下跌|变动|提高|增加|下降|上升|波动|变化)$/u.test(chars(q.first - 3, q.first))) return true;
  // "62% Fe fines", "65% Fe $120.10/dmt", "(calculated as 45% Mo)": a percentage naming an element is a grade,
  // unless a mine reports it for a period ("Ore grade averaged 0.52% Cu", "head grade of 1.1% Cu") outside brackets.
  // "reserves stood at 1,840 Mt at 0.41% Cu": the grade of the tonnes a miner reports, a figure of its own.
  const reportedGrade = () => tokens.slice(Math.max(0, q.first - 3), q.first).some((t) => /^(?:head|averaged|averages)$/iu.test(t.text))
    || (/^(?:at|grading)$/u.test(tokens[q.first - 1]?.lower ?? '') && /^(?:t|kt|Mt|mt|Bt|tonnes|tons)$/u.test(tokens[q.first - 2]?.text ?? ''));
  // "(June quarter: 2.21 g/t Au)": the same grade for another period, said as a bracketed comparative.
  const comparative = /^[:：]$/u.test(tokens[q.first - 1]?.text ?? '');
  const bracketed = CLOSING.has(tokens[q.last + 2]?.text ?? '') && !comparative;
  // Not "fell 3.2% W/W": a letter before a slash is a basis.
  const slashed = next?.text.length === 1 && tokens[q.last + 2]?.text === '/';
  if (q.unit === '%' && next && GRADE_ELEMENT.test(next.text) && !slashed && (!reportedGrade() || bracketed)) return true;
  // "rare earth concentrate (REO 50%, dry basis)": the grade named first, in the bracket that describes the product.
  if (q.unit === '%' && GRADE_ELEMENT.test(tokens[q.first - 1]?.text ?? '') && /^[(（]$/u.test(tokens[q.first - 2]?.text ?? '')) return true;
  // "lithium carbonate (99.5% Li2CO3)", "cobalt sulphate (20.5% Co)": a grade in brackets after the product.
  // "ore grading 1.2% Ni", "(at 1.62 g/t Au)": the grade of ore describes it.
  // "(grading not less than 45% Sb)": a contract's minimum grade specifies what is delivered.
  // "1,284 Mt grading 0.41% Cu": the grade of the tonnes a miner reports is a figure of its own, as "at 0.41% Cu" is.
  const from = Math.max(0, q.first - 4);
  const graded = tokens.slice(from, q.first).findIndex((t) => /^(?:grading|graded)$/iu.test(t.text));
  const between = graded >= 0 ? tokens.slice(from + graded + 1, q.first) : [];
  const reported = graded >= 0 && /^(?:t|kt|Mt|mt|Bt|tonnes|tons)$/u.test(tokens[from + graded - 1]?.text ?? '')
    && !between.some((t) => /^(?:not|less|more|least|minimum|min)$/iu.test(t.text));
  if ((q.unit === '%' || q.unit === 'g/t') && graded >= 0 && !reported
    && between.every((t) => /^(?:not|less|more|than|at|least|no|minimum|min|of|about)$/iu.test(t.text))) return true;
  // "for a term of 5 years": how long a contract runs is one of its terms, no figure reported.
  if (q.unit === 'yr' && tokens[q.first - 1]?.lower === 'of' && /^terms?$/iu.test(tokens[q.first - 2]?.text ?? '')) return true;
  if (q.unit === 'g/t' && next && GRADE_ELEMENT_OR_METAL.test(next.text) && bracketed) return true;
  // "8,600–8,900 tU (100% basis)", "on a 70% attributable basis": the share a figure is counted at.
  if (q.unit === '%' && (BASIS.has(next) || (ATTRIBUTED.has(next) && BASIS.has(tokens[q.last + 2])))) return true;
  // "an after-tax NPV (8%) of C$2.41 billion": the rate a value is discounted at.
  if (q.unit === '%' && OPENING.has(tokens[q.first - 1]?.text ?? '') && /^NPV\d*$/u.test(tokens[q.first - 2]?.text ?? '')) return true;
  // "hole KD-114 returning visible gold at 350 m below surface": a depth places a find.
  if (q.unit === 'm' && /^(?:below|beneath)$/iu.test(next?.text ?? '') && /^(?:surface|ground|the)$/iu.test(tokens[q.last + 2]?.text ?? '')) return true;
  // "青岛港62%澳洲PB粉", "产品主含量达到99.5%以上": an ore's grade or a product's purity in Chinese.
  if (q.unit === '%' && CJK_GRADE_AFTER.test(chars(q.last + 1, q.last + 9))) return true;
  if (q.unit === '%' && CJK_PURITY_BEFORE.test(chars(q.first - 4, q.first))) return true;
  // "持股5%以上股东": the holding that makes a shareholder a major one, no figure reported.
  if (q.unit === '%' && /持股$/u.test(chars(q.first - 2, q.first)) && /^以上/u.test(chars(q.last + 1, q.last + 3))) return true;
  // "下午3点召开": a time of day, not an index level.
  if (q.unit === 'points' && CLOCK_BEFORE.test(chars(q.first - 2, q.first))) return true;
  if (q.unit === 'points' && /^[整半]|^(?:召开|开始|举行|开盘|收盘)/u.test(chars(q.last + 1, q.last + 3))) return true;
  // "电池级碳酸锂（99.5%）均价", "lithium carbonate (99.5%) price": a purity in brackets right after the product.
  const open = tokens[q.first - 1];
  // "Dy oxide (≥99.5%)": a minimum purity too.
  const bracket = open && AT_LEAST.has(open.text) ? tokens[q.first - 2] : open;
  if (q.unit === '%' && bracket && OPENING.has(bracket.text) && next && CLOSING.has(next.text) && bracket !== open && q.value >= 90) return true;
  // "每10股派发现金红利3.5元", "每10股转增4股": shares a dividend or a bonus issue is reckoned per are its terms.
  if (q.unit === 'count' && tokens[q.last]?.text.endsWith('股') && PER_TEN_SHARES_TERM.test(chars(q.first - 12, q.first))) return true;
  // "module prices (182mm, dual-glass)": a size in brackets after the product.
  if (q.display.unit === 'mm' && open && OPENING.has(open.text)) return true;
  // "RMB 1.18 per piece for 182mm", "prices for 210mm wafers": the size a price is quoted for.
  if (q.display.unit === 'mm' && open?.lower === 'for' && tokens.slice(Math.max(0, q.first - 14), q.first - 1).some((t) => /^(?:per|prices?|\/)$/iu.test(t.text))) {
    return true;
  }
  // "螺纹钢（HRB400E 20mm）": a size after the grade, closing the bracket, is the product's specification too.
  if (q.display.unit === 'mm' && /^[A-Z]{2,5}\d{2,4}[A-Z]?$/u.test(open?.text ?? '') && OPENING.has(tokens[q.first - 2]?.text ?? '')
    && next && CLOSING.has(next.text)) return true;
  if (q.unit === '%' && open && OPENING.has(open.text) && next && CLOSING.has(next.text)
    && /^[\p{L}]/u.test(tokens[q.first - 2]?.text ?? '') && q.value >= 90 && q.value < 100) return true;
  return q.dimension === 'count' && q.counted !== null && /^\p{Lu}/u.test(tokens[q.counted.first]!.text)
    && STREET.test(tokens.slice(q.counted.first, q.counted.last + 1).map((t) => t.text).join(' '));
}

const PER_TEN_SHARES_TERM = /每$|每\d+股\p{Script=Han}{0,8}$/u;
const STREAK_BOUND = new WordSet(['above', 'below', 'over', 'under', 'exceeding', 'beyond']);
const STREAK_AFTER = /^for the (?:\w+ )?(?:straight|consecutive|successive|running) (?:day|week|month|quarter|year|session)s?\b/iu;

/** Sets for single tokens: a lookup, where a pattern would cost a call into the regex engine per figure. */
const FUNCTION_WORDS = new WordSet(['of', 'in', 'on', 'at', 'for', 'and', 'or', 'to', 'from', 'by', 'the', 'a', 'an']);
const EVERY = new WordSet(['every', 'each']);
const BASIS = new WordSet(['basis']);
const ATTRIBUTED = new WordSet(['attributable', 'equity', 'ownership', 'consolidated', 'managed']);
const OPENING = new Set(['(', '（']);
const CLOSING = new Set([')', '）']);
const AT_LEAST = new Set(['≥', '>', '≧']);

const CLOCK_BEFORE = /(?:上午|下午|晚上|凌晨|早上|中午|傍晚|晚|早)$/u;
/** What a size in inches may measure rather than name: "its 3-inch thickness". */
const MEASURED_SIZE = /^(?:thickness|width|length|height|depth|diameter|rainfall|snowfall|gap|rise|drop)$/iu;
/** Products named by their size: wafers, panels, pipes. */
const PRODUCT_SIZED = /^(?:wafers?|equivalents?|fabs?|panels?|displays?|screens?|modules?|cells?|pipes?|chips?|substrates?|lines?)$/iu;
const CJK_GRADE_AFTER = /^(?:澳洲|巴西|印度|南非)?(?:PB|纽曼|麦克|卡拉加斯|金布巴|超特)?\p{Script=Han}{0,3}(?:粉|块矿|精粉|精矿)/u;
/** A purity or grade said before a percentage; not an average grade a mine reports ("平均品位0.62%"), a figure of its own. */
const CJK_PURITY_BEFORE = /(?:含量|纯度|(?<!均)品位)(?:达到|达|为|约|不低于)?$/u;
const GRADE_ELEMENT_OR_METAL = /^(?:Au|Ag|Pt|Pd|PGM|PGE|Cu|Ni|Zn|Pb|AuEq|gold|silver)$/u;
/** What a grade is a share of: "62% Fe", "6% Li2O", "99.5% Li2CO3". */
const GRADE_ELEMENT = /^(?:Fe|Cu|Ni|Zn|Pb|Mn|Cr|Al|Co|Mo|Sn|Li2O|Li2CO3|LiOH|TREO|REO|Al2O3|SiO2|V2O5|TiO2|P2O5|K2O|S|N|Cr2O3|WO3|Nb2O5|Ta2O5|CaF2|ZnO|MgO|W|Sb|V|Ti|Nb|Ta|Bi|U3O8)$/u;
const STREET = /\b(?:Street|St|Road|Rd|Avenue|Ave|Parkway|Boulevard|Blvd|Drive|Lane|Way|Place|Plaza|Highway)\b/u;

/**
 * "home prices in 70 major cities", "across 24 provinces": the size of a statistic's sample is not a figure of its own,
 * nor the count a per-share amount is per.
 */
function isSampleSize(tokens: Token[], q: Quantity): boolean {
  if (q.dimension === 'count' && tokens[q.first - 1]?.lower === 'per') return true; // "RMB 2.50 per 10 shares"
  const lead = tokens[q.first - 1]?.text ?? '';
  // Only a count can be a sample: the other tests wait for one.
  if (q.dimension !== 'count' || !q.counted) return false;
  // "production for the 70 countries reporting to the association": the sample after "for the".
  const theLead = /^the$/iu.test(lead) && /^(?:for|in|across|among|from|of)$/iu.test(tokens[q.first - 2]?.text ?? '');
  if (!/^(?:in|across|among|from|at|of)$/iu.test(lead) && !theLead) return false;
  if (!SAMPLED.test(tokens[q.counted.last]!.text)) return false;
  if (theLead && REPORTING.test(tokens[q.counted.last + 1]?.text ?? '')) return true;
  // "inventories at 45 Chinese ports", "utilisation of 247 blast furnaces": a survey's sample after its measure.
  const measured = tokens.slice(Math.max(0, q.first - 6), q.first).map((t) => t.text).join(' ');
  return /^(?:in|across|among|from)$/iu.test(lead) || SURVEYED.test(measured);
}

const SAMPLED = /^(?:cities|provinces|countries|regions|states|economies|ports|markets|mills|exchanges|steelmakers|smelters|refineries|furnaces|plants)$/iu;
const REPORTING = /^(?:reporting|surveyed|tracked|monitored|covered|sampled)$/iu;
const SURVEYED = /\b(?:inventor(?:y|ies)|stocks?|utili[sz]ation|survey(?:ed)?|rates?)\b/iu;

function insidePeriod(tokens: Token[], q: Quantity, periods: FoundPeriod[]): boolean {
  const start = tokens[q.numberToken]!.start;
  return periods.some((p) => start >= p.index && start < p.index + p.length) && q.dimension !== 'currency' && q.dimension !== 'percent';
}

function toPeriod(p: FoundPeriod): Period {
  return { label: p.label, start: p.start, end: p.end };
}

/**
 * "Charter rates for a 4,250 TEU vessel held at $42,000 per day": the noun a ship's size describes is not the measure;
 * the phrase before the size is, led by the class of ship where one is named ("Panamax one-year charter rate").
 */
function pastSpecification(ctx: LabelContext, label: Label, text: (a: number, b: number) => string): Label {
  const ship = ([start, end]: [number, number]) => SHIP_SIZE.test(text(start, end));
  // "One-year time charter rates for an 82,000 dwt Kamsarmax": the rate, without the size of the ship it is for.
  const inside = ctx.specified?.find(([start, end]) => label.start >= 0 && start > label.start && end <= label.end && ship([start, end]));
  const cut = inside ? SPECIFIED_FOR.exec(text(label.start, inside[0])) : null;
  if (cut) return { ...label, text: withShipClass(text(inside![1], label.end), text(label.start, label.start + cut.index)) };
  const spec = ctx.specified?.find(([start, end]) => label.start > start && !text(end, Math.max(end, label.start)).trim() && ship([start, end]));
  if (!spec || !SHIP_NAMED.test(label.text)) return label;
  const first = ctx.tokens.findIndex((t) => t.start === spec[0]);
  const before = first > 0 ? labelBefore(ctx, first, 0) : null;
  // Only a measure the ship is for: "On the day an 82,000 dwt Kamsarmax was fixed" names no measure before the ship.
  const measure = before?.label.text && before.label.end >= 0 && SPECIFIED_FOR.test(text(before.label.end, spec[0])) ? before.label : null;
  return measure ? { ...measure, text: withShipClass(label.text, measure.text) } : label;
}

/** The measure led by the class of ship named after a size ("Kamsarmax"), not by a plain "vessel". */
function withShipClass(named: string, measure: string): string {
  const shipClass = SHIP_CLASS.exec(named)?.[0];
  return shipClass ? `${shipClass} ${lowerFirst(measure)}` : measure;
}

/** A ship's size ("4,250 TEU", "82,000 dwt") and the ship it describes. */
const SHIP_SIZE = /(?:TEU|dwt)$/iu;
const SHIP_NAMED = /^(?:(?:TEU|dwt)\s+)?(?:vessel|ship|containership|boxship|carrier|bulker|tanker|Panamax|Kamsarmax|Supramax|Ultramax|Capesize|Handysize|VLCC)s?$/iu;
const SHIP_CLASS = /\b(?:Panamax|Kamsarmax|Supramax|Ultramax|Capesize|Handysize|VLCC)\b/u;
const SPECIFIED_FOR = /(?<!\s)\s+(?:for|of|on)\s+(?:an?\s+|the\s+)?$/iu;

const CJK_SHARE_OF = /[，,]\s*(?:约|即)?(?:占|不超过|不低于)[^，。；,;]{0,24}?的$/u;
const CJK_PART_TAKES = /其中([\p{Script=Han}A-Za-z]{2,10}?)(?:约|大约|约为)?占(?:比)?(?:约|达|为)?$/u;
const CJK_REACHED_SHARE = /(?:^|[，,；;。])([\p{Script=Han}A-Za-z]{2,12}?)(?:达到|已达|达)[\p{Script=Han}A-Za-z]{2,12}的$/u;

/** "of which 42% went overseas, and expect 75-80 GW for the full year": a figure not in % after a share is of its whole. */
function wholeOfShare(previous: Label, item: Item): Label {
  const whole = item.q.unit === '%' ? null : /^(?:.+ )?share of (.+)$/u.exec(previous.text)?.[1];
  return whole ? { ...previous, text: whole } : previous;
}

/** A period looked ahead to: next year, next quarter, 明年. */
const AHEAD = /^(?:the )?next\b|^明年|^年[底末]$/iu;
const FORECAST_LABEL = /\b(?:assumptions?|forecasts?|estimates?)$|(?:假设|预测)$/iu;

/** "gross margin was -3.2%", "利润率为-1.5%": a signed percentage said to be the level is not a change. */
const STATED_LEVEL = /(?:\b(?:was|were|is|are|at|of|reached|stood at|came in at)\s*|[为是达][到了]?\s*)$/iu;

/**
 * Whether a sentence opens with a name ("Tesco expects …") rather than a measure or a time ("Exports in the first ten
 * months …", "In October, …"): national figures carry on only into the latter.
 */
function namesSomeone(said: string): boolean {
  // "A: We have 6 vessels": who speaks is no name.
  const sentence = said.replace(/^\W*(?:Q|A|Question|Answer)\s*[:：]\s*/u, '');
  const [, first, second] = /^\W*(\p{Lu}[\p{L}'’-]*)(?:\s+(\p{Lu}\p{Ll}[\p{L}'’-]*))?/u.exec(sentence) ?? [];
  // "Gold Fields produced …", "Oil India produced …": a commodity word opening a name of two capitalised words.
  // One capitalised word alone opens most sentences ("Spodumene shipments", "Customs data showed", "Net reserves"): it
  // names someone only where it is a company by its form ("Fortescue Metals Group", "Codelco SA").
  if (first === undefined) return false;
  // "We have 6 vessels on charter": a company speaking of its own.
  if (/^(?:We|Our|I)$/u.test(first)) return true;
  if (second !== undefined) return !SENTENCE_OPENERS.test(first) || COMMODITY_OPENERS.test(first);
  // "Tesco expects FY25 revenue of …": one word acting as a company does.
  if (!SENTENCE_OPENERS.test(first) && COMPANY_ACTS.test(sentence)) return true;
  return passageCompany(sentence) !== null;
}
const COMPANY_ACTS = /^[^\p{L}'’-]*\p{Lu}[\p{L}'’-]*\s+(?:now\s+|also\s+)?(?:expects?|said|says|reported|reports|posted|posts|produced|produces|shipped|ships|sold|sells|raised|raises|cut|cuts|plans?|announced|announces|delivered|delivers|earned|earns|guided|guides|targets?|agreed|signed|won|bought|acquired|owns|operates|booked|recorded|generated|mined|milled|paid|declared)\b/u;
const COMMODITY_OPENERS = /^(?:Crude|Steel|Coal|Copper|Aluminium|Aluminum|Iron|LNG|LPG|Gas|Oil|Refinery|Refineries|Power|Electricity|Cement|Sugar|Cane|Wheat|Corn|Soybeans?|Rice|Palm|Cotton|Gold|Silver|Nickel|Zinc|Lead|Tin|Lithium|Cobalt)$/u;
const SENTENCE_OPENERS = /^(?:Exports?|Imports?|Output|Production|Sales|Shipments|Deliveries|Consumption|Demand|Supply|Inventories|Stocks|Prices?|In|For|During|Over|From|The|This|That|It|Its|Meanwhile|Separately|Cumulative|Year|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Of|Among|Total|Average|Generation|Capacity|Installations|Arrivals|Throughput|Mills|Refiners|Producers|Miners|Smelters|Growers|Farmers|Exporters|Importers|Steelmakers|Automakers|Carmakers|Ethanol|Crude|Steel|Coal|Copper|Aluminium|Aluminum|Iron|LNG|LPG|Gas|Oil|Refinery|Refineries|Power|Electricity|Cement|Sugar|Cane|Wheat|Corn|Soybeans?|Rice|Palm|Cotton|Gold|Silver|Nickel|Zinc|Lead|Tin|Lithium|Cobalt)$/u;

/** Units of what is added as a stock grows (capacity, tonnage, units), as opposed to a price or an index adding points. */
const ADDED_LEVEL_UNITS = new Set(['kW', 'kWh', 't', 't/yr', 'count', 'TEU', 'kWh/yr']);

/** Marks figures that state a change, and levels given only for comparison. */
function classify(items: Item[], text: (a: number, b: number) => string, s: Sentence): void {
  items.forEach((item, k) => {
    const before = text(k > 0 ? items[k - 1]!.end : s.start, item.start);
    const after = text(item.end, k + 1 < items.length ? items[k + 1]!.start : s.end);
    // "China added 204.6 GW of solar capacity": capacity added is a level of its own (its change may follow).
    // "…, with 61.4 GW added in the first ten months": capacity said as added after its figure is an addition too.
    item.addedAfter = ADDED_LEVEL_UNITS.has(item.q.unit) && k > 0
      && /^\s+(?:(?:was|were|has been|have been|had been)\s+)?(?:added|installed|connected)\b(?!\s+(?:before|prior|until|up to)\b)/iu.test(after);
    const additions = ADDED_LEVEL_UNITS.has(item.q.unit)
      // "added 9.4 lakh subscribers": the things counted said with the figure, as "of" says them after it.
      && ((/\b(?:added|adds|adding)\s*$/iu.test(before) && (/^\s*of\b/iu.test(after) || item.q.counted !== null)) || item.addedAfter);
    item.countAdded = additions && item.q.unit === 'count' && item.q.counted !== null && !item.addedAfter;
    const percentage = item.q.unit === '%' || item.q.unit === 'pp';
    // "3.84mn TEU in Dec, +7.2% yoy", "+$0.85", "+147 points wow": a plus sign before a figure is a rise, whatever its unit.
    // Glued to the figure, after a space or a bracket: "cash + $1.5 billion of facilities" adds, it does not rise.
    // "Volume/mix contributed +1.8% and price +2.3%": figures signed alike are a list, not a level and its rise.
    const signedList = k > 0 && /[+＋]\s*$/u.test(text(Math.max(s.start, items[k - 1]!.start - 2), items[k - 1]!.start))
      && /^\s*(?:,\s*|and\s+|,\s*and\s+)(?:[\p{L}/-]+\s+){1,3}[+＋]$/u.test(before);
    // "Brent: settled +$0.84 at $63.42/bbl": first in its sentence, a signed figure is a rise only where it leads to a level.
    // "Orders +11% yoy to SEK 62.4bn": a signed percentage with its basis leads to the level it moved.
    const leads = k > 0 || (items[1] !== undefined && ((/^\s*(?:at|to)\s*$/iu.test(after) && items[1].q.unit.startsWith(item.q.unit))
      || (item.q.unit === '%' && /^\s*(?:yoy|y\/y|qoq|q\/q|mom|m\/m)\s+to\s*$/iu.test(after))));
    const plus = (before.endsWith('+') || before.endsWith('＋')) && /(?:^|[\s(（,;，；])[+＋]$/u.test(before) && leads && !signedList
      ? 'up' as const : null;
    // "USD 4,418/t, -37 d/d": a bare number after a minus, in the level's unit (read so by quantities.ts), is its fall.
    const minus = k > 0 && /(?:^|[\s(（,;，；])[-−–]$/u.test(before) && item.q.display.unit === null && !percentage
      && items[k - 1]!.q.unit === item.q.unit ? 'down' as const : null;
    // "同比分别-0.3/-0.2/+0.4/-0.1pct": each signed item of a list of percentage moves.
    const listSign = percentage ? /(?:[/、]|同比|分别)\s*([+＋\-−])$/u.exec(before)?.[1] : undefined;
    const listed = listSign ? (/[+＋]/u.test(listSign) ? 'up' as const : 'down' as const) : null;
    // "LME stocks 142,100t (-2,350t)": a signed amount in brackets right after a level in its unit is that level's move.
    // Not "(-€0.2bn from restructuring charges)": an impact the bracket explains is no move of the level.
    const bracketed = !percentage && k > 0 && /[(（]\s*$/u.test(before) && items[k - 1]!.q.unit === item.q.unit
      && BRACKETED_MOVE_AFTER.test(after)
      ? signedDirection(text(item.start, item.end)) : null;
    // "1.72% (-8bp q/q)": a minus before points is left out of their span, as a plus is.
    const minusPoints = item.q.unit === 'pp' && k > 0 && /[(（]\s*[-−]$/u.test(before) ? 'down' as const : null;
    const signed = plus ?? minus ?? listed ?? bracketed ?? minusPoints
      ?? (percentage && !STATED_LEVEL.test(before) ? signedDirection(text(item.start, item.end)) : null);
    // "revenue of $618.2 million rose 22% y/y": a verb right before the next figure is that figure's cue.
    // "3.62%, 9bp higher, and revenue rose 11%", "5% more than a year earlier, but the grade slipped 0.4 points": a comparative
    // right after a figure is its own cue all the same.
    // "helped by a 15% jump in Vietnam, while China volumes slipped 2%": a change said as a noun is the figure's own.
    const nounChange = item.q.unit === '%' && /^\s*(?:jump|rise|increase|decrease|fall|drop|decline|gain|surge|slide)\s+in\b/iu.test(after);
    // "… in Vietnam": a place's own change of the measure before, not a second change of its level.
    const place = nounChange ? /^\s*\p{L}+\s+in\s+((?:\p{Lu}[\p{L}-]*)(?:\s\p{Lu}[\p{L}-]*){0,2})\b(?!\s+\p{Ll})/u.exec(after)?.[1] : undefined;
    // A place is a capitalised name, not a month, a day or an acronym ("a 9% increase in ASPs").
    item.changeIn = place && !NOT_A_PLACE.test(place) ? place : undefined;
    const cueOfNext = k + 1 < items.length && !nounChange && directionBefore(after) !== null
      && !/^\s*(?:higher|lower|(?:more|greater|larger|less|fewer|smaller) than)\b/iu.test(after);
    // "可年增5亿元收入", "月增3万吨产量": added each year or month, a flow of its own; 年增 and 月增 change only percentages.
    // ("國泰金淨利1,020億元，年增320億元" is the year-on-year change in money.)
    const addedEach = !percentage && /(?:可|将|能|预计|预期|有望|后)[年月季][增减]\s*$/u.test(before);
    const stated = (addedEach ? null : directionBefore(before))
      ?? (cueOfNext ? null : directionAfter(after.replace(/^\s*(?:yoy|y\/y|year[- ]on[- ]year|qoq|q\/q|mom|m\/m|wow)(?=\s)/iu, ''), item.q.unit))
      ?? spreadMoved(before, items[k - 1], s.text);
    // "the lane lost US$85 to US$2,160/FEU", "the index lost 2.1%": a move down ("lost $85 million" stays a loss).
    const next = items[k + 1];
    const lost = !stated && /\b(?:lost|loses)\s*$/iu.test(before)
      && (percentage || (next !== undefined && /^\s*to\s*$/iu.test(after) && next.q.unit.split('/')[0] === item.q.unit)) ? 'down' as const : null;
    // "$78.25 per pound, a gain of $2.75 over the month": a gain (loss) over a stretch of time is the move of the level before.
    // Only of a price or an index: "revenue of $3.4 billion, a loss of $210 million for the quarter" is a loss.
    const movable = k > 0 && (items[k - 1]!.q.unit.includes('/') || items[k - 1]!.q.dimension === 'index');
    const spanMove = !stated && movable && SPAN_MOVE.exec(before);
    const moved = spanMove && SPAN_AFTER.test(after) ? (/gain/iu.test(spanMove[1]!) ? 'up' as const : 'down' as const) : null;
    // "较上年同期增长-12.43%", "growth of -3%": growth written with a minus is a fall.
    const negativeGrowth = stated === 'up' && percentage && /^[-−]/u.test(text(item.start, item.end)) ? 'down' as const : null;
    item.change = additions ? null : negativeGrowth ?? stated ?? lost ?? moved ?? signed;
    // "Mortgages grew 1.2x system": a multiple of the system's (the market's) growth, not growth to 1.2 times.
    if (item.q.unit === 'x' && /^\s*(?:the\s+)?(?:system|market|industry|sector|peers)\b/iu.test(after)) item.change = null;
    // "by 45.2% and 44%": a figure listed after a change is a change too.
    const prev = items[k - 1];
    // "同比分别增长12.1%、-5.4%、3.6%": an unsigned item after a signed one takes the list's verb, not the sign.
    // Not "declined 4% in the quarter and 30% of it came from China": a share of something.
    if (!item.change && prev?.change && (LISTED_CHANGE.test(before) || before === '/') && prev.q.unit === item.q.unit
      && !/^\s*(?:of|were|was|are|is|came|come|went|go|goes|represented|accounted)\b/iu.test(after)) {
      const minus = (x: Item) => /^[-−]|[-−]$/u.test(text(x.start, x.end)) || /[-−]\s*$/u.test(text(Math.max(s.start, x.start - 2), x.start));
      const unsigned = items.slice(0, k).reverse().find((x) => x.change && !minus(x));
      // "同比分别增长-3.2%、8.5%": with no unsigned item before, the verb before the first says.
      const verb = () => directionBefore(text(s.start, items.slice(0, k).find((x) => x.change)!.start).replace(/[-−]\s*$/u, ''));
      item.change = minus(prev) ? unsigned?.change ?? verb() ?? prev.change : prev.change;
    }
    // "increased $412 million, or 6%, to": the same change restated as a percentage.
    // "GDP contracted 0.4% q/q in the third quarter, or 1.8% annualised": the same move at an annual rate.
    // ", or an annualised 2.8%", ", or 2.1% on an annualised basis" too.
    const annualised = /,\s*or\s+an?\s+annuali[sz]ed\s+$/iu.test(before) || (/,\s*or\s+(?:an?\s+)?$/iu.test(before)
      && /^\s*(?:annuali[sz]ed|at an annual(?:i[sz]ed)? rate|on an annuali[sz]ed basis)\b/iu.test(after));
    if (!item.change && prev?.change && item.q.unit === '%' && (/^(?:\s*,)?\s*or\s+(?:(?:about|approximately|roughly)\s+)?$/iu.test(before) || annualised)) {
      item.change = prev.change;
    }
    // "up 10% (11% excluding foreign exchange)", "rose 6% to €4.2 billion (8% at constant currency)": the same change,
    // at constant currency, in brackets after it or after the level it led to.
    const changeBefore = prev?.change ? prev : items[k - 2]?.change ? items[k - 2] : undefined;
    if (!item.change && changeBefore && item.q.unit === '%' && /^\s*[(（]\s*$/u.test(before) && CONSTANT_BASIS.test(after)) {
      item.change = changeBefore.change;
    }
    if (item.change && /\bto\s*$/iu.test(before)) item.change = null; // "rose to 444,500" is a level
    // "versus $745 million and 35% in the first half of last year": a figure listed after a comparison level is one too.
    const listedComparison = prev?.comparison && prev.q.unit !== item.q.unit && /^\s*and\s*$/iu.test(before);
    // "came to 4,310 tU, 8% below the 4,685 tU of 1H24": the level a change is measured against.
    const changedAgainst = prev?.change && CHANGED_AGAINST.test(before)
      && item.q.unit !== '%';
    item.comparison = !item.change && (COMPARISON.test(before) || CJK_COMPARED.test(before) || CJK_DATED_COMPARED.test(before)
      || Boolean(listedComparison) || Boolean(changedAgainst));
    if (item.comparison && prev) sharePerUnit(prev, item);
    else if (prev) quotedAfterPrice(items, k, before, after);
    if (!item.comparison) item.fromExtreme = FROM_EXTREME.exec(text(Math.max(s.start, item.start - 90), item.start))?.[0];
  });
}

/**
 * "traded at a spread of 212bps, tightening 15bps on the week": right after a spread in points, its own move (a
 * central bank "tightening 25bps" raised its rate, so only where the sentence speaks of a spread).
 */
function spreadMoved(before: string, prev: Item | undefined, sentence: string): 'up' | 'down' | null {
  const move = prev?.q.unit === 'pp' ? /^\s*,\s*(tightening|widening)\s+(?:by\s+)?$/iu.exec(before) : null;
  if (!move || !/\b(?:spreads?|CDS|OAS|basis)\b/iu.test(sentence)) return null;
  return move[1]!.toLowerCase() === 'widening' ? 'up' : 'down';
}

/** What a change in brackets after another is measured without: currency moves, acquisitions. */
const CONSTANT_BASIS = /^\s*(?:excluding (?:foreign exchange|currency|currencies|FX)|ex-?FX|at constant (?:currency|currencies|exchange rates?)|in constant currenc(?:y|ies)|in local currenc(?:y|ies)|on a constant[- ]currency basis|cc|organic(?:ally)?|like-for-like|LFL)\b/iu;
/** What may follow a signed amount in brackets that moves the level before: the bracket's end, a basis, a day or week before. */
const BRACKETED_MOVE_AFTER = new RegExp(String.raw`^\s*(?:[)）]|(?:yoy|y\/y|w\/w|wow|d\/d|dod|m\/m|mom|q\/q|qoq|on the (?:day|week|month|quarter|year))\b`
  + String.raw`|(?:from|since|vs\.?|versus|against)\s+(?:the\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|a week|a month|a year|`
  + String.raw`last|previous|prior|end-|the end)\b)`, 'iu');
/** "(-€0.2bn from restructuring charges)": what a signed amount in brackets after a level is the impact of. */
const IMPACT_AFTER = /^\s+(?:from|due to|related to|relating to|for)\s+((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)\s*[)）]/u;

/** What a sensitivity's step does to a measure: "changes our EBITDA by", "would lift earnings by". */
const SENSITIVITY_AFTER = /^(?:in|to|on|of)\s+(?:the\s+)?(?:(?!(?:as|while|and|but|with|which|when|after|before|since|because|driven|led)\s)[\p{L}\d/-]+\s+){1,5}(?:,\s[^,;.]{1,40}\s,\s)?(?:changes?|moves?|swings?|impacts?|affects?|lifts?|cuts?|raises?|lowers?|adds?|reduces?|would\s+(?:lift|cut|raise|lower|add|reduce|change|move))\s+(?:[\p{L}\d/-]+\s+){0,5}by\b/iu;
/** "4,310 tU, 8% below the 4,685 tU of 1H24": what follows a change, before the level it is measured against. */
const CHANGED_AGAINST = /^\s*(?:below|above|lower than|higher than|short of|ahead of)\s+(?:the|its|their)\s+$/iu;
const NOT_A_PLACE = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Q[1-4]|H[12])\b|^\p{Lu}{2,}s?\b/u;
const SPAN_MOVE = /\b(?:a|an)\s+(gain|loss)\s+of\s+(?:about\s+|around\s+|some\s+)?$/iu;
const SPAN_AFTER = /^\s*(?:over|on|in|during|for|across) the (?:day|session|week|fortnight|month|quarter|year)\b/iu;

/** "…, while Changjiang spot traded at": money quoted like the price before it, written without its unit. */
const QUOTED_BEFORE = /\b(?:traded|trades|quoted|closed|settled|assessed|offered|changed hands|fetched|end|ended|ending|finish|finished|close)\s+(?:at\s+)?(?:about\s+|around\s+)?$/iu;
/** "a $1.85 premium to Dated Brent", "a discount of 40 yuan to futures": the gap to a price is in the price's unit. */
const GAP_AFTER = /^\s*(?:premium|discount|spread)\b/iu;
const GAP_BEFORE = /\b(?:premium|discount|spread)\s+of\s+(?:about\s+|around\s+)?$/iu;
/** A subject read for a figure, with "price" added where the figure is money per unit and the subject names no price. */
function subjectPriced(subject: string, item: Item): string {
  const priced = item.q.dimension === 'currency' && item.q.unit.includes('/') && !PRICED.test(subject);
  return priced ? `${subject} price` : subject;
}

const HEARD_SUBJECT = /(?:^|[,;:]\s|\b(?:the)\s)((?:[\p{L}\d-]+\s){0,3}[\p{L}\d-]+)\s(?:was|were|is|are)\s(?:heard|indicated|done)\b[^,;:]*$/u;
const AVERAGED_SUBJECT = /(?:^|[,;:]\s|\b(?:the|its|our|their|said|says|that)\s)((?:(?!(?:said|says|that)\s)[\p{L}\d-]+\s){0,4}[\p{L}\d-]+)\s(?:traded|sold|changed hands|was|were|is|are|priced|settled|should|would|will|to)\s(?:at\s)?(?:an?\s)?average\s(?:of\s)?(?:about\s|around\s)?$/u;
const SAMPLE_TAIL = /\sof\s\d[\d,]*\s(?:[\p{L}-]+\s){0,3}?(?:surveyed|tracked|monitored|sampled|polled)(?:\sby\s[^,;]+)?$/u;
// Lower case only: "Under Armour revenue" is a name.
const COMPARED_LEAD = /^(?:(?:a\s+)?(?:touch|little|shade|fraction|bit|well|slightly|just|far)\s+)?(?:below|above|under|ahead of|behind)\s+(?:the\s+)?(?=\S)/u;
/** "a touch below the LME average of US$4.38": a market's average set against a price is priced alike. */
const AVERAGE_BEFORE = /\b(?:below|above|under|over|against|versus|vs\.?|compared with)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}\d-]*\s+)*(?:average|benchmark|index|spot)(?:\s+price)?\s+of\s+(?:about\s+|around\s+)?$/iu;

/**
 * "21,830 yuan a tonne, while Changjiang spot aluminium traded at 21,790 yuan, a discount of 40 yuan to futures": money
 * without a unit quoted after a price per unit in the same currency, as a price or the gap to it, is per the same unit.
 */
function quotedAfterPrice(items: Item[], k: number, before: string, after: string): void {
  const item = items[k]!;
  if (item.q.dimension !== 'currency' || item.q.unit.includes('/') || item.q.scaleFactor !== 1) return;
  const price = [...items.slice(0, k)].reverse().find((x) => x.q.dimension === 'currency' && x.q.unit.startsWith(`${item.q.unit}/`));
  if (!price) return;
  const gap = GAP_BEFORE.test(before) || GAP_AFTER.test(after);
  if (!gap && !QUOTED_BEFORE.test(before) && !AVERAGE_BEFORE.test(before)) return;
  // Only what is priced alike: a level far from the price is an amount of its own ("fell to $64.30/bbl … a $1.2 billion").
  const written = (price.q.value * item.q.unitFactor) / price.q.unitFactor; // "$4,381.20/oz" as written, not per tonne
  if (!gap && (item.q.value > written * 10 || item.q.value < written / 10)) return;
  sharePerUnit(price, item);
}

/**
 * "rose to A$21.40 per wet metric tonne from A$18.95": money compared with a price per unit, written
 * without the unit, is in that unit (a price per watt is converted as the level was).
 */
function sharePerUnit(level: Item, compared: Item): void {
  const [currency, per] = level.q.unit.split('/');
  if (!per || compared.q.unit !== currency || compared.q.dimension !== 'currency') return;
  const factor = level.q.unitFactor / compared.q.unitFactor;
  compared.q = { ...compared.q, unit: level.q.unit, value: tidy(compared.q.value * factor), unitFactor: level.q.unitFactor,
    high: compared.q.high === null ? null : compared.q.high * factor };
}

const SAME_STRETCH_OF = /^[^.;\d]{0,30}?\bthe (?:same|corresponding) (?:period|quarter|month|week|fortnight|half|season) (?:of|in) (\d{4})\b/iu;

/** "…, or 8.4%, compared to the third quarter of fiscal 2024": the same quarter of the year before, named. */
const NAMED_STRETCH_OF = /^[^.;\d]{0,30}?\b(?:compared (?:with|to)|versus|against|over|from|on)\s+the (first|second|third|fourth) (quarter|half) of (?:fiscal |financial )?(?:year )?(\d{4})\b/iu;
const ORDINALS = ['first', 'second', 'third', 'fourth'];

/** "12.5% below the same fortnight of 2024" said of a 2025 period: the year before's same stretch is year on year. */
function sameStretchOfLastYear(after: string, reference: BasisReference): { basis: Basis; since: null } | null {
  const same = after.includes(' same ') || after.includes(' corresponding ') ? SAME_STRETCH_OF.exec(after) : null;
  const named = !same && (after.includes(' quarter of ') || after.includes(' half of ')) ? NAMED_STRETCH_OF.exec(after) : null;
  if (!same && !named) return null;
  const year = Number(reference.periods[0]?.end.slice(0, 4)) || reference.passageYear || Number(reference.date?.slice(0, 4));
  if (!year || Number(same ? same[1] : named![3]) !== year - 1) return null;
  // "compared to the third quarter of fiscal 2024" of the third quarter of 2025; not "compared with the fourth quarter of
  // 2024" of the first quarter of 2025, which is the quarter before.
  if (named) {
    const months = named[2]!.toLowerCase() === 'half' ? 6 : 3;
    const endMonth = (ORDINALS.indexOf(named[1]!.toLowerCase()) + 1) * months;
    const own = reference.periods[0];
    if (!own || Number(own.end.slice(5, 7)) !== endMonth) return null;
  }
  return { basis: 'yoy', since: null };
}

/** "was flat year over year at $3.1 billion": a basis said between a verb and its figure names nothing measured. */
const BASIS_PHRASE = /\b(?:(?:year|quarter|month)[- ](?:on|over)[- ](?:year|quarter|month)|from a year (?:earlier|ago|before)|yoy|qoq|mom|[yqm]\/[yqm]|sequentially)(?=\s+at\s)/giu;

/** "slowed for a seventh month to", "rose for the third straight quarter": a streak names when, not what. */
const ORDINAL = String.raw`(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(?:st|nd|rd|th))`;
const IN_A_ROW = String.raw`(?:straight|consecutive|successive|running)`;
const STREAK = new RegExp(String.raw`\bfor (?:(?:a|an) (?:(?:${ORDINAL}|record) )?|the (?:${ORDINAL} )?(?=${IN_A_ROW} ))`
  + String.raw`(?:(?:${IN_A_ROW}|fresh|further) )?(?:month|quarter|year|week|day|session|time)s?(?: (?:running|in a row))?\b`, 'giu');
/** A word only a streak has, tested before the streak itself: most sentences with "for " have none. */
const STREAK_WORD = new RegExp(String.raw`\b(?:${IN_A_ROW}|record|${ORDINAL}) (?:month|quarter|year|week|day|session|time)`, 'u');

/** Where the sentence says a basis or a streak in words, as offsets the labels skip. */
function basisPhrases(s: Sentence): Array<[number, number]> {
  const found = s.text.includes(' at ') ? [...s.text.matchAll(BASIS_PHRASE)] : [];
  if (s.text.includes('for ') && STREAK_WORD.test(s.text)) found.push(...s.text.matchAll(STREAK));
  // "Net cash flow … from the beginning of the year to the end of the Reporting Period was": when, not what.
  const toDate = s.text.includes(' the year to the end') ? YEAR_TO_REPORT_END.exec(s.text) : null;
  if (toDate) found.push(toDate);
  return found.map((m) => [s.start + m.index, s.start + m.index + m[0].length]);
}

/** The basis a change states after its figure, or a date it is measured from. */
function basisAfter(item: Item, next: Item | undefined, periods: FoundPeriod[], text: (a: number, b: number) => string, s: Sentence): { basis: Basis; since: string | null } | null {
  const limit = next ? next.start : s.end;
  const stated = findBasis(text(item.end, limit));
  if (stated) return { basis: stated.basis, since: null };
  const dated = periods.find((p) => p.index >= item.end && p.index < limit && SINCE.test(text(item.end, p.index)));
  if (!dated) return null;
  if (dated.start !== dated.end) return { basis: 'unspecified', since: null }; // "more than in Q1 2024" compares periods
  return { basis: 'since', since: dated.end };
}

/**
 * Attaches each change to the level it describes: the level before it ("5,700 mt, up
 * 33.99%"), or the level it leads to ("rose 12.3% to 3.85 billion"). A change with a
 * subject of its own ("the daily average price … increased by 12.57%") stays a figure.
 */
function attachChanges(items: Item[], periods: FoundPeriod[], text: (a: number, b: number) => string, s: Sentence, ctx: LabelContext,
  reference: BasisReference): void {
  shareListedBasis(items, text);
  // "its lowest since 14 March 2024": a date a record runs from is no date a comparison was made on.
  let dated: FoundPeriod[] | undefined;
  const dates = () => (dated ??= periods.filter((p) => !/\bsince\s+(?:the\s+)?$/iu.test(text(Math.max(s.start, p.index - 12), p.index))));
  items.forEach((item, k) => {
    const next = items[k + 1];
    // A change paired with its level by 分别/respectively is placed already: "同比分别增长33.1%和32.7%" is not two of the first's.
    if (item.change && !(item.attachedTo && item.pairedRespectively)) {
      // "rose 44% year on year in October to 1.72 million units": a few words, no punctuation, then "to".
      const leadsTo = levelLedTo(items, k, text);
      // "EUR 2,314m (9M 2024: EUR 2,087m), an increase of 10.9%": not the comparative in the closed bracket.
      const closedComparative = (x: Item) => /[)）]/u.test(text(x.end, item.start))
        && opensComparative(text(Math.max(s.start, x.start - 40), x.start));
      const back = [...items.slice(0, k)].reverse().find((x) => !x.change && !x.comparison && !x.attachedTo && !closedComparative(x));
      // "down 18% month on month and 11.5% year on year": a change listed after another is the same level's.
      const prev = items[k - 1];
      const listedAfter = prev?.change && prev.attachedTo && LISTED_CHANGE.test(text(prev.end, item.start)) ? prev.attachedTo : null;
      const target = item.changeIn ? null : leadsTo ?? listedAfter
        ?? (back && !hasSubject(ctx, items, k) && !CJK_OWN_SUBJECT.test(text(k > 0 ? items[k - 1]!.end : s.start, item.start))
          && !ownClauseBetween(text(Math.max(back.end, item.start - 160), item.start))
          && !items.slice(items.indexOf(back) + 1, k).some((x) => x.change && !x.attachedTo) ? back : null);
      // "rose to US$27,450/day from US$25,910/day on Thursday, and the index gained 38 points": the level compared with
      // was the first level's; the index's change is not measured from its day.
      const comparison = items.slice(0, k).reverse().find((x) => x.comparison && !x.movedFrom);
      const since = comparison ? dateOf(comparison, dates(), items, text) : null;
      // A second change of the same level ("up 3,000 yuan/mt from the previous day, an increase of 0.67%") shares its basis.
      const sibling = target?.change_ ? { basis: target.change_.basis, since: target.change_.since ?? null } : null;
      const last = item.listBasisFrom;
      const textBefore = text(k > 0 ? items[k - 1]!.end : s.start, item.start);
      const stated = basisBefore(textBefore);
      const resolved = datedBasis(textBefore, reference) ?? (stated ? { basis: stated, since: null } : null)
        ?? (comparison ? cjkComparedBasis(text(Math.max(s.start, comparison.start - 12), comparison.start), reference) : null)
        ?? sameStretchOfLastYear(text(item.end, next ? next.start : s.end), reference)
        // "increased $3.1 billion, or 7%, to $47.2 billion compared to the same period in 2024": said after the level.
        ?? (leadsTo ? sameStretchOfLastYear(text(leadsTo.end, items[items.indexOf(leadsTo) + 1]?.start ?? s.end), reference) : null)
        ?? basisAfter(item, next, periods, text, s) ?? (last ? basisAfter(last, items[items.indexOf(last) + 1], periods, text, s) : null)
        ?? (since ? { basis: 'since' as const, since } : sibling
          ?? sinceAhead(item, dates(), items, text) ?? (leadsTo ? sinceAhead(leadsTo, dates(), items, text) : null) ?? { basis: 'unspecified' as const, since: null });
      // 增长1.0倍: a multiple as a change is a percentage (增长1倍 is +100%); "jumped 2.3x" is to 2.3 times, +130%.
      // "Net leverage fell 0.3x to 1.8x", "P/E has expanded by 2.5x": a move of a multiple by turns stays in turns.
      const turns = item.q.unit === 'x' && item.q.display.unit !== '倍' && (target?.q.unit === 'x' || (!target && /\bby\s*$/iu.test(textBefore)));
      const times = item.q.display.unit === '倍' ? item.q.value : item.q.value - 1;
      const [value, unit] = item.q.unit === 'x' && !turns ? [tidy(times * 100), '%'] : [item.q.value, item.q.unit];
      const change: Change = { value: Math.abs(value) * (item.change === 'down' ? -1 : 1), unit, ...resolved, direction: item.change };
      // "US$104.35/dmt, up US$1.20 day on day": money beside a price per unit is that price's change.
      const perUnit = target && item.q.dimension === 'currency' && target.q.unit.startsWith(`${unit}/`);
      // "WS 71.5, up 9.5 points": points a Worldscale rate moved by are in its unit.
      const worldscalePoints = target?.q.unit === 'WS' && unit === 'points';
      // "Gross margin was 18.2%, up 1.5 points": points a percentage moved by are percentage points.
      const percentPoints = target?.q.unit === '%' && unit === 'points';
      // "到位资金7926亿元，同比下降12.8%，降幅较8月收窄3.3个百分点": points move a rate, never an amount.
      // (An exchange rate moves by basis points too: ratesMovedInPoints reads them.)
      const points = unit === 'pp' && (target?.q.unit === '%' || target?.q.unit === 'pp' || target?.q.dimension === 'index'
        || EXCHANGE_RATE.test(target?.q.unit ?? ''));
      const compatible = target && (unit === '%' || points || unit === target.q.unit || perUnit || worldscalePoints || percentPoints);
      // "CPI同比上涨0.2%，环比上涨0.2%": a second change, with another basis, of a change standing for its measure.
      const alone = prev?.change && !prev.attachedTo && prev.change_ && prev.q.unit === item.q.unit && !target
        && prev.change_.basis !== change.basis && (SECOND_CHANGE.test(text(prev.end, item.start)) || LISTED_CHANGE.test(text(prev.end, item.start)))
        && !hasSubject(ctx, items, k);
      if (target && compatible) {
        // "an increase of 3,120 tonnes or 17.1%": the same change said again in another unit, right after the first.
        const restated = target.changeSpan !== null && /^\s*(?:,\s*)?(?:(?:or|i\.e\.|\(|或|即)\s*)?$/iu.test(text(target.changeSpan[1], item.start));
        // "US$2.31/lb, up US$0.10", "₹372 per 50-kg bag, up ₹12", "WS 71.5, up 9.5 points": the change moves the level
        // in the level's own unit, converted as the level was (US$0.10/lb is 220.46 USD/t).
        const inLevelUnit = perUnit || worldscalePoints
          ? { ...change, value: tidy(change.value / (target.q.perFactor ?? 1)), unit: target.q.unit }
          : percentPoints ? { ...change, unit: 'pp' } : change;
        addChange(target, inLevelUnit, item, restated);
        if (target === leadsTo) target.ledBy ??= item; // the first change of a list is where its subject was said
        // "quotas at 142,000 tonnes … and 136,500 tonnes, both 5.2% higher": the change of each level before it.
        const other = /\bboth\s+(?:up\s+|down\s+)?$/iu.test(textBefore) ? items.slice(0, items.indexOf(target)).reverse().find((x) => !x.attachedTo && !x.change) : undefined;
        if (other && !other.change_ && other.q.unit === target.q.unit) {
          other.change_ = { ...inLevelUnit };
          other.changeSpan = [item.start, item.end];
        }
      } else if (alone) {
        addChange(prev, change, item);
      } else {
        item.change_ = change;
      }
      return;
    }
    // "fell to US$3,120/FEU from US$3,540/FEU a week earlier": the level carries the difference.
    const after = items[k + 1];
    if (after?.comparison && !item.change_ && after.q.unit === item.q.unit && /\bto(?:\s+between)?\s*$/iu.test(text(k > 0 ? items[k - 1]!.end : s.start, item.start))
      // "slid to US$42.50 a tonne this week, from US$38.00": a time said between is when the level was reached.
      // "rose to 92% of the Fastmarkets cobalt price, from 88%": what a share is of, said between.
      && /^\s*(?:,\s*|\(\s*)?(?:(?:in|on|at|for|as at|as of) [^,;]{1,30}?\s+|(?:this|last) (?:week|month|quarter|session)(?:,\s*|\s+)|of (?:the |its )?[^,;]{1,60}?,\s*)?from\s*$/iu
        .test(text(item.end, after.start))) {
      item.change_ = derivedChange(item, after, text(after.end, items[k + 2]?.start ?? s.end), dateOf(after, dates(), items, text));
      after.movedFrom = true;
      return;
    }
    // "net income of $2.41 billion, or $1.87 per share, up from $1.96 billion a year earlier": the change of the level said first.
    const restated = items[k + 1] && restates(text(item.end, items[k + 1]!.start)) ? 2 : 1;
    const compared = items[k + restated];
    const isRestatement = k > 0 && restates(text(items[k - 1]!.end, item.start));
    if (compared?.comparison && !item.change_ && !isRestatement && compared.q.unit === item.q.unit
      && /^(?:\s*,)?\s*(?:[^\s,;][^,;]{0,59},\s*)?(?:up|down|rising|falling|rose|fell|increased|decreased)\s+from\s*$/iu.test(
        text(items[k + restated - 1]!.end, compared.start))) {
      // "up from US$985-1,015/mtu on Monday": a change since the day the earlier level was quoted.
      const quotedOn = dates().find((p) => p.index >= compared.end && p.start === p.end
        && /^\s*(?:(?:on|at|as of|as at)\s*)?$/iu.test(text(compared.end, p.index)));
      item.change_ = derivedChange(item, compared, text(compared.end, items[k + restated + 1]?.start ?? s.end),
        quotedOn?.end ?? null);
      return;
    }
    // "from 398,000 to 444,500": the second level carries the change from the first.
    const prev = items[k - 1];
    // "目标价由24.30元上调至28.60元": the same, written in Chinese.
    // "毛利率由上年的18.2%下降至15.6%", "由2023年的32%提升至2024年的41%": when each level stood may be said before it.
    const fromText = prev ? text(k > 1 ? items[k - 2]!.end : s.start, prev.start) : '';
    const cjkMoved = prev && CJK_MOVED_FROM.test(fromText) && CJK_MOVED.test(text(prev.end, item.start));
    const subject = cjkMoved ? CJK_MOVED_SUBJECT.exec(fromText)?.[1]?.replace(/^(?:公司|本公司|目前|当前|我们|将|拟)+/u, '')
      // "增资完成后其注册资本由…": what happened first is no part of the measure.
      .replace(/^\p{Script=Han}*?(?:完成|实施|结束)后其?(?=\p{Script=Han}{2})/u, '').replace(/(?:将|拟|预计|有望)$/u, '') : undefined;
    if (subject) prev!.movedSubject = item.movedSubject = subject;
    // Not "to US$92 from US$98 and its 2027 forecast to US$85": a level something was moved from starts no other move.
    const movedOn = prev?.comparison && !prev.movedFrom
    && /\bto\s*(?:(?:approximately|about|around|roughly|some|nearly)\s+)?$/iu.test(text(prev.end, item.start));
    if ((cjkMoved || movedOn) && prev!.q.unit === item.q.unit && !item.change_) {
      const delta = tidy(item.q.value - prev!.q.value);
      item.change_ = { value: delta, unit: item.q.unit === '%' ? 'pp' : item.q.unit, basis: 'unspecified', since: null, direction: directionOf(delta) };
    }
  });
}

/** "We cut FY26E/FY27E EBITDA by 4%/3%": figures paired by a slash take the periods paired by one, in order. */
function slashPairPeriods(items: Item[], assigned: Map<Item, Period | null>, periods: FoundPeriod[],
  text: (a: number, b: number) => string): void {
  const first = periods.findIndex((p, k) => periods[k + 1] && text(p.index + p.length, periods[k + 1]!.index).trim() === '/');
  if (first < 0) return;
  let last = first + 1;
  while (periods[last + 1] && text(periods[last]!.index + periods[last]!.length, periods[last + 1]!.index).trim() === '/') last++;
  const run = periods.slice(first, last + 1);
  // The first run of as many figures joined by slashes after the years, in the same clause ("…; our bull/bear case values
  // are ₹40/₹25" is no list of years).
  const after = slashedRun(items.filter((i) => !i.attachedTo && i.start > run[run.length - 1]!.index), text);
  // "EPS of Rs 48.2/56.7/64.1 for FY26/27/28E": or the last run of figures before the years, said just before them.
  const before = after ? null : slashedRun(items.filter((i) => !i.attachedTo && i.end <= run[0]!.index).reverse(), text);
  const figures = after ?? before?.reverse();
  if (!figures || figures.length !== run.length) return;
  const [from, to] = after ? [run[0]!.index, figures[0]!.start] : [figures[figures.length - 1]!.end, run[0]!.index];
  if (/[;；]/u.test(text(from, to)) || (before && !/^\s*(?:for|in)\s+(?:the\s+)?$/iu.test(text(from, to)))) return;
  run.forEach((p, k) => assigned.set(figures[k]!, toPeriod(p)));
}

/** The first run of figures joined by slashes in `items` (in either order), or null. */
function slashedRun(items: Item[], text: (a: number, b: number) => string): Item[] | null {
  const joined = (a: Item, b: Item) => text(Math.min(a.end, b.end), Math.max(a.start, b.start)) === '/';
  const start = items.findIndex((i, k) => items[k + 1] && joined(i, items[k + 1]!));
  if (start < 0) return null;
  let end = start;
  while (items[end + 1] && joined(items[end]!, items[end + 1]!)) end++;
  return items.slice(start, end + 1);
}

/**
 * "versus $745 million and 35% in the first half of last year": the period closing a list of comparison levels is
 * every level's of the list.
 */
function comparedListPeriods(items: Item[], assigned: Map<Item, Period | null>, periods: FoundPeriod[],
  text: (a: number, b: number) => string): void {
  items.forEach((item, k) => {
    const next = items[k + 1];
    if (!item.comparison || !next?.comparison || item.q.unit === next.q.unit || !/^\s*and\s*$/iu.test(text(item.end, next.start))) return;
    const closing = periods.find((p) => p.index >= next.end && /^\s*(?:(?:in|for|during)\s+)?(?:the\s+)?$/iu.test(text(next.end, p.index)));
    if (closing && assigned.get(next)?.start === closing.start && assigned.get(next)?.end === closing.end) assigned.set(item, assigned.get(next)!);
  });
}

/** "由24.30元上调至28.60元", "从30%到45%": the words between a level moved from and the level moved to. */
const CJK_WHEN = '(?:\\d{4}年(?:末|底|度)?|上年(?:末|底|同期)?|去年(?:同期)?|年初|上季度末?|上月末?|本年|今年|当年|目前|本期)的';
// "净利率由9.2%降至6.4%": the one-character verbs too.
const CJK_MOVED = new RegExp(`^(?:上调|下调|调整|提高|提升|降低|上升|下降|增加|减少|回落|回升|缩短|延长|降|升|增|减|涨|跌|增长|扩大|收窄)?[至到](?:${CJK_WHEN})?$`, 'u');
const CJK_MOVED_FROM = new RegExp(`[由从](?:${CJK_WHEN})?$`, 'u');
/** The measure before 由: "公司海外收入占比由…". */
const CJK_MOVED_SUBJECT = new RegExp(`(?:^|[，。；：,;:、])([\\p{Script=Han}A-Za-z]{2,16}?)[由从](?:${CJK_WHEN})?$`, 'u');

/**
 * 较上年同期的57.6亿元增长61.19%: year on year; 较上年末的1180亿元增长5.9%: since the last day of the year before.
 * 与上年的2.5亿元相比 is left unspecified, as 较上年 is (the labelled sets' writers read it so).
 */
function cjkComparedBasis(before: string, reference: BasisReference): { basis: Basis; since: string | null } | null {
  const m = CJK_COMPARED.exec(before);
  if (!m || /^(?:上年|去年)$/u.test(m[1]!)) return null;
  return m[1]!.endsWith('同期') ? { basis: 'yoy', since: null } : datedBasis(`较${m[1]}`, reference);
}

/** "… a year earlier", "… in the same period last year" said after a comparison level. */
const A_MONTH_EARLIER = /^\s*(?:a month (?:earlier|ago|before)|the (?:previous|prior) month|last month)\b/iu;
const A_WEEK_EARLIER = /^\s*(?:a week (?:earlier|ago|before)|the (?:previous|prior) week|last week)\b/iu;
const A_YEAR_EARLIER = /^\s*(?:(?:of\s+)?a year (?:earlier|ago|before)|(?:in|for) the (?:same|corresponding) (?:period|quarter|half|month) (?:of )?last year|last year|in the (?:prior|previous)-year (?:period|quarter|half)|in the year-(?:ago|earlier) (?:period|quarter|half)|in the (?:prior|previous) year(?: period)?)\b/iu;

const NOUN_THEN_YEAR_EARLIER = /^\s*(?:\p{Ll}[\p{Ll}-]*\s+){1,2}a year (?:earlier|ago|before)\b/u;

/** The change from a comparison level to `item`, with the basis said after the comparison ("a year earlier"). */
function derivedChange(item: Item, compared: Item, earlier: string, comparedOn: string | null = null): Change {
  const delta = tidy(item.q.value - compared.q.value);
  const direction = directionOf(delta);
  // "improved to 0.92% from 1.05%": the difference of two percentages is in percentage points.
  const unit = item.q.unit === '%' ? 'pp' : item.q.unit;
  // "fell to $2,150/FEU from $2,890/FEU at end-June": the difference runs from the day the earlier level was stated.
  if (comparedOn && !A_YEAR_EARLIER.test(earlier)) return { value: delta, unit, basis: 'since', since: comparedOn, direction };
  const basis = A_YEAR_EARLIER.test(earlier) ? 'yoy'
    : /^\s*(?:the previous day|a day earlier)\b/iu.test(earlier) ? 'dod'
    : /^\s*(?:a quarter (?:earlier|ago|before)|in the (?:previous|prior|preceding) quarter)\b/iu.test(earlier) ? 'qoq'
    : /^\s*(?:a month (?:earlier|ago|before)|in the (?:previous|prior|preceding) month)\b/iu.test(earlier) ? 'mom' : 'unspecified';
  return { value: delta, unit, basis, since: null, direction };
}

/** Between two changes of one measure said without its level: "，环比上涨", ", and 0.2% month on month". */
const SECOND_CHANGE = /^[，,]\s*(?:环比|同比|较上月|较上年同期)\p{Script=Han}{0,3}$/u;

/** What may stand between two changes of one level: a basis, then "and" or a comma. */
// "rose 0.3% in October from the prior month and 3.0% from a year earlier": the month said between.
const LISTED_CHANGE = /^\s*(?:in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|the (?:quarter|month|week|year))\s+)?(?:(?:yoy|qoq|mom|wow|dod|y-o-y|q-o-q|m-o-m|y\/y|q\/q|m\/m|w\/w|d\/d|h\/h|(?:year|quarter|month|week|day)[- ](?:on|over)[- ](?:year|quarter|month|week|day)|sequentially|on (?:the|a) (?:year|quarter|month|week|day)|from a year (?:earlier|ago|before)|from the (?:previous|prior|preceding) (?:year|quarter|month|week|day))\s*)?(?:,\s*)?(?:and|or|,|和|、|及|与)\s*$/iu;
/** Words between a change and the level it leads to: a few, no punctuation, no new clause or verb of its own, then "to". */
const LEADS_TO = /^\s*(?:,\s*)?(?!(?:taking|bringing|lifting)\b)(?:(?!(?:while|whereas|but|although|which|as|fell|rose|dropped|declined|increased|decreased|climbed|slipped|eased|grew|jumped|gained|improved|narrowed|widened|expanded|ticked|edged|inched|crept|pushing|sending|dragging|pulling|driving)\s)[\p{L}\p{N}'’/-]+\s+){0,6}?to(?:\s+(?:about|around|approximately|roughly|nearly|almost|some|between|a record(?: high| low)?|an average of|a total of|a (?:record|new|fresh|multi-year) (?:high|low|peak) of|a (?:high|low|peak) of))?\s*$|^\s*(?:至|到)\s*$|^[，,]?\s*(?:达|达到|收于|收报|报收|报)\s*$/iu;
/** "settled 2.4% lower at US$4.862/lb", "up 31.2% yoy at US$14.7bn": a comparative or a basis, then "at". */
// "settled down 41 cents, or 0.6%, at $63.82": after a list of changes, a comma before "at".
// "stood 3% higher on the week at $36,150 a tonne": a basis or a span said between the change and "at".
const LEADS_AT = /^\s*(?:,\s*)?(?:(?:lower|higher|wider|narrower|yoy|qoq|mom|wow|dod|y-o-y|q-o-q|m-o-m|y\/y|q\/q|m\/m|w\/w|d\/d|year[- ]on[- ]year|month[- ]on[- ]month|quarter[- ]on[- ]quarter|on (?:the )?(?:prior|previous|preceding|last) (?:year|quarter|month)|on the (?:day|week|month|year|session))\s+){0,2}at\s*$/iu;

/**
 * The level a change leads to: "rose 44% year on year in October to 1.72 million units", also
 * through a list of changes ("grew 2.3% QoQ and 8.8% YoY to HK$612.4 billion").
 */
function levelLedTo(items: Item[], k: number, text: (a: number, b: number) => string): Item | null {
  let last = k;
  while (items[last + 1]?.change && LISTED_CHANGE.test(text(items[last]!.end, items[last + 1]!.start))) last++;
  const next = items[last + 1];
  if (!next || next.change) return null;
  const between = text(items[last]!.end, next.start);
  return LEADS_TO.test(between) || (LEADS_AT.test(between) && next.q.unit !== 'count') ? next : null;
}

/**
 * A change joins its level: the first becomes the level's change, later ones are kept beside it,
 * and a year-on-year change, when one is stated, is the one shown first.
 */
function addChange(target: Item, change: Change, from: Item, restated = false): void {
  from.attachedTo = target;
  if (!target.change_) {
    target.change_ = change;
    target.changeSpan = [from.start, from.end];
    return;
  }
  // "an increase of 3,120 tonnes or 17.1% over the previous year": one change said twice, in two units, shares its basis.
  if (restated && change.basis !== 'unspecified' && target.change_.basis === 'unspecified' && change.unit !== target.change_.unit
    && (change.unit === '%') !== (target.change_.unit === '%')) {
    target.change_ = { ...target.change_, basis: change.basis, since: change.since };
    target.moreChanges.push(change);
    return;
  }
  if (change.basis === 'yoy' && target.change_.basis !== 'yoy') {
    target.moreChanges.push(target.change_);
    target.change_ = change;
    target.changeSpan = [from.start, from.end];
    return;
  }
  target.moreChanges.push(change);
}

/**
 * "销售/管理/研发/财务费用率分别为3.2%/4.1%/5.6%/0.8%": measures listed with slashes, sharing a last word, name the
 * figures listed after them in order (销售费用率, 管理费用率, …), which were all read as the last one.
 */
function slashedCjkLabels(s: Sentence, out: ExtractedMetric[]): void {
  const m = SLASHED_CJK_MEASURES.exec(s.text);
  if (!m) return;
  const parts = m[1]!.split('/').filter(Boolean);
  const last = m[2]!;
  const even = parts.every((p) => p.length === parts[0]!.length) && last.length > parts[0]!.length;
  const suffix = even ? last.slice(parts[0]!.length) : '';
  const names = [...parts.map((p) => `${p}${suffix}`), last];
  const listed = out.filter((x) => x.span[0] > s.start + m.index && x.label === last);
  if (listed.length !== names.length) return;
  listed.forEach((x, k) => { x.label = names[k]!; x.labelSpan = null; });
}
const SLASHED_CJK_MEASURES = /(?<![\p{Script=Han}/])((?:\p{Script=Han}{1,6}\/)+)(\p{Script=Han}{2,12}?)(?:分别)(?:为|是|达到?)/u;

/**
 * "住宅投资56601亿元，下降14.0%" after "…同比下降14.7%": a bare Chinese change listed after a year-on-year one in the
 * same sentence is year on year too, as statistics releases and reports write it once.
 */
function parallelYearOnYear(s: Sentence, out: ExtractedMetric[]): void {
  let yoy = false;
  let part = -1;
  for (const m of out) {
    // A part after a semicolon is another measure's ("；247家钢厂高炉开工率…"), unless it opens on 其中 (its parts).
    const partNow = s.text.lastIndexOf('；', m.span[0] - s.start - 1);
    if (partNow !== part && partNow >= 0 && !/^；\s*其中/u.test(s.text.slice(partNow, partNow + 8))) yoy = false;
    part = partNow;
    if (m.change?.basis === 'yoy') yoy = true;
    if (!yoy || m.change?.basis !== 'unspecified' || !m.changeSpan) continue;
    const before = s.text.slice(Math.max(0, m.changeSpan[0] - s.start - 8), m.changeSpan[0] - s.start);
    if (BARE_CJK_CHANGE.test(before)) m.change = { ...m.change, basis: 'yoy' };
  }
}
const BARE_CJK_CHANGE = /[，,]\s*(?:增长|下降|增加|减少|上升|回落|下滑|提高|降低)(?:了)?(?:约|近)?$/u;

/** "increased by 45.2% and 44% YoY": the basis stated after a list of changes holds for every one of them. */
function shareListedBasis(items: Item[], text: (a: number, b: number) => string): void {
  for (let k = items.length - 1; k > 0; k--) {
    const item = items[k]!;
    const prev = items[k - 1]!;
    if (!item.change || !prev.change || !/^\s*(?:,|and|,\s*and)\s*$/iu.test(text(prev.end, item.start))) continue;
    prev.listBasisFrom = item.listBasisFrom ?? item;
  }
}

const PER_TEN_SHARES = /每(\d+)股(?:派发|派送|派)?(?:现金红利|现金股利|红利)(?:人民币)?$/u;

/** "…，重稀土单耗较2023年下降约30%": a measure compared with a named year has its own change, not the level before's. */
const CJK_OWN_SUBJECT = /[，,；;]\s*(\p{Script=Han}{2,12})(?:较|比)(?:(?:19|20)\d{2}年(?:底|末)?|上年|去年|上月|年初)(?:同期)?(?:下降|增长|上升|减少|增加|提高|提升|降低|下滑|回落)了?(?:约|近|超|逾)?$/u;

/** Whether a change figure has a subject of its own, so is not part of the level before it. */
function hasSubject(ctx: LabelContext, items: Item[], k: number): boolean {
  const left = labelBefore(ctx, items[k]!.q.first, k > 0 ? items[k - 1]!.q.last + 1 : 0);
  // ", an improvement of 2.6pp": the change's own noun is no subject of its own.
  // "月内累计下跌4.2%": a span of time a change ran over ("within the month") is no subject either.
  // "周涨2.1%", "日跌0.8%": a day's or a week's move of the price before names no subject.
  // "与上年的2.5亿元相比增长28%": the close of a comparison is no subject.
  return Boolean(left && left.label.text && !/^(?:an? )?(?:improvement|deterioration|increase|decrease)$|^(?:respectively )?(?:increasing|decreasing|rising|falling|growing|declining)$|^having$|^(?:having |after )?(?:gain(?:ed|ing)|ris(?:en|ing)|climb(?:ed|ing)|jump(?:ed|ing)|fall(?:en|ing)|slipp(?:ed|ing)|dropp(?:ed|ing)|eas(?:ed|ing)|shed(?:ding)?|advanc(?:ed|ing))$|^[月周年日期]?内\p{Script=Han}{0,3}$|^[日周月][涨跌]$|^(?:比|较)\p{Script=Han}{0,6}(?:多|少)[增减]?$|^(?:相比|相较|比较)$/iu.test(left.label.text));
}

const FROM_AHEAD = /^\s*(?:,\s*)?(?:(?:in|on|at|for|as at|as of) [^,;]{1,30}?\s+)?(?:from|compared (?:with|to))\s*$/iu;

/** "up 6.1% from RMB 773 billion at the end of last year": a change measured from the dated level right after it. */
function sinceAhead(item: Item, periods: FoundPeriod[], items: Item[], text: (a: number, b: number) => string): { basis: Basis; since: string } | null {
  const next = items[items.indexOf(item) + 1];
  // "… to 444,500 yuan/mt on Friday from 434,000 yuan/mt on March 24": the level's own day may come first.
  if (!next?.comparison || !FROM_AHEAD.test(text(item.end, next.start))) return null;
  const day = dateOf(next, periods, items, text);
  return day ? { basis: 'since', since: day } : null;
}

/** The day a comparison level refers to ("398,000 yuan/mt on December 31, 2024"), if it names one. */
function dateOf(item: Item, periods: FoundPeriod[], items: Item[], text: (a: number, b: number) => string): string | null {
  const next = items[items.indexOf(item) + 1];
  // "rose to US$3,260/FEU on Thursday from US$2,740/FEU": a date before "from" is the level's, not the one compared with.
  const before = [...periods].reverse().find((x) => x.index < item.start);
  const own = before && !/\bfrom\b/iu.test(text(before.index + before.length, item.start)) ? before : undefined;
  const p = periods.find((x) => x.index >= item.end && (!next || x.index < next.start)) ?? own;
  // A quarter or a year compared with is a basis between periods, not a date a change runs from.
  return p && p.start === p.end ? p.end : null;
}

/** Whether a period stands inside a bracket (`before` it leaves one open) that closes again before the figure (`between`). */
function closedAside(before: string, between: string): boolean {
  // Most sentences hold no bracket: a look for one is far cheaper than counting them.
  if (!(between.includes(')') || between.includes('）'))) return false;
  // "本周（9月15日-19日）上海螺纹钢均价…", "this week (15-19 September)": the bracket says which days the time word means.
  if (GLOSSED_TIME.test(before)) return false;
  return bracketDepth(before) > 0 && bracketDepth(between) < 0;
}

/** A time word with its dates opening in a bracket right after it, up to where the dates begin. */
const GLOSSED_TIME = /(?:本周|上周|当周|本月|上月|当月|本季度|本期|报告期|\b(?:this|last|the)\s+(?:week|month|quarter|half|period))\s*[(（]\s*$/iu;

function bracketDepth(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(' || c === '（') depth++;
    else if (c === ')' || c === '）') depth--;
  }
  return depth;
}

/**
 * Periods for the sentence's figures: a list of periods "respectively" goes in order;
 * otherwise a period in the figure's clause, a period closing the sentence after all its
 * figures, the sentence's opening period, and last the passage's latest period.
 */
/** "down 20 yuan/t from ", "rose 3% from the ": a figure among the three words before "from". */
function movedFromDay(before: string): boolean {
  const words = before.trimEnd().split(/\s+/u);
  if (words.at(-1) === 'the') words.pop();
  return words.at(-1) === 'from' && words.slice(-4, -1).some((w) => /\d/u.test(w));
}

/** A verb of change right after the time a Chinese change is measured against ("较8月收窄", "比上月加快"). */
const CJK_MOVED_SINCE = /^(?:份|末|底|同期)?(?:收窄|扩大|缩小|增长|下降|上升|回落|加快|放缓|提高|降低|减少|增加|上涨|下跌|提升|回升)/u;

function assignPeriods(s: ReadSentence, items: Item[], periods: FoundPeriod[], memory: Memory): Map<Item, Period | null> {
  const result = new Map<Item, Period | null>();
  const emitted = items.filter((i) => !i.attachedTo);
  respectivePeriods(s, emitted, periods, result);
  listedPeriodRuns(s, emitted, periods, result);
  if (result.size === emitted.length) return result;
  const usable = periods.filter((p) => !/\bsince\s+(?:the\s+)?(?:(?:early|mid|late)[- ]?)?$/iu.test(s.text.slice(0, p.index - s.start))
    // "COMEX September copper settled at": a contract's month, not a period.
    && !CONTRACT_MONTH.test(s.text.slice(Math.max(0, p.index - s.start - 16), p.index - s.start))
    // "the feasibility study published on 14 January": the day a document came out dates none of its figures.
    && !EVENT_DAY.test(s.text.slice(Math.max(0, p.index - s.start - 24), p.index - s.start))
    // "down 20 yuan/t from Monday": the day a move is measured from dates no figure.
    && !(p.start === p.end && movedFromDay(s.text.slice(Math.max(0, p.index - s.start - 30), p.index - s.start)))
    // "降幅较8月收窄3.3个百分点": the month a Chinese change is measured against dates no figure ("较上半年的4,100万元"
    // is the level compared with, of that month).
    // (Not "较9月增长8.3%的增速": that month's own growth, said as a noun.)
    && !(/[较比]$/u.test(s.text.slice(Math.max(0, p.index - s.start - 1), p.index - s.start))
      && CJK_MOVED_SINCE.test(s.text.slice(p.index + p.length - s.start, p.index + p.length - s.start + 8))
      && !/^[^，。；]{0,8}?\d[\d.,]*(?:%|个百分点|个基点)?的/u.test(s.text.slice(p.index + p.length - s.start, p.index + p.length - s.start + 24))));
  const clauses = clauseBounds(s, usable);
  const lastFigureEnd = items[items.length - 1]!.end;
  // "Henry Hub January futures settled at …": a contract's month is its own price's, no other figure's.
  const contracts = new Set(usable.filter((p) => isContractMonth(s, p)));
  const contract = (p: FoundPeriod) => contracts.has(p);
  const closing = usable.find((p) => p.index >= lastFigureEnd && !contract(p)
    && /,\s*(?:\p{L}+\s+){0,3}$/u.test(s.text.slice(lastFigureEnd - s.start, p.index - s.start)));
  const opening = usable.find((p) => p.index - s.start < 40 && p.index < (items[0]?.start ?? s.end) && !contract(p));
  const owners = periodOwners(s, items, usable);
  const ownedBy = (p: FoundPeriod) => owners.get(p);
  for (const item of emitted) {
    if (result.has(item)) continue;
    const clause = clauses.find(([a, b]) => item.start >= a && item.start < b) ?? [s.start, s.end];
    const inClause = usable.filter((p) => p.index >= clause[0] && p.index < clause[1]);
    // "… to $47.2 billion compared to the same period in 2024": the period compared with is no period of the level.
    const after = inClause.find((p) => p.index >= item.end && !isComparisonDate(item, p, items) && (ownedBy(p) ?? item) === item
      && (item.comparison || !/\b(?:corresponding|same) period (?:of|in)\s+$/iu.test(s.text.slice(Math.max(0, p.index - s.start - 24), p.index - s.start)))
      // "its 2026 forecast to US$92/dmt from US$98/dmt and its 2027 forecast to": a period after "and its" is the next one's.
      // "$96 million in the quarter and we now expect full-year capex of": a clause with a speaker of its own.
      && !/\b(?:and|while|but|whereas)\s+(?:as of|in|at|on|for|during|its|their|our|we|they|management|the company)\b/iu
        .test(s.text.slice(item.end - s.start, p.index - s.start)));
    // "rose 3.0% in the first three quarters to 36.6 trillion yuan": a period after this level's own change is this level's.
    const ownChange = (p: FoundPeriod) => ownedBy(p)?.attachedTo === item;
    const before = [...inClause].reverse().find((p) => p.index + p.length <= item.start && (!ownedBy(p) || ownChange(p)));
    // "4% lower than in the fourth quarter, while costs rose …": a period compared against is no later figure's.
    // "Net debt stood at A$412 million at 30 June 2025 (30 June 2024: A$655 million), and free cash flow was": another
    // figure's day, or a bracketed comparative's, dates no flow after it while the passage has a span to go on.
    // "1.3 million net additions in the second quarter and a base of 41.8 million at the end of June, while ARPU rose":
    // a span named earlier in the sentence is known too.
    const spanKnown = (memory.period !== null && memory.period.start !== memory.period.end)
      || usable.some((p) => p.start !== p.end && p.index + p.length <= item.start);
    // "(six months ended 30 June 2024: basic earnings per share of RMB0.34)": the bracket's period is its own figure's.
    const ownBracket = (p: FoundPeriod) => /^\s*[:：][^()（）:：;,，]{0,60}$/u.test(s.text.slice(p.index + p.length - s.start, item.start - s.start));
    const bracketOpens = (p: FoundPeriod) => BRACKETED.test(s.text.slice(p.index - s.start - 1, p.index - s.start));
    const othersDay = (p: FoundPeriod) => spanKnown && p.start === p.end && !ownBracket(p)
      && ((ownedBy(p) && ownedBy(p) !== item) || bracketOpens(p));
    // "(Q3 2024: €2.14 billion), on sales of €15.2 billion": a comparative's period heads its bracket alone.
    const comparative = (p: FoundPeriod) => !ownBracket(p) && bracketOpens(p)
      && /^\s*[:：]/u.test(s.text.slice(p.index + p.length - s.start));
    const earlier = [...usable].reverse().find((p) => p.index + p.length <= item.start && !contract(p)
      && (!ownedBy(p) || ownedBy(p)?.attachedTo === null && !ownedBy(p)?.comparison)
      && !(RUNNING_TOTAL_PERIOD.test(s.text.slice(Math.max(0, p.index - s.start - 16), p.index - s.start))
        // "…bringing the January–November total to $71.9 billion; exports in the same eleven months": said again, it dates them.
        && !/[;；]|\bthe same\b/iu.test(s.text.slice(p.index + p.length - s.start, item.start - s.start)))
      && !COMPARED_PERIOD.test(s.text.slice(Math.max(0, p.index - s.start - 24), p.index - s.start)) && !othersDay(p) && !comparative(p)
      // "(our deck assumes US$10,400/t in 2027), …, which holds 38 Mt": a period inside a bracket closed before the figure.
      && !closedAside(s.text.slice(0, p.index - s.start), s.text.slice(p.index + p.length - s.start, item.start - s.start))
      // "settled at $650/t for November": the month a price is for is that price's alone.
      && !(p.start.slice(0, 7) === p.end.slice(0, 7) && p.start.endsWith('-01') && items.some((x) => x.end <= p.index && x.q.unit.includes('/')
        && /^(?:\s*,)?\s*for\s+$/u.test(s.text.slice(x.end - s.start, p.index - s.start)))));
    const textBefore = s.text.slice(Math.max(0, item.start - s.start - 40), item.start - s.start);
    // "$1.87 per diluted share in the prior-year quarter": what the amount is per comes before when.
    const textAfter = s.text.slice(item.end - s.start).replace(/^\s*per (?:diluted |basic )?share\b/iu, '');
    // "reversing a profit of R$286 million a year earlier": a level named as what the figure before reversed or is set against.
    const setAgainst = !item.change && /\b(?:reversing|reversed|versus|against|compared with)\s+(?:a |an )?(?:[\w-]+\s+){0,2}(?:of\s+)?$/iu.test(textBefore);
    // "…, 上年同期为2.11亿元": the same period a year before, as "a year earlier" after the figure says in English.
    // "(15.3% a year earlier)": a bracket opening on the figure compares it too.
    // "from a US$52 million profit a year earlier": the noun the figure is the amount of may come first.
    const yearEarlier = ((item.comparison || setAgainst || /[(（]\s*$/u.test(textBefore))
      && (A_YEAR_EARLIER.test(textAfter) || NOUN_THEN_YEAR_EARLIER.test(textAfter)))
      || /(?:上年同期|去年同期)(?:为|是)?(?:盈利|亏损|净利润|净亏损)?$/u.test(textBefore)
      // "上年同期净利润为55.3亿元": the measure named between.
      // Not a change against that period ("较上年同期增幅为15%", "比去年同期增长达30%").
      || (!item.change && /(?:上年同期|去年同期)的?[^\p{N}\s，。；、,;增减涨降升长幅率额]{1,10}?(?:为|是|达到?|实现)$/u.test(textBefore))
      // "较上年同期的57.6亿元": the level compared with, a year before.
      || (item.comparison && /(?:上年同期|去年同期|上年|去年)(?:的|之)\s*$/u.test(textBefore));
    const levelBefore = [...emitted].reverse().find((x) => x.start < item.start && !x.comparison && result.get(x));
    // "a seat load factor of 80.6% (78.9%)" in a year's report: a bare bracketed figure right after the level is the year before's.
    // "cash cost was R$812/t (R$845/t)" in a quarter's call: a quarter, half or nine months against the same span a year before.
    const bracketedLastYear = levelBefore !== undefined && levelBefore.q.unit === item.q.unit && [3, 6, 9, 12].includes(monthsOf(result.get(levelBefore)!))
      && /^\s*[(（]\s*$/u.test(s.text.slice(levelBefore.end - s.start, item.start - s.start)) && /^\s*[)）]/u.test(textAfter);
    const compared = yearEarlier || bracketedLastYear ? levelBefore : undefined;
    if (compared) {
      result.set(item, shiftYear(result.get(compared)!, -1));
      continue;
    }
    // "比年初的1180亿元": the balance compared with, on the last day of the year before the level's.
    const yearEnd = item.comparison && levelBefore && /(?:上年末|上年年末|上年底|年初)(?:的|之)\s*$/u.test(textBefore);
    if (yearEnd) {
      const day = `${Number(result.get(levelBefore)!.end.slice(0, 4)) - 1}-12-31`;
      result.set(item, { label: CJK_COMPARED.exec(textBefore)![1]!, start: day, end: day });
      continue;
    }
    // "assessed at $21.85/t on Thursday, against $23.40/t a week earlier": the same day a week before.
    const weekBefore = (item.comparison || /[(（]\s*$/u.test(textBefore)) && A_WEEK_EARLIER.test(s.text.slice(item.end - s.start))
      ? [...emitted].reverse().find((x) => x.start < item.start && !x.comparison) : undefined;
    // "41 fixtures in the week to 10 October, against 33 a week earlier": the week before.
    const day = weekBefore ? (result.get(weekBefore) ?? memory.period) : null;
    if (day && (day.start === day.end || daysIn(day) === 7)) {
      result.set(item, shiftDays(day, -7, 'a week earlier'));
      continue;
    }
    // "quoted at $56.50/t on Friday, against $50.25/t a month earlier": the same day, or month, a month before.
    const monthBefore = item.comparison && A_MONTH_EARLIER.test(s.text.slice(item.end - s.start))
      ? [...emitted].reverse().find((x) => x.start < item.start && !x.comparison) : undefined;
    const dated = monthBefore ? (result.get(monthBefore) ?? memory.period) : null;
    if (dated && (dated.start === dated.end || monthsOf(dated) === 1)) {
      result.set(item, shiftMonth(dated));
      continue;
    }
    // "上年同期归母净利润为3.18亿元": a sentence about the same period a year before the passage's period.
    const opensYearEarlier = /^\W*(?:上年同期|去年同期)/u.test(s.text.slice(clause[0] - s.start, item.start - s.start));
    if (opensYearEarlier && memory.period && !inClause.length) {
      result.set(item, shiftYear(memory.period, -1));
      continue;
    }
    // "(4Q25: A$25.60/t)", "(Q4 2025: …)": a comparative that names a quarter, a half or a month is of that span itself.
    const named = [...usable].reverse().find((p) => p.index + p.length <= item.start && ownBracket(p) && bracketOpens(p));
    const namedSpan = named && named.start !== named.end ? toPeriod(named) : null;
    if (namedSpan && monthsOf(namedSpan) < 12) {
      result.set(item, namedSpan);
      continue;
    }
    // "(2023: RMB6,977.5 million)": the figure a bracketed year gives is that year's version of the one before.
    const bracketed = opensComparative(textBefore);
    const previousLevel = bracketed ? [...emitted].reverse().find((x) => x.start < item.start && result.get(x)) : undefined;
    if (bracketed && previousLevel) {
      const p = result.get(previousLevel)!;
      const levelYear = Number(p.end.slice(0, 4));
      result.set(item, shiftYear(p, comparativeYear(textBefore, levelYear)! - levelYear));
      continue;
    }
    const direct = (after && ownedBy(after) === item ? after : undefined) ?? (before && ownChange(before) ? before : undefined);
    const headed = [...inClause].reverse().find((p) => p.index + p.length <= item.start
      && HEADED.test(s.text.slice(p.index + p.length - s.start, item.start - s.start)));
    const own = direct ?? headed ?? after ?? before;
    // "目前良率约92%", "currently", "this week": a figure said to be current holds now, not over an earlier period.
    if (!own && (CURRENT.test(s.text.slice(clause[0] - s.start, item.start - s.start)) || HOLDS_NOW.test(textBefore))) {
      result.set(item, null);
      continue;
    }
    // "1-10月累计进口2,486.5万吨。同期锰矿砂进口量为2,587万吨，其中…": 同期 is the period just named, for the sentence it opens.
    const lastNamed = [...usable].reverse().find((p) => p.index + p.length <= item.start);
    const latest = lastNamed ? toPeriod(lastNamed) : memory.latest;
    if (!own && latest && (SAME_PERIOD.test(s.text.slice(clause[0] - s.start, item.start - s.start)) || /^\s*同期/u.test(s.text))) {
      result.set(item, latest);
      continue;
    }
    // "…to approximately 18.9% for the Reporting Period": the report's own period, unread if the passage does not define it.
    if (FOR_REPORT.test(s.text.slice(item.end - s.start, item.end - s.start + 40))) {
      const span = memory.period && memory.period.start !== memory.period.end ? memory.period : null;
      result.set(item, memory.reporting ?? span);
      continue;
    }
    // "年初至报告期末，公司实现营业收入158.36亿元": a quarterly report's year to date, its first figures and those after them.
    const reportSpan = memory.reporting;
    if (!own && reportSpan && YEAR_TO_REPORT_END.test(s.text.slice(0, item.start - s.start))) {
      result.set(item, { label: '年初至报告期末', start: `${reportSpan.end.slice(0, 4)}-01-01`, end: reportSpan.end });
      continue;
    }
    // "报告期内实现归母净利润15.66亿元": during the reporting period, not on the day an earlier sentence named.
    if (!own && memory.reporting && DURING_REPORT.test(s.text.slice(clause[0] - s.start, item.start - s.start))) {
      result.set(item, memory.reporting);
      continue;
    }
    // "报告期末，公司货币资金余额65.18亿元", "at the end of the reporting period": the period's last day.
    const reportEnd = memory.reporting ?? memory.period;
    if (!own && reportEnd && END_OF_REPORT.test(s.text.slice(Math.max(0, clause[0] - s.start - 8), item.start - s.start))) {
      result.set(item, { ...reportEnd, label: `${reportEnd.label} (end)`, start: reportEnd.end });
      continue;
    }
    const chosen = own ?? closing ?? earlier ?? opening ?? null;
    if (chosen) {
      result.set(item, toPeriod(chosen));
      continue;
    }
    // "Spot rates … fell to US$3,120/FEU": a quote is of its own day, never of a month an earlier sentence named.
    const quote = item.q.dimension === 'currency' && item.q.unit.includes('/') && SPOT_QUOTE.test(s.text);
    const sameDay = memory.period !== null && memory.period.start === memory.period.end;
    // "in the week to May 14 … on Thursday. LME nickel closed at $15,820/t": a quote is of the last day named in the week.
    const dayInPeriod = memory.lastDay && (!memory.period || (memory.lastDay.start >= memory.period.start && memory.lastDay.end <= memory.period.end));
    // "本周（9月15日-19日）…均价…。日照港PB粉现货报价782元/湿吨，较前一日下跌6元/湿吨": a quote in a week's note is of the week's last day.
    const weekEnd = memory.period && !sameDay && daysOf(memory.period) <= 7 ? lastDayOf(memory.period) : null;
    const quoted = sameDay ? memory.period : dayInPeriod ? memory.lastDay! : weekEnd;
    // "LONDON, July 16 (Newswire) - … the Yangshan premium stood at $58 a tonne": a price the story quotes is of its day.
    // A company's realised price is of the period its results cover: only a market's quote (LME, SHFE, spot…) is.
    const marketPrice = memory.dateline && item.q.dimension === 'currency' && item.q.unit.includes('/') && s.citesMarket();
    // "The company's shares closed down 5.4% in Lima": a move of the shares in a wire story is of the story's day.
    const shareMove = memory.dateline && item.q.unit === '%' && item.change && sharesMoved(s.text.slice(clause[0] - s.start, item.start - s.start));
    // "… rose to 598,000 yuan/t on Wednesday, while dysprosium oxide was unchanged at 1.62 million yuan/t": a price quoted
    // beside another of the same day is of that day.
    const besideQuote = item.q.dimension === 'currency' && item.q.unit.includes('/') ? sameDayQuote(item, emitted, result) : null;
    // "…港进口铁矿石库存1.38亿吨": a stock said in a week's note is held on the week's last day, not over the week.
    const clauseBefore = s.text.slice(clause[0] - s.start, item.start - s.start);
    const stock = weekEnd && STOCK_HELD.test(clauseBefore) ? weekEnd : null;
    // "…1月15日收盘价…。自…以来累计成交额438.7亿元。CCER当日成交均价为84.50元/吨": 当日 is the day last named.
    const thatDay = memory.lastDay && SAME_DAY_SAID.test(clauseBefore) ? memory.lastDay : null;
    result.set(item, marketPrice || shareMove ? memory.dateline!
      : besideQuote ?? thatDay ?? (quote ? quoted : stock ?? memory.period));
  }
  // "fell to 1.8 days from 3.2 days in the same period of 2024": the level's own span, in the year named.
  for (const item of emitted) {
    const year = SAME_PERIOD_OF.exec(s.text.slice(item.end - s.start, item.end - s.start + 48))?.[1];
    const level = year ? [...emitted].reverse().find((x) => x.start < item.start && !x.comparison && result.get(x)) : undefined;
    const span = level ? result.get(level)! : null;
    if (span) result.set(item, shiftYear(span, Number(year) - Number(span.end.slice(0, 4))));
  }
  // "rebounded from its June low to CNY 86,500/t": the month of the low is not when the level was reached.
  for (const item of emitted) {
    const p = result.get(item);
    if (p && item.fromExtreme?.includes(p.label)) result.set(item, memory.period);
  }
  yearOfComparedLevel(emitted, result);
  monthBeforeMovedFrom(emitted, periods, result, s.text, s.start);
  return result;
}

/**
 * "Inflation slowed to 1.7% in August from 1.9%": a level moved from, with no time of its own, stood the month (the
 * year) before the one the level reached is dated; it is not of August too.
 */
function monthBeforeMovedFrom(emitted: Item[], periods: FoundPeriod[], result: Map<Item, Period | null>, text: string, offset: number): void {
  for (const item of emitted) {
    if (!item.movedFrom || periods.some((p) => p.index >= item.end && p.index < item.end + 40)) continue;
    const level = [...emitted].reverse().find((x) => x.end <= item.start && !x.comparison);
    // Only where the month is said between the level and "from" (not "our 2027 estimate to $2.35 billion from $2.12
    // billion", "the April contract slipped to €61.25 from €64.00": the same period, revised or quoted again).
    // Nor where the sentence measures the move over a year ("…from £264,700, an annual rise of 2.4%").
    if (!level || !SAID_THEN_FROM.test(text.slice(level.end - offset, item.start - offset)) || YEARLY_MOVE.test(text)) continue;
    const span = level ? result.get(level) : null;
    const own = result.get(item);
    if (!span || !own || own.start !== span.start || own.end !== span.end) continue;
    const before = spanBefore(span);
    if (before) result.set(item, { ...before, label: `${span.label} (the period before)` });
  }
}

const YEARLY_MOVE = /\b(?:annual|year[- ]on[- ]year|year[- ]over[- ]year|y\/y|yoy|a year (?:earlier|ago|before))\b/iu;
const SAID_THEN_FROM = /^\s*(?:in|during)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:19|20)\d{2}),? from\s*$/u;

/**
 * The calendar month or year before `span`, where `span` is one; null otherwise (a quarter's "from" may be the same
 * quarter a year before as well as the one before, so it is left as it is).
 */
function spanBefore(span: Period): Omit<Period, 'label'> | null {
  const [y, m, d] = span.start.split('-').map(Number) as [number, number, number];
  const [ey, em] = span.end.split('-').map(Number) as [number, number];
  const months = (ey - y) * 12 + em - m + 1;
  if (d !== 1 || span.end !== `${span.end.slice(0, 8)}${String(lastDay(ey, em)).padStart(2, '0')}` || ![1, 12].includes(months)) return null;
  if (months === 12 && m !== 1) return null;
  const startMonth = m - months < 1 ? m - months + 12 : m - months;
  const startYear = m - months < 1 ? y - 1 : y;
  const endMonth = startMonth + months - 1;
  const pad = (n: number) => String(n).padStart(2, '0');
  return { start: `${startYear}-${pad(startMonth)}-01`, end: `${startYear}-${pad(endMonth)}-${pad(lastDay(startYear, endMonth))}` };
}

const SAME_PERIOD_OF = /^\s*(?:in|for|during)\s+the\s+(?:same|corresponding)\s+period\s+(?:of|in)\s+((?:19|20)\d{2})\b/iu;
/** "from its June low to", "from a record high of $11,200/t in May to": a move from an extreme, up to the level it reached. */
// Not "from the low end of the range to $2.25", "from the bottom of the range": a guidance range's end is no earlier level.
const FROM_EXTREME = /\bfrom\s+(?:its|their|a|an|the)\s+(?:[\p{L}-]+\s+){0,3}(?:lows?|highs?|trough|peak|bottom)\b(?!\s+(?:end|of\s+(?:the|its|our|their)\s+(?:range|guidance)))[^;.]{0,60}?\bto\s+(?:about\s+|around\s+)?$/iu;

/**
 * "Full-year adjusted EBIT came in at EUR 1.02 billion, compared with EUR 1.31 billion in 2023": a year said
 * without its number is the one after the year it is compared with.
 */
function yearOfComparedLevel(emitted: Item[], result: Map<Item, Period | null>): void {
  for (const item of emitted) {
    const p = item.comparison ? result.get(item) : null;
    if (!p || !/\d{4}/u.test(p.label) || monthsOf(p) !== 12) continue;
    const level = [...emitted].reverse().find((x) => x.start < item.start && !x.comparison);
    const lp = level ? result.get(level) : null;
    if (!lp || /\d/u.test(lp.label) || monthsOf(lp) !== 12) continue;
    const years = Number(p.end.slice(0, 4)) + 1 - Number(lp.end.slice(0, 4));
    const shift = (d: string) => `${Number(d.slice(0, 4)) + years}${d.slice(4)}`;
    if (years !== 0) result.set(level!, { label: lp.label, start: shift(lp.start), end: shift(lp.end) });
  }
}

/** "…, taking 1H25 to 5.51 Mt": the span a running total is taken over is that total's alone. */
const RUNNING_TOTAL_PERIOD = /\b(?:taking|bringing|lifting|pushing)\s+(?:the\s+|its\s+)?$/iu;

/** "taking 1H25 to", "bringing the total to": the verb of a running total, which names no measure of its own. */
const RUNNING_TOTAL = /^(?:taking|bringing|lifting|pushing)(?:\s+(?:the|its|their))?(?:\s+(?:total|tally|cumulative total))?$/iu;

/** "took 38.6% of", "made up 41% of": a part taken of a whole. */
const SHARE_TAKEN = /\b(?:took|takes?|captured|held|won|made up|makes? up)\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+)?$/iu;
/** "Revenue from overseas customers": where the money came from names the part. */
const REVENUE_FROM = /^(?:revenues?|sales|income) from (?:the )?(\S+(?: \S+){0,3}) (?:customers|clients|markets|buyers)$/iu;

/** "accounted for 31% of", "representing 12% of": a part said as a share of a whole. */
const WHICH_IS = /,\s*(?:which|that)\s+(?:is|was|represents|represented|equals|equated to|equates to)\s+(?:about\s+|around\s+|roughly\s+|approximately\s+|some\s+|nearly\s+)?$/iu;
const ACCOUNTED_FOR = /\b(?:accounted|accounting|accounts|account|represented|representing|represents|represent|comprised|comprising)\s+(?:for\s+)?(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|over\s+|almost\s+)?$/iu;

/** Financial measures a verb's money may be "of" ("EUR 11.2bn of sales", "$2.1bn of free cash flow"). */
const FINANCIAL_MEASURE = /^(?:(?:net |gross |organic |group )?(?:sales|revenues?|turnover)|(?:adjusted |underlying |operating |reported )?(?:EBITDA|EBIT|operating profit|net income|net profit|profit|earnings)|(?:free |operating )?cash flow|orders|order intake|bookings)$/iu;

/** "(2023: RMB6,977.5 million)", "(corresponding period of 2024: RMB3,712.4 million)": the same figure for another year. */
const BRACKET_YEAR = /[(（](?:FY\s?|(?:the\s+)?(?:corresponding|same) period (?:of|in)\s+)?((?:19|20)\d{2})(?:年同期)?\s*[:：]\s*$/u;
/**
 * "(prior year: €0.9bn)", "(corresponding period of last year: RMB42,307.9 million)", "(9M 2024: EUR 2,087m)",
 * "(H1 24: …)": a bracketed comparative, with its year when one is written.
 */
// "(prev. year: EUR 1,348m)", "(Vj.: 2.101 Mio. EUR)" (Vorjahr): the abbreviations reports write too.
const BRACKET_COMPARATIVE = /[(（](?:(prior|previous|prev\.|last) year|PY|Vj\.|VJ|(?:the\s+)?(?:corresponding|same) period (?:of|in) (last year|FY\s?\d{2,4})|(?:FY|9M|6M|3M|H[12]|[12]H|Q[1-4]|[1-4]Q)\s?((?:19|20)?\d{2}))\s*[:：]\s*$/iu;

/** Whether text ends opening a bracketed comparative: "(2023: ", "(9M 2024: ", "(prior year: ". */
// Both patterns open with a bracket: most text before a figure has none.
const opensComparative = (textBefore: string) => (textBefore.includes('(') || textBefore.includes('（'))
  && (BRACKET_YEAR.test(textBefore) || BRACKET_COMPARATIVE.test(textBefore));

/** The year a bracketed comparative before a figure stands for, against the year of the level it compares with. */
function comparativeYear(textBefore: string, levelYear: number): number | null {
  const year = BRACKET_YEAR.exec(textBefore)?.[1];
  if (year) return Number(year);
  const m = BRACKET_COMPARATIVE.exec(textBefore);
  if (!m) return null;
  // "(prior year: ", "(PY: ", "(Vj.: ": the year before the level's (PY threw here before: it names no year).
  if (!m[3]) return levelYear - 1;
  return m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
}

const REPORTED_AFTER = /\b(?:according to|data (?:showed|shows)|figures (?:showed|show)|said|says|reported|estimated?|showed)\b|数据显示|统计|据/iu;
const COMPARED_PERIOD = /(?:\b(?:than|compared with|versus|vs\.?)\s+(?:in\s+|on\s+|at\s+)?(?:the\s+)?|\b(?:corresponding|same) period (?:of|in)\s+|(?:%|\b(?:up|down|higher|lower))\s+(?:from|on|below|above|under|over)\s+|(?:较|比|相比)(?:于)?)$/iu;
const SENSITIVITY = /^\W*(?:every|each)\b[^.;]*?\b(?:moves?|changes?|shifts?|impacts?|affects?|swings?|alters?)\s+((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)\s+by\s+(?:about\s+|around\s+|roughly\s+|some\s+|approximately\s+)?$/iu;
const TIME_WORD = /^(?:month|year|quarter|week|day|session|period)s?$/iu;
const CONTRACT_MONTH = /\b(?:(?:LME|COMEX|Comex|SHFE|NYMEX|CME|CBOT|ICE|SGX|DCE|TOCOM)(?:['’]s)?(?:\s+(?:London|New York|US|Europe|Futures))?)\s+$/u;
const EVENT_DAY = /\b(?:published|released|announced|signed|held|issued|filed|approved|authori[sz]ed|adopted)\s+on\s+$|\b(?:dated|published)\s+$/iu;
const BRACKETED = /^[(（]$/u;
const SPOT_QUOTE = /\b(?:spot|offered|quoted|assessed)\b|现货|报价/iu;
const CURRENT = /目前|当前|现阶段|本周|\b(?:currently|at present|this week|today)\b|(?<!\b(?:we|they|I)\s)\bnow\b(?!\s+(?:expects?|forecasts?|sees?|assumes?|estimates?|projects?|guides?|models?)\b)/iu;
/** "The bank has 4,600 branches", "employs 12,000 people": what a company holds now, in the present tense. */
const HOLDS_NOW = /\b(?:has|have|operates|employs|owns)\s+(?:about\s+|around\s+|some\s+|more than\s+|over\s+|nearly\s+)?$/iu;
/**
 * Measures that hold without a period: targets, valuation inputs, mineral reserves (not a central bank's), and quotas
 * ("2026 rare earth mining quotas at 142,000 tonnes", 冶炼分离指标: an allowance, not what a period measured).
 */
const TIMELESS = /\btarget prices?\b|\bprice targets?\b|\bTP\b|\b(?:upside|downside)$|目标价|目标(?:为|是)?$|\btargets?$|\bWACC\b|terminal growth|discount rate|\b(?:ore|mineral|proven|probable|proved|recoverable)(?: and \w+)? reserves?\b|储量|总股本|回购数量|总投资|投资总额|\btotal investment\b|\b(?:mineral|measured|indicated|inferred) resources?\b|\b(?:reserve|resource) grade\b|资源量|\bquotas?$|(?:开采|冶炼分离|总量控制)指标$|配额$/iu;
/** A deal's terms, of no period: "a CHF 1.2 billion rights issue at CHF 41.80", "a US$150.0 million stream deposit". */
const DEAL_TERM = new RegExp(String.raw`\brights issue(?: price| discount)?$|\bplacement(?: price)?$|\b(?:acquisition|purchase|sale|subscription|issue|offer) price$`
  + String.raw`|\b(?:aggregate |total )?consideration$|\bstream deposit$|\b(?:loan|credit|prepayment|revolving credit) facility$|\broyalty rate$|贷款额度$|授信额度$`
  // "The Lumwana expansion will add 85,000 t a year at a cost of US$1.9 billion": what a project costs to build.
  + String.raw`|\b(?:project|expansion|plant|mine|line|smelter|refinery|facility|concentrator|upgrade)\s+(?:cost|capex|capital cost|budget)$`, 'iu');

/** "our 2025 estimate of 164 GWh", "FY25 revenue was": a period heading the noun phrase a figure is the value of. */
const HEADED = /^\s*(?:[\p{L}'’-]+\s+){0,4}(?:of|was|were|is|at|totalled|totaled|reached|came to|stood at)\s+(?:about\s+|around\s+|some\s+|roughly\s+|approximately\s+)?$/u;

/**
 * A period right after a figure ("398,000 yuan/mt on December 31, 2024") is that figure's. Only
 * the last figure before a period can own it: any earlier one has that figure between them.
 */
function periodOwners(s: Sentence, items: Item[], periods: FoundPeriod[]): Map<FoundPeriod, Item> {
  const owners = new Map<FoundPeriod, Item>();
  let k = -1;
  for (const p of [...periods].sort((a, b) => a.index - b.index)) {
    while (k + 1 < items.length && items[k + 1]!.end <= p.index) k++;
    const x = items[k];
    if (x && /^\s*(?:(?:at|on|in|as of|by|for|during)\s*)?(?:the\s+)?$/iu.test(s.text.slice(x.end - s.start, p.index - s.start))) owners.set(p, x);
  }
  return owners;
}

/** "当日", "当天": the day the passage last named, said before a figure. */
const SAME_DAY_SAID = /当日|当天/u;

/** A stock held on a day (inventories, warrants), said right before its figure. */
const STOCK_HELD = /(?:库存|仓单|\b(?:inventor(?:y|ies)|stocks|stockpiles?))[^，,；;。]{0,6}$/iu;

/** How many days a period spans, both ends counted. */
function daysOf(p: Period): number {
  return Math.round((Date.parse(p.end) - Date.parse(p.start)) / 86_400_000) + 1;
}

/** The last day of a period, as a period of that day. */
function lastDayOf(p: Period): Period {
  return { label: `${p.label} (last day)`, start: p.end, end: p.end };
}

/** A period of days moved by `days`, said in its label ("on Thursday (a week earlier)"). */
function shiftDays(p: Period, days: number, said: string): Period {
  const moved = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  return { label: `${p.label} (${said})`, start: moved(p.start), end: moved(p.end) };
}

/** How many days a period spans, both ends counted. */
function daysIn(p: Period): number {
  return (Date.parse(`${p.end}T00:00:00Z`) - Date.parse(`${p.start}T00:00:00Z`)) / 86_400_000 + 1;
}

/** The same day a month earlier (the month's last day when it is shorter), or the month before a month. */
function shiftMonth(p: Period): Period {
  const [y, m, d] = p.start.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 2, 1));
  const last = new Date(Date.UTC(y, m - 1, 0)).getUTCDate();
  const iso = (day: number) => new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), day)).toISOString().slice(0, 10);
  const label = `${p.label} (a month earlier)`;
  return p.start === p.end ? { label, start: iso(Math.min(d, last)), end: iso(Math.min(d, last)) } : { label, start: iso(1), end: iso(last) };
}

/** The same period a number of years earlier or later. */
function shiftYear(p: Period, years: number): Period {
  const shift = (d: string) => `${Number(d.slice(0, 4)) + years}${d.slice(4)}`;
  if (years === 0) return p;
  const said = years === -1 ? 'a year earlier' : years === 1 ? 'a year later' : `${Number(p.start.slice(0, 4)) + years}`;
  return { label: `${p.label} (${said})`, start: shift(p.start), end: shift(p.end) };
}

/**
 * "in 2020, 2019 and 2018 were $4.4 billion, $3.7 billion and $2.3 billion, respectively":
 * each "respectively" pairs the figures before it with the periods listed in its segment.
 */
function respectivePeriods(s: Sentence, emitted: Item[], periods: FoundPeriod[], result: Map<Item, Period | null>): void {
  yearRangeRespectively(s, emitted, result);
  // Without "respectively": a list of figures followed by a list of as many periods.
  if (!/\brespectively\b/iu.test(s.text) && emitted.length >= 2) {
    const list = emitted.every((item, k) => k === 0 || /^\s*(?:,|and|,\s*and)\s*(?:approximately\s+)?$/iu.test(s.text.slice(emitted[k - 1]!.end - s.start, item.start - s.start)));
    const after = periods.filter((p) => p.index >= emitted[emitted.length - 1]!.end);
    if (list && after.length === emitted.length) emitted.forEach((item, k) => result.set(item, toPeriod(after[k]!)));
    return;
  }
  // A list before a colon or semicolon ("… as of October 31, 2021 were as follows: As of …") is another statement's.
  const firstFigure = emitted[0]?.start ?? s.start;
  const boundary = Math.max(s.text.lastIndexOf(':', firstFigure - s.start), s.text.lastIndexOf(';', firstFigure - s.start));
  let segmentStart = boundary === -1 ? s.start : s.start + boundary + 1;
  for (const m of s.text.matchAll(/\brespectively\b/giu)) {
    const at = s.start + m.index!;
    const figures = emitted.filter((i) => i.start >= segmentStart && i.start < at);
    const listed = periods.filter((p) => p.index >= segmentStart && p.index < at + 40 && (p.index < at || /^[\s,]*(?:(?:in|as of|for|at)\s*)?$/iu.test(s.text.slice(at + m[0].length - s.start, p.index - s.start))));
    if (figures.length >= 2 && listed.length === figures.length) figures.forEach((item, k) => result.set(item, toPeriod(listed[k]!)));
    segmentStart = at + m[0].length;
  }
}

/** Text joining the items of a list: a comma, "and", or both. */
const LIST_JOIN = /^\s*(?:,|and|,\s*and)\s*(?:approximately\s+|about\s+)?$/iu;

/**
 * "derivative assets of $2.8 billion and $2.2 billion and liabilities of $6.2 billion and
 * $4.8 billion at December 31, 2020 and 2019": every run of as many figures as the sentence
 * lists periods takes them in order.
 */
function listedPeriodRuns(s: Sentence, emitted: Item[], periods: FoundPeriod[], result: Map<Item, Period | null>): void {
  const sorted = [...periods].sort((a, b) => a.index - b.index);
  let list: FoundPeriod[] = [];
  for (const p of sorted) {
    const last = list[list.length - 1];
    if (last && LIST_JOIN.test(s.text.slice(last.index + last.length - s.start, p.index - s.start))) list.push(p);
    else if (list.length < 2) list = [p];
  }
  if (list.length < 2) return;
  const runs: Item[][] = [];
  for (const item of emitted) {
    const run = runs[runs.length - 1];
    const prev = run?.[run.length - 1];
    if (prev && LIST_JOIN.test(s.text.slice(prev.end - s.start, item.start - s.start))) run!.push(item);
    else runs.push([item]);
  }
  for (const run of runs) {
    if (run.length !== list.length || run.some((item) => result.has(item))) continue;
    run.forEach((item, k) => result.set(item, toPeriod(list[k]!)));
  }
}

/** "2025-2027年", and in English a range of three years or more ("2025-27", "2025–2027E"; "2025-26" may be one split year). */
const CJK_YEAR_RANGE = /((?:19|20)\d{2})\s*[-–—~至到]\s*((?:19|20)\d{2})年/u;
const YEAR_RANGE = /\b((?:19|20)\d{2})\s?[-–]\s?((?:19|20)?\d{2})E?\b(?![-–/.]\d)/u;
/** What joins the figures of a list: a comma, 、, a slash, and/和/及. */
const LIST_JOINER = /^\s*(?:[,，、/]|和|及|与|以及|and|,\s*and)\s*(?:approximately\s+|about\s+|约)?$/iu;

/** The years of a range a sentence forecasts or reports over, with where the range is said. */
function yearRangeOf(text: string): { years: number[]; index: number; length: number } | null {
  const cjk = text.includes('年') ? CJK_YEAR_RANGE.exec(text) : null;
  const m = cjk ?? ((text.includes('-') || text.includes('–')) && /\d[-–\s]/u.test(text) ? YEAR_RANGE.exec(text) : null);
  if (!m) return text.includes('/20') || text.includes('/19') ? yearListOf(text) : null;
  const first = Number(m[1]);
  const last = m[2]!.length === 2 ? Math.floor(first / 100) * 100 + Number(m[2]) : Number(m[2]);
  if (last <= first || last - first > 9 || (!cjk && last - first < 2)) return null;
  const years: number[] = [];
  for (let y = first; y <= last; y++) years.push(y);
  return { years, index: m.index, length: m[0].length };
}

/** "2025/2026年EPS至0.42/0.51元", "2025E/2026E EPS of": years listed with slashes, each for a figure of a list after. */
function yearListOf(text: string): { years: number[]; index: number; length: number } | null {
  const m = YEAR_LIST.exec(text);
  if (!m) return null;
  const years = m[0].match(/(?:19|20)\d{2}/gu)!.map(Number);
  if (years.some((y, k) => k > 0 && y !== years[k - 1]! + 1)) return null;
  return { years, index: m.index, length: m[0].length };
}
const YEAR_LIST = /(?:19|20)\d{2}(?:\/(?:19|20)\d{2}){1,3}年|\b(?:19|20)\d{2}E(?:\/(?:19|20)\d{2}E){1,3}\b/u;

/**
 * "2025-2027年归母净利润分别为18.6亿元、24.3亿元和29.8亿元", "…预测至131.5/152.8/171.2亿元", "2025-27 net profit of RMB1.2bn,
 * RMB1.5bn and RMB1.9bn": each list of as many figures as the range has years, after it, takes the years in order.
 */
function yearRangeRespectively(s: Sentence, emitted: Item[], result: Map<Item, Period | null>): void {
  const range = yearRangeOf(s.text);
  if (!range) return;
  const { years } = range;
  const at = s.start + range.index;
  const runs = listRuns(s, emitted.filter((i) => i.start >= at + range.length));
  // "net profit of RMB 3.2bn, 4.5bn and 5.8bn for 2025-27E": the list may come right before the range it is for.
  const before = listRuns(s, emitted.filter((i) => i.end <= at)).at(-1);
  if (before && /^\s*(?:for|in|over)\s+(?:the\s+)?(?:years?\s+)?$/iu.test(s.text.slice(before.at(-1)!.end - s.start, range.index))) runs.push(before);
  for (const run of runs) {
    if (run.length !== years.length) continue;
    run.forEach((item, n) => result.set(item, { label: `${years[n]}`, start: `${years[n]}-01-01`, end: `${years[n]}-12-31` }));
  }
}

/** Figures in one unit joined as a list (a comma, 、, a slash, "and"), in runs. */
function listRuns(s: Sentence, items: Item[]): Item[][] {
  const runs: Item[][] = [];
  for (const item of items) {
    const run = runs[runs.length - 1];
    const prev = run?.[run.length - 1];
    if (prev && prev.q.unit === item.q.unit && LIST_JOINER.test(s.text.slice(prev.end - s.start, item.start - s.start))) run!.push(item);
    else runs.push([item]);
  }
  return runs;
}

/** A date right after a change's "than"/"from" is what it is compared with, not its period. */
function isComparisonDate(item: Item, p: FoundPeriod, items: Item[]): boolean {
  return Boolean(item.changeSpan && items.some((x) => x.attachedTo === item && x.start > item.end && p.index >= x.end));
}

/** Whether a character code is an ASCII digit (what \d matches); false for NaN, past either end. */
const isDigit = (code: number) => code >= 48 && code <= 57;

/** Clause ranges of a sentence, cut at , ; : ( ) except inside period phrases ("December 31, 2024"). */
function clauseBounds(s: Sentence, periods: FoundPeriod[]): Array<[number, number]> {
  const bounds: Array<[number, number]> = [];
  // "shipped 14.2 Mt (wet) in the September quarter": a short aside in brackets with no figure ends no clause.
  // "EUR (412) million in Q3": nor do the brackets of an accounting negative.
  // Both kinds of aside open with a bracket: most sentences have none to look for.
  const bracketed = s.text.includes('(') || s.text.includes('（');
  const asides = new Set(bracketed ? [...s.text.matchAll(/[(（][^()（）\d,;，；]{1,24}[)）]|(?<=[$€£¥A-Z]\s?)\(\d[\d.,]*\)/gu)]
    .flatMap((m) => [m.index!, m.index! + m[0].length - 1]) : []);
  let start = s.start;
  for (const m of s.text.matchAll(/[,;:()，；：（）]/gu)) {
    const i = m.index!;
    const abs = s.start + i;
    if (asides.has(i)) continue;
    if (periods.some((p) => abs >= p.index && abs < p.index + p.length)) continue;
    if (s.text[i] === ',' && isDigit(s.text.charCodeAt(i - 1)) && isDigit(s.text.charCodeAt(i + 1))) continue;
    bounds.push([start, abs]);
    start = abs + 1;
  }
  bounds.push([start, s.end]);
  return bounds;
}

const FLEET_COUNTED = /^(?:aircraft|jets|planes|vessels|ships|tankers|bulkers|trucks|rigs|locomotives)$/iu;
const PEOPLE_COUNTED = /^(?:people|staff|workers|employees|personnel)$/iu;
const ABOUT = '(?:about\\s+|around\\s+|some\\s+|nearly\\s+|over\\s+|almost\\s+|more than\\s+)?';
const EMPLOYED = new RegExp(`\\b(?:employ(?:ed|s|ing)?|had|has|have)\\s+${ABOUT}$`, 'iu');
/** "flew" → "flown", "carries" → "carried": the verb as it names what was counted ("passengers flown"). */
function participle(verb: string): string {
  return PARTICIPLES.get(verb) ?? verb;
}
const PARTICIPLES = new Map([['flew', 'flown'], ['flies', 'flown'], ['carries', 'carried'], ['handles', 'handled'], ['transports', 'transported']]);
const CARRIED = new RegExp(`\\b(carried|carries|flew|flies|handled|handles|transported|transports)\\s+(?:a\\s+record\\s+)?${ABOUT}$`, 'iu');

/** "a 22% rise in interim profit to", "an 8% increase in sales to": the change noun, then the measure it changed. */
const CHANGE_IN_MEASURE = /^\s*(?:rise|increase|jump|gain|growth|climb|fall|drop|decline|decrease|slide|dip)\s+in\s+(?:its\s+|their\s+)?([\p{L}][\p{L}\s'’-]{1,40}?)\s+to\s*$/iu;

/** Books and fleets a count is the size of: "orders on hand", "backlog", "order book", "fleet", "headcount". */
const COUNTED_BOOK = /\b(?:orders?(?: on hand)?|order ?book|backlog|fleet|headcount|workforce|share capital|shares outstanding|share count)$/iu;

/** Elements a drill intercept's grade is of, as assays write them, and the name a label gives each. */
const ASSAYED = new Map([['au', 'gold'], ['ag', 'silver'], ['cu', 'copper'], ['zn', 'zinc'], ['pb', 'lead'], ['ni', 'nickel'],
  ['co', 'cobalt'], ['sn', 'tin'], ['sb', 'antimony'], ['mo', 'molybdenum'], ['w', 'tungsten'], ['mn', 'manganese'], ['fe', 'iron'],
  ['pt', 'platinum'], ['pd', 'palladium'], ['li2o', 'Li2O'], ['wo3', 'WO3'], ['treo', 'TREO'], ['u3o8', 'U3O8'], ['aueq', 'gold equivalent']]);

/**
 * "24.6 m @ 1.84 g/t Au": a drill intercept's width ("intercept width") and its grade, named by the element assayed
 * ("gold grade"), as is the grade of tonnes reported ("96.4 Mt at 37.8% Mn"); null for any other figure.
 */
function interceptLabel(tokens: Token[], q: Quantity, before: string): string | null {
  if (q.dimension === 'length' && tokens[q.last + 1]?.text === '@') return 'intercept width';
  const element = tokens[q.last + 1]?.kind === 'word' ? ASSAYED.get(tokens[q.last + 1]!.lower) : undefined;
  const grade = q.unit === 'g/t' || q.unit === '%' || q.unit === 'ppm';
  // "Ore Reserves of 96.4 Mt at 37.8% Mn", "1,284 Mt grading 0.41% Cu": the grade of the tonnes before it.
  const ofTonnes = /^(?:at|grading)$/u.test(tokens[q.first - 1]?.lower ?? '') && /^(?:t|kt|Mt|mt|Bt|tonnes|tons)$/u.test(tokens[q.first - 2]?.text ?? '');
  if (!element || !grade) return null;
  if (tokens[q.first - 1]?.text === '@') return `${element} grade`;
  // "reserves stood at 1,840 Mt at 0.41% Cu": a reserve's (a resource's) grade, as timeless as its tonnes.
  const held = /\b(reserve|resource)s?\b/iu.exec(before)?.[1]?.toLowerCase();
  return ofTonnes ? (held ? `${held} grade` : `${element} grade`) : null;
}

function labelFor(ctx: LabelContext, items: Item[], k: number, previousLabel: Label | null, text: (a: number, b: number) => string): Label {
  const previous = previousLabel?.text ?? null;
  const item = items[k]!;
  const q = item.q;
  const { tokens } = ctx;
  // "reported a 22% rise in interim profit to HK$1.86 billion": the measure named between the change and its level.
  const risen = item.ledBy ? CHANGE_IN_MEASURE.exec(text(item.ledBy.end, item.start)) : null;
  if (risen) {
    const start = item.ledBy!.end + risen.index + risen[0].indexOf(risen[1]!, risen[0].indexOf(' in ') + 4);
    return { text: risen[1]!, start, end: start + risen[1]!.length };
  }
  // "Lithium carbonate rebounded from its June low to CNY 86,500/t": what moved is named before "from".
  const extreme = item.fromExtreme;
  const fromAt = extreme ? tokens.findIndex((t) => t.start === item.start - extreme.length) : -1;
  // "fell from its record high of $11,200/t in May to $10,150/t": the high said inside the move is read past.
  const inside = fromAt > 0 ? items.slice(0, k).filter((x) => x.start > tokens[fromAt]!.start).length : 0;
  const floorAt = k - inside > 0 ? items[k - inside - 1]!.q.last + 1 : 0;
  const rebounded = fromAt > 0 && inside <= 1 ? labelBefore(ctx, fromAt, floorAt) : null;
  if (rebounded?.label.text) return rebounded.label;
  // "AISC is tracking towards the top of the US$2.40-2.60/lb range": the range is the measure's guidance.
  const tracked = /^(?:range|band)$/iu.test(tokens[q.last + 1]?.text ?? '')
    ? TRACKING_TOWARDS.exec(text(Math.max(tokens[0]!.start, item.start - 120), item.start)) : null;
  if (tracked && !/\b(?:we|they|it|i|you|he|she|said|says|management)\b/iu.test(tracked[1]!)) return { text: `${tracked[1]} guidance`, start: -1, end: -1 };
  // "Group EBIT was €1.4bn (-€0.2bn from restructuring charges)": a signed amount in brackets is the impact of what it is from.
  const impact = k > 0 && /[(（]\s*$/u.test(text(items[k - 1]!.end, item.start)) && /^[-−+]/u.test(text(item.start, item.end))
    ? IMPACT_AFTER.exec(text(item.end, Math.min(item.end + 60, tokens[tokens.length - 1]!.end))) : null;
  if (impact) return { text: `${impact[1]} impact`, start: -1, end: -1 };
  // "a TP of HK$18.40 (from HK$16.90), 22% upside": the gap to a target price is its upside (downside).
  const gap = q.unit === '%' ? /^(?:upside|downside)$/iu.exec(tokens[q.last + 1]?.text ?? '') : null;
  if (gap) return { text: gap[0].toLowerCase(), start: tokens[q.last + 1]!.start, end: tokens[q.last + 1]!.end };
  const intercept = interceptLabel(tokens, q, text(Math.max(tokens[0]!.start, item.start - 60), item.start));
  if (intercept) return { text: intercept, start: -1, end: -1 };
  // "每10股派发现金红利3.5元": a dividend per ten shares, as analysts name it.
  const perTen = q.dimension === 'currency' ? PER_TEN_SHARES.exec(text(Math.max(tokens[0]!.start, item.start - 16), item.start)) : null;
  if (perTen) return { text: `每${perTen[1]}股现金红利`, start: -1, end: -1 };
  // "…，重稀土单耗较2023年下降约30%": the measure before the year it is compared with.
  const ownSubject = item.change && k > 0 ? CJK_OWN_SUBJECT.exec(text(items[k - 1]!.end, item.start)) : null;
  if (ownSubject) return { text: ownSubject[1]!, start: -1, end: -1 };
  // "the Group's gearing ratio, calculated as total borrowings divided by total equity, was approximately 46.2%".
  const aside = text(Math.max(tokens[0]!.start, item.start - 200), item.start);
  const defined = ASIDE_WORD.test(aside) ? DEFINED_ASIDE.exec(aside) : null;
  if (defined) return { text: defined[1]!, start: -1, end: -1 };
  // "trimming its 2026 earnings forecast by 11%": a change a verb makes to its object is that object's.
  const objectFrom = k > 0 ? items[k - 1]!.end : tokens[0]!.start;
  const objectText = item.change ? text(objectFrom, item.start) : '';
  const object = item.change ? changedObject(objectText) : null;
  if (object) {
    const at = objectText.lastIndexOf(object);
    return at < 0 ? { text: object, start: -1, end: -1 } : { text: object, start: objectFrom + at, end: objectFrom + at + object.length };
  }
  // "a margin of 38%, versus $745 million and 35%": a comparison listed after another is of the level before in its unit.
  const between = k > 0 ? text(items[k - 1]!.end, item.start) : '';
  // "8% below the 4,685 tU of 1H24": the level a change is measured against, of the measure before in its unit.
  const listedCompared = item.comparison && k > 0 && ((items[k - 1]!.comparison && /^\s*and\s*$/iu.test(between))
    || (items[k - 1]!.change && CHANGED_AGAINST.test(between)))
    ? items.slice(0, k).reverse().find((x) => !x.comparison && !x.change && x.label && x.q.unit === q.unit) : undefined;
  if (listedCompared) return { text: listedCompared.label!.text, start: -1, end: -1 };
  // "营业收入为92.87亿元，较上年同期的57.6亿元": the level compared with is the measure said before it.
  if (item.comparison && previous && CJK_COMPARED.test(text(Math.max(tokens[0]!.start, item.start - 12), item.start))) {
    return { text: previous, start: -1, end: -1 };
  }
  if (q.counted) {
    // "sales rose 44% to 1.72 million units", "delivered 41,870 vehicles": the measure is said before the figure.
    const anchor = item.ledBy ? items.indexOf(item.ledBy) : k;
    const left = labelBefore(ctx, items[anchor]!.q.first, anchor > 0 ? items[anchor - 1]!.q.last + 1 : 0);
    // "for the construction of 6 units of 82,000 dwt Kamsarmax bulk carriers": what the units are of is what is counted,
    // unless a measure was said before them ("an annual capacity of 300,000 sets of modules").
    const unitsOf = UNITS_COUNTED.test(tokens[q.counted.last]!.text) && tokens[q.last + 1]?.lower === 'of' && !left?.measure
      && !COUNT_MEASURE.test(left?.label.text ?? '') ? labelAfter({ ...ctx, skip: [...ctx.skip, ...(ctx.specified ?? [])] }, q.last) : null;
    const counted = unitsOf ?? { text: text(tokens[q.counted.first]!.start, tokens[q.counted.last]!.end), start: tokens[q.counted.first]!.start, end: tokens[q.counted.last]!.end };
    // "sold 31.26 million tyres": what was counted, with the measure its verb names.
    // "1,146 stores", "4,600 branches": a count of places a company runs is its store (branch) count.
    // "Taunusair, which operates 118 aircraft": the aircraft or ships a company runs are its fleet.
    if (FLEET_COUNTED.test(counted.text) && /\b(?:operates|operated|runs|owns|has)\s+(?:a\s+fleet\s+of\s+)?$/iu.test(text(Math.max(tokens[0]!.start, item.start - 30), item.start))) {
      return { ...counted, text: 'fleet' };
    }
    const lead = text(Math.max(tokens[0]!.start, item.start - 40), item.start);
    // "the company employed 6,215 people": its employees; "the airline carried 38.4 million passengers": passengers carried.
    if (PEOPLE_COUNTED.test(counted.text) && EMPLOYED.test(lead)) return { ...counted, text: 'employees' };
    const carried = /^passengers$/iu.test(counted.text) ? CARRIED.exec(lead) : null;
    if (carried) return { ...counted, text: `passengers ${participle(carried[1]!.toLowerCase())}` };
    if (!left?.measure && COUNTED_PLACES.test(counted.text)) return { ...counted, text: `${counted.text.replace(/ches$/u, 'ch').replace(/s$/u, '')} count` };
    // "Orders on hand totalled 1,284 aircraft": a book of orders or a fleet counted in things is named by the book.
    if (left?.source === 'subject' && COUNTED_BOOK.test(left.label.text)) return left.label;
    // "with open interest of 352,400 lots", "trading volume was 1.2 million lots": a count of lots is of what was said.
    if (TRADED_COUNTED.test(counted.text) && TRADED_MEASURE.test(left?.label.text ?? '')) return left!.label;
    // "we repurchased 46.2 million shares of our common stock": shares named by what was done with them.
    const dealt = /^shares$/iu.test(counted.text) ? SHARES_DEALT.exec(lead) : null;
    if (dealt) return { ...counted, text: `shares ${dealt[1]!.toLowerCase().replace(/^repurchases$/u, 'repurchased')}` };
    if (!GENERIC_COUNTED.test(counted.text)) return left?.measure ? { ...counted, text: `${singularHead(counted.text)} ${left.measure}` } : counted;
    // "1.3 million units of the phone", not "1.3 million units in its first 10 days": what units are of is said with "of".
    const right = tokens[q.last + 1]?.lower === 'in' ? null : labelAfter(ctx, q.last);
    // "Samsung's Galaxy S25 sold 1.3 million units": the product a company's possessive names sold them.
    const owned = left && left.label.start > 0 && /['’]s\s+$/u.test(text(Math.max(tokens[0]!.start, left.label.start - 4), left.label.start));
    const seller = !right && left?.measure && owned && !GENERIC_OWNER.test(left.label.text) ? left.label.text : null;
    if (seller) return { ...counted, text: `${seller} ${left!.measure}` };
    if (left?.measure) return { ...counted, text: `${singularHead(right?.text ?? counted.text)} ${left.measure}` };
    // "Orion Line would deploy 11 ships on its new loop": the things counted, as the verb made them ("ships deployed").
    const acted = left && COUNT_VERBS.get(left.label.text.toLowerCase());
    if (acted) return { ...counted, text: `${counted.text} ${acted}` };
    if (left?.label.text) return left.label;
    // "sales of battery enclosures, which rose to 1.38 million sets": what the relative clause is about.
    return antecedent(ctx, q.first, anchor > 0 ? items[anchor - 1]!.q.last + 1 : 0) ?? counted;
  }
  const textBefore = text(k > 0 ? items[k - 1]!.end : tokens[0]!.start, item.start);
  // "$2.41 billion, or $1.87 per share": the restatement per share of an income is earnings per share.
  if (k > 0 && restates(textBefore) && /^\s*(?:per|a) (?:diluted |basic )?share\b/iu.test(text(item.end, item.end + 24))) {
    const income = /\b(?:income|profit|earnings)\b/iu.test(previous ?? '');
    return { text: income ? 'earnings per share' : `${previous ?? 'amount'} per share`, start: -1, end: -1 };
  }
  // "lower realized lithium hydroxide prices, which averaged $10.84 per kilogram": the level of what "which" stands for.
  const assumed = WHICH_WE_ASSUME.test(textBefore);
  const which = WHICH_STOOD_AT.test(textBefore) || assumed ? antecedent(ctx, q.first, k > 0 ? items[k - 1]!.q.last + 1 : 0) : null;
  // "The remaining cargoes are priced against JKM, which we assume at US$11.40/MMBtu": the price assumed for it.
  if (which && assumed) {
    const priced = which.text.replace(/^(?:off|against|to|on|at|from|with|of|for|in)\s+/iu, '').replace(/(?<=\S)\s+prices?$/iu, '');
    return { ...which, text: `${priced} price assumption` };
  }
  if (which) {
    const named = which.text.replace(/^(?:lower|higher|weaker|stronger|firmer|softer)\s+/iu, '');
    const averaged = /\bwhich\s+averaged\b/iu.test(textBefore) && !/\baverage\b/iu.test(named);
    return { ...which, text: averaged ? `average ${named}` : named };
  }
  // "agreed to buy a 30% stake in the project for $410 million": what a deal costs is its price.
  // (The sentence is read back to its verb only where "for" comes right before the money.)
  const deal = q.dimension === 'currency' && !q.unit.includes('/') && /\bfor\s/iu.test(textBefore) ? DEAL_FOR.exec(text(tokens[0]!.start, item.start)) : null;
  if (deal) {
    const sold = /^(?:sell|sold|selling|dispose|disposed|divest|divested)/iu.test(deal[1]!);
    return { text: sold ? 'sale price' : /^order/iu.test(deal[1]!) ? 'order price' : 'acquisition price', start: -1, end: -1 };
  }
  // "trades at 13.8x our FY26E EPS": a multiple of earnings, book value or EBITDA is named by what it multiplies.
  const multiple = q.unit === 'x' ? MULTIPLE_OF.exec(text(item.end, Math.min(item.end + 40, tokens[tokens.length - 1]!.end))) : null;
  // "Net debt stood at US$2.85 billion, or 1.4x trailing EBITDA": debt as a multiple of EBITDA is leverage, not a valuation.
  // "Net debt is expected at 1.2-1.5x EBITDA": the same, net debt being the subject of the multiple.
  const leverage = multiple && /^EBITDA$/iu.test(multiple[1]!) && (/^net debt$/iu.test(previous ?? '') || DEBT_AT.test(textBefore.slice(-60)));
  if (leverage) return { text: 'net debt/EBITDA', start: -1, end: -1 };
  // "net leverage stood at 2.1 times trailing EBITDA": leverage named before the multiple is what it measures.
  const leverageSaid = multiple && /^EBITDA$/iu.test(multiple[1]!) ? LEVERAGE_SAID.exec(textBefore.slice(-40)) : null;
  if (leverageSaid) return { text: leverageSaid[1]!, start: -1, end: -1 };
  if (multiple) return { text: /EBITDA/iu.test(multiple[1]!) ? 'EV/EBITDA' : /book|BVPS|P\/B/iu.test(multiple[1]!) ? 'P/B' : 'P/E', start: -1, end: -1 };
  // "…in the quarter: $900 million in buybacks and $600 million in dividends": a breakdown after a colon names each part after it.
  if (k > 0 && /[:：]\s*$/u.test(textBefore) && tokens[q.last + 1]?.lower === 'in') {
    const part = labelAfter(ctx, q.last);
    // Not "…: $5bn in three years": a stretch of time names no part.
    if (part && !/\b(?:years?|months?|weeks?|days?|quarters?|time)$/iu.test(part.text)) return part;
  }
  // "contracts were concluded at $780/t CFR for 150,000t": the tonnes a priced deal covers are its volume.
  // Not a cost, a royalty or freight "for 48 million tonnes of shipments": what "of" names after the tonnes is theirs.
  const closes = !tokens[q.last + 1] || tokens[q.last + 1]!.kind === 'sym';
  const priced = k > 0 && q.dimension === 'mass' && !q.unit.includes('/') && items[k - 1]!.q.unit.includes('/') && closes
    && /^ ?(?:(?:FOB|CFR|CIF|DAP|FCA|EXW) )?for (?:about |around |some )?$/iu.test(textBefore)
    && !/\b(?:costs?|royalt|freight|rates?|tariffs?|fees?|guidance)/iu.test(items[k - 1]!.label?.text ?? '') ? items[k - 1]!.label : null;
  if (priced) return { text: `${priced.text.replace(/ ?prices?$/iu, '')} volume`, start: -1, end: -1 };
  // "We returned $1.5 billion to shareholders": what a company hands back to its owners.
  if (q.dimension === 'currency' && /\breturned\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+)?$/iu.test(textBefore)
    && /^\s*to\s+(?:its\s+|our\s+)?shareholders\b/iu.test(text(item.end, Math.min(item.end + 30, tokens[tokens.length - 1]!.end)))) {
    return { text: 'shareholder returns', start: -1, end: -1 };
  }
  // "…, valuing the company at HK$57.4 billion": what the shares' price makes the company worth.
  if (q.dimension === 'currency' && !q.unit.includes('/') && VALUED_AT.test(textBefore)) return { text: 'market capitalisation', start: -1, end: -1 };
  // "Analysts expect iron ore to average US$94/t in 2026": a forecast of what is expected to average.
  const expected = q.dimension === 'currency' && q.unit.includes('/') ? EXPECTED_TO_AVERAGE.exec(textBefore) : null;
  if (expected) return { text: `${expected[1]} price forecast`, start: -1, end: -1 };
  // "took the Aurelia Frost for 12 months at US$41,000/day": a ship's hire for a term is its time-charter rate.
  if (q.unit.endsWith('/d') && q.dimension === 'currency' && CHARTERED_FOR.test(textBefore)) return { text: 'time-charter rate', start: -1, end: -1 };
  // "we hit 78% of nameplate in September": a share of a plant's capacity is its utilisation.
  if (q.unit === '%' && OF_NAMEPLATE.test(text(item.end, Math.min(item.end + 40, tokens[tokens.length - 1]!.end)))) {
    return { text: 'utilisation rate', start: -1, end: -1 };
  }
  // "…, and we're targeting 90% by March": a target for the measure just said.
  if (previous && /\b(?:targeting|targets|aiming for|aims for)\s+(?:about\s+|around\s+)?$/iu.test(textBefore)
    && !labelAfter(ctx, q.last)) return { text: `${previous} target`, start: -1, end: -1 };
  // "The 2030 Notes bear interest at 4.375% per annum": the rate a debt bears is its interest rate.
  if (q.unit === '%' && /\b(?:bears?|bearing|carry|carries|carrying)\s+(?:an?\s+)?(?:fixed\s+|floating\s+|annual\s+)?interest\s+(?:at\s+)?(?:a\s+rate\s+of\s+)?$/iu
    .test(textBefore)) return { text: 'interest rate', start: -1, end: -1 };
  // "our lines are running at close to 90%": a plant running at a share of its capacity states its utilisation.
  if (q.unit === '%' && RUNNING_AT.test(textBefore)) {
    return { text: 'utilisation rate', start: -1, end: -1 };
  }
  // "The company realised R$2,915 per tonne in Brazil": what a producer realised for a unit is its realised price.
  if (q.dimension === 'currency' && q.unit.includes('/') && REALISED_BY.test(textBefore)) return { text: 'realised price', start: -1, end: -1 };
  const right = labelAfter(ctx, q.last);
  // "SHFE's most-active contract ended the night session at 80,160 yuan/t": what closed, not the session.
  const session = SESSION_END.exec(textBefore);
  const closer = session ? textBefore.slice(0, session.index).split(/[,;:]/u).pop()!.trim().split(/\s+/u).slice(-4).join(' ') : '';
  if (closer) return { text: closer.replace(/['’]s\b/gu, '').replace(/^(?:the|its|their|our)\s+/iu, ''), start: -1, end: -1 };
  // "is targeting 12 GW of renewables by 2030": a target for what follows.
  if (right && /\b(?:targeting|targets|aims for|aiming for)\s+(?:about\s+|around\s+)?$/iu.test(textBefore)) return { ...right, text: `${right.text} target` };
  // "containing 612 million pounds of nickel": the metal a reserve holds.
  if (right && /\b(?:containing|contains|contained)\s+(?:about\s+|some\s+)?$/iu.test(textBefore)) return { ...right, text: `contained ${right.text}` };
  // "Its shares closed 2.3% higher at ₹684.20 on the NSE": a share's closing price, not the exchange.
  // Not "NTA per share fell 4.2% to 612p": a value per share is a measure of its own.
  if (q.dimension === 'currency' && /(?<!\bper\s)\bshares?\s+(?:closed|ended|finished|traded|rose|fell)\b/iu.test(text(tokens[0]!.start, item.start))) {
    return { text: 'share price', start: -1, end: -1 };
  }
  // "The company's shares closed down 5.4% in Lima", "Shares of magnet maker Tianrun Magnetics (300745.SZ) jumped 7.9%":
  // a move of the shares (named "share price" once its owner is known, in toMetric), not the exchange's city or the company.
  if (q.unit === '%' && item.change && sharesMoved(textBefore.split(/[,;]/u).pop()!)) return { text: 'shares', start: -1, end: -1 };
  // "took 38.6% of sales volume", ", accounting for 51.6% of total new car sales": a percentage of a measure is a share
  // of it; "OLED accounted for 58% of sales", "HBM made up 41% of DRAM revenue": the subject's share of it.
  const shareOf = right && q.unit === '%' && tokens[q.last + 1]?.lower === 'of' && !/\b(?:share|proportion|stake|whole)\b/iu.test(right.text);
  // "Opex was $612 million, which is about 14.9% of revenue": the sum before, as a share of the whole.
  const whichIs = shareOf && k > 0 && WHICH_IS.test(textBefore);
  if (shareOf && (SHARE_TAKEN.test(textBefore) || ACCOUNTED_FOR.test(textBefore) || whichIs)) {
    const said = labelBefore(ctx, q.first, k > 0 ? items[k - 1]!.q.last + 1 : 0)?.label.text ?? '';
    const whole = right!.text.replace(/^(?:our|its|their|the)\s+/iu, '');
    // "Same-day delivery orders grew 31% and now make up 18% of online sales": the subject of the clause before;
    // "…of online sales, which in turn represent 14% of group revenue": the whole of the share before.
    const previousShare = k > 0 ? /^(?:.+ )?share of (.+)$/u.exec(items[k - 1]!.label?.text ?? '')?.[1] : undefined;
    const subject = /^(?:now |also )?(?:make|makes|made|making)$/iu.test(said) && k > 0 ? items[k - 1]!.label?.text ?? ''
      : /^(?:in turn|which)$/iu.test(said) && previousShare ? previousShare : said;
    const owned = subject && !ACCOUNTED_FOR.test(`${subject} for `) && !/^(?:it|this|that|they)$/iu.test(subject);
    // "Revenue from overseas customers accounted for 31.6% of total revenue": the overseas share of it.
    const source = REVENUE_FROM.exec(subject)?.[1];
    const modifier = source ?? (/\bsales$/iu.test(subject) ? subject : singularHead(subject)); // "export sales share", "export share"
    // "R&D expenses were RMB 218 million, representing 4.8% of operating income": the sum before is the part (units sold
    // before "accounting for 51.6% of total new car sales" leave the share the market's, as the sets name it).
    const before = k > 0 ? items[k - 1]! : undefined;
    const afterComma = textBefore.includes(',') ? textBefore.slice(textBefore.lastIndexOf(',') + 1).trim().split(/\s+/u).length : 0;
    const part = (!owned || whichIs) && before?.q.dimension === 'currency' && !before.change && ((afterComma > 0 && afterComma <= 2) || whichIs)
      ? before.label?.text : undefined;
    if (part) return { ...right!, text: `${part} share of ${whole}` };
    return { ...right!, text: owned ? `${modifier} share of ${whole}` : `share of ${whole}` };
  }
  // "hedged around 78% of our 2026 generation": the share of a measure sold ahead (the sets write "share of X hedged").
  if (right && q.unit === '%' && tokens[q.last + 1]?.lower === 'of' && /\bhedged\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+)?$/iu.test(textBefore)) {
    return { ...right, text: `share of ${right.text.replace(/^(?:our|its|their)\s+/iu, '')} hedged` };
  }
  if (right && isAttributive(tokens, q.first, q.last)) return right;
  const floorOf = (i: number) => (i > 0 ? pastOfComplement(tokens, items[i - 1]!.q.last + 1, items[i]!.q.first) : 0);
  // The level a change or a comparison is of: not a restatement of another ("…, or $1.87 per share").
  const restated = (x: Item) => { const i = items.indexOf(x); return i > 0 && restates(text(items[i - 1]!.end, x.start)); };
  const levelItem = [...items.slice(0, k)].reverse().find((x) => !x.change && !x.comparison && x.label && !restated(x));
  const level = levelItem?.label ?? null;
  if (item.change && level) {
    // "其中，火电同比下降2.1%", "and auto exports down 4.8%": a change standing on its own with a subject of its own is that subject's.
    // "growth was 3.9%, with volume up 1.5%": a part of a growth rate (not "revenue reached $3.2bn, with sales up 8%").
    const own = labelBefore(ctx, q.first, k > 0 ? items[k - 1]!.q.last + 1 : 0);
    // "Net sales were $10.9 billion, with organic volume down 1.4%": a part naming another measure than the level's.
    // ("Revenue reached $3.2bn, with sales up 8%": sales are the revenue.)
    const sales = (x: string) => /^(?:net |total )?(?:sales|revenues?|turnover)$/iu.test(x);
    const another = (x: string) => !sameMeasure(x, level.text) && !(sales(x) && sales(level.text));
    // (Not "with the US up 2%": a place's part of the same measure.)
    const place = (x: string) => /^(?:the\s+)?(?:US|U\.S\.|UK|EU|China|Europe|Asia|Japan|India|Germany|France|Americas?|EMEA|APAC|Africa)$/u.test(x);
    const part = WITH_PART.test(textBefore) && (levelItem!.q.unit === '%' || (another(own?.label.text ?? level.text) && !place(own?.label.text ?? '')));
    const subject = own?.label.text && (CJK.test(text(item.start - 1, item.start)) || OWN_SUBJECT.test(textBefore) || part);
    if (!subject) return level;
    if (own!.measure) return { ...own!.label, text: `${own!.label.text} ${own!.measure}` };
    // "发电量…，其中太阳能发电同比增长21.4%": the subject takes the rest of the level's measure (太阳能发电量).
    return { ...own!.label, text: cjkOverlap(own!.label.text, level.text) };
  }
  // "1.872 million units, or 54.6% of the total": the level's share of the whole.
  if (restates(textBefore) && level && q.unit === '%' && /^\s*of (?:the )?(?:total|whole|market)\b/iu.test(text(item.end, item.end + 20))) {
    return { ...level, text: `${level.text} share` };
  }
  // "values the target at 8.5 times forward EBITDA, or about US$4.1 billion": money restating a multiple is what it values.
  const valued = restates(textBefore) && level && q.dimension === 'currency' && items[k - 1]?.q.unit === 'x';
  if (valued) return { text: /\bEBITDA\b/u.test(level.text) ? 'enterprise value' : 'valuation', start: -1, end: -1 };
  // "Segment operating income was $212.9 million, or 16.6% of segment net sales": income as a share of sales is a margin.
  const ofSales = restates(textBefore) && level && q.unit === '%' && INCOME_NAMED.test(level.text)
    && /^\s*of\s+(?:(?:the|its|our|their)\s+)?(?:[\p{L}-]+\s+){0,2}(?:net\s+)?(?:sales|revenues?|turnover)\b/iu.test(text(item.end, item.end + 48));
  if (ofSales) return { text: level!.text.replace(/\b(?:income|profit|earnings)$/iu, 'margin').replace(/\b(EBITDA|EBIT)$/u, '$1 margin'), start: -1, end: -1 };
  if (restates(textBefore) && level) return level;
  if (opensComparative(textBefore.slice(-40)) && level) return level;
  // "were $4.4 billion, $3.7 billion and $2.3 billion": a list shares its first figure's label.
  const prev = items[k - 1];
  const listed = prev && !prev.attachedTo && prev.label
    && /^\s*(?:,|and|or|,\s*and|,\s*or|[、，]|和|及|与|以及)\s*(?:approximately\s+|about\s+|约)?$/iu.test(text(prev.end, item.start));
  if (listed && !(right && /^of$/iu.test(tokens[q.last + 1]?.text ?? ''))) return prev.label!;
  // "from $1,096 to $1,012": not ", as the average selling price fell to" (a measure of its own between them).
  if (prev?.comparison && prev.label && /^[^,;]{0,24}\bto\s*$/iu.test(text(prev.end, item.start))) return prev.label;
  // "目标价由24.30元上调至28.60元": the level moved to is named where it was moved from.
  if (prev?.label && CJK_MOVED.test(text(prev.end, item.start))) return prev.label;
  // "rose 12.3% QoQ to 3.85 billion yuan": read the label where the change was stated.
  const anchor = item.ledBy ? items.indexOf(item.ledBy) : k;
  const left = labelBefore(ctx, items[anchor]!.q.first, floorOf(anchor)) ?? pastPeriodAside(ctx, q.first, floorOf(k));
  const inherit = (measure: string) => {
    const prior = previous ? splitMeasure(previous) : null;
    return prior && lendsSubject(prior, measure, k > 0) ? withSubject(prior.subject, measure) : measure;
  };
  // "pulp sales reached 2.84 Mt, taking 1H25 to 5.51 Mt": a running total is of the measure before it in its unit.
  const totalled = left && RUNNING_TOTAL.test(left.label.text)
    ? [...items.slice(0, k)].reverse().find((x) => !x.change && !x.comparison && x.label && x.q.unit === q.unit)?.label : undefined;
  if (totalled) return totalled;
  // "sold for $1,062 per net ton": money per unit a thing sold for is its price, not its sales.
  if (left?.measure === 'sales' && q.dimension === 'currency' && q.unit.includes('/')) left.measure = null;
  // "the lane lost US$85 to US$2,160/FEU": what moved down, not a loss.
  if (left?.measure === 'loss' && item.ledBy) left.measure = null;
  // "purchased $1.2 billion of its shares": money a purchase cost is named by what it bought, as filings do.
  if (left?.measure === 'purchases' && q.dimension === 'currency') left.measure = null;
  if (left?.measure) {
    // "generated EUR 11.2bn of sales": money of a measure is that measure, not what the verb makes of it.
    if (right && q.dimension === 'currency' && (isBareMeasure(right.text) || FINANCIAL_MEASURE.test(right.text))) return right;
    if (right) return { ...right, text: `${singularHead(right.text)} ${left.measure}` };
    // "the company would ship": a generic owner adds nothing to the measure.
    if (left.label.text && !GENERIC_OWNER.test(left.label.text)) {
      return { ...left.label, text: `${left.label.text} ${left.measure}` };
    }
    if (left.label.text) return { ...left.label, text: left.measure };
    return { text: inherit(left.measure), start: -1, end: -1 };
  }
  if (left?.source === 'verb' && right) return right; // "the tender covered 1,200 mt of Pr-Nd oxide"
  // "other expense includes $81 million of financing costs": an amount of something names what it is after it,
  // and "$1.5 billion and $1.8 billion, respectively, of receivables" names every figure of the list.
  const amountOf = q.dimension === 'currency' && left?.source !== 'of' ? listAmountOf(ctx, items, k, text) : null;
  if (amountOf) return amountOf;
  // "operates 4.8 GW and 2.1 GW of onshore wind and solar capacity, respectively": each figure its own part of the list.
  const ofEach = listOfRespectively(items, k, text);
  if (ofEach) return ofEach;
  // "占汽车新车总销量的45.0%": a share of a total is the share of the figure said before it.
  // "其中海外订单约占60%": the part named before 占 is the share's.
  const part = q.unit === '%' ? CJK_PART_TAKES.exec(text(Math.max(tokens[0]!.start, item.start - 30), item.start)) : null;
  if (part) return { text: `${part[1]}占比`, start: -1, end: -1 };
  if (left?.label.text && /^占/u.test(left.label.text) && !/份额/u.test(left.label.text) && previous) return { ...left.label, text: `${previous}占比` };
  // "中标金额为12.36亿元，约占公司2024年度经审计营业收入的8.7%", "减持…不超过1,200万股，即不超过公司总股本的1%": the figure
  // before, as a share of the whole named after 占 or 即.
  const shareOfWhole = q.unit === '%' && previous && k > 0 && CJK_SHARE_OF.test(text(Math.max(tokens[0]!.start, item.start - 40), item.start));
  const whole = shareOfWhole && left?.label.text ? left.label.text.replace(/^(?:公司|本公司)?(?:经审计的?|最近一期经审计的?)?/u, '') : '';
  if (shareOfWhole) return { text: whole ? `${previous}占${whole}比例` : `${previous}占比`, start: -1, end: -1 };
  // "新能源汽车新车销量达到汽车新车总销量的47.2%": the subject's share of the total it reached.
  const reached = q.unit === '%' ? CJK_REACHED_SHARE.exec(text(Math.max(tokens[0]!.start, item.start - 40), item.start)) : null;
  if (reached) return { text: `${reached[1]}占比`, start: -1, end: -1 };
  // "生产阴极铜52.8万吨；黄金12.4吨": a thing listed after a measured one is measured the same way.
  const listedLevel = [...items.slice(0, k)].reverse().find((x) => !x.attachedTo);
  // "日产原油136.5吨、天然气4.2万立方米": a day's output listed in another unit is still a day's output.
  const listedAfter = listedLevel && /^[、；，;,]/u.test(text(items[k - 1]!.end, item.start))
    && (listedLevel.q.unit === q.unit || /日产/u.test(previous ?? ''));
  const listedMeasure = listedAfter && left?.label.text ? cjkListedMeasure(left.label.text, previous) : null;
  if (listedMeasure) return { ...left!.label, text: listedMeasure };
  // "归母净利润为-3.2亿元至-2.6亿元，上年同期为盈利1.85亿元": a profit or loss said alone is the measure named before.
  // "…，上年同期为亏损9.84亿元": a loss of the profit named before is named as one (归母净利润 → 归母净亏损).
  if (previous && /^(?:盈利|亏损|净亏损|实现盈利)$/u.test(left?.label.text ?? '')) {
    // "亏损3.2亿元，上年同期盈利1.8亿元": and a profit after a loss is the profit again (归母净亏损 → 归母净利润).
    const loss = left!.label.text.endsWith('亏损');
    return { ...left!.label, text: loss ? previous.replace(/净利润$/u, '净亏损') : previous.replace(/净亏损$/u, '净利润') };
  }
  // "全国铁路发送煤炭1.98亿吨；1-11月累计发送21.7亿吨": a verb of the measure before, said again, is that measure.
  const again = left?.label.text && previous && /^(?:发送|发运|生产|销售|出口|进口|运输|采购|加工|处理)$/u.test(left.label.text) && previous.length > 2
    && previous.includes(left.label.text) && listedLevel?.q.unit === q.unit;
  if (again) return { ...left!.label, text: previous! };
  const inherited = left?.label.text ? cjkInherited(left.label.text, previous) : null;
  if (inherited) return { ...left!.label, text: inherited };
  // "sales were 61.30 million tons, of which self-produced coal accounted for 52.88 million": a part of the measure before.
  const prior = previous ? splitMeasure(previous) : null;
  if (left?.label.text && prior && !isBareMeasure(left.label.text) && !splitMeasure(left.label.text) && OF_WHICH.test(textBefore)) {
    return { ...left.label, text: `${singularHead(left.label.text)} ${prior.measure}` };
  }
  // "leaving around 1.9 million tonnes of jet fuel unhedged": a verb alone names nothing; what follows the figure does.
  if (left && right && LONE_VERB.test(left.label.text)) return right;
  // "Management guided to 4.5–5.0 mtpa of clinker capacity additions": who spoke is not what was measured.
  if (left?.source === 'subject' && right && tokens[q.last + 1]?.lower === 'of' && SPEAKER.test(left.label.text)) return right;
  if (left?.label.text) {
    if (right && left.source === 'of' && isBareMeasure(left.label.text)) return { text: `${right.text} ${left.label.text}`, start: Math.min(left.label.start, right.start), end: Math.max(left.label.end, right.end) };
    // A company's revenue or profit is its own, not the product's named before it.
    // "its Sichuan converter, which has capacity of 50,000 tonnes a year": the capacity of the facility named before "which".
    const facility = left.label.start > 0 ? FACILITY_WHICH.exec(text(Math.max(tokens[0]!.start, left.label.start - 48), left.label.start)) : null;
    if (facility && /^capacity$/iu.test(left.label.text)) return { ...left.label, text: `${facility[1]!.toLowerCase()} capacity` };
    // "while India's output rose to 13.1 Mt": a country's measure is that country's, not the one named before.
    const country = left.label.start > 0 ? COUNTRY_OWNER.exec(text(Math.max(tokens[0]!.start, left.label.start - 24), left.label.start)) : null;
    if (country && isBareMeasure(left.label.text)) return { ...left.label, text: `${country[1]} ${left.label.text}` };
    // "On the C5 route from Port Hedland to Qingdao, rates eased to": rates are the route's.
    const route = RATES.test(left.label.text) ? ROUTE_OPENING.exec(text(Math.max(tokens[0]!.start, left.label.start - 90), left.label.start)) : null;
    if (route) return { ...left.label, text: `${route[1]} ${left.label.text}` };
    // Guidance, targets and forecasts are named by the measure in their own unit later (forecastLabel).
    if (isBareMeasure(left.label.text) && previous && !/^(?:(?:net |gross |total )?revenues?|earnings|(?:gross |net |operating )?(?:profit|income|margin)|guidance|targets?|forecasts?|estimates?)$/iu.test(left.label.text)) {
      const prior = splitMeasure(previous);
      // "Output in the first half …": the measure keeps its own case after the subject put before it.
      const measure = lowerFirst(left.label.text);
      // In one sentence a list goes on about one thing ("the production volume of lithium carbonate …, and the sales volume
      // was"); a later sentence takes the subject only for the same measure ("Output in the first half").
      if (prior && lendsSubject(prior, measure, k > 0)) return { ...left.label, text: withSubject(prior.subject, measure) };
    }
    return left.label;
  }
  if (item.comparison) {
    // "1.42 million pounds at a cash cost of $31.80 per pound, compared with 0.96 million pounds": the level of its own unit.
    const sameUnit = [...items.slice(0, k)].reverse().find((x) => !x.change && !x.comparison && x.label && !restated(x) && x.q.unit === q.unit)?.label;
    if (sameUnit ?? level) return sameUnit ?? level!;
  }
  if (right) {
    const prior = previous ? splitMeasure(previous) : null;
    if (prior && !isBareMeasure(right.text) && !splitMeasure(right.text) && k > 0) return { ...right, text: `${right.text} ${prior.measure}` };
    return right;
  }
  // "the Kalumbe expansion, which will add 120,000 t/yr": what a facility adds a year is its capacity.
  const adds = q.unit.endsWith('/yr') ? FACILITY_ADDS.exec(textBefore) : null;
  if (adds) return { text: `${adds[1]} capacity`, start: -1, end: -1 };
  // "taking output for FY25, the year ended 30 June 2025, to 228,900 oz", "raise our target price on Northwall (TSX: NWC) to
  // C$18.50": the measure was named after the verb, before words that only say whose or when.
  const moved = MOVED_TO.exec(textBefore);
  if (moved) return { text: moved[1]!, start: -1, end: -1 };
  // "The fines index slipped US$1.35 to US$99.80/dmt": a level whose change came first is named before that change.
  const leader = items.find((x) => x.attachedTo === item && x.start < item.start);
  const ledLabel = leader ? labelBefore(ctx, leader.q.first, floorOf(items.indexOf(leader)))?.label : null;
  if (ledLabel?.text) return ledLabel;
  // "798.5 yuan/t was the DCE i2601 close": a figure that opens its clause is named after the copula.
  const named = FIGURE_WAS.exec(text(item.end, Math.min(item.end + 60, tokens[tokens.length - 1]!.end)));
  if (named) return { text: named[1]!, start: -1, end: -1 };
  // "以不超过每股18.5元的价格回购股份": the price a deal is done at, its cap when 不超过 bounds it.
  const dealt = CJK_PRICED_AT.exec(text(item.end, Math.min(item.end + 36, tokens[tokens.length - 1]!.end)));
  const bound = dealt ? CJK_PRICED_BY.exec(textBefore) : null;
  if (dealt && bound) return { text: `${dealt[1]}价格${bound[1] ? (/低/u.test(bound[1]) ? '下限' : '上限') : ''}`, start: -1, end: -1 };
  // "Opex was $612 million, which is 14.9% of revenue, and we'd expect that to tick up to $640 million": "that" is the
  // figure said before in the same unit.
  const referred = k > 0 && /\b(?:expect|see|guide|forecast|want)\s+(?:that|it)\s+to\b/iu.test(textBefore)
    ? [...items.slice(0, k)].reverse().find((x) => x.q.unit === q.unit && !x.change && x.label)?.label : undefined;
  if (referred) return referred;
  // "the DAX 40 closed at 23,500 and the CAC 40 at 8,100": another index named since the figure before is this one's.
  const nextIndex = q.dimension === 'index' && k > 0 ? [...text(items[k - 1]!.end, item.start).matchAll(NAMED_INDEX)].at(-1)?.[0] : undefined;
  if (nextIndex) return { text: nextIndex, start: -1, end: -1 };
  // The label read for the figure before, with the place it was read from (not a fallback word of another kind of figure).
  if (previousLabel && k > 0 && !FALLBACK_LABEL.test(previousLabel.text)) return previousLabel;
  // "Japan's crude steel output fell for a 12th straight month in October, down 3.6% at 6.8 million tonnes": the measure
  // the sentence opens on, when nothing nearer names the figure.
  const opened = SENTENCE_MEASURE.exec(text(tokens[0]!.start, item.start));
  if (opened) return { text: opened[1]!, start: -1, end: -1 };
  // "Brent: settled +$0.84 at $63.42/bbl": a desk note's heading names what its first clause moves.
  const heading = HEADING.exec(text(tokens[0]!.start, item.start));
  if (heading) {
    const start = tokens[0]!.start + heading[0].indexOf(heading[1]!);
    return { text: heading[1]!, start, end: start + heading[1]!.length };
  }
  // "expects 2025 sales growth of 8-11%": growth of no level said before is named as growth of what it grows.
  const growth = item.change ? growthNamed(textBefore) : null;
  if (growth) return { text: growth, start: -1, end: -1 };
  return fallbackLabel(q, text(tokens[0]!.start, item.start));
}

/** Who a verb's measure may be said of without naming anything: "the company would ship". */
const GENERIC_OWNER = /^(?:(?:the )?(?:company|group|firm|miner|producer|business|bank))$/iu;
/** The word naming an income or a profit at a label's end ("operating income", "net profit"). */
const INCOME_NAMED = /\b(?:operating|net|gross|pre-tax|pretax)\s+(?:income|profit|earnings)$|\bEBITDA$|\bEBIT$/iu;
const SHARES_DEALT = /\b(repurchased|repurchases|bought back|issued|cancell?ed)\s+(?:about\s+|approximately\s+|a total of\s+|some\s+)?$/iu;
const TRACKING_TOWARDS = /(?:^|[,;:]\s*|\bbut\s+|\band\s+)((?:[\p{L}\d/&-]+\s+){0,2}[\p{L}\d/&-]+)\s+(?:is|are|was|were)\s+(?:now\s+)?(?:tracking|trending|running|heading|coming in)\s+(?:towards?|at|near|to)\s+(?:the\s+)?(?:top|bottom|low|high|upper|lower|middle|mid)(?:-?point)?\s+(?:end\s+)?of\s+(?:the|our|its)\s+$/iu;
const GROWTH_OF = /\bgrowth\s+of\s+(?:about\s+|around\s+|approximately\s+)?$/iu;
const NOT_GROWING = /^(?:expects?|expected|sees|saw|guides?|guided|targets?|forecasts?|shows?|showed|posts?|posted|reports?|reported|records?|recorded|delivers?|delivered|achieves?|achieved|implies|implied|projects?|projected|of|the|a|an|its|their|our|to|for|with|and)$/iu;
/** A basis said as growth ("year-on-year growth of 12%") names no measure. */
const BASIS_GROWTH = /^(?:year-on-year|year-over-year|yoy|y\/y|quarter-on-quarter|qoq|sequential|month-on-month|mom|annual|annualised|annualized|compound)$/iu;

/** "expects 2025 sales growth of": what grows, in the one or two words before "growth of", or null. */
function growthNamed(before: string): string | null {
  const at = GROWTH_OF.exec(before);
  if (!at) return null;
  const words = before.slice(0, at.index).trim().split(/\s+/u).slice(-2);
  while (words.length && (NOT_GROWING.test(words[0]!) || !/^[\p{L}&-]+$/u.test(words[0]!))) words.shift();
  const named = words.length && words.every((w) => /^[\p{L}&-]+$/u.test(w) && !NOT_GROWING.test(w) && !BASIS_GROWTH.test(w));
  return named ? `${words.join(' ')} growth` : null;
}

// "以每股21.5元的价格，向不超过35名特定对象发行": whom the shares go to may come between the price and the deal.
const CJK_PRICED_AT = /^(?:[（(]含[）)])?的(?:价格|均价)[，,]?(?:向[^，。；]{1,24})?(回购|增持|减持|发行|转让|认购|收购)/u;
const CJK_PRICED_BY = /以(?:每股)?(不超过|不高于|不低于)?(?:每股)?(?:人民币)?$/u;

/**
 * "trimming its 2026 earnings forecast by", "lowered their 2025 EBITDA estimate for the group by": what the verb changed,
 * without whose it is, its year or whom it is for; only a forecast, an estimate or a target, which a verb revises.
 */
function changedObject(before: string): string | null {
  // The cheap test first: most changes are not said "by" after their object.
  const tail = before.slice(-24);
  if (!/\bby\s+(?:approximately\s+|about\s+|roughly\s+)?$/iu.test(tail)) return null;
  const m = TRANSITIVE.exec(before.slice(-160));
  if (!m) return null;
  const object = m[2]!.trim()
    .replace(/^(?:its|their|our|the|his|her|my)\s+/iu, '')
    .replace(/^(?:(?:FY|CY)?\d{2,4}[EF]?(?:\s*(?:and|-|–|\/)\s*(?:FY|CY)?\d{2,4}[EF]?)?|full-year|next year's|this year's)\s+/iu, '')
    .replace(/(?<=\S)\s(?:for|on|of)\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?$/iu, '');
  return /^(?:[\p{L}/&-]+\s+){0,3}(?:forecasts?|estimates?|targets?|guidance|projections?|outlook)$/iu.test(object) ? object : null;
}

const ASIDE_WORD = /,\s(?:calculated|defined|measured|computed|expressed|being)\s/u;
/** A measure, the aside saying how it is worked out, and its verb: the measure names the figure. */
const DEFINED_ASIDE = new RegExp(String.raw`(?:^|[,;]\s|(?:the|its|their|our)\s|['’]s\s)((?:[\p{L}-]+\s){0,3}(?:ratio|rate|margin|gearing|yield|cover|coverage|turnover))`
  + String.raw`,\s(?:calculated|defined|measured|computed|expressed|being)\s(?:as\s)?[^,;]{3,120},\s(?:was|is|stood at|were|amounted to|came to|reached)\s`
  + String.raw`(?:approximately\s|about\s|around\s)?$`, 'u');
const SENTENCE_MEASURE = new RegExp(String.raw`^[\s"“•*]*(?:\p{Lu}[\p{L}-]*['’]s\s)?((?:[\p{L}-]+\s){0,3}(?:output|production|exports|imports|sales|`
  + String.raw`shipments|deliveries|demand|consumption|inventories|stocks|generation|throughput))\s(?:fell|rose|slipped|climbed|dropped|`
  + String.raw`declined|increased|decreased|jumped|eased|gained|grew)\b[^;:]*$`, 'u');
const HEADING = /^[\s\-–•*]*(?!(?:Note|Notes|Source|Sources|Update|Comment|Summary|Q|A|Question|Answer|Outlook|Guidance|January|February|March|April|May|June|July|August|September|October|November|December)\b|(?:Q[1-4]|[1-4]Q|H[12]|[12]H|FY|CY|\d))(\p{Lu}[\p{L}\d&/-]*(?: [\p{L}\d&/-]+){0,3}):\s[^;:]*$/u;

/**
 * A label read relative to the figure before it: "89% of the total" (a share of it), "added 9.4 lakh subscribers"
 * (additions), "a 15% jump in Vietnam" (that place's measure), "with 61.4 GW added" (the stock's additions).
 */
function relativeLabel(item: Item, label: Label, previous: Label | null): Label {
  const named = previous && !FALLBACK_LABEL.test(previous.text) ? previous.text : null;
  if (item.changeIn && named) return { text: `${item.changeIn} ${lowerFirst(named)}`, start: -1, end: -1 };
  if (item.q.unit === '%' && /^(?:the )?total$/iu.test(label.text) && named) {
    return { ...label, text: `share of ${lowerFirst(named)}`, start: -1, end: -1 };
  }
  if (item.countAdded && !/\badd/iu.test(label.text)) return { ...label, text: `${singularHead(label.text)} additions`, start: -1, end: -1 };
  if (item.addedAfter && previous && label.text === previous.text && !/\badd/iu.test(label.text)) {
    return { text: `${previous.text.replace(/^(?:installed|cumulative|total|grid-connected)\s+/iu, '')} added`, start: -1, end: -1 };
  }
  return label;
}

/**
 * Words of a Chinese quote that are no part of its measure: "对应PE 21倍" (what the multiple corresponds to),
 * "升贴水报升水60元/吨" (the premium quoted), and a lone "均价" after a quote ("报价为…，均价…": that quote's average).
 */
function cjkQuoteLabel(label: Label, previous: Label | null): Label {
  if (/^(?:当前股价)?对应(?=[A-Z])/u.test(label.text)) {
    return { ...label, text: label.text.replace(/^(?:当前股价)?对应/u, ''), start: -1, end: -1 };
  }
  const quoted = /^(.*?)(?:升贴水)?报([升贴]水)$/u.exec(label.text);
  if (quoted) return { ...label, text: `${quoted[1]}${quoted[2]}`, start: -1, end: -1 };
  if (/^(?:均价|报价)$/u.test(label.text) && previous && /(?:报价|价格|均价)$/u.test(previous.text)) {
    return { ...label, text: `${previous.text.replace(/(?:报价|价格|均价)$/u, '')}${label.text}`, start: -1, end: -1 };
  }
  return label;
}

/** The indices a market wrap names (the S&P 500, the Stoxx 600): the last one before a level is its name. */
const NAMED_INDEX = new RegExp(String.raw`\b(?:${INDEX_NAMES})\b`, 'giu');

/**
 * The word a figure named by nothing is labelled with, by what it measures; an index's level by the index named last
 * in `before` ("The S&P 500 closed at 5,900").
 */
function fallbackLabel(q: Quantity, before: string): Label {
  const index = q.dimension === 'index' ? [...before.matchAll(NAMED_INDEX)].at(-1)?.[0] : undefined;
  if (index) return { text: index, start: -1, end: -1 };
  return { text: q.dimension === 'currency' ? 'amount' : q.dimension === 'percent' ? 'percentage' : 'quantity', start: -1, end: -1 };
}

/** A pronoun or "the Company" read where a measure should be ("we" alone is read on: "we forecast US$1.18bn"). */
const NOT_A_MEASURE = /^(?:(?:the )?(?:company|group)|we['’](?:ve|re|d|ll)|it|they|i|you|us)$/iu;

/** Participles read as a label when nothing else stood before the figure. */
const LONE_VERB = /^(?:leaving|taking|bringing|making|reaching|putting|giving|keeping|pushing|lifting|adding|implying|citing|leaves|left|(?:partly |partially |more than |largely )?offset|helped|driven|boosted|supported|weighed|dragged)$/iu;

/** Who speaks for a company: the subject of its guidance, never what a figure measures. */
const SPEAKER = /^(?:management|(?:the )?(?:company|group|board|firm|management team)|we|it|they|(?:our )?analysts?|(?:the )?(?:CEO|CFO|COO|chairman|chief executive|chief financial officer)(?: \p{Lu}[\p{L}'’.-]*){0,3})$/iu;

/** The words a figure is labelled with when nothing names it. */
const FALLBACK_LABEL = /^(?:amount|quantity|percentage)$/u;

const FACILITY_WHICH = /\b(converter|plant|mine|smelter|refinery|mill|line|project|facility|concentrator|terminal|farm|factory|gigafactory|complex|station)s?\s*,\s*which\s+(?:has|had|have)\s+(?:an?\s+)?(?:(?:annual|total|nameplate|design|production)\s+)*$/iu;

/** The noun phrase a ", which rose to" clause ending at `first` is about, or null when the figure follows no such clause. */
function antecedent(ctx: LabelContext, first: number, floor: number): Label | null {
  const { tokens } = ctx;
  for (let j = first - 1; j > floor && j >= first - 5; j--) {
    if (tokens[j]!.lower !== 'which') continue;
    if (tokens[j - 1]?.text !== ',') return null;
    return labelBefore(ctx, j - 1, floor)?.label ?? null;
  }
  return null;
}

/** ", which we assume at", ", which we model at": a price a forecast assumes for the noun phrase before the comma. */
const WHICH_WE_ASSUME = /,\s*which\s+(?:we|they|the company|management)\s+(?:now\s+)?(?:assume|assumes|model|models|use|uses|forecast|forecasts)\s+(?:at\s+)?(?:about\s+|around\s+)?$/iu;
/** ", which averaged", ", which stood at": a level said of the noun phrase before the comma. */
const WHICH_STOOD_AT = /,\s*which\s+(?:averaged|stood at|came to|came in at|amounted to|totalled|totaled|reached)\s+(?:about\s+|around\s+|roughly\s+|some\s+)?$/iu;
const FACILITY_ADDS = /\b((?:\p{Lu}[\p{L}-]*\s+)?(?:converter|plant|mine|smelter|refinery|mill|line|project|facility|concentrator|expansion|upgrade|train|phase))s?\s*,\s*which\s+(?:will\s+|would\s+|should\s+)?(?:add|adds|added|lift|lifts)\s+(?:about\s+|some\s+|another\s+)?$/u;
const SESSION_END = /\b(?:ended|closed|finished)\s+the\s+(?:\w+\s+)?session\s+at\s*$/iu;
const FIGURE_WAS = /^\s+(?:was|were|is|are)\s+(?:the|its|their)\s+(?!(?:highest|lowest|most|least|best|worst|largest|smallest|biggest|first|second|third|same)\b)((?:[\p{L}\d-]+\s+){0,4}[\p{L}\d-]+)\s*(?:[,.;]|$)/u;
const MOVED_TO = /\b(?:taking|bringing|lifting|pushing|raise|raises|raised|lift|lifts|lifted|cut|cuts|lower|lowers|lowered|trim|trims|trimmed)\s+(?:the\s+|its\s+|our\s+|their\s+)?((?:[\p{L}-]+\s+){0,2}?(?:output|production|sales|shipments|deliveries|revenue|target price|price target|estimate|forecast|guidance))\s+(?:for|on|in)\b[^;]{0,80}?\s+to\s*$/iu;

/**
 * "our 2026 price deck assumes copper at US$4.35/lb", "assuming Henry Hub of $3.75/MMBtu": a price a forecast rests on
 * is a price assumption, not a price quoted ("copper price deck" and "urea deck price" say the same).
 */
function assumedPrice(label: Label, before: string): Label {
  const deck = DECK_LABEL.exec(label.text);
  // "(our deck assumes US$10,400/t …)": a deck naming no commodity assumes a price all the same.
  if (deck) return { ...label, text: `${label.text.slice(0, deck.index).replace(REVISED, '')} price assumption`.trim() };
  if (!/\b(?:price|spread|differential)$/iu.test(label.text) || !ASSUMED.test(before)) return label;
  return { ...label, text: `${label.text} assumption` };
}
const DECK_LABEL = /(?:^|\s)(?:(?:price\s+)?deck(?: assumes)?(?: price)?|deck price|price assumption forecast)$/iu;
const REVISED = /^(?:higher|lower|new|revised|current|previous|old) /iu;
/** Words before a figure, in its part of the sentence, that make it an assumption. */
const ASSUMED = /\b(?:assum(?:e|es|ing|ed)|(?:price\s+)?deck)\b[^.;:]*$/iu;
/** A multiple named by whose it is ("peer average", "sector median") takes the name of the multiple said before it. */
function ofMultiple(label: Label, before: Item[]): Label | null {
  if (!PEER_MULTIPLE.test(label.text) || MULTIPLE_NAME.test(label.text)) return null;
  const named = [...before].reverse().find((x) => x.q.unit === 'x' && x.label && MULTIPLE_NAME.test(x.label.text))?.label;
  const kind = named ? MULTIPLE_NAME.exec(named.text)![0] : null;
  return kind ? { ...label, text: `${label.text.replace(/^(?:below|above|against|versus|vs\.?)\s+(?:the\s+)?/iu, '')} ${kind}` } : null;
}
const PEER_MULTIPLE = /\b(?:peers?|peer group|sector|industry|regional|historical|market|index)\b.*\b(?:average|median|mean)$|\b(?:average|median|mean)$/iu;
const MULTIPLE_NAME = /\b(?:EV\/EBITDA|EV\/EBIT|EV\/sales|P\/E|PE|P\/B|PB|P\/BV|P\/NAV|P\/CF|EV\/t|EV\/Resource)\b/iu;

/**
 * "a 22% discount to the peer average", "a $1.85 premium to Dated Brent": a discount or premium said alone is named by
 * what it is measured against; a discount to a day's close keeps its name.
 */
function measuredAgainst(label: Label, after: string): Label {
  const relative = RELATIVE_TO.test(label.text) ? RELATIVE_AFTER.exec(after) : null;
  if (!relative || /\bclose\b|['’]s\b/iu.test(relative[2]!)) return label;
  return { ...label, text: `${relative[1]} to ${relative[2]}` };
}
const RELATIVE_TO = /^(?:discount|premium)$/iu;
const RELATIVE_AFTER = /^\s*(discount|premium)\s+(?:to|over)\s+(?:(?:the|its|their|our)\s+)?([\p{L}\d][\p{L}\d&/-]*(?: [\p{L}\d][\p{L}\d&/-]*){0,3}?)(?=[,;.)]|\s+(?:on|for|in|at|and|while|as|after|from|since)\b|\s*$)/u;
/** Rates said alone, named by the route a sentence opened with. */
const RATES = /^(?:spot |freight |charter )?rates?$/iu;
/** "On C5 (West Australia–Qingdao)", "On the Transpacific trade,", "On the C3 route from Tubarão to Qingdao,": a route. */
const ROUTE_OPENING = new RegExp(String.raw`\bOn (?:the )?(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\p{L}*\b)`
  + String.raw`(\p{Lu}[\p{L}\d–-]*(?: \p{Lu}[\p{L}\d–-]*){0,3})(?: \([^)]{1,50}\))?(?: (?:route|trade|lane|leg|run))?`
  + String.raw`(?: from [^,;]{1,50} to [^,;]{1,50})?,? ?$`, 'u');
const COUNTRY_OWNER = /\b(China|India|Japan|Korea|Taiwan|Australia|Indonesia|Chile|Peru|Brazil|Europe|Vietnam|Russia|Canada|Germany|Turkey|Malaysia|Thailand|Singapore|Mexico)['’]s\s+$/u;
/** "太阳能发电" and "发电量" → "太阳能发电量": a Chinese subject ending where the level's measure begins, completed by it. */
function cjkOverlap(subject: string, level: string): string {
  if (!CJK.test(subject)) return subject;
  for (let k = Math.min(subject.length, level.length - 1); k >= 2; k--) {
    if (subject.endsWith(level.slice(0, k))) return subject + level.slice(k);
  }
  return subject;
}

/** "…, and auto exports down 4.8%": a new subject joined on, then its own change. */
/**
 * Whether the words between a level and a later change open a clause of their own, so the change is not the level's.
 * Only the last 160 characters are given: every test here is anchored at their end.
 */
function ownClauseBetween(between: string): boolean {
  // "…, or 2.6x EBITDA, and she guided 2026 grind volumes to a decline of 2-4%": a clause with a speaker of its own.
  return newSpeaker(between)
    // "The S&P 500 rose 0.4% to 6,734.11, and the Nasdaq 100 added 0.7%": a part with a subject of its own.
    || OWN_SUBJECT.test(between)
    // "Revenue was $2.1bn, compared with a 4% q/q decline in the prior quarter": a move set against the level is not its.
    || /\b(?:compared (?:with|to)|versus|while|whereas)\s+(?:an?\s+)?$/iu.test(between)
    // "Margin 18.3% (+40bp), revenue growth 6%": growth with a noun of its own, after a comma, is that noun's.
    || /[,;]\s*(?:[\p{L}-]+\s+){1,3}growth\s+(?:of\s+|at\s+|was\s+)?$/iu.test(between);
}

/** A clause with a speaker of its own, unless what the speaker says is of the level before ("and the bank said that was up 4%"). */
function newSpeaker(between: string): boolean {
  return NEW_SPEAKER.test(between)
    && !/\bsaid\s+(?:that\s+)?(?:(?:that|this)\s+(?:was|were|is|represented|marked)|it\s+was\s+(?:up|down|higher|lower))\b/iu.test(between);
}

// ", and the central bank said it expects 2026 loan growth of 9-11%": a speaker of its own, naming new measures.
const NEW_SPEAKER = /[,;]\s*(?:and|but|while)\s+(?:she|he|they|we|management|the (?:[\p{L}-]+\s+){0,2}(?:company|group|CEO|CFO|bank|ministry|government|regulator|agency|board|council|committee))\s+\p{L}/iu;
const WITH_PART = /\bwith\s+(?![\p{L}-]+['’]s\s)(?!(?:the\s+|its\s+)?(?:figure|number|total|tally)\b)(?:[\p{L}'’-]+\s+){1,4}(?:up|down)\s+(?:by\s+)?$/iu;
// "…, and the Nasdaq 100 added 0.7%", "while aluminium lost 0.5%": a part with a subject of its own, index names with numbers.
const OWN_SUBJECT = /(?:\b(?:and|while|but|whereas|as|so)|;)\s+(?!(?:[\p{L}'’-]+\s+){0,6}?(?:it|is|are|was|were|be|expected|they)\s)(?:[\p{L}\p{N}&'’-]+\s+){1,7}(?:up|down|rose|rise|rises|fell|fall|falls|increased|increase|decreased|decrease|grew|grow|declined|decline|dropped|drop|climbed|jumped|slipped|eased|gained|surged|slid|widened|narrowed|added|lost|shed|advanced|retreated|dipped|sank|tumbled|rallied|firmed|softened)\s+(?:by\s+)?$/iu;
const MULTIPLE_OF = /^\s*(?:our\s+|the\s+|its\s+)?(?:(?:trailing|forward|LTM|annualised|annualized|adjusted)\s+)?(?:(?:FY|CY)?[A-Za-z/]*\d[\w/]*\s+)?(EPS|earnings|P\/E|PE|book(?: value)?|BVPS|P\/B|EV\/EBITDA|EBITDA)\b/iu;
const OF_WHICH = /\b(?:of which|among which|of this|of these)\b[^,;]*$/iu;
/** A deal's verb, then what changes hands, then "for" right before the money: "to buy a stake in X for". */
const DEAL_FOR = /\b(buy|bought|buying|buys|acquire|acquired|acquiring|acquires|purchase|purchased|sell|sold|selling|sells|dispose of|disposed of|divest|divested|ordered|orders)\b(?:(?!\b(?:and|but|while)\b)[^.;:])*?\bfor\s+(?:about\s+|around\s+|roughly\s+|some\s+|an? (?:total|consideration) of\s+)?$/iu;
const RUNNING_AT = /\b(?:running|operating|ran|operated|runs|operates)\s+at\s+(?:(?:about|around|close to|nearly|roughly|some|only)\s+)?$/iu;

/** Text joining the figures of a list, "respectively" allowed after the last: "$4 million, $5 million and $6 million". */
const AMOUNT_LIST_JOIN = /^\s*(?:,|and|,\s*and)\s*(?:approximately\s+|about\s+)?$/iu;

/**
 * The noun phrase after "of" that follows figure `k`, or the list of figures it opens:
 * "$81 million of financing costs", "$1.5 billion and $1.8 billion, respectively, of receivables".
 */
function listAmountOf(ctx: LabelContext, items: Item[], k: number, text: (a: number, b: number) => string): Label | null {
  const [, m] = listRun(items, k, text);
  const { tokens } = ctx;
  let at = items[m]!.q.last;
  if (m > k && tokens[at + 1]?.text === ',' && tokens[at + 2]?.lower === 'respectively' && tokens[at + 3]?.text === ',') at += 3;
  return tokens[at + 1]?.lower === 'of' ? labelAfter(ctx, at) : null;
}

/** The first and last index of the list of figures in one unit that item `k` is part of ("4.8 GW and 2.1 GW"). */
function listRun(items: Item[], k: number, text: (a: number, b: number) => string): [number, number] {
  const joined = (a: number) => items[a]!.q.unit === items[k]!.q.unit && items[a + 1]!.q.unit === items[k]!.q.unit
    && AMOUNT_LIST_JOIN.test(text(items[a]!.end, items[a + 1]!.start));
  let first = k;
  while (first > 0 && joined(first - 1)) first--;
  let last = k;
  while (items[last + 1] && joined(last)) last++;
  return [first, last];
}

/** The k-th figure's name in "A and B of X and Y capacity, respectively": X capacity, Y capacity. */
function listOfRespectively(items: Item[], k: number, text: (a: number, b: number) => string): Label | null {
  const [first, last] = listRun(items, k, text);
  if (last === first) return null;
  const m = OF_EACH_RESPECTIVELY.exec(text(items[last]!.end, items[last]!.end + 120));
  if (!m) return null;
  const parts = m[1]!.split(/,|\band\b/u).map((part) => part.trim()).filter(Boolean);
  if (parts.length !== last - first + 1) return null;
  return { text: `${parts[k - first]} ${m[2]}`, start: -1, end: -1 };
}
const OF_EACH_RESPECTIVELY = /^\s+of\s+((?:[\p{L}-]+\s+){0,3}?[\p{L}-]+(?:\s*,\s*(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)*\s+and\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)\s+(capacity|output|production|sales|shipments|deliveries|reserves|exports|imports)\s*,\s*respectively\b/u;

/** 环比 compares with the period before: for a month's figure that is the month before (mom), not the quarter. */
function monthlyChain(m: ExtractedMetric, weeklyPassage = false): void {
  // "本周…开工率为76.8%，环比提升1.9个百分点": a weekly figure's 环比 is week on week, which has no basis of its own;
  // so is a ten-day figure's ("11月上旬…环比下降1.2%" is on the ten days before).
  const days = m.period ? (Date.parse(m.period.end) - Date.parse(m.period.start)) / 86_400_000 : Infinity;
  // "本周多晶硅价格延续下跌。…成交均价为41.8元/千克，环比下降2.3%": a weekly note's prices change week on week.
  const weekly = WEEKLY.test(m.sentence) || days < 20 || (weeklyPassage && m.period === null);
  if (days > 31 && !weekly) return;
  for (const c of [m.change, ...m.moreChanges]) if (c?.basis === 'qoq') c.basis = weekly ? 'unspecified' : 'mom';
}

const WEEKLY = /本周|上周|当周|周度|周均/u;

/** A day named by its weekday ("on Thursday", "from Wednesday", 周四) rather than by its date. */
const WEEKDAY = /^(?:(?:on|from|since)\s+)?(?:last\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$|^(?:周|星期)[一二三四五六日天]$/iu;

/**
 * "rose to US$27,450/day on Friday from US$25,910/day on Thursday", "down 1,150 yuan from Wednesday" on a Thursday price:
 * a change from the trading day before, named by its weekday, is day on day (as 较前一交易日 is), not since a date.
 */
function dayOnDay(m: ExtractedMetric, found: Period[]): void {
  const day = m.period && m.period.start === m.period.end ? m.period.end : null;
  if (!day) return;
  for (const c of [m.change, ...m.moreChanges]) {
    if (c?.basis !== 'since' || !c.since || !isTradingDayBefore(c.since, day)) continue;
    if (!found.some((p) => p.start === c.since && p.end === c.since && WEEKDAY.test(p.label))) continue;
    c.basis = 'dod';
    c.since = null;
  }
}

/**
 * "revenue of RMB18,426.7 million (corresponding period of 2024: RMB22,015.3 million), representing a decrease of 16.3%":
 * a change stated after the same measure a year before is year on year.
 */
function yearEarlierComparative(m: ExtractedMetric, sentence: ExtractedMetric[]): void {
  const c = m.change;
  if (!c || c.basis !== 'unspecified' || c.unit !== '%' || !m.period || !m.changeSpan || m.changeSpan[0] < m.span[1]) return;
  const before = `${Number(m.period.start.slice(0, 4)) - 1}${m.period.start.slice(4)}`;
  const compared = sentence.find((x) => x !== m && x.unit === m.unit && x.label === m.label && x.change === null
    && x.span[0] > m.span[1] && x.span[1] <= m.changeSpan![0] && x.period?.start === before
    && x.period.end === `${Number(m.period!.end.slice(0, 4)) - 1}${m.period!.end.slice(4)}`);
  // In brackets only: "与上年的2.5亿元相比增长28%" names the year compared with, which the writers leave unspecified.
  const between = compared ? m.sentence.slice(m.span[1] - m.sentenceSpan[0], compared.span[0] - m.sentenceSpan[0]) : '';
  const opened = Math.max(between.lastIndexOf('('), between.lastIndexOf('（'));
  if (compared && opened >= 0 && !/[)）]/u.test(between.slice(opened))) m.change = { ...c, basis: 'yoy' };
}

const SET_AGAINST = /\b(?:against|versus|vs\.?|compared (?:with|to))\s+$/iu;

/**
 * "EBIT came to €612m in H1, a margin of 8.4%, against €655m and 9.1% a year earlier": each figure of a list set against
 * the levels said before it is, in turn, the level of the same unit a year earlier, named as that level.
 */
function listedYearEarlier(sentence: ExtractedMetric[]): void {
  const between = (a: ExtractedMetric, b: ExtractedMetric) => a.sentence.slice(a.span[1] - a.sentenceSpan[0], b.span[0] - a.sentenceSpan[0]);
  for (let first = 1; first < sentence.length; first++) {
    const head = sentence[first]!;
    if (!SET_AGAINST.test(head.sentence.slice(0, head.span[0] - head.sentenceSpan[0]))) continue;
    let last = first;
    while (last + 1 < sentence.length && LIST_JOIN.test(between(sentence[last]!, sentence[last + 1]!))) last++;
    const tail = sentence[last]!;
    if (last === first || !A_YEAR_EARLIER.test(tail.sentence.slice(tail.span[1] - tail.sentenceSpan[0]).replace(/^\s*(?:,\s*)?respectively,?/u, ''))) continue;
    const levels = sentence.slice(0, first);
    for (const listed of sentence.slice(first, last + 1)) {
      const level = levels.find((l) => l.unit === listed.unit && l.period);
      if (!level) continue;
      levels.splice(levels.indexOf(level), 1);
      listed.label = level.label;
      listed.labelSpan = level.labelSpan;
      listed.period = shiftYear(level.period!, -1);
    }
    first = last;
  }
}

/** Whether `earlier` is the trading day before `day` (the Friday before a Monday). */
function isTradingDayBefore(earlier: string, day: string): boolean {
  const gap = (Date.parse(day) - Date.parse(earlier)) / 86_400_000;
  return gap === 1 || (gap === 3 && new Date(`${day}T00:00:00Z`).getUTCDay() === 1);
}

/** Places a company runs, counted: "1,146 stores" is its store count. */
const COUNTED_PLACES = /^(?:stores|branches|outlets|restaurants|shops|supermarkets|hotels|clinics|dealerships|showrooms)$/u;
/** Verbs that act on ships, vehicles or units counted after them, with the participle that names what was counted. */
const COUNT_VERBS = new Map([['deploy', 'deployed'], ['add', 'added'], ['order', 'ordered'], ['build', 'built'], ['deliver', 'delivered'],
  ['launch', 'launched'], ['sell', 'sold'], ['buy', 'bought'], ['commission', 'commissioned'], ['retire', 'retired'], ['scrap', 'scrapped'],
  ['charter', 'chartered'], ['idle', 'idled'], ['lease', 'leased']]);
/** Futures counted as they trade: lots and contracts name the count, not what was counted. */
const TRADED_COUNTED = /^(?:lots|contracts)$/iu;
const TRADED_MEASURE = /\b(?:open interest|volume|turnover|positions?|holdings?)$/iu;
/** Things counted that say nothing of what is measured: "1.72 million units". */
const GENERIC_COUNTED = /^(?:units|vehicles|cars|vessels|ships|pieces|sets|items)$/iu;
/** Words that already say a figure is a price or a rate of money. */
const PRICED = /\b(?:prices?|costs?|AISC|AIC|C1|TCs?|RCs?|TC\/RCs?|backwardation|contango|arbitrage|arb|guidance|targets?|rates?|index|indices|earnings|tariffs?|margins?|revenue|premiums?|discounts?|spreads?|values?|fees?|charges?|assumptions?|estimates?|quotes?|quotations?|ASPs?|pay|wages?|salary|dividends?|EPS|income|profit|bids?|offers?|rents?|realisations?|realizations?|yields?|expenses?|opex|LOE|netbacks?|tolls?|postings?|cracks?|differentials?|diffs?|TCE|hire|capex|EBITDA|cash flow)\b|价|费|成本|收入|利润/iu;

/** Chinese futures codes by their letters: "SHFE cu2601", "the most-active LC2601 contract", "DCE i2601". */
const FUTURES = new Map(Object.entries({
  cu: 'copper', al: 'aluminium', zn: 'zinc', ni: 'nickel', sn: 'tin', pb: 'lead', au: 'gold', ag: 'silver', ao: 'alumina',
  rb: 'rebar', hc: 'hot-rolled coil', ss: 'stainless steel', i: 'iron ore', j: 'coke', jm: 'coking coal', lc: 'lithium carbonate',
  si: 'industrial silicon', ps: 'polysilicon', sc: 'crude oil', ru: 'rubber', bc: 'copper',
}));
const FUTURES_CODE = /\b([A-Za-z]{1,2})(\d{4})\b/u;

/** A futures contract named by its code is that commodity's futures price; null when the label names none. */
function futuresLabel(label: string, item: Item): string | null {
  if (item.q.dimension !== 'currency' || !item.q.unit.includes('/') || CJK.test(label)) return null;
  const code = FUTURES_CODE.exec(label);
  const commodity = code ? FUTURES.get(code[1]!.toLowerCase()) : undefined;
  return commodity ? `${commodity} futures price` : null;
}

/** "Pr-Nd oxide traded at 452,000 yuan/mt": money per unit of a commodity is its price ("averaged" makes it the average price). */
function priceLabel(label: Label, item: Item, before: string, sentence: string): Label {
  const futures = futuresLabel(`${label.text} ${before.slice(-40)}`, item);
  if (futures && (label.start < 0 || FUTURES_CODE.test(label.text) || /^amount$/u.test(label.text))) return { ...label, text: futures };
  const unit = item.q.unit;
  if (item.q.dimension !== 'currency' || !unit.includes('/') || /\/(?:yr|mo|wk|d|h|min|s)$/u.test(unit) || !label.text || PRICED.test(label.text)) return label;
  // A fallback, a place or a word cut from a clause is no commodity: "percentage", "Shanghai", "run".
  if (label.text === 'average' && label.start >= 0) return { ...label, text: 'average price' }; // "received an average of US$720/dmt"
  if (label.start < 0 || /^(?:percentage|amount|quantity|run|average)$/u.test(label.text)) return label;
  // "the rand firmed to R17.21 per dollar": money per money is an exchange rate.
  // "美元兑日元报155.40": a Chinese pair names its rate already.
  if (/^[A-Z]{3}\/(?:USD|EUR|CNY|JPY|GBP)$/u.test(unit)) return CJK.test(label.text) ? label : { ...label, text: `${label.text} exchange rate` };
  if (/^\p{Lu}\p{Ll}+$/u.test(label.text) && !COMMODITY_WORD.test(label.text)) return label;
  // "工业级碳酸锂75,300元/吨", "澳洲锂辉石精矿CIF报价为645美元/吨": a Chinese commodity quoted takes the word for price;
  // a premium, a basis, a margin or an index is a price already, and a bracket's or a clause's words name no commodity.
  if (CJK.test(label.text)) return CJK_PRICE_ALREADY.test(label.text) ? label : { ...label, text: `${label.text}价格` };
  // "the Shanghai–Rotterdam benchmark fell 9% to US$1,840/FEU": a container route is quoted as a freight rate.
  if (/\/(?:FEU|TEU)$/u.test(unit) && !/\bper\b/iu.test(label.text)) {
    // "Freight from Shanghai to Los Angeles": the route's freight is the rate, said once.
    const route = label.text.replace(/ (?:benchmark|composite|assessment|freight)$/iu, '');
    return { ...label, text: `${route} ${/\bspot\b/iu.test(sentence) ? 'spot rate' : 'freight rate'}` };
  }
  // "US Gulf–north China grain freight was quoted at $56.50/t": freight is itself the price.
  if (/\bfreight$/iu.test(label.text)) return label;
  const average = /\baverag(?:ed|es|ing)\s+(?:at\s+|about\s+|around\s+)?$/iu.test(before);
  return { ...label, text: `${label.text} ${average ? 'average price' : 'price'}` };
}

const CJK_CURRENTLY = /[（(](?:目前|当前|现)(?:为|约为|约)?$/u;
/** The measure a Chinese clause names before its 为 ("利率为…"), from the last comma on. */
const CJK_CLAUSE_MEASURE = /(?:^|[，,；;。])(\p{Script=Han}{2,6}?)(?:为|是)[^，,；;。]*[（(][^（(]*$/u;
const CJK_BRACKET_PRIOR = /^[（(](?:前值|上年同期|去年同期|上期|此前|原值|调整前|原预测|原)(?:分别)?(?:为)?$/u;
/**
 * "501,000 t in October, bringing the year-to-date total to 5.07 Mt": the year to date runs to the end of the month the
 * sentence reports, not to the day the note was written.
 */
function yearToDateThroughMonth(assigned: Map<Item, Period | null>, periods: FoundPeriod[]): void {
  const month = periods.find((p) => p.start.slice(0, 7) === p.end.slice(0, 7) && p.start.endsWith('-01') && p.end !== p.start);
  if (!month) return;
  for (const [item, p] of assigned) {
    if (!p || !/year[- ]to[- ]date|YTD/iu.test(p.label) || p.start.slice(0, 4) !== month.start.slice(0, 4) || p.end <= month.end) continue;
    assigned.set(item, { ...p, end: month.end });
  }
}

/** "net leverage stood at 2.1 times trailing EBITDA": leverage said right before a multiple of EBITDA. */
const DEBT_AT = /\bnet debt\s+(?:(?:is|was|stood|stands|should|will|would)\s(?:[\p{L}-]+\s){0,3}?(?:at|to|of|below|under|around)|of)\s+(?:about\s+|around\s+|roughly\s+)?$/iu;
const LEVERAGE_SAID = /\b((?:net )?leverage(?: ratio)?)\s+(?:stood at|was|is|of|at|fell to|rose to|improved to|reached)\s+(?:about\s+|around\s+)?$/iu;

/**
 * "net profit of RMB1.24bn in 2026, rising to RMB1.61bn in 2027", "slowing from 3.9%", "more than double the $21,900/day",
 * "Utilisation was around 65%, and we expect to reach 80%": a verb of movement, a multiple or an expectation alone names
 * the measure before it.
 */
/**
 * "has a capacity of 40,000 tons of magnets, and the Baotou phase II project of 20,000 tons": a project's tonnes after a
 * capacity are its capacity, not a measure named by the project.
 */
function projectCapacity(item: Item, label: Label, previous: Label | null, before: string): Label {
  if (!previous || !/\bcapacity$/iu.test(previous.text) || !/\bof\s+(?:about\s+|around\s+|some\s+)?$/iu.test(before)) return label;
  if (item.q.dimension !== 'mass' && item.q.dimension !== 'power' && item.q.dimension !== 'energy') return label;
  return /\b(?:project|projects|line|lines|phase|plant|expansion)$/iu.test(label.text) ? { ...label, text: previous.text } : label;
}

const DIVIDEND_CHANGED = /\b((?:(?:final|interim|quarterly|special|annual|ordinary)\s+)?dividends?)\s+(?:was|were|has been|have been)\s+(?:raised|increased|lifted|cut|lowered|reduced|trimmed)\b/iu;

/**
 * "we had sold forward 3,200 t of lithium carbonate …, around 22% of expected FY26 output": what was sold ahead, and the
 * share of the output it hedges.
 */
function hedgedLabel(item: Item, label: Label, before: string, after: string): Label {
  // "about 72% is sold forward", "62% of our 2026/27 sugar exports were hedged": the share the verb after it hedged.
  const afterVerb = item.q.unit === '%' ? HEDGED_AFTER.exec(after) : null;
  if (afterVerb) {
    const of = afterVerb[1] ? `share of ${afterVerb[1].toLowerCase()} ` : 'share ';
    return { ...label, text: `${of}${afterVerb[2]!.toLowerCase()}`, start: -1, end: -1 };
  }
  if (!HEDGED.test(before)) return label;
  const sold = /\bsold forward\s+$/iu.test(before) ? SOLD_OF.exec(after) : null;
  if (sold) return { ...label, text: `${sold[1]} sold forward`, start: -1, end: -1 };
  if (/^average price$/iu.test(label.text)) return { ...label, text: 'average hedged price' };
  const share = item.q.unit === '%' ? SHARE_OF_OUTPUT.exec(after) : null;
  return share ? { ...label, text: `share of ${share[1]!.toLowerCase()} hedged`, start: -1, end: -1 } : label;
}
const HEDGED = /\b(?:sold forward|hedged|forward sales?)\b/iu;
const HEDGED_AFTER = /^\s+(?:of\s+(?:(?:our|its|their|the)\s+)?(?:(?:expected|forecast|planned|estimated|budgeted)\s+)?(?:(?:FY|CY)?\d{2,4}(?:\/\d{2})?E?\s+)?((?:[\p{L}-]+\s){0,2}[\p{L}-]+)\s+)?(?:is|was|are|were|has been|have been)\s+(?:already\s+)?(hedged|sold forward|contracted|locked in)\b/u;
const SOLD_OF = /^\s+of\s+((?:[\p{L}-]+\s){0,2}[\p{L}-]+?)(?=\s+(?:on|at|for|in|under|through|via)\b|\s*[,.;]|$)/u;
const SHARE_OF_OUTPUT = /^\s+of\s+(?:(?:our|its|their|the|expected|forecast|planned|estimated)\s+)*(?:(?:FY|CY)?\d{2,4}E?\s+)?(?:\([^()]{0,40}\)\s+)?(output|production|generation|sales)\b/iu;

/**
 * "Operating cash flow was -€145m, compared with an inflow of €310m", "a net loss of A$63.8 million, versus a profit of
 * A$12.1 million a year earlier": the measure compared with, said by its sign (a net profit against a net loss).
 */
function signedComparison(label: Label, previous: Label): Label {
  const sign = /^(?:an? )?(inflow|outflow|profit|loss)$/iu.exec(label.text)?.[1]?.toLowerCase();
  if (!sign) return label;
  if (sign === 'inflow' || sign === 'outflow') return /\bcash flows?\b/iu.test(previous.text) ? { ...previous, start: -1, end: -1 } : label;
  // "the loss attributable to owners was RMB36.2 million, as compared with a loss of RMB118.7 million": the same.
  if ((sign === 'profit' ? /\bprofit\b/iu : /\bloss\b/iu).test(previous.text)) return { ...previous, start: -1, end: -1 };
  const other = sign === 'profit' ? /\bloss\b/iu : /\bprofit\b/iu;
  if (!other.test(previous.text)) return label;
  return { ...previous, text: previous.text.replace(other, sign), start: -1, end: -1 };
}

/** "Impairments totalled nearly $1bn, including $640m on the Rotterdam refinery": the charge on that asset. */
function includedCharge(item: Item, label: Label, previous: Label | null, between: string, after: string): Label {
  if (item.q.dimension !== 'currency' || !previous || !CHARGES.test(previous.text) || !/,\s*including\s+(?:about\s+|nearly\s+)?$/iu.test(between)) {
    return label;
  }
  const on = CHARGED_ON.exec(after);
  return on ? { ...label, text: `${on[1]} ${singularHead(previous.text.toLowerCase())}`, start: -1, end: -1 } : label;
}
const CHARGES = /\b(?:impairments?|charges?|write-?downs?|write-?offs?|provisions?|costs?|capex|investments?)$/iu;
const CHARGED_ON = /^\s+(?:on|for|at|against|related to)\s+(?:the\s+|its\s+|our\s+)?((?:[\p{L}-]+\s){0,3}[\p{L}-]+?)(?=\s*(?:[,.;]|$)|\s+(?:and|in|as|after)\b)/u;

/**
 * "We have covered 62% of first-quarter days at $19,400 per day", "the BCI 5TC average of $22,100": a shipowner's days
 * booked ahead, the rate they are booked at, and the index average it compares with.
 */
function coveredDays(item: Item, label: Label, before: string, after: string): Label {
  const booked = DAYS_BOOKED.exec(before);
  const days = item.q.unit === '%' && booked ? DAYS_AFTER.exec(after) : null;
  if (days) return { ...label, text: `${days[1] ? `${days[1].toLowerCase()} ` : ''}days ${booked![1]!.toLowerCase()}`, start: -1, end: -1 };
  const rate = booked?.[2] !== undefined && item.q.unit.endsWith('/d') && /\bat\s+(?:an\s+average\s+(?:of\s+)?|about\s+|around\s+)?$/iu.test(before);
  const kind = rate ? DAYS_AFTER.exec(` of ${booked![2]}`)?.[1] : undefined;
  if (rate) return { ...label, text: `average ${kind ? `${kind.toLowerCase()} ` : ''}charter rate`, start: -1, end: -1 };
  const index = /^average$|^average price$/iu.test(label.text) ? SHIPPING_INDEX_AVERAGE.exec(before) : null;
  return index ? { ...label, text: `${index[1]} average`, start: -1, end: -1 } : label;
}
const DAYS_BOOKED = /\b(covered|fixed|booked|secured|contracted)\s+(?:about\s+|around\s+|some\s+|nearly\s+)?(?:\d[\d.]*%\s+of\s+([^.;]{0,40}?days)\b[^.;]{0,20}?)?$/iu;
/** "of its fourth-quarter capesize days": the kind of ship whose days are booked, the period left out. */
const DAYS_AFTER = /^\s+of\s+(?:(?:its|our|their|the)\s+)?(?:[\p{L}\d]+-(?:quarter|half)\s+|(?:FY|CY)?\d{2,4}E?\s+|first-quarter\s+)?(?:(\p{L}[\p{L}-]*)\s+)?days\b/iu;
const SHIPPING_INDEX_AVERAGE = /\b((?:BCI|BPI|BSI|BHSI|BDI|BCTI|BDTI)(?:\s+\d+TC)?)\s+average\s+(?:of\s+)?$/u;

/** "We now expect net debt to peak at around $14bn": what peaks is the measure. */
const PEAKS_AT = /\b(?:expects?|sees?|forecasts?|projects?)\s+((?:[\p{L}-]+\s){0,2}[\p{L}-]+)\s+to\s+(?:peak|trough|bottom out)\s+at\s+(?:around\s+|about\s+|roughly\s+)?$/iu;

/**
 * "Capex is guided at $2.4-2.6bn, of which roughly $600m is growth capex", "capex of NOK 38–40 billion, of which NOK 9
 * billion goes to the Skarvhøgda tie-back": the part is named after its figure, with the measure it is a part of.
 */
function partNamedAfter(item: Item, label: Label, previous: Label | null, between: string, after: string): Label {
  if (item.q.unit === '%' || !previous || !OF_WHICH_ABOUT.test(between)) return label;
  const part = PART_IS.exec(after)?.[1]?.replace(/^the /iu, '');
  if (!part || /ed$/u.test(part)) return label;
  const measure = previous.text.split(' ').find((w) => part.toLowerCase().includes(w.toLowerCase())) ? '' : ` ${previous.text}`;
  // "of which 61,200 were BEVs": a plural part named before its measure is said in the singular ("BEV deliveries").
  return { ...label, text: measure ? `${singularHead(part)}${measure}` : part, start: -1, end: -1 };
}
const PART_IS = /^\s+(?:is|was|are|were|is for|was for|goes to|went to)\s+((?:[\p{L}&-]+\s){0,3}[\p{L}&-]+)(?=\s*(?:[,.;]|$))/u;

const BOUGHT_BACK_FOR = /\b(?:repurchased|bought back|buys? back|repurchases?)\s+(?:[\w.,]+\s+){0,4}?shares?\s+(?:for|worth|totall?ing)\s+(?:about\s+|approximately\s+|roughly\s+)?$/iu;
const LEFT_TO_BUY = /^\s+(?:remaining|left|still available)\s+(?:under|on|in)\s+(?:its|the|their|our)\s+(?:(?:share\s+)?(?:repurchase|buyback)\s+)?(?:authori[sz]ation|program(?:me)?|plan)\b/iu;

/**
 * "repurchased 2.4 million shares for $310 million", "has $1.9 billion remaining under its authorization": what a buyback
 * spent and what it has left, not the shares or the word "remaining".
 */
function buybackLabel(item: Item, label: Label, before: string, after: string): Label {
  if (item.q.dimension !== 'currency' || item.q.unit.includes('/')) return label;
  if (BOUGHT_BACK_FOR.test(before)) return { ...label, text: 'share repurchases' };
  if (LEFT_TO_BUY.test(after)) return { ...label, text: 'remaining repurchase authorization' };
  return label;
}

const MOVED_ALONE = new RegExp(String.raw`^(?:rising|falling|climbing|growing|easing|increasing|decreasing|declining|dropping|improving|slowing|`
  + String.raw`end|ended|finish|finished|(?:almost |nearly )?(?:double|triple|treble|twice)|(?:we|it|they|management) (?:now )?(?:expects?|sees?|targets?|aims?|plans?)(?: it| them)?)$`, 'iu');
const EXPECTED_TO_AVERAGE = /\b(?:expects?|expected|forecasts?|sees?|saw|predicts?|projects?)\s+((?:[\p{L}\d%-]+\s+){0,3}?[\p{L}\d%-]+)\s+to\s+average\s+(?:about\s+|around\s+)?$/iu;
const OF_NAMEPLATE = /^\s*of\s+(?:(?:its|their|our|the)\s+)?(?:(?:nameplate|design|installed|rated)\s+)?(?:capacity|nameplate)\b/iu;
const PER_YEAR_AFTER = /^\s+of\s+(?:[\p{L}-]+\s){1,6}?(?:\([^()]{1,40}\)\s)?(?:per (?:year|annum)|a year|annually|each year)\b/iu;
/** A label naming guidance ("capex guidance"), a figure of no period. */
const GUIDANCE_LABEL = / guidance$/u;
const SHARES_MOVED_TO = /\b(?:jumped|rose|fell|closed|ended|finished|slid|gained|dropped|climbed|surged|plunged|tumbled|edged|slipped)\b[^,;]{0,40}?\b(?:to|at)\s+$/iu;
const VALUED_AT = /\bvalu(?:ing|ed|es)\s+(?:the\s+)?(?:company|group|firm|miner|producer|it|them)\s+at\s+(?:about\s+|around\s+|roughly\s+|some\s+)?$/iu;
const CHARTERED_FOR = /\bfor\s+(?:\d{1,2}|one|two|three|six|nine|twelve|eighteen)[- ](?:months?|years?)(?:\s+firm)?\s+at\s+(?:about\s+|around\s+)?$/iu;
const UNITS_COUNTED = /^(?:units|sets|pieces)$/iu;
const COUNT_MEASURE = /\b(?:capacity|output|production|sales|deliveries|shipments|orders?|volumes?|inventor(?:y|ies))$/iu;
const CJK_PRICE_ALREADY = /(?:升水|贴水|基差|净利|毛利|指数|溢价|折价|价差|以来|前值|同期|均值|[（(])/u;

/** Commodities named by one capitalised word, which take "price" where a place would not ("Ammonia", not "Shanghai"). */
const COMMODITY_WORD = /^(?:Arabica|Robusta|Cacao|Soymeal|Soyoil|Palm|Ammonia|Urea|Potash|Sulphur|Sulfur|Methanol|Ethylene|Propylene|Copper|Nickel|Aluminium|Aluminum|Zinc|Lead|Tin|Cobalt|Lithium|Gold|Silver|Platinum|Palladium|Iron|Steel|Rebar|Coal|Coke|Wheat|Corn|Maize|Soybeans?|Sugar|Coffee|Cocoa|Cotton|Rice|Barley|Canola|Rapeseed|Oats|Brent|Gasoil|Diesel|Naphtha|Alumina|Polysilicon|Magnesium|Silicon|Uranium|Molybdenum|Manganese|Spodumene|Graphite|Vanadium|Tungsten|Antimony|Gallium|Germanium|Bauxite|Ferrochrome|Chrome|Titanium|Rhodium|Cathode|Pulp|Rubber|Lumber|Ethanol|Jet|Fuel|Gasoline|LNG|LPG|Propane|Butane)$/u;
/** The same, as written mid-sentence ("and zinc rose to"). */
const ANY_CASE_COMMODITY = new RegExp(COMMODITY_WORD.source, 'iu');

/** "January futures", "the January aluminium contract", "for April delivery", "March cocoa settled": what follows a contract's month. */
const CONTRACT_AFTER = new RegExp(String.raw`^\s+(?:(?:[\p{L}-]+\s+){0,2}(?:futures|contracts?(?!\s+prices?)|delivery)\b`
  + String.raw`|(?:${ANY_CASE_COMMODITY.source.slice(4, -2)})\s+(?:futures\s+)?(?:settled|closed|ended|finished|traded|rose|fell|shed|gained|added|lost|slipped|climbed|jumped|eased|firmed)\b)`, 'iu');

/** A month naming a futures contract or a delivery ("TTF's January contract", "for June delivery", "May coffee settled"). */
function isContractMonth(s: Sentence, p: Period & { index: number; length: number }): boolean {
  const monthOnly = p.start.slice(0, 7) === p.end.slice(0, 7) && p.start.endsWith('-01') && /^[A-Z][a-z]+$/u.test(p.label);
  return monthOnly && CONTRACT_AFTER.test(s.text.slice(p.index + p.length - s.start, p.index + p.length - s.start + 48));
}

/** Chinese words naming two measures at once, split when 分别 gives each its own figure: 产销 → 产量, 销量. */
const CJK_PAIRS = new Map([['产销', ['产量', '销量']], ['进出口', ['进口', '出口']], ['产销量', ['产量', '销量']], ['收支', ['收入', '支出']]]);
const CJK = /[\u3400-\u9fff]/u;

/**
 * "产销分别完成1124.3万辆和1122.8万辆，同比分别增长35.2%和34.9%": as many changes after 分别 as levels
 * before them go to those levels in order.
 */
function respectiveChanges(items: Item[], s: Sentence): void {
  if (!RESPECTIVELY.test(s.text)) return;
  // Each part of the sentence between semicolons pairs its own levels and changes.
  const part = (i: Item) => (s.text.slice(0, i.start - s.start).match(/[;；]/gu) ?? []).length;
  const parts = new Map<number, Item[]>();
  for (const item of items) parts.set(part(item), [...(parts.get(part(item)) ?? []), item]);
  for (const inPart of parts.values()) pairRespectively(inPart, s);
}

function pairRespectively(all: Item[], s: Sentence): void {
  // "营业收入286.45亿元，同比增长9.53%，其中…分别实现收入A、B和C，分别同比增长a、b和c": the run of levels, then as many changes.
  // "…分别为A、B和C，同比分别增长a、b和c，对应PE分别为…": the run of changes need not end the part.
  let end = all.length;
  while (end > 0 && !all[end - 1]!.change) end--;
  let first = end;
  while (first > 0 && all[first - 1]!.change) first--;
  const count = end - first;
  const items = all.slice(Math.max(0, first - count), end);
  const levels = items.filter((i) => !i.change);
  const changes = items.filter((i) => i.change);
  if (levels.length < 2 || changes.length !== levels.length || changes[0]!.start < levels[levels.length - 1]!.end) return;
  // "…an increase of 3.12% and a decrease of 1.05% respectively": the word may close the list too.
  if (!RESPECTIVELY.test(s.text.slice(Math.max(0, items[0]!.start - s.start - 10), items[items.length - 1]!.end - s.start + 16))) return;
  // "…, respectively increasing by 2.4% and 5.1% over the same period of last year": a basis after the list is all of theirs.
  const after = findBasis(s.text.slice(changes[changes.length - 1]!.end - s.start, changes[changes.length - 1]!.end - s.start + 60))?.basis;
  changes.forEach((c, k) => {
    const level = levels[k]!;
    const basis = findBasis(s.text.slice(level.end - s.start, c.start - s.start))?.basis ?? after ?? 'unspecified';
    // A signed item ("同比-10.5%/+20.0%", "增长-8.0%") carries its sign in its value: the sign rules, not the cue word.
    const value = c.q.value < 0 ? c.q.value : c.q.value * (c.change === 'down' ? -1 : 1);
    addChange(level, { value, unit: c.q.unit, basis, since: null, direction: directionOf(value) }, c);
    c.pairedRespectively = true;
  });
}

const RESPECTIVELY = /分别|\brespectively\b/u;

/** "cut FY26E/FY27E EPS by 9%/4% to ₹31.5/₹38.2": a slash pair of changes leads to a slash pair of levels, in order. */
function slashLedChanges(items: Item[], s: Sentence): void {
  const between = (a: Item, b: Item) => s.text.slice(a.end - s.start, b.start - s.start);
  items.forEach((c, k) => {
    const [c2, l1, l2] = [items[k + 1], items[k + 2], items[k + 3]];
    if (!c.change || !c2?.change || !l1 || !l2 || l1.change || l2.change || c.attachedTo || c2.attachedTo) return;
    if (between(c, c2) !== '/' || between(l1, l2) !== '/' || !/^\s+to\s+$/iu.test(between(c2, l1))) return;
    for (const [change, level] of [[c, l1], [c2, l2]] as const) {
      addChange(level, { value: change.q.value * (change.change === 'down' ? -1 : 1), unit: change.q.unit, basis: 'unspecified',
        since: null, direction: change.change! }, change);
      change.pairedRespectively = true;
    }
  });
}

/** "production and sales of NEVs increased by 45.2% and 44%, respectively": one label each. */
function distributeRespectively(s: Sentence, out: ExtractedMetric[]): void {
  if (s.text.includes('分别')) {
    // "7月新能源汽车产销分别完成124.3万辆和126.2万辆": the two figures sharing 产销 are 产量 and 销量.
    for (let k = 0; k + 1 < out.length; k++) {
      const [a, b] = [out[k]!, out[k + 1]!];
      const pair = a.label === b.label ? [...CJK_PAIRS].find(([w]) => a.label.endsWith(w)) : undefined;
      if (!pair) continue;
      [a, b].forEach((m, n) => { m.label = m.label.slice(0, -pair[0].length) + pair[1][n]; });
      k++;
    }
    // "九港调入量和调出量分别为182万吨和165万吨": measures joined by 和 or 、 take one figure each, in order.
    for (let k = 0; k < out.length; k++) {
      const parts = out[k]!.label.split(/和|、|及/u);
      const sharing = out.slice(k, k + parts.length);
      if (parts.length < 2 || parts.some((x) => x.length < 2) || sharing.length !== parts.length || sharing.some((m) => m.label !== out[k]!.label)) continue;
      sharing.forEach((m, n) => { m.label = parts[n]!; });
      k += parts.length - 1;
    }
    cjkListRespectively(s, out);
    return;
  }
  if (!/\brespectively\b/iu.test(s.text) || out.length < 2) return;
  const label = out.find((m) => / and /u.test(m.label))?.label;
  if (!label) {
    regionsRespectively(s, out);
    return;
  }
  const sharing = out.filter((m) => m.label === label);
  const of = / of (.+)$/u.exec(label);
  const head = of ? label.slice(0, of.index) : label;
  const listed = of ? { items: [], measure: null } : listedBefore(s.text, s.text.indexOf(label));
  const parts = [...listed.items, ...head.split(/,\s*|(?<!\s)\s+and\s+/u).filter(Boolean)];
  if (parts.length !== sharing.length) return;
  // "Wheat, corn and soybean exports": one-word items share the last item's head noun ("Revenue and net profit" do not:
  // a measure is named in full).
  const lastWords = parts[parts.length - 1]!.split(' ');
  const closing = lastWords[lastWords.length - 1]!;
  // "primary aluminium and alumina output": the measure closing the list is every item's.
  const measured = lastWords.length > 1 && isBareMeasure(closing) && parts.slice(0, -1).every((x) => !isBareMeasure(x.split(' ').pop()!));
  const oneWordThings = parts.slice(0, -1).every((x) => !x.includes(' ') && !isBareMeasure(x));
  const shared = listed.measure ? null : oneWordThings && lastWords.length > 1
    ? lastWords.slice(1).join(' ') : measured ? closing : null;
  // "Lithium carbonate output and sales": a bare measure after the first item is of the same thing.
  const subject = of || listed.measure ? undefined : splitMeasure(parts[0]!)?.subject;
  sharing.forEach((m, k) => {
    const bare = subject && k > 0 && isBareMeasure(parts[k]!) && !parts[k]!.includes(' ');
    const part = shared && k < parts.length - 1 ? `${parts[k]} ${shared}` : bare ? `${subject} ${parts[k]}` : parts[k]!;
    m.label = of ? `${of[1]} ${part}` : listed.measure ? `${part} ${listed.measure}` : part;
    if (m.entity && parts.includes(m.entity)) m.entity = null; // a segment in the list is no company
  });
}

/**
 * The items of a list before `at` that the reading of its label stopped short of, and the measure they are of:
 * "Segment sales in Nutrition, Agricultural Solutions and …" → items ["Nutrition"], measure "segment sales".
 */
function listedBefore(sentence: string, at: number): { items: string[]; measure: string | null } {
  const items: string[] = [];
  let end = at;
  let measure: string | null = null;
  for (let n = 0; n < 6 && end > 0; n++) {
    const comma = /,\s*$/u.exec(sentence.slice(0, end));
    if (!comma) break;
    const chunkStart = sentence.lastIndexOf(',', comma.index - 1) + 1;
    const chunk = sentence.slice(chunkStart, comma.index).trim();
    if (!chunk || /\d/u.test(chunk) || chunk.split(/\s+/u).length > 6) break;
    // "From January to May, NEV production and sales grew …": an opening adverbial is no item of the list.
    if (/^(?:From|In|During|For|Over|Since|By|After|Before|At|On|Through|Between)\b/u.test(chunk)) break;
    const words = chunk.split(/\s+/u);
    const prep = words.findLastIndex((w) => /^(?:in|at|for|of|from)$/u.test(w));
    items.unshift(prep > 0 ? words.slice(prep + 1).join(' ') : chunk);
    end = chunkStart;
    if (prep > 0) {
      measure = words.slice(0, prep).join(' ').toLowerCase();
      break;
    }
  }
  return { items, measure };
}

/** "EBITDA margins in Europe and North America were 14.2% and 18.9%, respectively": each region's margin. */
function regionsRespectively(s: Sentence, out: ExtractedMetric[]): void {
  const label = out[0]!.label;
  const sharing = out.filter((m) => m.label === label);
  const at = s.text.indexOf(label);
  if (sharing.length < 2 || at < 0) return;
  const rest = s.text.slice(at + label.length);
  const opening = /^ (?:in|at|for) /u.exec(rest);
  const verb = opening ? / (?:were|was|are|stood|came|reached|totall?ed)\b/u.exec(rest) : null;
  const places = opening && verb ? rest.slice(opening[0].length, verb.index) : '';
  if (!places.includes(' and ') || /[\d;:()]/u.test(places)) return;
  const parts = places.split(/, ?| and /u);
  if (parts.length !== sharing.length) return;
  sharing.forEach((m, k) => { m.label = `${parts[k]} ${singularHead(label)}`; });
}

/**
 * "氯化钾产量、销量分别为186.4万吨、179.2万吨": the measures listed before 分别 go to the figures after it in order,
 * a bare measure taking the first one's subject (氯化钾销量). Only where the reading so far gave them all the last one.
 */
function cjkListRespectively(s: Sentence, out: ExtractedMetric[]): void {
  const at = /分别(?:为|是|达到?|实现|完成)?/u.exec(s.text);
  let from = at ? at.index : 0;
  while (from > 0 && /[\u3400-\u9fff、]/u.test(s.text[from - 1]!)) from--;
  const run = at ? s.text.slice(from, at.index) : undefined;
  const members = run?.split(/[、和及与]/u).map((x) => x.replace(/^(?:[年月日度份]|公司|其中|本期|报告期内)+/u, ''));
  if (!at || !members || members.length < 2 || members.some((x) => !x)) return;
  let pos = 0;
  const after = out.filter((m) => {
    const i = s.text.indexOf(m.text, pos);
    pos = i < 0 ? pos : i + m.text.length;
    return i > at.index;
  }).slice(0, members.length);
  if (after.length !== members.length) return;
  const shared = after[0]!.label;
  // "酱油、调味酱、蚝油分别实现收入": things listed before 分别, the measure after it (酱油收入).
  if (shared !== members[members.length - 1] && after.every((m) => m.label === shared) && !members.some((x) => CJK_LISTED_MEASURE.test(x))
    && CJK_LISTED_MEASURE.test(shared) && s.text.slice(at.index).includes(shared)) {
    after.forEach((m, k) => { m.label = `${members[k]}${shared}`; });
    return;
  }
  if (after.some((m) => m.label !== members[members.length - 1])) return;
  const last = members[members.length - 1]!;
  const measure = CJK_LISTED_MEASURE.exec(last)?.[0];
  // "磷酸铁锂、三元材料出货量分别为": things listed before one measure each take it (磷酸铁锂出货量).
  if (!CJK_LISTED_MEASURE.test(members[0]!)) {
    if (!measure || measure === last) return;
    after.forEach((m, k) => { m.label = k === members.length - 1 ? last : `${members[k]}${measure}`; });
    return;
  }
  after.forEach((m, k) => { m.label = k === 0 ? members[0]! : cjkInherited(members[k]!, members[0]!) ?? members[k]!; });
}
const CJK_LISTED_MEASURE = /(?:产量|销量|出货量|出口量|进口量|装机量|交付量|发电量|用电量|消费量|成交量|成交额|产能|营业收入|营收|收入|净利润|归母净利润|利润|均价|价格|库存|开工率|毛利率|占比|份额|金额|数量)$/u;

function kindOf(item: Item, label: string, unit: string, before: string): ExtractedMetric['kind'] {
  if (item.change && item.change_) return 'change';
  if (unit === 'count') return 'count';
  // "设计年处理原矿能力为600万吨": a yearly handling capacity, said as 年…能力.
  if ((/capacity|产能|年\p{Script=Han}{0,6}能力/iu.test(label) && !/\bgrowth\b/iu.test(label)) || unit.endsWith('/yr')) return 'capacity';
  if (unit === '%' && (/\b(?:share|proportion|stake|ratio|penetration|accounted for|accounting for|represented|account for|days (?:covered|fixed|booked|secured|contracted))\b/iu.test(`${label} ${before}`)
    || /(?:占比|渗透率|比重|比例)$/u.test(label))) return 'share';
  // "price/mix contributed 5 points": percentage points are never a price.
  // A cost is a price per unit or of one thing ("cash cost of US$1.92/lb", "mushrooms cost $8.50"); "Cost of sales …
  // $2.57 billion" and "the rebuild cost R840 million" are amounts.
  const costOfOne = /\bcosts?\b/iu.test(label) && item.q.dimension === 'currency' && item.q.scaleFactor === 1 && item.q.value < 10_000;
  if (((/\b(?:price|prices|quote|quotation)\b/iu.test(label) || costOfOne) && unit !== 'pp') || /^[A-Z]{3}\//u.test(unit)) return 'price';
  return 'level';
}

const OF_OUR = /^\s+of\s+(?:our|its|their)\s/iu;

function toMetric(s: ReadSentence, item: Item, label: Label, period: Period | null, memory: Memory, text: (a: number, b: number) => string): ExtractedMetric {
  const before = text(s.start, item.start);
  const q = item.q;
  const kind = kindOf(item, label.text, q.unit, before.slice(-40));
  // "Among them, the installed wind power capacity was …": a part of what the sentence before counted, whoever owned that.
  const partOfPrevious = /^\W*(?:among them|of which|of these|of this|其中)/iu.test(s.text) && memory.lastEntity !== undefined;
  // "120,000 dmt of spodumene concentrate (SC6) per year": a rate said after what the tonnes are of.
  const yearly = item.sizes || (YEARLY_UNITS.has(q.unit) && PER_YEAR_AFTER.test(text(item.end, s.end)));
  const unit = yearly ? `${q.unit}/yr` : perUnitOfLabel(annualRate(q.unit, label.text, kind), label.text);
  const owner = {
    // A passage naming no company that has been giving national figures goes on giving them ("Exports in the first ten months …").
    company: partOfPrevious ? () => memory.lastEntity! : () => memory.company()
      ?? (memory.lastEntity === 'market' && !namesSomeone(s.text) ? 'market' : null),
    // "…归母净利润分别为38.2亿元…，假设2026年COMEX金价为…": a source named only after the figure, not as its reporter, is not its source.
    marketSentence: () => (s.citesMarket() && (citesMarket(text(s.start, item.end)) || REPORTED_AFTER.test(text(item.end, s.end))))
      || (partOfPrevious && memory.lastEntity === 'market'),
    marketFigure: isMarketFigure(label.text, q.unit, kind, before.slice(-120)),
  };
  const found = entityFor(before, owner);
  // "China took 61% of our volumes": a share of the company's own, whatever country takes it.
  const ours = found === 'market' && q.unit === '%' && OF_OUR.test(text(item.end, Math.min(s.end, item.end + 16)));
  const entity = ours ? memory.company() : found;
  const owned = withoutOwner(label, entity, s.text);
  const tidied = { ...owned, text: tidiedLabel(spelledOut(owned.text)) };
  // "Shares fell 7% in early trading", "Kalivest's shares rose 4.2%": a move of the shares is one of the share price.
  // Not "Apple holding an 18% share": a share said after its percentage is a share of something, not the stock.
  const shareAfter = label.start >= item.end;
  if (unit === '%' && !shareAfter && /^(?:(?:the|its|their) )?(?:shares|stock|share)$/iu.test(tidied.text)) tidied.text = 'share price';
  // "Shares of Ganfeng Lithium jumped 7.3% to HK$28.45": the shares' level in money is their price.
  if (q.dimension === 'currency' && !unit.includes('/') && /^(?:(?:the|its|their) )?shares(?: of .+)?$/iu.test(tidied.text)
    && SHARES_MOVED_TO.test(before.slice(-60))) tidied.text = 'share price';
  // "C1 cash costs of US$1.92/lb": a cost per unit is one cost.
  if (unit.includes('/') && /(?:^|\s)(?:costs|prices)$/iu.test(tidied.text)) tidied.text = tidied.text.slice(0, -1);
  // "monitor panel prices … US$63.5", "spot rates from Shanghai to Rotterdam": a price or a rate as a level is one
  // ("food prices rose 6.9%" stays plural: a move of many).
  if (unit.includes('/') || kind === 'price') tidied.text = tidied.text.replace(SINGULAR_HEAD, (_, word: string) => word.slice(0, -1));
  if (unit === 'TEU') tidied.text = containerVolume(tidied.text, entity);
  // "其中，出口22.12万亿元": money exported or sold is an amount (出口额, 销售额), not a volume.
  if (q.dimension === 'currency' && !unit.includes('/')) tidied.text = tidied.text.replace(/(出口|进口|销售)量$/u, '$1额').replace(/^销量$/u, '销售额');
  // "three-month copper", "3-month SHIBOR": a price's or a rate's tenor is no span of time.
  const cumulative = kind === 'price' || unit === '%' || unit.includes('/') ? null : cumulativeOf(tidied, period);
  const named = cumulative?.label ?? tidied;
  period = cumulative?.period ?? period;
  return {
    span: [item.start, item.end],
    text: text(item.start, item.end),
    sentence: s.text,
    sentenceSpan: [s.start, s.end],
    label: named.text,
    labelSpan: named.start >= 0 ? [named.start, named.end] : null,
    entity,
    value: q.value,
    valueHigh: q.high,
    unit,
    display: q.display,
    change: inUnit(item.change_ ? improvedDownward(item.change_, label.text, text(s.start, item.start))
      : wordedChange(before) ?? fractionChange(text(item.end, s.end)), q.unit, unit),
    changeSpan: item.changeSpan,
    moreChanges: item.moreChanges,
    // A rate of capacity ("26 Mtpa", "年产8.5万吨") holds from when it is built: a start-up date is not its period.
    // A company's guidance and a valuation multiple are no figure of a period either (labelled-sets.md).
    period: ((kind === 'capacity' || kind === 'change') && unit.endsWith('/yr')) || TIMELESS.test(label.text) || DEAL_TERM.test(named.text) || unit === 'x'
      || GUIDANCE_LABEL.test(named.text) || item.facility ? null : balanceDay(label.text, period, kind, before, unit),
    qualifier: qualifierOf(before),
    kind,
  };
}

/** "单吨完全成本降至6.2万元，较二季度下降4800元": a change in the figure's own unit is in the unit the label made it. */
function inUnit(change: Change | null, written: string, unit: string): Change | null {
  return change && written !== unit && change.unit === written ? { ...change, unit } : change;
}

/** "Deccan Ferro Alloys' EBITDA" owned by Deccan Ferro Alloys is its "EBITDA": the owner is the entity, not the label. */
function withoutOwner(label: Label, entity: string | null, sentence: string): Label {
  if (!entity || entity === 'market' || !label.text.startsWith(entity)) return label;
  // Only a possessive: a name said before a label without one ("Otterby Mining revenue") stays, as the period sheet shows it.
  // "Fortescue shipped 47.9 Mt": the measure its verb names, never written so, goes without the company that did it.
  const acted = !sentence.includes(label.text) && /^\s+(?:shipments|production|sales|deliveries|output)$/u.exec(label.text.slice(entity.length));
  // "蔚来同期交付量": a Chinese name runs into its measure, with 同期 between (the figure keeps its own period).
  const cjk = /^(?:同期|同日)(?=\p{Script=Han}{2})/u;
  const owner = acted ? /^\s+/u.exec(label.text.slice(entity.length))
    : /^['’]s?\s+/u.exec(label.text.slice(entity.length)) ?? (/\p{Script=Han}$/u.test(entity) ? cjk.exec(label.text.slice(entity.length)) : null);
  if (!owner) return label;
  const cut = entity.length + owner[0].length;
  return { text: label.text.slice(cut), start: label.start >= 0 ? label.start + cut : -1, end: label.end };
}

/**
 * A forecast says so in its label, so the grid never shows it beside actuals as one: "we forecast 2026 cell shipments
 * of 215 GWh" is "cell shipments forecast"; "our 2025 estimate of 164 GWh" names the measure before it ("cell shipments
 * estimate"). Guidance may be of any measure, so it is left as it is.
 */
function forecastLabel(label: Label, previous: Label | null, before: string): Label {
  // "against 2026 guidance of 240,000 oz", "a HK$40bn target": guidance or a target for the measure said before;
  // "and we forecast US$1.18bn": a forecast of it.
  const pronoun = /^(?:(?:and|but)\s+)?we(?:\s+now)?$/iu.test(label.text) && FORECASTS.test(before);
  // "full-year 2025 guidance is unchanged at": when the guidance is for is its period, not a name.
  // "beat the consensus of $1.31": the consensus for the measure said before it.
  const bare = /^(?:(?:beat|beats|missed|misses|topped|exceeded|trailed|narrowed|widened|tightened|reiterated|reaffirmed|maintained|(?:below|above|within|ahead of|in line with)(?=\s+(?:the\s+|its\s+)?guidance$))\s+(?:the\s+|its\s+|our\s+)?)?(?:(?:full-year|full year|annual|FY\d{2,4}|\d{4})\s+)?(estimate|forecast|consensus|projection|guidance|target)$/iu
    .exec(pronoun ? 'forecast' : label.text);
  // Not "guidance" after "guidance": the measure said before is then no measure at all.
  const measure = bare && previous && !FALLBACK_LABEL.test(previous.text) ? previous.text.replace(FORECAST_WORD, '').trim() : '';
  if (measure) return { ...label, text: `${measure} ${bare![1]!.toLowerCase()}` };
  // "The CFO guided full-year shipments of 38-42 GW", "Management guided 2026 production of": guidance for that measure.
  const guided = /^(?:[\p{L}-]+\s+)?guid(?:ed|es|ing)\s+(\S.*)$/iu.exec(label.text);
  if (guided && !FORECAST_WORD.test(guided[1]!)) return { ...label, text: `${guided[1]} guidance` };
  // GUIDED opens with an alternation, slow over every sentence: it is tried only where its words are.
  const mayGuide = before.includes('uid') || before.includes('expect');
  const guidedHere = mayGuide && (GUIDED.test(before) || GUIDED_COST.test(before));
  if (guidedHere && !FORECAST_WORD.test(label.text) && label.start >= 0) return { ...label, text: `${label.text} guidance` };
  // "We forecast LFP cathode shipments of 410kt": the verb read into the phrase is the forecast.
  const forecasts = FORECASTS.test(before);
  if (forecasts && /^forecast\s+\S/iu.test(label.text)) return { ...label, text: `${label.text.replace(/^forecast\s+/iu, '')} forecast` };
  if (!forecasts || FORECAST_WORD.test(label.text) || label.start < 0) return label;
  return { ...label, text: `${label.text} forecast` };
}
// "we still expect 2026 capex of", "we expect full-year generation of about": a company holding to its outlook.
// "the company expects fourth-quarter deliveries of", "management guided to a capital adequacy ratio above": the same.
const GUIDED = new RegExp(String.raw`\b(?:guid(?:ed|es|ing)\s+(?:to\s+(?:an?\s+)?)?(?:(?:full-year|FY\d{2,4}|\d{4}|its|the)\s+)?`
  + String.raw`|we\s+still\s+expect\s+(?:(?:full-year|FY\d{2,4}|\d{4})\s+)?|we\s+expect\s+full-year\s+`
  + String.raw`|(?:company|group|management|it)\s+(?:now\s+|still\s+)?expects\s+(?:(?:full-year|FY\d{2,4}|\d{4}|[\p{L}]+-quarter|its)\s+)?)`
  + String.raw`(?:[\p{L}-]+\s+){1,3}(?:of|at|to|above|below)\s+(?:about\s+|around\s+)?$`, 'iu');
/** "guided FY26 production of 235,000–255,000 oz at AISC of": the cost said with guided output is guidance too. */
const GUIDED_COST = /\bguid(?:ed|es|ing)\s[^\d;]*\d[^;]*?\s(?:at|and)\s+(?:an?\s+)?(?:AISC|AIC|all-in sustaining costs?|(?:C1\s+)?(?:cash|unit)\s+costs?)\s+(?:of\s+)?$/iu;
const FORECASTS = /\bwe (?:now )?(?:forecast|project)\b/iu;
const FORECAST_WORD = / (?:forecast|estimate|guidance|consensus|projection)$|\b(?:forecast|estimate|guidance|target|consensus|expected|projected)\b/iu;

/** "of which overseas shipments accounted for": the part a percentage that follows is a share of. */
const PART_OF_WHICH = /\bof which\s+((?:[\p{L}\p{N}-]+\s+){0,3}?[\p{L}\p{N}-]+)\s+(?:accounted for|took|made up|represented|comprised)\s+(?:about\s+|around\s+|roughly\s+|some\s+)?$/iu;
/** "… 61% of it to energy-storage customers", "… 63% of the global total": whom the share went to, or of what total. */
const SHARE_AFTER = /^\s*of\s+(?:(?:it|them|this|that|the total)\s+(?:went\s+)?(?:to|from|in)\s+(?:the\s+)?((?:[\p{L}-]+\s+)?[\p{L}-]+)|the\s+(global|world|national|industry|country's|nation's)\s+total)\b/iu;
/** Words that say only what kind of part it is: "overseas markets", "N-type products", "energy-storage customers". */
const PART_NOUN = / (?:markets?|products?|customers?|clients?|buyers?|segments?|business(?:es)?)$/iu;

/**
 * A percentage that is a part of the figure before it is that part's share of its measure: "41.3 GW, of which overseas
 * shipments accounted for 46.5%" → "overseas share of shipments"; "14.2 GWh …, about 61% of it to energy-storage
 * customers" → "energy-storage share of shipments"; "orders for 41.2 million dwt, 63% of the global total" → "share of
 * global orders".
 */
function shareOf(label: Label, item: Item, previous: Label | null, between: string, after: string): Label {
  if (item.q.unit !== '%' || !previous || /\bshare\b/iu.test(label.text)) return label;
  const measure = lowerFirst(splitMeasure(previous.text)?.measure ?? previous.text);
  const named = PART_OF_WHICH.exec(between);
  if (named) {
    const words = named[1]!.replace(/\s+/gu, ' ').replace(/^(?:the|its|our|their) /iu, '');
    const own = words.toLowerCase().endsWith(` ${measure.toLowerCase()}`) ? words.slice(0, -measure.length - 1) : words;
    // "the top five customers": a counted group keeps its noun.
    const part = /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|top)\b/iu.test(own) ? own : own.replace(PART_NOUN, '');
    return part.toLowerCase() === measure.toLowerCase() ? label : { ...label, text: `${part} share of ${measure}` };
  }
  // "18.6 GW in the quarter, of which 41% went overseas": where that part went.
  const ofWhich = OF_WHICH_ABOUT.test(between);
  const abroad = ofWhich ? /^\s*(?:went|was sold|were sold|was shipped|were shipped)\s+(overseas|abroad|to export markets|domestically)\b/iu.exec(after) : null;
  if (abroad) return { ...label, text: `${/^(?:overseas|abroad|to export markets)$/iu.test(abroad[1]!) ? 'overseas' : 'domestic'} share of ${measure}` };
  // "sold 21,300 tons of magnets, …, of which about 38% went to new energy vehicles": the buyers' share.
  const buyers = ofWhich ? WENT_TO.exec(after) : null;
  if (buyers) return { ...label, text: `${singularHead(buyers[1]!.replace(/^the /iu, ''))} share of ${measure}` };
  // "412,000 boe/d, of which 58% was liquids": the part the verb after it names, not the whole.
  const part = ofWhich ? /^\s+(?:was|were|is|are|came from)\s+((?:[\p{L}-]+\s){0,2}[\p{L}-]+)(?=\s*(?:[,.;]|$))/u.exec(after) : null;
  // Named by the part alone, as the own set writes it ("of which roughly 6% is rare earth oxide": rare earth oxide).
  if (part) return { ...label, text: part[1]!.replace(/^(?:the|its|our|their) /iu, '') };
  const went = SHARE_AFTER.exec(after);
  if (!went) return label;
  if (went[2]) return { ...label, text: `share of ${went[2].toLowerCase().replace(/'s$/u, '')} ${measure}` };
  return { ...label, text: `${went[1]!.replace(/\s+/gu, ' ').replace(PART_NOUN, '')} share of ${measure}` };
}

const OF_WHICH_ABOUT = /\bof which(?:\s+(?:about|around|approximately|roughly|some|nearly|almost))?\s*$/iu;
const WENT_TO = /^\s*(?:went|was sold|were sold|was shipped|were shipped|was supplied|were supplied)\s+to\s+((?:the\s+)?\p{L}[\p{L}-]*(?:\s\p{L}[\p{L}-]*){0,3})(?=\s*(?:[,.;]|$))/iu;

/** Flows and stocks a commodity named alone borrows from the figure before it. */
const PARALLEL_MEASURE = /(?:^|\s)(production|output|sales|exports|imports|shipments|deliveries|consumption|stocks|inventories)$/iu;

/**
 * "copper production … was 238,450 t; … and zinc rose to 131,600 t", "production averaged 412,600 boe/d, of which
 * oil was 221,400 bbl/d": a commodity named alone is the same measure of that commodity.
 */
function parallelMeasure(label: Label, item: Item, previous: Label | null, after: string): Label {
  // "copper was 20 kt in surplus": a balance, not the flow said before.
  if (!previous || item.q.dimension === 'currency' || item.q.unit === '%' || /^\s*in (?:surplus|deficit)\b/iu.test(after)) return label;
  if (!ANY_CASE_COMMODITY.test(label.text) && !/^(?:oil|gas|crude|condensate|NGLs?)$/iu.test(label.text)) return label;
  const measure = PARALLEL_MEASURE.exec(previous.text);
  return measure ? { ...label, text: `${label.text} ${measure[1]!.toLowerCase()}` } : label;
}

/** Words for one measure: "copper production … Output in the first half" is copper output. */
const MEASURE_KIN = [/^(?:production|output)$/iu, /^(?:sales|sales volume|deliveries|shipments)$/iu, /^(?:stocks|inventories)$/iu];

/** How often or how a measure is counted, said before its subject: "daily output" of crude steel is "daily crude steel output". */
const MEASURE_RATE = /^(daily|weekly|monthly|annual)\s+/iu;

/** A measure with the subject an earlier label gave it ("crude steel" + "daily output" → "daily crude steel output"). */
function withSubject(subject: string, measure: string): string {
  // The subject of "daily crude steel output" is crude steel: a later "Output" is no daily figure.
  const own = subject.replace(MEASURE_RATE, '');
  const rate = MEASURE_RATE.exec(measure);
  return rate ? `${rate[1]} ${own} ${measure.slice(rate[0].length)}` : `${own} ${measure}`;
}

/** Whether a bare measure is the measure said before (or a word for it), so it may take that measure's subject. */
function sameMeasure(prior: string, measure: string): boolean {
  // "daily output … Output in the first ten months": the same measure, counted another way.
  const a = prior.toLowerCase().replace(MEASURE_RATE, '');
  const b = measure.toLowerCase().replace(MEASURE_RATE, '');
  return a === b || singularHead(a) === singularHead(b) || MEASURE_KIN.some((kin) => kin.test(a) && kin.test(b));
}

/** Measures of money per unit, whose subject is what they are paid for. */
const PRICE_MEASURE = /\b(?:costs?|prices?|margins?|tariffs?)$/iu;

/** Whether an earlier label's subject may name a bare measure later: in its sentence, for the same measure, or a commodity's. */
function lendsSubject(prior: { subject: string; measure: string }, measure: string, sameSentence: boolean): boolean {
  // Not "Cash conversion cost was RMB19,500/t …, and we still expect 2025 sales of": what a cost is of sells nothing.
  const costOf = PRICE_MEASURE.test(prior.measure) && !PRICE_MEASURE.test(measure);
  return (sameSentence && !costOf) || sameMeasure(prior.measure, measure) || ANY_CASE_COMMODITY.test(prior.subject);
}

/** Profit measures a margin is stated against. */
const PROFIT_MEASURE = /(?:EBITDA|EBIT|profit|income|earnings)$/iu;

/**
 * "EBITDA US$903 million, a 41.3% margin": a bare margin right after a profit measure is that measure's margin.
 */
function marginOf(label: Label, item: Item, previous: Label | null, sameSentence: boolean): Label {
  if (item.q.unit !== '%' || !previous || !sameSentence || !/^(?:an?\s+|the\s+)?margins?$/iu.test(label.text)) return label;
  // "Net interest income rose …, while the margin narrowed": a bank's margin is its net interest margin.
  if (/\binterest income$/iu.test(previous.text)) return { ...label, text: 'net interest margin' };
  if (/\b(?:fee|commission|other|interest) income$/iu.test(previous.text)) return label;
  return PROFIT_MEASURE.test(previous.text) ? { ...label, text: `${previous.text} margin` } : label;
}

/** "Throughput … reached 3.18 million TEU": a port's throughput counted in TEU is its container throughput. */
function containerLabel(label: Label, item: Item): Label {
  if (item.q.unit === 'TEU') {
    const text = containerVolume(label.text, null);
    if (text !== label.text) return { ...label, text };
  }
  // "the 1.2Mtpa Kalgoona concentrator", "a 1.1 GW offshore wind farm": the size of a facility is its capacity.
  const sized = /^(?:t\/yr|t\/d|kW|kWh\/yr)$/u.test(item.q.unit) && FACILITY_NAMED.test(label.text);
  return sized && !/capacity/iu.test(label.text) ? { ...label, text: `${label.text} capacity` } : label;
}

/**
 * A volume counted in TEU, named as a container volume: "throughput" is "container throughput", and "carried" alone
 * (or after its owner's name: "Haixing Container Lines carried") is "container volume carried".
 */
function containerVolume(label: string, owner: string | null): string {
  // "Port of Dachiao handled 859,000 TEU": the port is the figure's owner, not part of what it measures.
  const own = owner && label.startsWith(`${owner} `) ? label.slice(owner.length + 1) : label;
  if (/^(?:throughput|volumes?|handling)$/iu.test(own)) return `container ${own.toLowerCase()}`;
  const moved = /^(?:(.+) )?(carried|handled|shipped|moved|lifted|transported)$/iu.exec(label);
  return moved && (!moved[1] || moved[1] === owner) ? `container volume ${moved[2]!}` : label;
}

const FACILITY_NAMED = /\b(?:concentrator|project|plant|farm|mine|smelter|refinery|line|mill|terminal|facility|park|complex|station|gigafactory|upgrade|expansion)$/iu;

/** A plant, line or project named right after a figure: "40 GWh battery plant", "0.5GWh固态电池中试线". */
const FACILITY_AFTER = new RegExp('^(?:(?![\\s-]*(?:from|at|to|in|into|of|for|by|on|the|a|an|and|or|was|were|is|are|with|per|each|every|once|when|after|before|until|as|if|while)\\b)'
  + '[\\s-]*(?:[\\p{L}\\p{N}][\\p{L}\\p{N}-]*\\s+){0,4}(?:line|plant|factory|facility|gigafactory|mill|smelter|refinery|project|concentrator)\\b'
  + '|(\\p{Script=Han}{0,10}?(?:生产线|产线|中试线|工厂|基地|项目)))', 'u');

/**
 * "a 40 GWh battery plant", "公司0.5GWh固态电池中试线": energy or tonnes sizing a plant are its capacity per year,
 * labelled by the plant.
 */
function facilityCapacity(item: Item, after: string): Label | null {
  // "a 40 GWh battery plant", "30万吨/年合成氨技改项目": a plant's size, a year's or said without the year.
  if (item.change || item.comparison || !/^(?:kWh|t|kW)(?:\/yr)?$/u.test(item.q.unit)) return null;
  const m = FACILITY_AFTER.exec(after);
  if (!m) return null;
  // "云岭基地二期16GW项目": a plant's power is its size, not a year's output, and no period's figure either.
  item.sizes = item.q.unit !== 'kW' && !item.q.unit.endsWith('/yr');
  item.facility = true;
  const named = m[1] ?? m[0].replace(/^[\s-]+/u, '').trim();
  return { text: m[1] ? `${named}产能` : `${named} capacity`, start: item.end, end: item.end + m[0].length };
}

const CJK_LED_VERB = /(?<=\p{Script=Han}{2})(?:增加|减少|上涨|下跌|增长|下降|提升|回落)$/u;

/**
 * A label too bare to stand, named by the figure's unit: "the index" is the index named before, hours a plant "logged"
 * are its utilisation hours, and "average" alone ("ran an average of 4,380 hours", "an average of US$905/t") the average
 * its unit implies.
 */
function namedByUnit(read: Label, item: Item, memory: Memory): Label {
  // "For the week, the index gained 11%": the index named before.
  const index = memory.labelByUnit?.get('points');
  if (/^(?:the )?index$/iu.test(read.text) && index) return { ...read, text: index.text };
  // "wind farms logged 1,105 hours": hours a plant ran are its utilisation hours.
  if (item.q.unit === 'h' && read.start >= 0 && !/\b(?:hours?|time|turnaround)\b/iu.test(read.text) && !CJK.test(read.text)) return { ...read, text: `${singularHead(read.text)} utilisation hours` };
  if (!/^average$/iu.test(read.text)) return read;
  if (item.q.unit === 'h') return { ...read, text: 'average utilisation hours' };
  if (item.q.dimension === 'currency' && item.q.unit.includes('/')) return { ...read, text: 'average price' };
  return read;
}

/** "a final dividend of 95 cents per share": a dividend said per share is labelled so, as analysts write it. */
function perShare(label: Label, after: string): Label {
  if (!/\bdividends?$/iu.test(label.text) || !/^\s*(?:per|a) share\b/iu.test(after)) return label;
  return { ...label, text: `${label.text.replace(/dividends$/iu, 'dividend')} per share` };
}

/** "电解铝产能利用率约97%，45万吨/年产能已满产": a yearly rate named 产能 right after it is the capacity, not the ratio before. */
function capacityAfter(read: Label, item: Item, after: string): Label {
  // "达产后将新增年产铜12万吨": what a plant will make a year is its capacity (新增铜产能).
  const yearly = CJK_YEARLY.exec(read.text);
  if (yearly && YEARLY_UNITS.has(item.q.unit)) {
    item.sizes = true;
    return { ...read, text: `${yearly[1] ?? ''}${yearly[2] ?? yearly[4]}产能` };
  }
  // "肯尼亚二期年产3,000万平方米生产线": a line named by where it is, what it makes unsaid: that place's capacity.
  if (/\p{Script=Han}年产$/u.test(read.text) && /^(?:生产线|产线|项目|装置|工厂)/u.test(after) && YEARLY_UNITS.has(item.q.unit)) {
    item.sizes = true;
    return { ...read, text: read.text.replace(/年产$/u, '产能') };
  }
  // "设计产能为年产60万吨乙二醇": the product named after a yearly amount is what the capacity makes.
  const product = /^产$|年产$/u.test(read.text) ? CJK_PRODUCT_AFTER.exec(after) : null;
  if (product && YEARLY_UNITS.has(item.q.unit)) {
    item.sizes = true;
    return { ...read, text: `${read.text.endsWith('新增年产') ? '新增' : ''}${product[1]}产能` };
  }
  // "the lithium salt project with an annual output of 25,000 tons": what a project is built to make a year is its capacity.
  const designed = FACILITY_OUTPUT.exec(read.text);
  if (designed && (item.q.unit === 't' || item.q.unit === 'kWh')) return { ...read, text: `${designed[1]} annual capacity` };
  const at = read.text.indexOf('产能');
  if (!item.q.unit.endsWith('/yr') || at < 0 || !/^\s*(?:的)?(?:年)?产能/u.test(after)) return read;
  return { ...read, text: read.text.slice(0, at + 2) };
}

/** "规划年产20万吨…项目，其中一期8万吨": a phase of a yearly capacity said just before is a capacity too (一期产能). */
function phaseOf(read: Label, item: Item, previous: Label | null): Label {
  const phase = /^(?:其中)?([一二三四五首]期)$/u.exec(read.text);
  if (!phase || !previous?.text.endsWith('产能') || !YEARLY_UNITS.has(item.q.unit)) return read;
  item.sizes = true;
  return { ...read, text: `${phase[1]}产能` };
}

// "年产煤制天然气" reaches here as "产煤制天然气" when the label's leading time words (年) were cut.
const CAPACITY_IS_YEARLY = /(\p{Script=Han}{0,8}?产能)(?:为|达到?|约为?|约)?年产$/u;
const CJK_YEARLY = /(?:(新增)?年产(?!能)(\p{Script=Han}{1,6})|^()产(?![能量销值品出])(\p{Script=Han}{2,6}))$/u;
const CJK_PRODUCT_AFTER = /^(\p{Script=Han}{2,12}?)(?:的|项目|装置|生产线|工厂|[，。；、,;.]|$)/u;
const YEARLY_UNITS = new Set(['t', 'kWh', 'm3', 'm2']);
const FACILITY_OUTPUT = /^(.*\b(?:project|plant|line|smelter|refinery|facility|base))\s+annual (?:output|production)$/iu;

/** "an annual production capacity of 50,000 mt": a capacity stated per year is a rate, as "50,000 mt/year" is. */
/** Balances and balance-sheet ratios, which stand on a day: "3Q25 NPL ratio 1.36%" is the ratio at the quarter's end. */
const FLOW_OF_BALANCE = /\b(?:average|additions?|reductions?|increase|decrease|change|impairments?|provisions?(?! coverage)|write-?downs?|turnover)\b|平均|增加|减少/iu;
const BALANCE = /\b(?:NPL ratio|non-performing loan ratio|CET1(?: ratio)?|capital adequacy ratio|total assets|(?:gross |net )?loans|loans and advances|loan book|advances|deposits|(?:gross |net )?NPAs?(?: ratio)?|GNPA|NNPA|provision coverage(?: ratio)?|CASA(?: ratio| share)?|occupancy|(?:subscriber|customer|postpaid|prepaid|total|mobile|broadband) base|NAV(?: per (?:unit|share))?|net asset value(?: per (?:unit|share))?|(?:EPRA )?NTA(?: per share)?|net tangible assets(?: per share)?|book value per share|BVPS|loan-to-value|LTV|gearing|net assets|net debt|order ?book|backlog|liquidity|net cash(?! flows?| provided| used| generated| from)|standardi[sz]ed measure|future net cash flows|cash (?:and (?:cash )?equivalents|balance|position)|inventor(?:y|ies)|stockpiles?|(?:port|warehouse|exchange|social|bonded|LME|SHFE|Comex) stocks?)\b|总资产|净资产|资产负债率|不良贷款率|不良率|拨备覆盖率|资本充足率|贷款余额|存款余额|在手订单/iu;

/** Ratios where lower is better: "improved" moves them down, "worsened" up. */
const LOWER_IS_BETTER = /\b(?:combined|loss|expense|cost(?:[- ]to[- ]|[- ])income|claims?) ratio\b|\bchurn\b|\b(?:gross |net )?NPA|\bNPL\b|non-performing|\bgearing\b|\bleverage\b|不良/iu;

/** "the combined ratio improved 2.6pp to 89.4%": an improvement of a ratio where lower is better is a fall. */
function improvedDownward(change: Change, label: string, before: string): Change {
  if (!LOWER_IS_BETTER.test(label) || change.unit !== 'pp' && change.unit !== '%') return change;
  const cue = /\b(improv\w*|worsen\w*|deteriorat\w*)\b(?:[^.;]|\.(?=\d))*$/iu.exec(before)?.[1];
  if (!cue) return change;
  const direction = /^improv/iu.test(cue) ? 'down' : 'up';
  return { ...change, value: Math.abs(change.value) * (direction === 'down' ? -1 : 1), direction };
}

/** "nine-month liftings", "YTD sales", "first-half output": a label opening on a span that runs up to the period said. */
const CUMULATIVE_LABEL = /^(?:(nine|six|three|9|6|3)[- ]months?['’]?|(first[- ]half|half[- ]year)|(year[- ]to[- ]date|YTD))\s+(?=\p{L})/iu;
const SPAN_MONTHS = new Map([['nine', 9], ['six', 6], ['three', 3], ['9', 9], ['6', 6], ['3', 3]]);

/**
 * "Q3 liftings were 1.42 million TEU; nine-month liftings reached 4.08 million TEU": the
 * nine months ending with the quarter said, the span out of the label. Only for a month or a
 * quarter ending at a month's end, and a span at least as long as it.
 */
function cumulativeOf(label: Label, period: Period | null): { label: Label; period: Period } | null {
  const m = CUMULATIVE_LABEL.exec(label.text);
  if (!m || !period || period.start === period.end) return null;
  const [y, mo, d] = period.end.split('-').map(Number) as [number, number, number];
  if (lastDay(y, mo) !== d) return null;
  const months = m[1] ? SPAN_MONTHS.get(m[1].toLowerCase())! : m[2] ? 6 : mo;
  if (monthsOf(period) > months) return null;
  const start = new Date(Date.UTC(y, mo - months, 1)).toISOString().slice(0, 10);
  const cut = m[0].length;
  return {
    label: { text: label.text.slice(cut), start: label.start >= 0 ? label.start + cut : -1, end: label.end },
    period: { label: `${m[0].trim()} to ${period.label}`, start, end: period.end },
  };
}

/** The calendar months a period touches, from its start's month to its end's: 12 for a year, 3 for a quarter. */
function monthsOf(p: Period): number {
  const [sy, sm] = p.start.split('-').map(Number) as [number, number];
  const [ey, em] = p.end.split('-').map(Number) as [number, number];
  return (ey - sy) * 12 + em - sm + 1;
}

/** "berth occupancy averaged 71% in January": what is averaged over a span. */
const AVERAGED = /\b(?:averaged|averaging|an average of)\s+(?:about\s+|around\s+|roughly\s+)?$/iu;
/** "The Solvency II ratio ended the year at 214%": what a span closed at is its value on the span's last day. */
const CLOSED_AT = /\b(?:ended|closed|finished|exited)\s+(?:the\s+)?(?:year|quarter|half|period|month)\s+(?:at|on)\s+(?:about\s+|around\s+)?$/iu;

/** What flows over a span ("order intake ended the quarter at €2.1 billion") sums the span, however the sentence ends it. */
const FLOW = /\b(?:sales|deliveries|intake|orders|output|production|revenues?|shipments|volumes?|throughput|profit|income|earnings|EBITDA|generation|crush|liftings|exports|imports|capex|spending|arrivals|consumption)\b/iu;

/** "output doubled to 6,140 t", "halved to": a change said in a word, of the level it led to. */
function wordedChange(before: string): Change | null {
  // "more than doubled to": at least twice, which is no stated change.
  const word = /(?<!\b(?:more than|less than|nearly|almost|over|roughly) )\b(doubled|tripled|trebled|quadrupled|halved)\s+to\s+(?:about\s+|around\s+)?$/iu
    .exec(before)?.[1]?.toLowerCase();
  if (!word) return null;
  const value = word === 'halved' ? -50 : word === 'doubled' ? 100 : word === 'quadrupled' ? 300 : 200;
  return { value, unit: '%', basis: 'unspecified', since: null, direction: value > 0 ? 'up' : 'down' };
}

const FRACTIONS = new Map([['half', 50], ['third', 33.3], ['quarter', 25], ['fifth', 20], ['tenth', 10]]);
/** ", a fifth lower y/y" right after a figure (nothing numeric between): its change in words. */
const FRACTION_AFTER = /^(?:\s+(?:in|on|for)\s+[\p{L} ]{1,20}?)?,\s+(?:a|one)[- ](half|third|quarter|fifth|tenth)\s+(lower|higher|less|more|below|above|down|up)\b[^,.;\d]{0,24}/iu;

/** "shipped 1.41 Mt in January, a fifth lower y/y": -20% a year on year. */
function fractionChange(after: string): Change | null {
  const m = FRACTION_AFTER.exec(after);
  if (!m) return null;
  const size = FRACTIONS.get(m[1]!.toLowerCase())!;
  const up = /^(?:higher|more|above|up)$/iu.test(m[2]!);
  const basis = findBasis(m[0].slice(m[0].indexOf(m[2]!)))?.basis ?? 'unspecified';
  return { value: up ? size : -size, unit: '%', basis, since: null, direction: up ? 'up' : 'down' };
}

/** A balance over a span is the balance at its end, and so is what a span closed at (a ratio, a price, a stock). */
function balanceDay(label: string, period: Period | null, kind: string, before: string, unit: string): Period | null {
  if (period && period.start === period.end && kind !== 'change') return flowOverEnded(label, period);
  if (!period || period.start === period.end || kind === 'change') return period;
  // "Cushing stocks were 23.9 million barrels in the week ended …": stocks of a commodity are held, not shares traded.
  const held = /\bstocks?$/iu.test(label) && PHYSICAL_STOCK_UNITS.has(unit);
  if (CLOSED_AT.test(before) && !FLOW.test(label)) return { ...period, start: period.end };
  // "berth occupancy averaged 71% in January": an average of a balance covers the span it averages.
  if (AVERAGED.test(before)) return period;
  // A change of a balance over a span, or its average, covers the span: "net debt fell by $500 million in H1".
  if ((!BALANCE.test(label) && !held) || FLOW_OF_BALANCE.test(label)) return period;
  return { ...period, start: period.end };
}

/**
 * "stocks fell to 1.62 Mt at end-January, as output dropped to 1.38 Mt": a flow dated to the end of a month or a year
 * it was said beside is the flow over that month or year; nothing flows on one day's end.
 */
function flowOverEnded(label: string, day: Period): Period {
  if (!FLOW_HEAD.test(label) || BALANCE.test(label)) return day;
  const [y, m, d] = day.end.split('-').map(Number) as [number, number, number];
  if (d !== lastDay(y, m)) return day;
  if (m === 12 && YEAR_END_SAID.test(day.label)) return { ...day, start: `${y}-01-01` };
  return MONTH_END_SAID.test(day.label) ? { ...day, start: `${day.end.slice(0, 8)}01` } : day;
}

/** A label whose head is a flow ("crude palm oil output"), not one a flow word only qualifies ("generation capacity"). */
const FLOW_HEAD = new RegExp(`${FLOW.source}$`, 'iu');
/** "end-January", "the end of March", "March-end", 3月末: a month's end said as such. */
const MONTH_END_SAID = /\bend[- ](?:of\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*[- ]end\b|月末|月底/iu;
/** "year-end", "the end of the year", 年末: a year's end said as such. */
const YEAR_END_SAID = /\byear[- ]end\b|\bend of (?:the )?year\b|年末|年底/iu;

const PHYSICAL_STOCK_UNITS = new Set(['t', 'bbl', 'boe', 'm3', 'Mcf', 'L', 'bu', 'kWh']);

/** Units a label may name money per, as codes: each is counted as written, so the amount needs no converting. */
const PER_LABEL_UNIT = new Map([['teu', 'TEU'], ['feu', 'FEU'], ['barrel', 'bbl'], ['bbl', 'bbl'], ['boe', 'boe'],
  ['barrel of oil equivalent', 'boe'], ['mmbtu', 'MMBtu'], ['mcf', 'Mcf']]);

/** "Average revenue per TEU was US$88.4", "cash cost per tonne of US$41": the label names what the money is per. */
function perUnitOfLabel(unit: string, label: string): string {
  // "日均调入量156.2万吨", "daily average output of 2.9 Mt": a daily average of tonnes is tonnes a day.
  if ((unit === 't' || unit === 'kWh' || unit === 'm3') && /日均|日产(?!能)|日耗|\bdaily(?: average)?\b|\baverage daily\b/iu.test(label)) return `${unit}/d`;
  if (!/^[A-Z]{3}$/u.test(unit)) return unit;
  // "dayrates on new contracts were around $410,000", "日租金": a rig's or a ship's hire is money a day.
  if (/\b(?:day ?rates?|daily (?:hire|charter) rates?)$|日租金$/iu.test(label)) return `${unit}/d`;
  // "吨煤完全成本约512元", "螺纹钢吨钢毛利约186元", "单吨完全成本降至6.2万元": money per tonne of the product.
  if (/^(?:\p{Script=Han}{0,6}?|单|每)吨\p{Script=Han}{0,2}?(?:完全|现金|生产|平均|综合)?(?:成本|利润|毛利|净利|售价|价格|收入|费用|加工费)/u.test(label)) return `${unit}/t`;
  // "EBITDA per tonne", "EBITDA/t at Rs 9,150": money per unit the label names.
  // "gross profit per tonne of steel products": what the tonne is of may follow.
  const per = /(?:\bper |\/)(TEU|FEU|tonne|ton|metric ton|t|barrel|bbl|boe|barrel of oil equivalent|MMBtu|Mcf)(?: of [\p{L} -]+)?$/iu.exec(label);
  if (!per) return unit;
  return `${unit}/${PER_LABEL_UNIT.get(per[1]!.toLowerCase()) ?? 't'}`;
}

/** Oil and gas held in a tank or a field are volumes; only a plant's output said per year is a yearly rate. */
const VOLUMES = /^(?:m3|Mcf|bbl|boe)$/u;
const YEARLY = /\bannual\b|年产|产能$/u;

/** What a factory makes in GW a year (wafers, cells, modules), not what a power plant can generate. */
const MADE_IN_GW = /\b(?:modules?|cells?|wafers?|ingots?|polysilicon|panels?|electroly[sz]ers?)\b|\b(?:production|manufacturing|nameplate)\s+capacity|硅片|电池片|组件|硅棒|产能/iu;
const GENERATED = /install|generat|operat|wind|hydro|nuclear|coal-fired|gas-fired|装机|并网|发电/iu;

function annualRate(unit: string, label: string, kind: ExtractedMetric['kind']): string {
  if (kind !== 'capacity' || unit.includes('/')) return unit;
  if (!/\bannual\b|年产|产能$|年\p{Script=Han}{0,6}能力$|^(?:[\w -]+ )?(?:production |smelting |refining |processing |nameplate |design )?capacity$/iu.test(label)) return unit;
  if (/storage|warehouse|tank|berth|working|库容/iu.test(label)) return unit;
  // "62 GW of annual module production capacity": a factory's yearly output, kW/yr like a battery plant's kWh/yr.
  const madeInGw = unit === 'kW' && MADE_IN_GW.test(label) && !GENERATED.test(label);
  return /^(?:t|kWh|L|m2|count)$/u.test(unit) || (VOLUMES.test(unit) && YEARLY.test(label)) || madeInGw ? `${unit}/yr` : unit;
}
