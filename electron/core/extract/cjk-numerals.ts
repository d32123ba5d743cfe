import type { Token } from './tokens.ts';

/*
 * Amounts written in Chinese numerals: "两千万元", "十二亿元", "五万吨", "三成". Numeral characters also make up
 * words ("三元材料" is NCM cathode, "一季度" a quarter, "十四五" a five-year plan, "千万" "by all means"), so only
 * a numeral with a multiplier (十, 百, 千) or a scale after it (万, 亿), then a unit or a currency, is an amount;
 * a tenth (成) needs neither.
 */

const DIGITS = new Map([['零', 0], ['〇', 0], ['一', 1], ['二', 2], ['两', 2], ['三', 3], ['四', 4], ['五', 5], ['六', 6], ['七', 7], ['八', 8], ['九', 9]]);
const MULTIPLIERS = new Map([['十', 10], ['百', 100], ['千', 1000]]);
/** What may follow the numeral (and its 万 or 亿) for it to be an amount: a unit, a currency or a classifier. */
const UNIT_AFTER = /^(?:元|美元|港元|欧元|日元|英镑|澳元|加元|人民币|吨|万吨|千克|公斤|辆|台|艘|人|户|家|个|座|套|千瓦|兆瓦|吉瓦|桶|立方米|平方米|亩|股|张|件|票|标准箱)/u;
/**
 * "超过三成", "营收三成来自海外", "超5成": tenths; not 成 opening a word ("沪深300成分股", "一成不变", "成本") nor "probably"
 * ("八成已经见底").
 */
const NOT_TENTHS_AFTER = /^(?:不|功|本|交|长|员|立|都|果|绩|熟|型|品|就|分|效|份|色|年|新|已|是|会|要|能|可|也|还|将)/u;
/** A bare ten, hundred or thousand is an amount after a word of counting ("新增十艘", "超过千人"), not opening a word. */
const COUNTED_BEFORE = /(?:新增|增加|减少|超过|超|近|约|逾|达|共|计|有|了|为|余|将近|接近|不到|不足)$/u;

/** "数十亿元", "几百万吨", "上百家": a vague number of tens or hundreds, no amount. */
const VAGUE_BEFORE = /^(?:数|几|上|好|成)$/u;

/** Whether 成 followed by `after` (the text right after 成) is tenths. */
export function isTenths(after: string): boolean {
  return !NOT_TENTHS_AFTER.test(after);
}

/** Whether a character is a Chinese numeral digit or multiplier. */
export function isCjkNumeral(text: string): boolean {
  return DIGITS.has(text) || MULTIPLIERS.has(text);
}

/** Value of the numeral run starting at `i`, and where it ends; null where it is not a well-formed number. */
function run(tokens: Token[], i: number): { value: number; next: number; multiplied: boolean } | null {
  let section = 0;
  let digit: number | null = null;
  let multiplied = false;
  let j = i;
  for (; j < tokens.length; j++) {
    const c = tokens[j]!.text;
    const d = DIGITS.get(c);
    if (d !== undefined) {
      // "一千零五": a zero holds a place; any other two digits in a row ("十四五", "两三万") are no one number.
      if (digit !== null && digit !== 0) return null;
      digit = d;
      continue;
    }
    const m = MULTIPLIERS.get(c);
    if (m === undefined) break;
    section += (digit ?? 1) * m;
    digit = null;
    multiplied = true;
  }
  return j === i ? null : { value: section + (digit ?? 0), next: j, multiplied };
}

/**
 * The amount in Chinese numerals starting at token `i`, as a numeral whose scale (万, 亿) and unit are read after
 * it like digits'; "一亿两千万" is read whole. Null where the numerals are part of a word.
 */
export function parseCjkNumeral(tokens: Token[], i: number): { value: number; next: number } | null {
  if (!isCjkNumeral(tokens[i]?.text ?? '') || isCjkNumeral(tokens[i - 1]?.text ?? '') || VAGUE_BEFORE.test(tokens[i - 1]?.text ?? '')) return null;
  const first = run(tokens, i);
  if (!first) return null;
  const ahead = (k: number, n: number) => tokens.slice(k, k + n).map((t) => t.text).join('');
  const before = ahead(Math.max(0, i - 2), i - Math.max(0, i - 2));
  const scale = tokens[first.next]?.text;
  // "营收同比增长一倍": a change by a multiple, after the verb of the change.
  if (scale === '倍' && /(?:增长|增加|提升|提高|上涨|扩大|下降|减少)$/u.test(before)) return { value: first.value, next: first.next };
  if (scale === '成') return isTenths(ahead(first.next + 1, 1)) ? { value: first.value, next: first.next } : null;
  if (scale === '亿') {
    // "一亿两千万元": the ten-thousands after 亿 belong to the same amount.
    const more = run(tokens, first.next + 1);
    if (more && tokens[more.next]?.text === '万' && UNIT_AFTER.test(ahead(more.next + 1, 4))) {
      return { value: first.value * 1e4 + more.value, next: more.next };
    }
  }
  const scaled = scale === '万' || scale === '亿';
  if (!first.multiplied && !scaled) return null;
  // "每百元营业收入", "千元机", "千股跌停", "百人会", "十元店": a bare ten, hundred or thousand opening a word is no amount;
  // one with a digit ("三千人", "十二家"), a scale ("十二亿元") or a word of counting before it ("新增十艘") is.
  const bare = tokens[i]!.text === '十' ? !DIGITS.has(tokens[i + 1]?.text ?? '') : MULTIPLIERS.has(tokens[i]!.text);
  const counted = COUNTED_BEFORE.test(before);
  if (bare && !scaled && !counted) return null;
  const unitAt = scaled ? first.next + 1 : first.next;
  const unit = UNIT_AFTER.exec(ahead(unitAt, 4));
  // "百万吨级", "千亿元级企业": a class, named by its size.
  if (!unit || tokens[unitAt + unit[0].length]?.text === '级') return null;
  return { value: first.value, next: first.next };
}
