/*
 * Money: currency names, ISO codes and symbols, written before or after the number.
 * Minor units (cents, pence) carry a factor. "¥" is read as CNY or JPY from the text
 * around it; "$" alone is USD; "pounds" is money only where the sentence is about money.
 */
import { writesDecimalComma } from './numerals.ts';

export interface CurrencyDef {
  code: string;
  factor: number;
}

const c = (code: string, factor = 1): CurrencyDef => ({ code, factor });

/** Names and codes, lower-cased; several words are joined by single spaces. A Map: the key is a word of the document. */
const NAMES = new Map<string, CurrencyDef>();
function names(def: CurrencyDef, ...forms: string[]): void {
  for (const f of forms) NAMES.set(f, def);
}

names(c('CNY'), '元', 'yuan', 'rmb', 'renminbi', 'cny', 'chinese yuan', 'kuai', 'yuan renminbi');
names(c('CNY', 0.1), 'mao', 'jiao');
names(c('USD'), 'dollar', 'dollars', 'usd', 'us dollar', 'us dollars', 'u.s. dollar', 'u.s. dollars', 'u.s dollars', 'american dollars', 'united states dollars');
names(c('USD', 0.01), 'cent', 'cents', 'usc', 'us cents', 'us cent');
names(c('EUR'), 'euro', 'euros', 'eur');
names(c('EUR', 0.01), 'euro cent', 'euro cents', 'eurocent', 'eurocents');
names(c('GBP'), 'gbp', 'sterling', 'pounds sterling', 'pound sterling', 'british pound', 'british pounds');
names(c('GBP', 0.01), 'pence', 'penny', 'pennies');
names(c('JPY'), 'yen', 'jpy', 'japanese yen', '円');
names(c('KRW'), 'won', 'krw', 'korean won');
names(c('INR'), 'rupee', 'rupees', 'inr', 'rs', 'indian rupees');
names(c('CHF'), 'swiss franc', 'swiss francs', 'chf', 'franc', 'francs');
names(c('CAD'), 'cad', 'canadian dollar', 'canadian dollars');
names(c('AUD'), 'aud', 'australian dollar', 'australian dollars');
names(c('NZD'), 'nzd', 'new zealand dollar', 'new zealand dollars');
names(c('HKD'), 'hkd', 'hong kong dollar', 'hong kong dollars');
names(c('SGD'), 'sgd', 'singapore dollar', 'singapore dollars');
// Dividends in dollar markets are declared in cents: "3.5 Singapore cents per share", "12 Hong Kong cents".
names(c('SGD', 0.01), 'singapore cent', 'singapore cents');
names(c('HKD', 0.01), 'hong kong cent', 'hong kong cents');
names(c('AUD', 0.01), 'australian cent', 'australian cents');
names(c('CAD', 0.01), 'canadian cent', 'canadian cents');
names(c('NZD', 0.01), 'new zealand cent', 'new zealand cents');
names(c('MXN'), 'mxn', 'peso', 'pesos', 'mexican peso', 'mexican pesos');
names(c('TRY'), 'try', 'lira', 'liras', 'turkish lira', 'turkish liras');
names(c('RUB'), 'rub', 'ruble', 'rubles', 'rouble', 'roubles');
names(c('BRL'), 'brl', 'reais', 'brazilian real', 'brazilian reais');
names(c('ZAR'), 'zar', 'rand', 'south african rand');
names(c('KZT'), 'kzt', 'tenge', 'kazakh tenge');
names(c('KES'), 'ksh', 'kshs', 'kenyan shilling', 'kenyan shillings');
names(c('NGN'), 'naira');
names(c('MOP'), 'pataca', 'patacas');
names(c('GHS'), 'cedi', 'cedis');
names(c('EGP'), 'egyptian pound', 'egyptian pounds');
names(c('MAD'), 'moroccan dirham', 'moroccan dirhams');
names(c('XOF'), 'cfa franc', 'cfa francs', 'fcfa', 'franc cfa', 'francs cfa');
names(c('MNT'), 'mnt', 'tugrik', 'tugriks', 'tögrög', 'mongolian tugrik');
names(c('PEN'), 'soles', 'peruvian sol', 'peruvian soles', 'nuevos soles');
names(c('CLP'), 'clp', 'chilean peso', 'chilean pesos');
names(c('COP'), 'colombian peso', 'colombian pesos');
names(c('ARS'), 'ars', 'argentine peso', 'argentine pesos');
names(c('SEK'), 'sek', 'swedish krona', 'swedish kronor');
names(c('NOK'), 'nok', 'norwegian krone', 'norwegian kroner');
names(c('DKK'), 'dkk', 'danish krone', 'danish kroner');
names(c('AED'), 'aed', 'dirham', 'dirhams', 'dh', 'dhs');
names(c('SAR'), 'sar', 'riyal', 'riyals', 'saudi riyal', 'saudi riyals');
names(c('QAR'), 'qar', 'qatari riyal', 'qatari riyals');
names(c('IDR'), 'idr', 'rupiah', 'rp');
names(c('TWD'), 'twd', 'nt dollars', 'new taiwan dollars');
names(c('THB'), 'thb', 'baht');
names(c('MYR'), 'myr', 'ringgit', 'ringgits', 'rm');
names(c('VND'), 'vnd', 'dong');
names(c('PLN'), 'pln', 'zloty', 'zlotys');
names(c('CRC'), 'crc', 'colon', 'colón', 'colones');
names(c('GEL'), 'gel', 'lari');
names(c('LAK'), 'lak', 'kip');
names(c('LKR'), 'ரூ', 'lkr', 'sri lankan rupee', 'sri lankan rupees');
names(c('FIM'), 'markka', 'markkaa', 'finnish markka');
names(c('ESP'), 'peseta', 'pesetas');
names(c('NLG'), 'guilder', 'guilders', 'dutch guilders', 'netherlands guilders');
names(c('DEM'), 'deutsche mark', 'deutsche marks');
names(c('FRF'), 'french franc', 'french francs');
names(c('BTC'), 'bitcoin', 'bitcoins', 'btc', 'xbt');
names(c('BTC', 1e-8), 'satoshi', 'satoshis');

/** Symbols, and prefixes glued to "$" ("US$", "HK$", "C$"). */
const SYMBOLS = new Map(Object.entries({
  '$': c('USD'), '€': c('EUR'), '£': c('GBP'), '₹': c('INR'), '₩': c('KRW'), '₽': c('RUB'), '₿': c('BTC'),
  '₡': c('CRC'), '₾': c('GEL'), '₭': c('LAK'), 'ரூ': c('LKR'), '₺': c('TRY'), '₫': c('VND'), '฿': c('THB'), '元': c('CNY'),
  '￥': c('CNY'), '₱': c('PHP'), '₸': c('KZT'), '₮': c('MNT'), '₦': c('NGN'), '₵': c('GHS'),
}));
const DOLLAR_PREFIXES = new Map(Object.entries({
  us: 'USD', 'u.s': 'USD', 'u.s.': 'USD', usd: 'USD', c: 'CAD', ca: 'CAD', cad: 'CAD', a: 'AUD', au: 'AUD', aud: 'AUD',
  nz: 'NZD', nzd: 'NZD', hk: 'HKD', hkd: 'HKD', s: 'SGD', sg: 'SGD', mex: 'MXN', mx: 'MXN', mxn: 'MXN', nt: 'TWD', r: 'BRL',
  ch: 'CLP', clp: 'CLP', col: 'COP', cop: 'COP', ar: 'ARS', ars: 'ARS',
}));

/**
 * ISO 4217 codes written in capitals ("KES 48.2 billion", "1.2 billion NGN"), beyond the names above. Only in
 * capitals, and not those a text writes in capitals for something else: "ALL 5", "TOP 10", "92 RON" (octane),
 * "IRR 24%", "SDG 7", "NIO 250 kWh", "ANG 52" (a ticker), AMD, CUP, BOB, MOP, SOS and model or route names.
 */
const ISO_CODES = new Set(('AFN ARS AZN BBD BDT BGN BHD BIF BMD BND BSD BTN BYN BZD CLP COP CVE CZK '
  + 'DJF DOP DZD EGP ETB FJD GHS GMD GNF GYD HNL HTG HUF ILS IQD ISK JMD JOD KES KGS KHR KMF KWD KYD KZT LBP LRD '
  + 'LSL LYD MAD MDL MKD MNT MUR MVR MWK MZN NAD NGN OMR PEN PGK PHP PKR PYG RSD RWF SBD '
  + 'SLE SSP SYP SZL TJS TND TTD TZS UAH UGX UYU UZS VES VUV WST XAF XOF XPF YER ZMW ZWL').split(' '));

/** The currency of an ISO code written in capitals, if it is one. */
export function isoCurrency(form: string): CurrencyDef | null {
  if (form.length !== 3) return null;
  const named = NAMES.get(form.toLowerCase());
  if (named && form === form.toUpperCase()) return named;
  return ISO_CODES.has(form) ? c(form) : null;
}

/** Currency named by `form` (a word or several joined by spaces), if any. */
export function lookupCurrencyName(form: string): CurrencyDef | null {
  return NAMES.get(form.toLowerCase()) ?? null;
}

/** What the text around figures says that changes how they read, worked out once per passage. */
export interface TextCues {
  /** Talks about money: "pounds" is sterling, "m" and "b" after a number are scales. */
  money: boolean;
  /** Talks about Japan or yen: "¥" is JPY rather than CNY. */
  yen: boolean;
  /** Talks about temperatures: "degrees" are °C, not angles. */
  temperature: boolean;
  /** Whose cents "92c" are: the dollar the text writes first (A$ → AUD), else USD. */
  cents: string;
  /** Writes numbers with a decimal comma: "1.234,5", "8.412" is eight thousand. */
  decimalComma: boolean;
  /** Talks about the rand or South Africa: "R142" is 142 rand. */
  rand: boolean;
  /** Writes its money in rand (ZAR, or "R24,850", "R5.87 billion") and never in dollars: "95 cents" are rand cents. */
  randCents: boolean;
  /** Talks about Nigeria or the naira: "N1.42 trillion" is naira. */
  naira: boolean;
  /** Talks about Morocco: "DH 312.6 billion" is the Moroccan dirham, not the UAE's. */
  morocco: boolean;
  /** Talks about Macau: "MOP 18.6bn" is the pataca, not muriate of potash. */
  macau: boolean;
  /** Talks about gold, silver, platinum-group metals or a miner's AISC: "139,400 ounces" are troy ounces. */
  preciousMetal: boolean;
}

const CHINESE_MONEY_CUE = new RegExp(String.raw`\b(?:yuan|RMB|Rmb|renminbi|CNY|CNH|China|Chinese|Shanghai|Shenzhen|Beijing|SHFE|DCE|ZCE|GFEX|`
  + String.raw`PBOC|PBoC|NDRC|MIIT|SMM|Mysteel|social financing|Baotou|Ganzhou|Inner Mongolia|Jiangxi|Sichuan|Qinghai|Xinjiang|Yunnan|`
  + String.raw`Guangxi|Fujian|Shandong|Hebei|Henan|Hunan|Hubei|Jiangsu|Zhejiang|Anhui|Shanxi|Shaanxi|Guangdong|Tianjin|Qingdao|`
  + String.raw`Ningbo|Yangshan|Guangzhou|Chongqing|Wuhan|Tangshan|Dalian|Zhengzhou|Hong Kong|HKEX|PRC|SSE|SZSE|CSRC|A-shares?|H-shares?|`
  // Chinese companies English prose may write with "¥".
  + String.raw`BYD|CATL|Zijin|Tianqi|Ganfeng|Sinopec|PetroChina|CNOOC|Baowu|Chalco|Shenhua|Huawei|Xiaomi|Alibaba|Tencent|Geely|NIO|Xpeng)\b`, 'iu');

/**
 * The cues of a text, each worked out the first time a figure asks for it: most passages never
 * ask for yen, temperatures or cents, and regular expressions over a whole passage add up.
 */
export function textCues(text: string): TextCues {
  return new LazyCues(text);
}

/** The cues as a class: getters over fields read far faster than an object of closures over a memo. */
class LazyCues implements TextCues {
  readonly #text: string;
  #money: boolean | undefined;
  #yen: boolean | undefined;
  #temperature: boolean | undefined;
  #cents: string | undefined;
  #decimalComma: boolean | undefined;
  #rand: boolean | undefined;
  #randCents: boolean | undefined;
  #naira: boolean | undefined;
  #morocco: boolean | undefined;
  #macau: boolean | undefined;
  #preciousMetal: boolean | undefined;

  constructor(text: string) {
    this.#text = text;
  }

  get money(): boolean {
    return (this.#money ??= MONEY_CUES.test(this.#text));
  }

  // "(4987 JP)", "7203.T": a Tokyo listing speaks of yen too (tested only where the letters are there: it is slow).
  get yen(): boolean {
    const text = this.#text;
    return (this.#yen ??= /\b(?:yen|japan|japanese|tokyo|jpy|nikkei|topix)\b/iu.test(text)
      // "Toyota raised its forecast to ¥3.4 trillion": a Japanese company's money is yen, whatever else the text says.
      || JAPANESE_COMPANY.test(text)
      || ((text.includes(' JP)') || text.includes('.T')) && /\(\d{4}\s+JP\)|\b\d{4}\.T\b/u.test(text))
      // A year ending in March written FY3/26: Japanese reporting.
      || (text.includes('FY3/') && /\bFY3\/\d{2}/u.test(text))
      // English prose writes China's money as yuan or RMB: a "¥" with nothing Chinese around it is yen.
      || (!/\p{Script=Han}/u.test(text) && !CHINESE_MONEY_CUE.test(text)));
  }

  get temperature(): boolean {
    return (this.#temperature ??= /\btemperatures?\b/iu.test(this.#text));
  }

  get decimalComma(): boolean {
    return (this.#decimalComma ??= writesDecimalComma(this.#text));
  }

  get rand(): boolean {
    const text = this.#text;
    // Named, or written as money at least once ("R24,850", "R5.87 billion").
    return (this.#rand ??= /R\d/u.test(text) && (/\b(?:rand|ZAR|JSE|South Africa|South African|Johannesburg)\b/u.test(text)
      || RAND_AMOUNT.test(text)));
  }

  get naira(): boolean {
    const text = this.#text;
    return (this.#naira ??= /N\d/u.test(text) && /\b(?:Nigeria|Nigerian|naira|NGN|Lagos|Abuja|NGX|CBN)\b|₦/u.test(text));
  }

  get macau(): boolean {
    return (this.#macau ??= /\b(?:Maca[uo]|Cotai|DICJ|GGR|patacas?)\b|澳门|澳門/u.test(this.#text));
  }

  get morocco(): boolean {
    return (this.#morocco ??= /\b(?:Morocc\w*|Casablanca|Rabat|MAD|Maroc\w*|Bank Al-Maghrib)\b/u.test(this.#text));
  }

  get randCents(): boolean {
    const text = this.#text;
    // A JSE company reports its earnings in rand, and so its dividend in rand cents, whatever it sells in dollars.
    return (this.#randCents ??= (!text.includes('$') || /\bheadline earnings\b|\bJSE\b/iu.test(text))
      && (/\bZAR\b/u.test(text) || RAND_AMOUNT.test(text)));
  }

  get preciousMetal(): boolean {
    return (this.#preciousMetal ??= PRECIOUS_METAL.test(this.#text));
  }

  get cents(): string {
    return (this.#cents ??= this.#centsOf());
  }

  #centsOf(): string {
    const dollar = /\b(A|US|NZ|C|HK|S)\$/u.exec(this.#text)?.[1];
    if (dollar) return dollarPrefix(dollar) ?? 'USD';
    return this.randCents ? 'ZAR' : 'USD';
  }
}

/** The rand written as money: "R24,850", "R5.87 billion". */
const RAND_AMOUNT = /(?<![\p{L}\p{N}])R(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?\s?(?:bn|billion|m|mn|million)\b)/u;

/** Japanese companies whose names a text about them need not follow with "Japan" or "yen". */
const JAPANESE_COMPANY = new RegExp(String.raw`\b(?:Toyota|Honda|Nissan|Sony|Panasonic|Mitsubishi|Mitsui|Sumitomo|Hitachi|Toshiba|Nippon|JFE|`
  + String.raw`Marubeni|Itochu|SoftBank|Nintendo|Fanuc|Denso|Subaru|Mazda|Suzuki|Kobe Steel|Keyence|Shin-Etsu|Kyocera|Murata|Fujitsu|`
  + String.raw`Komatsu|Kubota|Daikin|Takeda|Mizuho|MUFG|Nomura|Inpex|JERA|Eneos|ENEOS|Idemitsu|Sojitz|Kawasaki|Renesas|KDDI|NTT)\b`, 'u');

/** Currency of a symbol; "¥" depends on whether the text speaks of yen or Japan. */
export function lookupCurrencySymbol(symbol: string, cues: TextCues): CurrencyDef | null {
  if (symbol === '¥') return cues.yen ? c('JPY') : c('CNY');
  return SYMBOLS.get(symbol) ?? null;
}

/** The code for "US$", "HK$", "C$" and the like, from the letters before the "$". */
export function dollarPrefix(letters: string): string | null {
  return DOLLAR_PREFIXES.get(letters.toLowerCase()) ?? null;
}

/**
 * Whether a word is the letters written glued before money ("US" of "US$150", "HK", "NT", "RM", "Rs", "RMB", "USD"): a
 * dollar's prefix in capitals, an ISO code, or a local symbol in letters.
 */
export function isMoneyLetters(word: string): boolean {
  return (/^\p{Lu}/u.test(word) && dollarPrefix(word) !== null) || isoCurrency(word) !== null || /^(?:R|RM|Rs|RMB)$/u.test(word);
}

/** Letters a cent sign may follow ("US¢", "A¢", "HK¢"): the dollar whose cents they are; null for other letters. */
export function centsDollar(letters: string): string | null {
  return /^(?:US|A|HK|S|NZ|C)$/u.test(letters) ? dollarPrefix(letters) : null;
}

/** "GBp", "GBX", "ZAc": the exchanges' codes for pence and cents, told from GBP and ZAR by their case. */
export function exchangeMinorCode(word: string): string | null {
  return /^(?:GBp|GBX|GBx)$/u.test(word) ? 'GBP' : /^ZA[cC]$/u.test(word) ? 'ZAR' : null;
}

/** "MUSD", "MEUR": a million of the currency whose code follows the M. */
export function millionCode(form: string): CurrencyDef | null {
  // The length first: every word after a number comes here, and few are four letters opening with M.
  const m = form.length === 4 && form.startsWith('M') ? /^M([A-Z]{3})$/u.exec(form) : null;
  if (!m) return null;
  const def = NAMES.get(m[1]!.toLowerCase());
  return def ? c(def.code, 1e6 * def.factor) : null;
}

/** Sentences about money make "pounds" sterling rather than weight. */
/** Words of a text about precious metals or a gold miner: its ounces are troy ounces, in any sentence. */
const PRECIOUS_METAL = /\b(?:gold|silver|platinum|palladium|rhodium|PGMs?|bullion|AISC|AIC|all-in sustaining|all-in cost|koz|Moz|[46]E)\b/iu;

export const MONEY_CUES = /\b(?:eps|dps|dividends?|paid|pay|pays|cost|costs|price|priced|prices|profit|revenue|sales|bid|sold|buy|bought|fund|funds|loan|loss|lost|saved|worth|earn|earned|fine|fined|charge|charged|salary|wage|budget|contract|deal|million|billion|bn|mn|share|shares|stake|debt|income|spend|spent|invest|invested|compensation|settled|settles|premium|premiums|differential|diff)\b|\dc\s?\/\s?(?:lb|bu)\b/iu;
