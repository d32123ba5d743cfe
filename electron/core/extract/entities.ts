/*
 * Who a figure belongs to: a company named in the figure's clause, else the document's
 * main subject (its most-mentioned organisation). Market-wide statements ("nationwide",
 * "the industry") belong to the market, not to the company the document is about.
 */

const ORG = /\b((?:[A-Z][\w&’'.-]*\s+){1,8}(?:Group|Holdings|Company|Corporation|Corp\.?|Inc\.?|Ltd\.?|Limited|PLC|LLC|AG|SA|Co\.,?\s*Ltd\.?|Co\.|Rare Earth|Resources|Mining|Metals|Materials|Technology|Magnetism|Works|Energy|Motors|Bank))(?=\W|$)/gu;
const ACRONYM = /\(([A-Z]{2,6})\)/gu;
const MARKET = /\b(?:nationwide|national|national total|country's|countrywide|industry-wide|the industry|global|worldwide|the market|domestic market)\b/iu;
const LEADING = /^(?:The|In|On|At|For|From|Among|As|With|By|Of|To|And|But|While|According|Regarding|Since|After|Before|During|Currently|Meanwhile|However|This|That|Its|Their)\s+/u;

function tidyName(name: string): string {
  let n = name.trim().replace(/\s+/gu, ' ');
  while (LEADING.test(n)) n = n.replace(LEADING, '');
  return n.replace(/[’']s$/u, '');
}

/** Organisation names in a text with how often each is mentioned. */
export function organisations(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(ORG)) {
    const name = tidyName(m[1]!);
    if (name.split(' ').length < 2 && !/Group|Corp|Inc|Ltd|PLC|LLC|AG|SA/u.test(name)) continue;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  for (const m of text.matchAll(ACRONYM)) counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
  return counts;
}

/**
 * The document's main subject: the organisation mentioned most, counting shorter mentions
 * of it ("China Northern Rare Earth Group" is also "China Northern Rare Earth"), and
 * preferring the fuller name when it is used nearly as often.
 */
export function mainSubject(text: string): string | null {
  const scored = [...organisations(text).keys()]
    // Names are tidied to single spaces, so one space opens the suffix (not \s+, slow from inside a long run).
    .map((name) => name.replace(/ (?:Group|Holdings|Co\.,?\s*Ltd\.?|Co\.|Ltd\.?|Inc\.?|Corp\.?|Limited|PLC)$/u, ''))
    .filter((core) => core.split(' ').length >= 2 || /^[A-Z]{2,6}$/u.test(core))
    .map((core) => ({ core, score: text.split(core).length - 1 }))
    .sort((a, b) => b.score - a.score || b.core.length - a.core.length);
  const best = scored[0];
  if (!best || best.score < 2) return null;
  const fuller = scored.find((c) => c.core.length > best.core.length && c.core.includes(best.core) && c.score >= best.score * 0.6);
  return (fuller ?? best).core;
}

/** The entity for a figure whose clause (up to the figure) is `clause`. */
/** Words an organisation's name ends with: without one, a clause names no organisation. */
const ORG_SUFFIX = /Group|Holdings|Company|Corporation|Corp|Inc|Ltd|Limited|PLC|LLC|AG|SA|Co\.|Rare Earth|Resources|Mining|Metals|Materials|Technology|Magnetism|Works|Energy|Motors|Bank/u;

export function entityFor(clause: string, subject: string | null): string | null {
  const named = !ORG_SUFFIX.test(clause) ? [] : [...clause.matchAll(ORG)].map((m) => tidyName(m[1]!)).filter((n) => n.split(' ').length >= 2);
  if (named.length) return named[named.length - 1]!;
  if (MARKET.test(clause)) return 'market';
  return subject;
}
