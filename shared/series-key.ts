/*
 * What makes two metrics the same series, whatever the source's wording: "SMM Pr-Nd oxide
 * average price" and "Pr-Nd oxide average price" are one series, "Revenue" and "revenue"
 * too, and a price quoted by SMM, Mysteel or "the market" belongs to the market. Charts
 * and cross-source checks group by this key (with unit and period), never by raw text.
 */

/** Agencies whose name opens a quoted price's label ("SMM Pr-Nd oxide price") or stands as its entity. */
const AGENCIES = '(?:smm|mysteel|fastmarkets|argus|platts|baiinfo|asian metal|lme|shfe|comex|上海有色网|我的钢铁网|百川盈孚)';
const PRICE_SOURCES = new RegExp(`^${AGENCIES}$`, 'u');
const SOURCE_PREFIX = new RegExp(`^${AGENCIES}(?:['’]s)?\\s+`, 'u');

/**
 * Words two sources use for one measure ("rare earth oxide production volume" and "… output"), each said one way.
 * Only whole measures that are plainly the same: "output" for production, "sales" for sales volume.
 */
const SAME_MEASURE: Array<[RegExp, string]> = [
  [/\bproduction volumes?\b/gu, 'output'], [/\bproduction\b/gu, 'output'], [/\bsales volumes?\b/gu, 'sales'],
];
/** An English plural ("NEVs production", "prices"): one series with its singular; "glass", "gas" and "its" stay. */
const PLURAL = /\b([a-z]{2,}[a-rt-z])s\b/gu;

/**
 * The label as a series knows it: lower case, single spaces, one kind of dash, no quoting agency, English words in the
 * singular and a few names of one measure said one way.
 */
export function seriesLabel(label: string): string {
  const plain = label.toLowerCase().normalize('NFKC').replace(/[‐‑‒–—―]/gu, '-').replace(/\s+/gu, ' ').trim();
  const named = plain.replace(SOURCE_PREFIX, '').replace(/^the /u, '').replace(/['’]s\b/gu, '');
  return SAME_MEASURE.reduce((l, [re, said]) => l.replace(re, said), named).replace(PLURAL, '$1');
}

/** The entity as a series knows it: a price agency is the market; a company keeps its name, case aside. */
export function seriesEntity(entity: string | null): string | null {
  if (entity === null) return null;
  const plain = entity.toLowerCase().replace(/\s+/gu, ' ').trim();
  return PRICE_SOURCES.test(plain) ? 'market' : plain;
}

/** One key per series: its label and entity as above. Unit and period are compared beside it. */
export function seriesKey(label: string, entity: string | null): string {
  return `${seriesLabel(label)}\u001f${seriesEntity(entity) ?? ''}`;
}
