import { random } from './random.ts';

/*
 * Varied prose for benchmarks: words drawn from a Zipf-like distribution over a vocabulary
 * of real English words (the most frequent ranks) and generated ones (the long tail), so a
 * search meets what real text gives it: a few words in nearly every passage, a middle of
 * words in thousands, a tail of words in a handful. About one passage in fifty is Chinese.
 * Everything is seeded: the same seed gives the same vocabulary and the same text.
 */

/** Size of the English vocabulary: #19 asks for at least 100,000 distinct words. */
export const VOCABULARY_SIZE = 160_000;

/** Function words first, in roughly their English frequency order: they take the top ranks. */
const FUNCTION_WORDS = `the of and to in a is that for it as was with be by on not he this are or his from at which but have an they
  you were her she there been one all we their has would when if so no will more can who its out other about than into
  them only some could these two may then do first any my now such like our over also new after most should where those
  what between through very each under while last both must much before still during own since against down because
  few just many same without another however though within among around whether every again until less least upon
  whose rather less both further here either neither nor yet already perhaps often almost always never sometimes`.split(/\s+/u);

/** Words an analyst of commodity and company news writes and searches for. */
const DOMAIN_WORDS = `market price prices demand supply rare earth oxide export exports quota company production output capacity
  revenue profit quarter year growth traders buyers sellers magnet magnets metal metals mining mine plant plants policy
  ministry government analysts investors shares stock report reported expected increase decrease rose fell higher lower
  stable steady firm tight weak strong orders contract contracts inventory inventories cost costs margin margins sales
  volume volumes tonnes month months week weeks industry sector region regional domestic overseas global china chinese
  europe japan korea united states america australia africa lithium cobalt nickel copper steel aluminium graphite neodymium
  praseodymium dysprosium terbium lanthanum cerium yttrium separation smelting refinery refining processing licence licensing
  tariff tariffs sanctions trade war shipping freight port ports logistics energy wind turbine turbines vehicle vehicles
  electric battery batteries motor motors robot robots semiconductor chips technology research development investment
  capital expenditure debt bond bonds bank banks interest rate rates inflation currency yuan dollar euro exchange futures
  spot forward premium discount benchmark index indices auction tender bid offer offers quotation quotations consultancy
  forecast outlook guidance strategy merger acquisition stake joint venture subsidiary board chairman executive manager
  management employees workers strike environmental inspection inspections pollution emissions carbon climate regulation
  regulations compliance audit filing disclosure annual interim results earnings dividend buyback restructuring reform
  reforms state owned private listed exchange shanghai shenzhen hong kong baotou ganzhou jiangxi sichuan mongolia inner
  northern southern eastern western coastal provincial national international customs statistics data survey estimate`.split(/\s+/u);

/** Common Chinese characters; generated two-character words from them make the Chinese passages. */
const HANZI = `稀土价格市场需求供应出口配额公司生产产量产能收入利润季度增长贸易买卖磁材金属矿山工厂政策部门分析投资股票报告预期上涨下跌
  稳定订单合同库存成本销售数量行业地区国内海外全球中国欧洲日本韩国美国锂钴镍铜钢铝石墨钕镨镝铽镧铈钇分离冶炼加工许可关税制裁运输港口
  能源风电汽车电池电机机器人芯片技术研究开发资本债券银行利率通胀汇率期货现货溢价折扣指数拍卖招标报价预测展望战略并购合资子董事会管理员工
  环境检查污染排放碳气候监管合规审计披露年度中期业绩股息改革国有民营上市交易所北京上海深圳香港包头赣州江西四川内蒙古`.replace(/\s+/gu, '');

/** The vocabulary in rank order (most frequent first) and a sampler of ranks. */
export interface Vocabulary {
  words: string[];
  /** A rank (index into `words`) drawn from the Zipf-like distribution. */
  sample(r: () => number): number;
}

const ONSETS = ['b', 'c', 'd', 'f', 'g', 'h', 'j', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'w', 'z', 'br', 'ch', 'cr', 'dr', 'fl', 'gr', 'pl', 'pr', 'sh', 'st', 'th', 'tr', 'qu', 'sk'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'ou', 'io', 'y'];
const CODAS = ['', '', 'n', 'r', 's', 'l', 'm', 't', 'nd', 'st', 'x', 'ck'];

/** A pronounceable made-up word of two to four syllables. */
function madeUpWord(r: () => number): string {
  const pick = <T>(a: T[]) => a[Math.floor(r() * a.length)]!;
  const syllables = 2 + Math.floor(r() * r() * 3);
  let word = '';
  for (let s = 0; s < syllables; s++) word += pick(ONSETS) + pick(VOWELS) + (s === syllables - 1 || r() < 0.3 ? pick(CODAS) : '');
  return word;
}

/** Cumulative weights 1/rank^exponent, for sampling ranks by binary search. */
function cumulative(size: number, exponent: number): Float64Array {
  const cdf = new Float64Array(size);
  let sum = 0;
  for (let k = 0; k < size; k++) cdf[k] = sum += 1 / (k + 1) ** exponent;
  for (let k = 0; k < size; k++) cdf[k]! /= sum;
  return cdf;
}

function sampler(cdf: Float64Array): (r: () => number) => number {
  return (r) => {
    const x = r();
    let lo = 0;
    let hi = cdf.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cdf[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

/** `size` distinct English words: real ones first, then made-up ones, Zipf exponent ~1. */
export function englishVocabulary(size: number, seed = 7): Vocabulary {
  const r = random(seed);
  const seen = new Set<string>();
  const words: string[] = [];
  const add = (w: string) => { if (w && !seen.has(w)) { seen.add(w); words.push(w); } };
  FUNCTION_WORDS.forEach(add);
  DOMAIN_WORDS.forEach(add);
  while (words.length < size) add(madeUpWord(r));
  return { words, sample: sampler(cumulative(words.length, 1.0)) };
}

/** Two-character Chinese words from HANZI, Zipf-distributed among themselves. */
export function chineseVocabulary(size = 4000, seed = 8): Vocabulary {
  const r = random(seed);
  const seen = new Set<string>();
  const words: string[] = [];
  // The first words are real two-character terms taken in order from HANZI (稀土, 价格, 市场…).
  for (let i = 0; i + 1 < HANZI.length && words.length < 80; i += 2) {
    const w = HANZI.slice(i, i + 2);
    if (!seen.has(w)) { seen.add(w); words.push(w); }
  }
  while (words.length < size) {
    const w = HANZI[Math.floor(r() * HANZI.length)]! + HANZI[Math.floor(r() * HANZI.length)]!;
    if (!seen.has(w)) { seen.add(w); words.push(w); }
  }
  return { words, sample: sampler(cumulative(words.length, 1.0)) };
}

/** Writes passages of varied prose from one seeded stream. */
export class ProseWriter {
  private readonly r: () => number;
  private readonly english: Vocabulary;
  private readonly chinese: Vocabulary;
  private readonly figureRate: number;

  /** `figureRate`: the share of words written as a bare number or percentage. */
  constructor(seed: number, english: Vocabulary, chinese: Vocabulary, figureRate = 0.03) {
    this.r = random(seed);
    this.english = english;
    this.chinese = chinese;
    this.figureRate = figureRate;
  }

  /** A heading: a few words, capitalised. */
  heading(): string {
    const n = 3 + Math.floor(this.r() * 6);
    return Array.from({ length: n }, () => capitalise(this.word())).join(' ');
  }

  /** A paragraph of one to six sentences; one in fifty is Chinese. */
  paragraph(): string {
    if (this.r() < 0.02) return this.chineseParagraph();
    const n = 1 + Math.floor(this.r() * 6);
    return Array.from({ length: n }, () => this.sentence()).join(' ');
  }

  private word(): string {
    return this.english.words[this.english.sample(this.r)]!;
  }

  private sentence(): string {
    const n = 6 + Math.floor(this.r() * 20);
    const parts: string[] = [];
    for (let i = 0; i < n; i++) {
      let w = this.word();
      if (this.r() < this.figureRate) w = this.figure();
      if (i > 2 && i < n - 2 && this.r() < 0.06) w += ',';
      parts.push(w);
    }
    parts[0] = capitalise(parts[0]!);
    return `${parts.join(' ')}.`;
  }

  private figure(): string {
    const x = Math.floor(this.r() * 100000) / (this.r() < 0.5 ? 100 : 1);
    return this.r() < 0.3 ? `${x}%` : String(x);
  }

  /** Clauses of two to five words, no spaces, as Chinese is written. */
  private chineseParagraph(): string {
    const sentences = 1 + Math.floor(this.r() * 4);
    let out = '';
    for (let s = 0; s < sentences; s++) {
      const clauses = 1 + Math.floor(this.r() * 3);
      const text = Array.from({ length: clauses }, () => {
        const n = 2 + Math.floor(this.r() * 4);
        return Array.from({ length: n }, () => this.chinese.words[this.chinese.sample(this.r)]!).join('');
      });
      out += `${text.join('，')}。`;
    }
    return out;
  }
}

const capitalise = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
