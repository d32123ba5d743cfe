/*
 * Who a figure belongs to: a company named in the figure's clause, else the document's
 * main subject (its most-mentioned organisation). Market-wide statements ("nationwide",
 * "the industry") belong to the market, not to the company the document is about.
 */

/** Metals a miner may be named for ("Tobyl Zinc"), and a market or a body too ("LME Zinc", "World Gold Council"). */
const METALS = '(?:Zinc|Gold|Platinum|Uranium|Manganese|Chrome|Silver|Vanadium|Graphite|Potash)';

/** Words a company's name ends with, besides the legal forms. */
const COMPANY_WORDS = 'Group|Holdings|Company|Corporation|Corp\\.?|Inc\\.?|Ltd\\.?|Limited|PLC|plc|LLC|Rare Earths?|Resources|Mining|Minerals|Metals|'
  + 'Materials|Technology|Technologies|Magnetics|Magnetism|Works|Energy|Power|Motors|Bank|Bancorp|Copper|Lithium|Steel|Coal|Battery|Batteries|'
  + 'Silicon|Photovoltaic|Solar|Marine|Shipping|Heavy Industries|Semiconductor Manufacturing|Industries|Industry|Chemicals?|Petroleum|Hi-Tech|Aluminium|Aluminum|Nickel|Cobalt|'
  + 'Stores|Retail|Utilities|Electric|Wind|Renewables|Life|Insurance|Airlines|Logistics|Carriers|Lines|Semiconductors?|Pharmaceuticals?|Telecom|'
  + 'Automotive|Auto|Optronics|Optoelectronics|Electronics|Microelectronics|Airport|Cement|Paper|Gas|Oil|Ports|Systems|Software|Networks|Devices|Instruments|Communications|Therapeutics|Healthcare|Brands|Foods|'
  + 'Port Authority|Ports Authority|Properties|Realty|Tankers|Shipbuilding|Airways|Telecommunications|Alloys|Tire|Tires|Tyres|Mines|Kraft|Grid|'
  + 'Fertilizers|Fertilisers|Partners|LNG|Pipelines?|Midstream|Refining|Refinery|Petrochemicals?|Terminals?|Terminais|Container Line|REIT|Mineração|Siderurgia|Telecomunicações|Cements|Logística|Logistica|Celulose|Alimentos|Participações|Siderúrgica|Energia|Energía|Transportes|Agrícola|Marketing|'
  // Miners named for their metal ("Tobyl Zinc", "Mogale Reef Gold"); "LME Zinc" and "Spot Gold" are prices (GENERIC_NAME).
  // Not before a word that makes the name a body, a market or a headline's ("World Gold Council", "Shanghai Gold Exchange").
  + `${METALS}(?! (?:Council|Association|Institute|Exchange|Price|Prices|Output|Production|Wrap|Index|ETF|Market|Demand|Supply|Survey))|Polimetálica|`
  // Agricultural traders, growers and processors ("Kessling Cacao", "Sungai Beluran Plantations"); not a crop's market.
  + `(?:Cacao|Cocoa|Coffee|Sugar|Plantations?|Agri|Agribusiness|Commodities|Oilseeds|Açúcar)`
  + `(?! (?:Board|Council|Association|Organi[sz]ation|Exchange|Price|Prices|Output|Production|Exports|Imports|Stocks|Index|Market|Futures|Crop|Season))`;
const COMPANY_WORD = `(?:${COMPANY_WORDS})`;
/** "Minera Cordillera Alta", "Frigorífico Sertão Alto": a trade word that comes first, as in Spanish and Portuguese names. */
const FIRST_TRADE_WORD = 'Minera|Mineração|Frigorífico|Compañía|Companhia|Grupo|Empresas?|Siderúrgica|Usina';
const TRADE_FIRST_NAME = `(?:${FIRST_TRADE_WORD})(?: [A-Z][\\p{L}-]+){1,3}`;
/** A body a name heads, not a company: "the Malaysian Palm Oil Board", "the Copper Development Association". */
const A_BODY_AFTER = String.raw`(?!\s+(?:Board|Council|Association|Institute|Organi[sz]ation|Authority|Bureau|Commission|Exchange)\b)`;
// "Santa Irene Açúcar e Energia S.A.", "Minera Valle del Sol": a Portuguese or Spanish name joins its words with e, de, del.
const ORG = new RegExp(`\\b((?:(?:[A-Z][\\p{L}&’'.-]*|&)\\s+)(?:(?:[A-Z][\\p{L}&’'.-]*|&|e|de|do|da|dos|das|del|y)\\s+){0,7}(?:${COMPANY_WORDS}|AG|SA|Co\\.,?\\s*Ltd\\.?|Co\\.|Rare Earth)|${TRADE_FIRST_NAME})(?=\\W|$)${A_BODY_AFTER}`, 'gu');
const ACRONYM = /\(([A-Z]{2,6})\)/gu;
const MARKET = new RegExp('\\b(?:all-India|nationwide|national|national total|country\'s|countrywide|industry-wide|the industry|global|worldwide|the market|domestic market|'
  // "inventories at 45 Chinese ports", "across 247 blast furnaces": a survey's figure is the market's.
  + '(?:at|across) \\d+ (?:[\\w-]+ ){0,2}(?:ports|mills|steelmakers|smelters|refineries|furnaces|plants|cities))\\b', 'iu');
const LEADING = /^(?:The|In|On|At|For|From|Among|As|With|By|Of|To|And|But|While|According|Regarding|Since|After|Before|During|Currently|Meanwhile|However|This|That|Its|Their|Upgrade|Downgrade|Initiate|Reiterate|Carmaker|Automaker|Chipmaker|Steelmaker|Miner|Refiner|Shipbuilder|Shipowner|Lender|Insurer|Airline|Utility|Developer|Producer|Smelter|Retailer)\s+/u;

function tidyName(name: string): string {
  // "… per FEU. Blackwater Container Line", "… in May. Tobyl Zinc": a sentence ending before the name is not part of it.
  let n = name.trim().replace(/\s+/gu, ' ').replace(/^.*(?<=[A-Z]{2}|[a-z]{2})\.\s+(?=[A-Z])/u, '');
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
  if (!best) return HAN.test(text) ? cjkTitleSubject(text) : null;
  if (best.score < 2) return namedByTitle(text, best.core) ? best.core : null;
  const fuller = scored.find((c) => c.core.length > best.core.length && c.core.includes(best.core) && c.score >= best.score * 0.6);
  return (fuller ?? best).core;
}

/**
 * A company named once, in the document's first line (its title) or opening one of its first paragraphs
 * ("Halvorsen Copper reported …" under a title that names no company), in a text that goes on about "the group",
 * "the company" or "the board": briefing notes name their subject once and then refer to it. Only the sole
 * organisation named qualifies.
 */
function namedByTitle(text: string, name: string): boolean {
  const firstLine = text.slice(0, text.indexOf('\n') === -1 ? text.length : text.indexOf('\n'));
  const opening = firstLine.includes(name) ? firstLine : text.slice(0, 1000).split('\n').find((line) => line.startsWith(`${name} `));
  if (!opening || organisations(text).size !== 1) return false;
  return /\bthe (?:group|company|firm|board|management team)(?:'s|’s)?\b/iu.test(text.slice(text.indexOf(opening) + opening.length));
}

/**
 * "岚峰锂业2026年三季度业绩交流纪要": a Chinese title naming its company, in notes that go on about 公司 and name no
 * other company, as 投资者关系活动记录 and 业绩说明会纪要 do.
 */
function cjkTitleSubject(text: string): string | null {
  const firstLine = text.slice(0, text.indexOf('\n') === -1 ? text.length : text.indexOf('\n'));
  const name = HAN.test(firstLine) ? passageCompany(firstLine) : null;
  if (!name || !HAN.test(name)) return null;
  const rest = text.slice(firstLine.length);
  if (!/(?<!贵|子)公司/u.test(rest)) return null;
  // "公司与紫晟矿业签订协议": the company's own word may open a match that names another.
  const other = [...rest.matchAll(CJK_COMPANY_ALL)]
    .map((m) => withoutLegalForm(m[1]!.replace(CJK_NOT_THE_NAME, '').replace(/^(?:贵|本|该)?公司(?:与|和|及|向|从|对|同)?/u, '')))
    .find((n) => n.length >= 2 && !n.startsWith(name) && !name.startsWith(n));
  return other ? null : name;
}

/** Words an organisation's name ends with: without one, a clause names no organisation. */
const ORG_SUFFIX = new RegExp(`${COMPANY_WORDS}|AG|SA|Co\\.|${FIRST_TRADE_WORD}`, 'u');

/** What decides a figure's owner besides its own clause. */
export interface OwnerCues {
  /** The company the passage is about (the first it names), else the document's main subject; asked only when needed. */
  company(): string | null;
  /** The sentence cites a market source or statistics (SMM, customs, 国家统计局): its figures belong to the market. */
  marketSentence(): boolean;
  /** The figure is a market price or an index level, not a company's own price or cost. */
  marketFigure: boolean;
}

/**
 * Who a figure belongs to: a company named in its clause; else the market, for market
 * prices, index levels and statistics; else the company the passage is about.
 */
export function entityFor(whole: string, cues: OwnerCues): string | null {
  // "manganese ore stocks at Tianjin Port stood at", "钦州港锰矿库存": what a named port holds or handles is the port's.
  // Tried only where a port is named: the pattern scans the whole clause.
  const port = PORT_WORD.test(whole) ? PORT_HOLDS.exec(whole) : null;
  if (port) return port[1] ?? port[2]!;
  const clause = whole.includes(',') ? whole.replace(APPOSITIVE, ' ') : whole;
  // "Baotou Lanthanum Works replied: Spot Pr-Nd oxide traded at …": who speaks is not whose figure it is.
  // "Tamsin Copper said national wind capacity was …": a company reporting a figure need not own it.
  // SPEAKER needs a colon: without one, skip its slow lazy scan.
  const spoken = clause.includes(':') || clause.includes('：') ? clause.replace(SPEAKER, '') : clause;
  // "The frac spread count compiled by Lindqvist Energy Data slipped": who keeps a tally is its source, not its owner.
  const reported = spoken.replace(REPORTED_BY, '');
  const kept = reported.includes(' by ') ? reported.replace(KEPT_BY, ' ') : reported;
  // "the Company entered into shipbuilding contracts with Donghai Heavy Industries for …": the other party is not the owner.
  const said = kept.includes(' with ') ? kept.replace(COUNTERPARTY, '$1') : kept;
  // "Blackwater Container Line said its Q3 liftings were …, at an average freight rate of": what it says of its own is its.
  // Not past a part with its own subject ("…, while LME copper averaged", "…, and spot prices averaged"), nor for a
  // market or a source the clause names.
  // "Hengtai Auto said national NEV sales rose 44%, while its own deliveries climbed 18%": a part of its own on "its".
  const ownPart = OWN_PART.test(said) && /^\s*(?:its|their)\s/iu.test(said.split(OWN_PART).pop()!);
  // "Orion Line said it would deploy 11 ships": what it says it does is its own too.
  const its = (/^(?:its|their|it|they)\s/iu.test(said) && !OWN_PART.test(said) && !/,\s*(?:and|as)\s/u.test(said)) || ownPart;
  const reporter = said !== spoken && its && !MARKET.test(said.split(OWN_PART).pop()!) && !MARKET_SOURCE.test(said)
    ? namedIn(spoken.slice(0, spoken.length - said.length)) : [];
  if (reporter.length) return withoutLegalForm(reporter[reporter.length - 1]!);
  // "The Company intends to acquire 51% of Lebowa Reef Mining for a consideration of ZAR 2.36 billion": the price is the buyer's.
  // Not "Kestrel Mining was acquired by Orion Resources for US$2 billion": there the buyer is named after "by".
  const bought = said.includes(' for') && !PASSIVE_PURCHASE.test(said) ? ACQUIRED_FOR.exec(said) : null;
  if (bought && !cues.marketFigure) {
    const buyers = namedIn(said.slice(0, bought.index));
    const buyer = buyers.length ? withoutLegalForm(buyers[buyers.length - 1]!) : cues.company();
    if (buyer) return buyer;
  }
  // "Tianqi Lithium's revenue fell …, while lithium carbonate prices averaged …": a market price in a part of the
  // sentence of its own is the market's, whoever the sentence named before it.
  const named = namedIn(said);
  // "we now assume a 5,500 kcal price of 640 yuan/t": a broker's price assumption is about the market.
  if (cues.marketFigure && BROKER_ASSUMES.test(said)) return 'market';
  if (named.length && cues.marketFigure && !namedIn(said.split(OWN_PART).pop()!).length) return 'market';
  if (named.length) return withoutLegalForm(named[named.length - 1]!);
  // "Crush margins in our South American oilseed segment averaged", "we had sold forward … at an average of": the
  // company's own, whatever place or market the clause names.
  const part = said.split(OWN_PART).pop()!;
  if (ownedHere(part)) {
    const own = cues.company();
    if (own) return own;
  }
  // "see Pilbara Ridge's unit costs at A$17.80/wmt": a name of capitalised words owning the measure, whatever its trade word.
  const owner = cues.marketFigure || !/['’]/u.test(part) ? null : POSSESSOR.exec(part);
  if (owner && !NOT_A_POSSESSOR.test(owner[1]!) && !GENERIC_NAME.test(`${owner[1]} `)) return owner[1]!;
  // "China Northern Rare Earth reported …", "China Molybdenum said …": a name opening with a country that reports its own.
  const countryNamed = cues.marketFigure ? null : COUNTRY_NAMED_COMPANY.exec(spoken);
  const countryCompany = countryNamed ? countryNamed[1] ?? countryNamed[2] ?? countryNamed[3]! : null;
  if (countryCompany && !STATISTICS_BODY.test(countryCompany)) return withoutLegalForm(countryCompany);
  // "while Chilean miner Antofagasta's production fell": a company of that country, not the country.
  const company = (text: string) => A_COUNTRYS_COMPANY.test(text);
  const national = (NATIONAL_SUBJECT.test(clause) && !company(clause)) || INDUSTRY_OF_A_COUNTRY.test(clause) || MEASURE_IN_A_COUNTRY.test(clause)
    || (part !== said && !company(part) && (NATIONAL_SUBJECT.test(part) || MORE_COUNTRIES.test(part)))
    || (MORE_COUNTRIES.test(clause) && !company(clause));
  // "Toyota sold 2.6 million vehicles worldwide …, and its operating profit fell": a part of its own on "its" is the company's.
  // Only where the company is named before ("China's steel output fell …, and its exports rose" is the country's).
  const itsOwn = !cues.marketFigure && /,\s*and\s+(?:its|their)\s[^,;]*$/iu.test(clause) ? cues.company() : null;
  if (itsOwn && clause.includes(itsOwn.split(' ')[0]!)) return itsOwn;
  if (cues.marketFigure || MARKET.test(clause) || national || PROVINCE_SUBJECT.test(clause) || cues.marketSentence()) return 'market';
  return cues.company();
}

const COUNTRY_NAMES = String.raw`(?:China|India|Japan|Korea|South Korea|Australia|Indonesia|US|U\.S\.|United States|Chile|Peru|Brazil|Europe|EU|Malaysia|`
  + String.raw`Thailand|Vietnam|Canada|Mexico|Russia|Germany|France|UK|Britain|Turkey|Saudi Arabia|South Africa|Argentina|Philippines)\b`;
/** "Aluminium output in China rose 1.8%": a country's output, trade or demand said with "in". */
const MEASURE_IN_A_COUNTRY = new RegExp(String.raw`^[\s"“•*]*(?:[\p{L}-]+\s){0,3}(?:output|production|exports|imports|demand|consumption|sales|inventories|stocks)\s+`
  + String.raw`in\s+(?:the\s+)?${COUNTRY_NAMES}`, 'u');
/** "Mills in Brazil's centre-south crushed …", "Refiners in India processed …": a whole industry of a country. */
const INDUSTRY_OF_A_COUNTRY = new RegExp(String.raw`^\W*(?:(?:sugar|steel|cement|paper|coal|copper|oil|cotton)\s+)?(?:mills|refiners|refineries|producers|`
  + String.raw`miners|smelters|exporters|importers|steelmakers|automakers|carmakers|farmers|growers|crushers)\s+`
  + String.raw`(?:in|across)\s+(?:the\s+)?${COUNTRY_NAMES}`, 'iu');

/**
 * "Antai Northern Technology, a joint venture established with Antai Technology, has completed …",
 * "Kestrel Mining, a unit of Harrow Resources, produced …": what is said of the subject between
 * commas, its verb after, names a parent or a partner, never the figure's owner.
 */
const APPOSITIVE = /,\s+(?:a|an|the|which|who|whose|itself|part of|formerly|now|owned by|controlled by|backed by)\s[^,;:()]{1,120},\s+(?=\p{Ll})/gu;

/** Two to four capitalised words with a possessive, before the measure they own. */
const POSSESSOR = /(?:^|[\s,(])((?:\p{Lu}[\p{L}-]*\s+){1,3}\p{Lu}[\p{L}-]*)['’]s?\s+(?=\p{Ll})/u;
/** A country, a region or a sentence opener before a possessive is no company. */
const NOT_A_POSSESSOR = new RegExp(String.raw`^(?:${COUNTRY_NAMES}|(?:The|In|On|At|For|We|Our|Analysts|According)\b|(?:North|South|East|West|Western|Eastern|Northern|Southern|Southeast|Latin|Central|Inner|British|Hong)\s|New (?:South|Zealand|York|Delhi)\b)`, 'u');

/** "X said (that)", "X noted": who reports, said before what is reported. */
const REPORTED_BY = /^[^,;:]{0,80}?\b(?:said|says|noted|notes|stated|reported|estimated|estimates)\s+(?:that\s+)?(?=\S)/u;

const KEPT_BY = /\b(?:compiled|tracked|collated) by(?:\s+[A-Z][\p{L}&'-]*){1,5}/gu;
/** A contract's other party, named after "with": "entered into contracts with Donghai Heavy Industries". */
const COUNTERPARTY = /(\b(?:entered into|signed|concluded|agreed|awarded)\b[^,;.]{0,60}?\swith)(?:\s+[A-Z][\p{L}&'-]*){1,6}/gu;
const PASSIVE_PURCHASE = /\b(?:acquired|bought|purchased|taken over)\s+by\b/iu;
/** A purchase and what is paid for it, up to the figure ("acquire … for a consideration of"). */
const ACQUIRED_FOR = /\b(?:acquire|acquires|acquired|acquiring|buy|buys|bought|buying|purchase|purchases|purchased)\b[^.;:]*?\bfor\s+(?:(?:a|an|the)\s+)?(?:(?:total|cash|aggregate)\s+)?(?:(?:consideration|price|sum)\s+of\s+)?(?:about\s+|approximately\s+|around\s+)?$/iu;

const BROKER_ASSUMES = /\bwe (?:now )?(?:assume|use|model)\b[^.;:]*$|\b(?:building|baking|factoring) in\b[^.;:]*$|\bour (?:[\w-]+ ){0,3}assumptions?\b[^.;:]*$|\b(?:price deck|assuming)\b[^.;:]*$/iu;

/** Where a sentence starts a part with its own subject: a semicolon, "while", "whereas", ", but". */
const OWN_PART = /[;；]|\b(?:while|whereas)\b|,\s*but\b/u;

/** Companies a text names, in order. */
function namedIn(text: string): string[] {
  if (!ORG_SUFFIX.test(text)) return [];
  return [...text.matchAll(ORG)].map((m) => tidyName(m[1]!)).filter((n) => n.split(' ').length >= 2 && !GENERIC_NAME.test(n));
}

/** Capitalised phrases ending in a trade word that name a thing, not a company: "Natural Gas", "Offshore Wind", "Whole Life". */
const GENERIC_NAME = new RegExp(String.raw`^(?:LME|LBMA|SHFE|COMEX|Comex|CME|NYMEX|ICE|DCE|ZCE|INE|GFEX|MCX|SGX|Platts|Argus|Fastmarkets|SMM|Mysteel)\s|^(?:World|International|Weekly|Daily|Monthly|Record|Global|Refined|Physical|South African|Chinese|Indian|Australian|Shanghai|London) ${METALS}$|^(?:Henry Hub |Brent |WTI )?(?:Natural|Crude|Offshore|Onshore|Total|Whole|Term|Key|Integrated|Operating|Liquefied|Shale|Heavy|Light|Spot|Global|Renewable)\s|^(?:Mineral|Ore|Proved|Probable|Measured|Indicated|Inferred) (?:Resources?|Reserves?)\b|\b(?:Study Group|Association|Council|Institute|Agency|Bureau|Administration|Federation|Commission|Central Bank|Reserve Bank|Monetary Authority|People's Bank of China|PBOC|PBoC)\b|^People's Bank$|^Bank of (?:England|Japan|Korea|Canada|Thailand|Ghana|Tanzania|Uganda|Zambia|Mexico|Russia)$`, 'u');

/** A speaker's attribution before what they said: "X replied:", "the CFO said:", "A:", "答：". */
const SPEAKER = /^[^:：]{0,80}?(?:\b(?:replied|said|answered|responded|noted|stated|explained|added)|\bA|答|回复|表示)\s*[:：]\s*/iu;

/** A country's word and capitalised words before what a company does: "China Northern Rare Earth reported". */
// "Chile's Codelco produced …": a company of a country, named after the country's possessive.
const COUNTRY_NAMED_COMPANY = new RegExp(String.raw`^\W*(?:((?:China|India|Japan|Korea|Australia|Indonesia|Chile|Peru|Brazil)(?:\s+\p{Lu}[\p{L}&.-]*){1,4})`
  + String.raw`|(?:China|India|Japan|Korea|Australia|Indonesia|Chile|Peru|Brazil|Russia|Canada|Mexico|Germany|France)['’]s\s+((?:\p{Lu}[\p{L}&.-]*\s+){0,3}\p{Lu}[\p{L}&.-]*))`
  + String.raw`\s+(?:reported|said|says|posted|announced|recorded|achieved|generated|produced|sold|shipped|delivered)\b`
  // "China Mobile's mobile ARPU was": a name opening with a country that owns the measure.
  + String.raw`|^\W*((?:China|India|Japan|Korea|Australia|Indonesia|Chile|Peru|Brazil)(?:\s+\p{Lu}[\p{L}&.-]*){1,3})['’]s\s+(?=\p{Ll})`, 'u');
/** Capitalised words that make a country's name a statistics body, an association or a market, not a company. */
const STATISTICS_BODY = /\b(?:Customs|NBS|Bureau|Ministry|Association|Federation|Council|Administration|Government|Statistics|Passenger|Nonferrous Metals Industry|Iron and Steel|GDP|CPI|PPI|PMI|EV|NEV|Securities Journal|Daily|Exchange|Index|Commission|Department|Agency|Authority|Board|Office|Service|Survey|Institute)\b/u;

/** A sentence whose subject is a country or the world: "China imported…", "Chinese yards won…", "Seaborne … arrivals". */
/** A dateline ("LONDON, Oct 29 -", "SANTIAGO, 3 March (Reuters) —") before a story's first words. */
const DATELINE = String.raw`(?:[A-Z][A-Z .'-]{1,30},\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})\s*(?:\([^)]{1,30}\)\s*)?[-–—]\s*)?`;
// "Revenue: US$1.2bn; net debt: …": the letters of US dollars open no national figure.
const NATIONAL_SUBJECT = new RegExp(String.raw`^\W*${DATELINE}(?:[^:.;]{1,60}:\s*)?(?:(?:In|During|For|Over)\s+[^,]{1,30},\s*)?(?:the\s+)?(?:China|Chinese|India|Indian|Japan|Japanese|Korea|Korean|Taiwan|Taiwanese|Australia|Australian|Indonesia|Indonesian|US(?![$¢])|U\.S\.(?![$¢])|American|Chile|Chilean|Peru|Peruvian|Brazil|Brazilian|Europe|European|EU|global|world|worldwide|national|nationwide|seaborne|domestic(?!\s+(?:[\w-]+\s+)?reali[sz]ations?))\b`, 'iu');
const A_COUNTRYS_COMPANY = new RegExp(String.raw`^[\s,;(]*${DATELINE}(?:the\s+)?[\p{L}.]+\s+(?:[\p{Ll}-]+\s+){0,2}(?:miner|producer|company|group|firm|bank|carrier|maker|automaker|carmaker|steelmaker|smelter|refiner|utility|airline|insurer|developer|shipper|retailer)\b`, 'iu');
/** More countries a statistic's sentence may open with; before a capital they name a company ("Malaysian Airline System"). */
const MORE_COUNTRIES = /^\W*(?:the\s+)?(?:Malaysia|Malaysian|Thailand|Thai|Vietnam|Vietnamese|Philippine|Canada|Canadian|Mexico|Mexican|Russia|Russian|Germany|German|France|French|UK|British|Turkey|Turkish|Saudi)\b(?!\s+\p{Lu})/u;
/** A province or state whose statistic a sentence gives ("Shanxi raw coal output"); before a capital it names a company ("Shandong Gold"). */
const PROVINCE_SUBJECT = new RegExp(String.raw`^\W*(?:Shanxi|Shaanxi|Inner Mongolia|Xinjiang|Yunnan|Guangdong|Jiangsu|Shandong|Hebei|Henan|Sichuan|Guangxi|`
  + String.raw`Zhejiang|Fujian|Anhui|Hubei|Hunan|Jiangxi|Guizhou|Liaoning|Jilin|Heilongjiang|Gansu|Qinghai|Ningxia|Hainan|Western Australia|`
  + String.raw`Queensland|New South Wales)\b(?!\s+\p{Lu})`, 'u');

/** Sources of market prices and national or industry statistics. */
const MARKET_SOURCE = new RegExp([
  '\\b(?:SMM|Mysteel|Fastmarkets|Argus|Platts|Baiinfo|Asian Metal|Shanghai Metals Market|Clarksons|Drewry|Baltic|LME|SHFE|COMEX|CME)\\b',
  '\\b(?:National Bureau of Statistics|NBS|General Administration of Customs|customs|China Association of Automobile Manufacturers|CAAM|CPCA)\\b',
  '\\b(?:Passenger Car Association|National Energy Administration|NEA|Ministry of|[Aa]ssociation|statistics (?:bureau|office)|industry data)\\b',
  '\\b(?:finance|trade|commerce|economy|industry) ministry\\b',
  // A central bank's rates, reserves and data are the country's, whoever publishes them.
  '\\b(?:Central Bank of|Reserve Bank of|Monetary Authority of|Bank of (?:England|Japan|Korea|Canada|Thailand|Ghana|Tanzania|Uganda|Zambia|Mexico|Russia))\\b|\\bthe central bank\\b',
  '\\b(?:[Pp]rovincial|[Nn]ational|[Rr]egional) (?:stats|statistics|data)\\b',
  '\\b(?:Statistics (?:South Africa|New Zealand|\\p{Lu}\\p{Ll}+)|Stats (?:SA|NZ)|Australian Bureau of Statistics|ABS|EIA|IEA|Energy Information Administration|'
    + 'International Energy Agency|Study Group|ICSG|INSG|ILZSG|World Steel|worldsteel|World Bureau of Metal Statistics|WBMS)\\b',
  '\\b(?:USDA|WASDE|CBOT|ICE|Eurostat|Destatis|Federal Statistical Office|EEX|Nord Pool|IATA|FAO|MPOB|CONAB|CRU|ICIS|'
    + 'Fertilizers Europe|Census Bureau|Bureau of Labor Statistics|BLS|ENTSO-E|Green Markets|Profercy|Euronext|Matif)\\b',
  // "the Malaysian Cocoa Board", "the International Coffee Organization": a crop's board or body publishes the market's figures.
  '\\b(?:Cocoa|Coffee|Sugar|Palm Oil|Cotton|Rubber|Grains?|Tea) (?:Board|Council|Organi[sz]ation|Authority)\\b|\\b(?:ICO|ICCO|UNICA)\\b',
  '国家统计局|海关|中汽协|乘联会|国家能源局|协会|全国|全社会|我国|规模以上|上海有色网|我的钢铁网|百川盈孚|据\\p{Script=Han}{0,6}(?:统计|监测|数据)',
  // Measures only a nation has: its reserves, money supply, prices and output.
  '外汇储备|国家外汇管理局|中国人民银行|央行|社会融资规模|社融|广义货币|国内生产总值|居民消费价格|工业生产者(?:出厂|购进)价格|社会消费品零售总额',
  '民航局|发改委|农业农村部|商务部|工信部|工业和信息化部|自然资源部|中电联|交通运输部|卓创资讯|隆众资讯|钢联|安泰科|生意社|[大郑]商所|上期所|广期所',
  // "印尼能源与矿产资源部数据显示": a ministry's or a bureau's data, whosever it is.
  '\\p{Script=Han}(?:部|局|署)(?:数据|统计)(?:显示|表明)',
].join('|'), 'u');

/** Whether a sentence cites a market source or national statistics. */
export function citesMarket(sentence: string): boolean {
  return MARKET_SOURCE.test(sentence);
}

/** A company's own prices and costs ("average selling price", "C1 cash costs"), which stay the company's. */
const OWN_PRICE = /\b(?:selling|realised|realized|realisations?|realizations?|received|ASP|AISC|AIC|C1|cost|costs|tariff|bid|margin|list|ex-works|revenue|revenues|income|profit|EBITDA)\b|实现(?:油|气|销售)?(?:价格?|售价|均价)|售价|销售均价|采购均价|成本|收入|营收|利润|毛利|(?:回购|增持|减持|发行|转让|认购|收购)价格/iu;

/** Whether a figure is a market price or an index level rather than a company's own. */
export function isMarketFigure(label: string, unit: string, kind: string, clause = ''): boolean {
  if (unit === 'points' || unit === 'WS') return true;
  // Diamonds are priced by who sells them: a price per carat is a producer's own.
  if (unit.endsWith('/ct')) return false;
  // A price's change ("… daily average price … increased by 12.57%") is the market's as the price is.
  // "our operating rate": a company speaking of its own plants.
  // "the Company sold 21,300 tons, of which 38% went to new energy vehicles": a part of the figure just said is its owner's.
  const aggregate = INDUSTRY_AGGREGATE.test(label) && !/\bour\s+(?:\S+\s+){0,3}$/iu.test(clause)
    && !/,\s*of which(?:\s+(?:about|around|approximately|roughly|some|nearly|almost))?\s*$/iu.test(clause);
  // "contract prices for DDR5 16Gb chips … US$6.90": a market's quote per piece has no unit after the money.
  const quoted = kind === 'price' && /\b(?:contract|spot) prices?\b|^(?:spot|contract)\b/iu.test(label);
  const candidate = (kind === 'price' && unit.includes('/')) || quoted || (kind === 'change' && /\bprices?\b|均价|价格/u.test(label)) || aggregate;
  return candidate && !OWN_PRICE.test(label) && !OWNED.test(clause) && !LIST_PRICE.test(clause) && !ACHIEVED_PRICE.test(clause)
    && !REALISED_BY.test(clause) && !ownedHere(clause) && !SOLD_AT_AVERAGE.test(clause);
}

/**
 * Whether the words right before a figure, back to a comma or a comparison, say it is the company's own ("in our oilseed
 * segment averaged", "we had sold forward … at an average of"); not "our plants ran at 78%, against an all-India average of".
 */
function ownedHere(clause: string): boolean {
  const local = clause.split(/[,;]\s|[，；]|\b(?:against|versus|compared with|while|whereas)\b/u).pop()!;
  return OUR_UNIT.test(local) || OWN_DEAL.test(local.slice(-200));
}

/** "Crush margins in our South American oilseed segment averaged": a company speaking of a part of itself. */
const OUR_UNIT = /\bour\s+(?:[\p{L}-]+\s+){0,3}(?:segment|business|division|operations?|plants?|mines?|mills?|smelters?|refiner(?:y|ies)|fleet|ponds?|assets?)\b/iu;
/** "we had sold forward 3,200 t … at an average of", "the Company purchased … at an average cost of": its own deal. */
const OWN_DEAL = /\b(?:we|the (?:company|group))\s+(?:had\s+|have\s+|has\s+)?(?:sold|bought|purchased|paid|procured|hedged|covered|fixed|booked|chartered)\b[^.;]{0,120}?\bat\s+(?:an?\s+average\s+(?:[\p{L}-]+\s+){0,2}(?:of\s+)?)?(?:about\s+|around\s+)?$/iu;

/** "Anglo American's diamond sales fell to 4.9 million carats at an average price of $140/ct": the price its sales fetched. */
const SOLD_AT_AVERAGE = /(?:\b(?:its|our|their)|['’]s)\s+(?:[\p{L}-]+\s+){0,3}sales\b[^;]{0,80}\bat an average (?:selling )?price of\s*(?:about\s+|around\s+)?$/iu;

/** "It realised US$88.40 per wet metric tonne": what a producer realised is its own price (and its label, extract.ts). */
export const REALISED_BY = /\b(?:it|they|we|the (?:company|group|miner|producer|firm|mill|smelter))\s+(?:realised|realized|achieved|received|fetched)\s+(?:an?\s+average\s+(?:of\s+)?)?$/iu;

/** "The realised gold price averaged", "Achieved power prices": a producer's own prices, whatever the label keeps. */
const ACHIEVED_PRICE = /\b(?:realised|realized|achieved|average selling)\s+(?:[\w-]+\s+){0,3}prices?\b/iu;

/** Measures of a whole industry rather than of one company: NEV sales, installed wind capacity. */
const INDUSTRY_AGGREGATE = new RegExp('\\b(?:NEVs?|new energy vehicles?|car sales|vehicle sales|power generation capacity|installed (?:wind|solar|photovoltaic|PV|power)|'
  + 'penetration rate|trade (?:surplus|deficit|balance)|foreign exchange reserves|forex reserves|unemployment rate|jobless rate|(?:core )?CPI|PPI|PMI|GDP|'
  + 'consumer prices|producer prices|industrial (?:output|production)|fixed-asset investment|social financing|new yuan loans|money supply|'
  + 'housing starts|home prices|(?:car|vehicle|BEV|EV) registrations|(?:BEV|EV|NEV) (?:market )?share|operating rates?|rig count|frac spread count|(?<!wage |cost |salary |input |price )inflation|policy rate|external reserves|open interest)\\b|(?:生产企业|样本企业|全行业|行业)(?:平均)?开工率|持仓量', 'iu');
/** "Baosteel lifted its November list price for hot-rolled coil by …", "output is hedged at": a mill's list price and a
 * producer's hedges are its own, however far back it was named. */
const LIST_PRICE = /\b(?:list|ex-works|posted)\s+prices?\b|\bhedged\b|挂牌价|出厂价/iu;
/** "its", "the company's": the clause says whose price it is. A broker's "our … price" is an assumption about the market. */
const OWNED = /\b(?:its|the company['’]s|the group['’]s)\s+(?:\S+\s+){0,4}$/iu;

const LEGAL_FORM = / (?:Co\.,?\s*Ltd\.?|Co\.|Ltd\.?|Inc\.?|Corp\.?|Corporation|Limited|PLC|plc|LLC|AG|SA|S\.A\.|S\/A|Ltda\.?)$/u;
const CJK_LEGAL_FORM = /(?:股份有限公司|有限责任公司|有限公司|公司)$/u;

/** "Jinshan Rare Earth Hi-Tech Co., Ltd." → "Jinshan Rare Earth Hi-Tech"; "中煤晋北能源股份有限公司" → "中煤晋北能源". */
export function withoutLegalForm(name: string): string {
  // "Kuruman Manganese Holdings Limited Integrated (Annual Report)": a name ends at its legal form.
  let n = name.replace(/(?<=\S\s(?:Limited|Ltd\.?|PLC|plc|Inc\.?|Corporation|Corp\.?))\s+\p{Lu}[\p{L}\s]*$/u, '');
  for (let k = 0; k < 3 && (LEGAL_FORM.test(n) || CJK_LEGAL_FORM.test(n)); k++) n = n.replace(LEGAL_FORM, '').replace(CJK_LEGAL_FORM, '').trim();
  // "China's Zijin Mining": the country a company is of is no part of its name.
  return n.replace(/,$/u, '').replace(COUNTRYS, '') || name;
}

const COUNTRYS = /^(?:China|India|Japan|Korea|South Korea|Australia|Indonesia|Chile|Peru|Brazil|Russia|Canada|Mexico|Germany|France)['’]s\s+(?=\p{Lu})/u;

const HAN = /[\u4e00-\u9fff]/u;
const COMPANY_SOURCE = `\\b((?:(?:[A-Z][\\p{L}&’'.-]*|&)\\s+)(?:(?:[A-Z][\\p{L}&’'.-]*|&|e|de|do|da|dos|das|del|y)\\s+){0,4}${COMPANY_WORD}|Port of [A-Z][\\w-]+(?: [A-Z][\\w-]+){0,2}`
  + `|${TRADE_FIRST_NAME}`;
const COMPANY = new RegExp(`${COMPANY_SOURCE})(?![\\w-])${A_BODY_AFTER}`, 'gu');
/** "Tamarack Tubular Products, Inc.": a legal form after a comma, tried only where the text has one (it is slow to try). */
const COMPANY_OR_COMMA_FORM = new RegExp(`${COMPANY_SOURCE}|(?:[A-Z][\\p{L}&’'.-]*\\s+){1,4}[A-Z][\\p{L}&’'-]*,\\s(?:Inc|Ltd|LLC)\\.?)`
  + `(?![\\w-])${A_BODY_AFTER}`, 'gu');
const COMMA_FORM = /, (?:Inc|Ltd|LLC)\b/u;
/** A name of capitalised words before a Bloomberg-style ticker or an exchange code in brackets. */
const TICKED = /\b((?:[A-Z][\p{L}’'.-]*\s+(?:&\s+)?){0,4}[A-Z][\p{L}’'.-]*)\s*\((?:[A-Z0-9]{2,6}(?:\.[A-Z]{1,3})?\s+(?:IN|LN|US|BZ|HK|JP|AU|CN|SP|GR|FP|NA|SM|IM|SS|CH|KS|TT)\b|(?:NYSE|NASDAQ|LSE|BSE|NSE|B3|HKEX|ASX|TSX):|\d{3,6}\.(?:HK|SZ|SH|SS|T|KS|KQ|TW|SI|AX)\)|[A-Z]{1,5}\.(?:N|O|L|AX|TO|V|HK|PA|DE|MI|AS|SW|ST|OL|CO|HE|MC|SA|BO|NS)\)|(?:Buy|Sell|Hold|Add|Reduce|Neutral|Overweight|Underweight|Equal-weight|Outperform|Underperform|Accumulate),)/u;
/** "carrier Taunusair said", "the miner Kestrel Gold reported": a company introduced by its trade. */
const DESCRIBED = /\b(?:carrier|airline|miner|producer|maker|manufacturer|retailer|lender|insurer|operator|refiner|shipper|brewer|utility|meatpacker|packer|steelmaker|automaker|carmaker|chipmaker|smelter|developer|explorer|shipowner|trader|processor|exporter|telco)\s+([A-Z][\p{L}-]+(?:\s+[A-Z][\p{L}-]+){0,2})\s+(?:said|says|reported|reports|posted|announced|raised|cut|sold|shipped)\b/u;
const WHICH_RUNS = /^[^\p{L}]*(\p{Lu}[\p{L}&.'’-]*(?:\s+(?:(?:de|del|de la|do|da|du|van|von)\s+)?\p{Lu}[\p{L}&.'’-]*){1,4}),\s+which\s+(?:runs|operates|owns|produces|mines|makes|manages)\b/u;
const CJK_COMPANY = /(?:^|[，。；：、（(\s“”】\]？！]|预计|认为|显示|据|对|与|从|给予|维持|下调|上调|子公司)([\u4e00-\u9fff]{2,10}?(?:股份有限公司|有限公司|集团|控股|实业|矿业|锂业|铝业|铜业|煤业|镍业|钴业|钼业|锰业|锌业|铅锌|金业|黄金|铂业|钨业|锡业|钒业|钛业|硅业|矿冶|能源|石油|石化|油气|燃气|油田|科技|化学|稀土|钢铁|汽车|电池|银行|港口|高新材料|新材料|材料|化工|电力|航运|重工|磁材|磁业|有色|资源|电子|光伏|新能源|食品|饮料|乳业|酒业|医药|制药|航空|证券|保险|电网|售电|糖业|粮油|饲料|种业|农化|牧业|农牧))(?!务|量|间|交易所|协会|分会|联盟|联合会|和化学|工业|研究院|研究所|指数|局|部|委员会|署|厅|与\p{Script=Han}{1,8}(?:部|局|署|厅))/u;
const CJK_COMPANY_ALL = new RegExp(CJK_COMPANY.source, 'gu');
/** Words before a name in the same run of characters ("我们预计紫晟矿业", "维持星澜电池"). */
// "港股上市公司华屹医药", "上半年公司电池片": 公司 inside a run is "the company('s)"; a name can only come after it.
const CJK_NOT_THE_NAME = /^(?:.*(?:预计|认为|显示|给予|维持|我们|公告|发布|记者|公司(?=\p{Script=Han})))?(?:对|与|据|和|从|其中|当月|全国)?/u;
// "中国神华（01088.HK）": a Hong Kong code has four or five digits.
const CJK_CODED = /(?:^|[，。；：\s】])([\u4e00-\u9fff]{2,10})[（(](?:\d{6}(?:\.(?:SH|SZ|BJ))?|\d{4,5}\.HK)[）)]/u;
/**
 * A region or a kind of product before a trade word names an industry, not a company: 北方港口, 动力电池.
 * A type of ore or product (岩矿型稀土, 离子型稀土, 轻稀土, 中重稀土) is no company either. But 北方稀土, 南方电网 and
 * 南方航空 are companies.
 */
const GENERIC_CJK_SUBJECT = /^(?:页岩|北方(?!稀土)|南方(?!稀土|电网|航空)|环渤海|沿海|长江|华东|华南|华北|华中|西南|西北|东北|主要|重点|国际|海外|动力|储能|磷酸铁锂|三元|新能源|\p{Script=Han}{1,4}型|轻稀土|重稀土|中重稀土)/u;
/** Trade words and legal forms that may follow a name's first trade word ("光伏" + "科技" + "股份有限公司"). */
const CJK_NAME_GOES_ON = /^(?:科技|新能源|能源|材料|新材料|集团|控股|实业|股份有限公司|有限责任公司|有限公司|股份)+/u;
/** Words that open a sentence, never a company's name. */
const NOT_A_NAME = /^(?:The|In|On|At|For|From|According|As|Our|We|Q|A|National|China's|Chinese|Global|Spot|Seaborne|Upgrade|Downgrade|Initiate|Reiterate|Buy|Sell|Hold)$/u;

/** "What is Skylark Air's …": two to four capitalised words owning what a question asks about. */
const ASKED_ABOUT = /\b((?:\p{Lu}[\p{L}.&-]*\s+){1,3}\p{Lu}[\p{L}.-]*)['’]s\s+\p{Ll}/u;
/** A story opening on a name of two to four capitalised words, then what a company does. */
// "ASML booked", "Alphabet now expects", "Alcoa said third-quarter revenue rose …": a name in capitals, an adverb before the
// verb, and "said" before what its measure did (not "Musk said deliveries would rise"; a broker's "said" is set apart).
const ONE_WORD_ACTS = new RegExp(String.raw`^\s*${DATELINE}(\p{Lu}\p{Ll}[\p{L}-]+|\p{Lu}{2,6})\s+(?:(?:now|also|again|then|has|have|had)\s+)?`
  + String.raw`(?:shipped|reported|posted|produced|sold|delivered|booked|recorded|generated|announced|raised|lifted|lowered|mined|`
  + String.raw`processed|expects|guided|said\s+(?:its\s+)?(?:(?:first|second|third|fourth)-quarter\s+|quarterly\s+)?(?:[\p{Ll}-]+\s+){0,2}`
  + String.raw`(?:revenue|sales|volumes?|profit|earnings|margin|orders|shipments|deliveries|production|output)\s+`
  + String.raw`(?:rose|fell|grew|increased|decreased|declined|dropped|climbed|jumped|slipped|was|were|reached|totall?ed|came)\b)`, 'u');
/** Brokers, whose "said revenue rose" speaks of the company they cover. */
const BROKER_NAME = /^(?:Citi|UBS|Goldman|Jefferies|Macquarie|Barclays|Nomura|CLSA|Bernstein|Evercore|Mizuho|BofA|Morgan|JPMorgan|Deutsche|Credit|Daiwa|Citigroup|Moody|Fitch|Canaccord|Berenberg|Liberum|Numis|Peel)$/u;
/** Agencies, unions of countries and central banks written in capitals: sources and markets, never the company. */
const AGENCY_CAPITALS = /^(?:IEA|EIA|OPEC|USDA|IMF|ECB|BOJ|BOE|RBA|RBI|PBOC|PBoC|NBS|CAAM|CPCA|IATA|WTO|OECD|EU|US|UK|UAE|ASX|LME|CME|ICE|SGX|HKEX|SSE|SZSE|NEA|NDRC|MIIT|GDP|CPI|PPI|PMI|ISM|SAAR|ICSG|ILZSG|INSG|WGC|CRU|ABS|ONS|BLS|BEA|EV|EVs|NEV|NEVs|LNG|LPG)$/u;
/** A story opening on one capitalised word's possessive: "Unilever's underlying sales growth", "IndiGo's RPKs". */
// Not a source's data, a survey or a balance ("Kpler's tanker data show", "Platinum's deficit").
const ONE_WORD_OWNS = new RegExp(String.raw`^\s*${DATELINE}(\p{Lu}[\p{L}\p{N}-]+)['’]s\s+(?=[\p{Ll}\p{Lu}])(?!(?:[\p{L}\p{N}-]+\s+){0,3}`
  + String.raw`(?:data|survey|figures|estimates?|forecasts?|index|report|assessment|balance|deficit|surplus|analysis|model|tally|count)\b)`, 'u');
/** Companies whose names are possessives: "McDonald's", "Sainsbury's". */
const POSSESSIVE_NAME = /^(?:McDonald|Domino|Sainsbury|Macy|Kellogg|Wendy|Lowe|Dillard|Kohl|Claire|Denny|Friendly)$/u;
/** Firms whose data a story cites about others: their possessive owns no figure. */
const DATA_FIRM = /^(?:Kpler|Vortexa|Kayrros|Bloomberg|Reuters|Refinitiv|LSEG|FactSet|Rystad|Platts|Argus|Fastmarkets|Mysteel|SMM|CRU|Drewry|Clarksons|Xeneta|Freightos|Sxcoal|Baiinfo)$/u;
const METAL_WORD = /^(?:Platinum|Palladium|Gold|Silver|Copper|Nickel|Zinc|Lead|Tin|Aluminium|Aluminum|Cobalt|Lithium|Uranium|Iron|Steel|Coal|Oil|Brent|WTI|Gas)$/u;
/** Places a possessive may open a story with that name no company. */
const REGION = /^(?:Texas|California|Alaska|Louisiana|Oklahoma|Dakota|Wyoming|Pennsylvania|Ohio|Florida|Alberta|Ontario|Quebec|Saskatchewan|Manitoba|Asia|Africa|America|Oceania|Scandinavia|Europe|Britain|England|Scotland|Wales|Ireland|Spain|Italy|Poland|Sweden|Norway|Chile|Peru|Argentina|Colombia|Egypt|Nigeria|Kenya|Ghana|Zambia|Congo|Guinea|Mongolia|Kazakhstan|Pakistan|Bangladesh|Iran|Iraq|Qatar|Israel|Ukraine|Taiwan|Singapore|Asia-Pacific|OPEC|Beijing|Shanghai|Tokyo|London|Washington|Brussels|Moscow|Delhi|Mumbai|Jakarta|Canberra|Ottawa|Brasilia|Santiago|Lima|Wall|Street|Today|Tomorrow|Yesterday)$/u;

/** Whether one capitalised word opening a story can be a company's name: not a time, a place, a commodity or a group of people. */
function oneWordName(word: string): boolean {
  // Not a group of people or plants ("Shipbuilders", "Refineries", "Operators").
  return !NOT_A_NAME.test(word) && !NOT_A_NAME_START.test(word) && !NOT_ONE_WORD_NAME.test(word) && !/(?:ers|ors|ies)$/u.test(word)
    && !NATIONAL_SUBJECT.test(word) && !MORE_COUNTRIES.test(word) && !PROVINCE_SUBJECT.test(word);
}

/** Words opening a sentence before such a verb that name no company: commodities, measures, groups of people. */
const NOT_ONE_WORD_NAME = /^(?:Copper|Gold|Silver|Oil|Gas|Coal|Iron|Steel|Aluminium|Aluminum|Nickel|Zinc|Lead|Tin|Lithium|Cobalt|Uranium|Sugar|Wheat|Corn|Cotton|Rice|Cocoa|Coffee|Palm|Brent|Exports|Imports|Output|Production|Sales|Shipments|Revenue|Profit|Demand|Supply|Prices?|Inventories|Stocks|Management|Analysts|Traders|Investors|Brokers|Miners|Producers|Refiners|Mills|Smelters|Customs|Officials|Farmers|Growers|Exporters|Importers|Buyers|Sellers|Consumers|Households|Mines|Plants|Refineries)$/u;
const OPENS_WITH_NAME = new RegExp(String.raw`^\s*${DATELINE}((?:\p{Lu}[\p{L}.&-]*\s+){1,3}\p{Lu}[\p{L}.-]*)\s+`
  + String.raw`(?:(?:shipped|reported|posted|produced|sold|delivered|booked|recorded|generated|announced|raised|cut|lifted|lowered|kept|mined|processed)\b`
  // "Fenwick Magnetech said on its third-quarter call": a name that has calls and results of its own.
  + String.raw`|said\s+(?:on|in|at|with)\s+its\s|told\s+(?:analysts|investors|shareholders)\b)`, 'u');

/** A heading naming a company's call, results or report, with its period. */
const HEADED = new RegExp(String.raw`^\s*((?:\p{Lu}[\p{L}&.-]*\s+(?:(?:du|de|del|da|do|dos|das|la|le|van|von|der|des)\s+)?){0,4}\p{Lu}[\p{L}&.-]*)(?:['’]s)?,?\s+(?:(?:Q[1-4]|[1-4]Q|H[12]|[12]H|9M|FY)\s?(?:FY)?\d{2,4}[A-Z]?\s+|(?:19|20)\d{2}\s+`
  + String.raw`|(?:first|second|third|fourth)-(?:quarter|half)\s+)?(?:[Ee]arnings call|[Rr]esults call|[Cc]onference call|call|[Rr]esults|[Ee]arnings|`
  + String.raw`[Aa]nnual [Rr]eport|[Bb]usiness [Rr]eport|[Ii]nterim [Rr]eport|[Qq]uarterly [Rr]eport|[Tt]rading [Uu]pdate|[Ii]nvestor [Dd]ay)\b`, 'u');

/** Words that head a report or a section, or describe results, never a company's one-word name. */
const NOT_ONE_WORD_HEADING = /^(?:Revenue|Interim|Fed|Group|Summary|Highlights|Overview|North|South|East|West|Segment|Adjusted|Record|Strong|Weak|Quarterly|Annual|Final|Full|Half|Reuters|Solid|Exclusive|Preliminary|Unaudited|Consolidated|Update|Results|Earnings|Trading|Company|Market|Sector|Industry|Global|Regional|Key|Net|Total|Operating|Financial)$/u;

/** The period a heading gives before its call or results ("Q3 2025", "FY25", "2025"). */
const HEADED_PERIOD = /^(?:['’]s)?,?\s+(?:Q[1-4]|[1-4]Q|H[12]|[12]H|9M|FY|(?:19|20)\d{2}|(?:first|second|third|fourth)-)/u;

/** Words a story may open with before a name: a time, a preposition, a quantifier. */
const NOT_A_NAME_START = new RegExp(String.raw`^(?:In|On|At|By|During|Since|After|Before|Over|Through|Until|This|That|Last|Next|Earlier|Later|Major|Most|`
  + String.raw`Some|Several|Many|Week|Month|Quarter|Year|Yesterday|Today|`
  + String.raw`Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|`
  + String.raw`November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$`, 'u');
const ONLY_A_TRADE_WORD = new RegExp(`^${COMPANY_WORD}$`, 'u');

const BROKER_ACTS = /^\s+(?:upgrades|downgrades|upgraded|downgraded|initiates|initiated|reiterates|maintains|rates|resumes)\b/u;

/** The company a passage is about: the first it names, without its legal form. */
export function passageCompany(text: string): string | null {
  // "Konkan Refining & Petrochemicals (KRPL IN; Buy)": a name before its ticker in brackets is the company.
  const ticked = text.includes('(') ? TICKED.exec(text) : null;
  if (ticked && !GENERIC_NAME.test(`${ticked[1]} `)) return withoutLegalForm(tidyName(ticked[1]!));
  // "Frankfurt-based carrier Taunusair said": a name the text introduces by its trade, whatever its words.
  const described = DESCRIBED.exec(text);
  if (described) return withoutLegalForm(described[1]!);
  // "Terminal Andino del Pacífico, which runs the mineral berth at Callao, loaded …": a name opening the passage with
  // what it runs.
  const runs = WHICH_RUNS.exec(text);
  if (runs) return withoutLegalForm(runs[1]!);
  // "Aravalli Crest Cements Q3FY26 call:", "Minera Cordillera Alta, Annual Report 2025": a passage headed by whose report it is.
  let headed = HEADED.exec(text);
  // "Tesla Q3 2025 results call": one word heading a call is a name too where the period is said ("Net earnings", "Interim
  // results" name nothing).
  const oneWord = headed !== null && !headed[1]!.includes(' ');
  // "Revenue Q3 2025 results", "Interim 2025 results", "Gold Q3 2025 update": a measure, a heading or a commodity.
  if (oneWord && (!oneWordName(headed![1]!) || NOT_ONE_WORD_HEADING.test(headed![1]!))) headed = null;
  if (headed && !GENERIC_NAME.test(`${headed[1]} `) && !NOT_A_NAME_START.test(headed[1]!.split(' ')[0]!)
    && (!oneWord || (HEADED_PERIOD.test(headed[0].slice(headed[1]!.length)) && !NOT_A_NAME.test(headed[1]!) && !AGENCY_CAPITALS.test(headed[1]!)))) {
    return withoutLegalForm(headed[1]!);
  }
  // Every match below ends in a company word or is a port or a trade-first name: most passages have none.
  const mayName = ORG_SUFFIX.test(text) || text.includes('Port of');
  for (const m of mayName ? text.matchAll(COMMA_FORM.test(text) ? COMPANY_OR_COMMA_FORM : COMPANY) : []) {
    // "Announcement of Hualong Mining Group. The Company will…": a match running over a sentence's end holds a name before it.
    const before = SENTENCE_END_INSIDE.exec(m[1]!);
    const firstName = before ? nameOf(before[1]!) : null;
    if (firstName) return firstName;
    const name = nameOf(m[1]!);
    if (!name) continue;
    // "Ashcombe Partners upgrades Tervola Copper": the broker acting is not the company the note is about.
    if (BROKER_ACTS.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 30))) continue;
    return name;
  }
  // "LONDON, Oct 29 - Mineração Serra Azul shipped …": a name opening the story, before what a company does, whatever its words.
  const opener = OPENS_WITH_NAME.exec(text);
  if (opener) {
    const words = opener[1]!.split(/\s+/u);
    // "In October Vale shipped", "Last Week Glencore reported": a time or a word before the name is not part of it.
    while (words.length > 1 && (NOT_A_NAME.test(words[0]!) || NOT_A_NAME_START.test(words[0]!))) words.shift();
    const name = words.join(' ');
    if (words.length >= 2 && !GENERIC_NAME.test(`${name} `) && !NATIONAL_SUBJECT.test(name)) return withoutLegalForm(name);
  }
  // "Fortescue shipped 47.9 Mt in the quarter", "Cameco expects to produce …": one word acting as a company opens the story.
  const one = ONE_WORD_ACTS.exec(text);
  if (one && oneWordName(one[1]!) && !AGENCY_CAPITALS.test(one[1]!) && !MARKET_SOURCE.test(one[1]!) && !DATA_FIRM.test(one[1]!)
    && !BROKER_NAME.test(one[1]!)) return one[1]!;
  // "Unilever's underlying sales growth was 3.9%": one word owning a company's measure the story opens on (not "Kpler's
  // tanker data", "Platinum's deficit").
  const owns = ONE_WORD_OWNS.exec(text);
  // Not a period ("Q3's", "FY25's") nor an index or a group written in capitals and digits ("ASX200's", "G7's").
  if (owns && oneWordName(owns[1]!) && !REGION.test(owns[1]!) && !MARKET_SOURCE.test(owns[1]!) && !METAL_WORD.test(owns[1]!)
    && !DATA_FIRM.test(owns[1]!) && !/^\p{Lu}+\d+\p{Lu}*$|^[1-4][QH]\d*$/u.test(owns[1]!)) {
    // "McDonald's revenue": a name that is itself a possessive keeps it.
    return POSSESSIVE_NAME.test(owns[1]!) ? `${owns[1]}'s` : owns[1]!;
  }
  // "A (Atlas Phosphates IR): Rock output was …": an answer given by a company's investor relations is that company's.
  const answeredBy = /\bA\s*\(((?:\p{Lu}[\p{L}&.-]*\s+){1,4})IR\)\s*:/u.exec(text);
  if (answeredBy) return withoutLegalForm(answeredBy[1]!.trim());
  // "Q: What is Skylark Air's fuel-hedging position for 2026?": the company a question asks about.
  const asked = /^\s*(?:Q|Question)\s*[:：]/u.test(text) ? ASKED_ABOUT.exec(text) : null;
  if (asked && !GENERIC_NAME.test(`${asked[1]} `) && !NATIONAL_SUBJECT.test(asked[1]!)) return withoutLegalForm(asked[1]!);
  // "证券代码：603767 证券简称：沅江钴镍": an announcement names its company in its heading.
  const han = HAN.test(text); // tested once for the four readings of Chinese below
  const short = han ? /证券简称[:：]\s*(\p{Script=Han}{2,8})/u.exec(text) : null;
  // "公司全资子公司雅江锂材有限公司年产5万吨…项目已建成投产": a notice about its subsidiary's project is the subsidiary's.
  // Not when the notice gives the parent's own results too ("公司前三季度实现营业收入…").
  const subsidiary = short && !PARENT_RESULTS.test(text) ? SUBSIDIARY_ACTS.exec(text) : null;
  if (subsidiary) return subsidiary[1]!;
  if (short) return short[1]!;
  // "华岳新材（688512.SH）：…": a name before its stock code in brackets is the company, whatever its trade word.
  const coded = han ? CJK_CODED.exec(text) : null;
  if (coded) return withoutLegalForm(coded[1]!.replace(CJK_NOT_THE_NAME, ''));
  // 贵公司 is "your company", named by nobody; "公司控股子公司青岭锂业": the name comes after 子公司.
  // "华信证券研报：瀚岭铜业…": a broker heading its research is its author, not the company it is about.
  const broker = (m: RegExpExecArray) => m[1]!.endsWith('证券') && CJK_BROKER_WRITES.test(text.slice(m.index + m[0].length, m.index + m[0].length + 6));
  const cjk = han ? [...text.matchAll(CJK_COMPANY_ALL)].find((m) => !/^(?:贵|本)?公司/u.test(m[1]!) && !broker(m)) : undefined;
  if (!cjk) return han ? cjkAnnouncer(text) ?? cjkReporter(text) : null;
  // Where the match began at the start of a run, cut what precedes the name ("我们预计紫晟矿业").
  const cut = cjk[1]!.replace(CJK_NOT_THE_NAME, '');
  // The shortest match ends at the first trade word: "晶澄光伏科技" goes on past "晶澄光伏".
  const whole = cut + (CJK_NAME_GOES_ON.exec(text.slice(cjk.index! + cjk[0].length))?.[0] ?? '');
  // "中国海油前三季度油气净产量": a period inside the run ends the name before it (油气 is what was produced).
  const name = whole.replace(/(?:\d{4}年|前[一二三两]季度?|第?[一二三四]季度|[上下]半年|全年|\d{1,2}月).*$/u, '');
  // "本周国内主流港口": a time or the whole country before a trade word is a market, not a company.
  if (/本周|上周|国内|全国|主流|我国/u.test(name) || GENERIC_CJK_SUBJECT.test(name)) return null;
  // "确定公司为某光伏电站…中标人": a name said after 为 or 是, or an unnamed one (某), is no company's.
  if (/^(?:为|某|是某|该)/u.test(name)) return null;
  // What is left after 公司 may be a trade word alone ("电池"): no name.
  return name.length >= 3 ? withoutLegalForm(name) : null;
}

const PARENT_RESULTS = /公司(?:20\d{2}年)?(?:前三季度|上半年|第[一二三四]季度|全年|年度|报告期内)?(?:实现)?(?:营业(?:总)?收入|归母净利润|净利润|归属于)/u;
const SUBSIDIARY_ACTS = /(?:全资|控股)子公司(\p{Script=Han}{2,10}?)(?:股份)?有限(?:责任)?公司(?:的)?(?:年产|年处理|拟投资|投资建设|建设的?|新建)/u;
const PORT_WORD = /\b[Pp]ort\b|港/u;
// Not a group of ports ("at Tianjin Port and Qinzhou Port", "日照港等港口"): those are the market's.
const PORT_HOLDS = new RegExp(String.raw`\b(?:stocks|inventor(?:y|ies)|throughput|arrivals|loadings|exports|imports|queue|line-up)\s+`
  + String.raw`(?:at|through|in)\s+(?:the\s+)?((?:Port of \p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)?)|(?:\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)? [Pp]ort))\b(?!\s+and\s+\p{Lu}|,\s+\p{Lu}[\p{L}-]*\s+[Pp]ort)[^,;:]{0,40}$`
  + String.raw`|(?:^|[，。；：,;:])(?:截至\d{1,2}月\d{1,2}日[，,])?(?:本周|上周|当周|当日|同日|今日)?(\p{Script=Han}{2,4}?(?<![一二三四五六七八九十多各])港)(?![等、和与及])`
  + String.raw`(?![口务区至到])\p{Script=Han}{0,6}(?:库存|到港量|吞吐量|调入量|调出量|疏港量|堆存量?|装船量|锚地船舶数)\p{Script=Han}{0,4}$`, 'u');
// "中信证券维持北方稀土买入评级", "华泰证券上调天齐锂业盈利预测": a broker rating or forecasting another company.
const CJK_BROKER_WRITES = /^(?:研究所)?(?:研报|研究报告|报告|点评|发布|认为|预计|指出|维持|上调|下调|给予|首次覆盖|首予|[:：])/u;

/** Words of a name up to a sentence's end inside a match ("Hualong Mining Group. The Company"). */
const SENTENCE_END_INSIDE = new RegExp(`^(.*\\b${COMPANY_WORD})\\.\\s+(?=[A-Z])`, 'u');

/** A company's name from a match of COMPANY, or null when it is none (a lone trade word, a generic phrase). */
function nameOf(match: string): string | null {
  const words = tidyName(match).split(' ');
  while (words.length > 1 && NOT_A_NAME.test(words[0]!)) words.shift();
  const name = words.join(' ');
  if (GENERIC_NAME.test(`${name} `) || ONLY_A_TRADE_WORD.test(name)) return null;
  return words.length >= 2 || /^(?:[A-Z]{2,6})$/u.test(name) ? withoutLegalForm(name) : null;
}

/** "宁德时代公告，", "比亚迪发布公告称": a passage opening on who announces, whatever its trade word. */
// "湖南裕能投资者关系活动记录表", "盛新锂能回复：", "宁德时代表示，公司…": an IR record's or an answer's company heads it.
const CJK_ANNOUNCER = new RegExp(String.raw`^\s*(\p{Script=Han}{2,8}?)(?:(?:发布)?(?:公告|披露|公布|宣布)(?:称|显示)?[，,：:]`
  + String.raw`|(?:20\d{2}年)?(?:半年度|年度|第?[一二三四]季度|前三季度)?(?:投资者关系活动记录表|投资者关系活动|调研纪要|业绩说明会)`
  + String.raw`|(?:回复|答复)[：:]|表示[，,：:])`, 'u');
/** Who announces without being a company: a bureau, an association, a ministry, the company itself unnamed. */
// People and roles who say or reply (分析师表示, 董秘回复：, 业内人士表示) are no company either, nor a notice's title (关于召开…).
const NOT_AN_ANNOUNCER = new RegExp('(?:局|署|部|委|会|所|院|中心|网|厅|办|政府|海关|央行|公司|我们|本行|该行|集团|师|人士|长|负责人|专家|记者|董秘|'
  + '发言人|机构|投资者|人员|者|方|报)$|^(?:公司|本公司|该公司|我们|近日|今日|日前|昨日)$|^关于', 'u');

function cjkAnnouncer(text: string): string | null {
  const m = CJK_ANNOUNCER.exec(text);
  return m && !NOT_AN_ANNOUNCER.test(m[1]!) ? m[1]! : null;
}

/** "隆基绿能2025年前三季度实现营业收入", "宁德时代第三季度毛利率为": a passage opening on a name, then a period and its results. */
const CJK_REPORTER = new RegExp(String.raw`^\s*(\p{Script=Han}{2,6}?)(?:20\d{2}年)?(?:前三季度|上半年|下半年|全年|年度|第?[一二三四]季度|(?:1-)?\d{1,2}月份?|同期)`
  + String.raw`(?:实现|营业|营收|归母|归属|净利润|扣非|毛利率|净利率|销量|产量|出货量|交付量?|旅客|业务|收入|利润|新业务|寿险|财险|保费)`, 'u');
/** Words that open such a passage without naming a company: the company itself, the nation, a time. */
// "预计2025年前三季度归属于…" (业绩预告): a forecast's verb opens it, not a name.
const NOT_A_REPORTER = new RegExp('^(?:公司|本公司|该公司|我们|集团|本集团|全国|我国|国内|全球|本周|上周|今年|去年|同期|行业|全行业|规模以上|'
  + '预计|预期|预测|估计|报告期|本报告期|本期|其中|上年|本年|前年|完成|实现)'
  // "极途汽车公布10月…": the verb that announced is no part of the name.
  + '|(?:公布|发布|完成|实现|表示|披露|称)$'
  + '|(?:局|署|部|委|会|所|院|中心|网|厅|办|政府|海关|央行)$'
  // "乘用车10月销量", "白酒板块前三季度": a kind of product, trade or market reports no results of its own.
  + '|(?:车|机|商|企|股|板块|公司|行业|市场|地区|省|市|县|区|国|洲|品|业|卡|片|基金|产品|电池|组件|芯片)$|^(?:民航|港口|航空公司)$'
  // "上海10月旅客吞吐量", "美国三季度": a place.
  + '|^(?:上海|北京|深圳|广州|天津|重庆|杭州|南京|武汉|成都|西安|苏州|香港|澳门|台湾|美国|日本|韩国|欧洲|欧盟|印度|德国|英国|法国|俄罗斯|澳洲|澳大利亚|巴西|印尼|越南|'
  + '河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|内蒙古|广西|西藏|宁夏|新疆)$', 'u');

function cjkReporter(text: string): string | null {
  const m = CJK_REPORTER.exec(text);
  return m && !NOT_A_REPORTER.test(m[1]!) && !GENERIC_CJK_SUBJECT.test(m[1]!) ? m[1]! : null;
}
