/**
 * Regular expressions of the key-figure recognizer, built from small named parts so each rule reads like
 * the notation it matches. All use the `u` flag; boundaries are explicit look-arounds because `\b` only
 * knows ASCII letters.
 */
import type { EntityType } from './types.ts';

/** A digit number: 1,200.50 or Indian grouping 1,20,000, or plain 16.1; ranges like 5-6 or 5 to 6. */
const DIGITS = String.raw`(?:\d{1,3}(?:,\d{2,3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)`;
const NUM = String.raw`${DIGITS}(?:\s?(?:-|–|to)\s?${DIGITS})?`;
const SMALL_WORDS = String.raw`(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a|half\s+a|several|a\s+few|hundreds\s+of|tens\s+of)`;
/** Spelled-out multipliers; short forms need no space ("£4.5m", "$2bn") and "m"/"b"/"k" must be attached. */
/** A word in lower case, Capitalised (headlines: "$1.2 Billion") or ALL CAPS. */
const anyCase = (...words: string[]) => `(?:${words.flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1), w.toUpperCase()]).join('|')})`;
const SCALE_WORD = anyCase('hundred', 'thousand', 'million', 'billion', 'trillion');
const SCALE = String.raw`(?:\s?(?:${SCALE_WORD}|lakhs?|crores?)(?:\s(?:${anyCase('million', 'billion')}|crores?))?|\s?(?:mn|bn|tn|mln|bln)(?![\p{L}\p{N}])|(?:m|b|k)(?![\p{L}\p{N}]))`;
/** An amount: a number with an optional multiplier, or a spelled multiplier ("two million"). */
export const AMOUNT = String.raw`(?:${NUM}${SCALE}?|(?:${SMALL_WORDS}|${DIGITS})\s(?:${SCALE_WORD}|lakh|crore)s?)`;
const COUNT_WORD = String.raw`(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve|[Tt]wenty|[Tt]hirty|[Ff]ifty|[Hh]undred|a\s+few|several)`;

const CURRENCY_PREFIX = String.raw`(?:US\s?\$|U\.S\.\s?\$|A\$|AU\$|C\$|CA\$|NZ\$|HK\$|S\$|SG\$|R\$|Mex\$|\$|€|£|¥|₹|₩|₽|₺|₦|₱|฿|Rs\.?\s?|INR\s?|USD\s?|EUR\s?|GBP\s?|JPY\s?|CNY\s?|RMB\s?|AUD\s?|CAD\s?|CHF\s?|SGD\s?|MYR\s?|IDR\s?|RM\s?|Rp\.?\s?|Tk\.?\s?|KSh\s?|Sh\s?)`;
const CURRENCY_WORD = String.raw`(?:(?:US|U\.S\.|American|Australian|Canadian|Hong\sKong|Singapore|New\sZealand|Malaysian|Zimbabwean)\s)?(?:dollars?|euros?|pounds?\s+sterling|pounds?|yen|yuan|renminbi|rupees?|ringgit|rupiah|baht|pesos?|francs?|rand|naira|shillings?|won|dirhams?|riyals?|dinars?|taka|rubles?|roubles?|lira|kronor|kroner|krona|cents?|sen|pence|paise|kobo|fils|USD|EUR|GBP|INR|JPY|CNY)`;

const UNIT = String.raw`(?:metric\s+tons?|metric\s+tonnes?|tonnes?|tons?|kilogram(?:me)?s?|kg|grams?|milligrams?|mg|square\s+(?:kilomet(?:re|er)s?|nautical\s+miles?|miles?|met(?:re|er)s?|feet|foot)|sq\.?\s?(?:km|m|ft|mi)|kilomet(?:re|er)s?|km²|km2|km\/h|km|nautical\s+miles?|miles?|met(?:re|er)s?|m²|m³|cm|mm|feet|foot|ft|inches|inch|hectares?|ha|acres?|lit(?:re|er)s?|ml|gallons?|barrels?(?:\s(?:per|a)\sday)?|bpd|cubic\s+(?:met(?:re|er)s?|feet)|megawatts?|gigawatts?|kilowatts?|MW|GW|kW|kWh|MWh|GWh|TWh|volts?|degrees?\s+(?:Celsius|Fahrenheit|C|F)|°\s?[CF]|mph|kph|knots|ounces|oz|lbs|carats?|TEUs?|bcm|mmt|MMT|gigabytes?|GB|TB|Mbps|Gbps|kcal|calories|decibels|dB)`;

const MONTH_FULL = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December)`;
const MONTH = String.raw`(?:${MONTH_FULL}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?)`;
const WEEKDAY = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`;
const DAY = String.raw`(?:[0-3]?\d)(?:st|nd|rd|th)?`;
const YEAR = String.raw`(?:1[89]\d\d|20\d\d)`;
const ZONE = String.raw`(?:IST|GMT|UTC|BST|CET|CEST|EET|EEST|MSK|EST|EDT|CST|CDT|MST|MDT|PST|PDT|AKST|HST|JST|KST|SGT|MYT|HKT|PHT|ICT|AWST|AEST|AEDT|NZST|NZDT|WIB|WITA|PKT|GST|SAST|EAT|WAT|CAT|ET|PT|CT)(?:\s?[+-]\s?\d{1,2}(?::\d{2})?)?`;
const AMPM = String.raw`(?:a\.m\.|p\.m\.|am|pm|AM|PM)`;
const PRE = String.raw`(?<![\p{L}\p{N}_])`;
const POST = String.raw`(?![\p{L}\p{N}_])`;

/** One rule: a type and a pattern. Earlier rules win ties between matches of the same start and length. */
export interface FigureRule {
  type: EntityType;
  pattern: RegExp;
  /** Set on the catch-all number rules, whose matches are filtered by context in figures.ts. */
  bare?: boolean;
  /**
   * Characters a match must not follow, or null. A pattern's leading look-behind on one character class is
   * taken out of it and checked by findFigures instead: a pattern that starts with a look-behind is tried
   * at every position of the text, while one that starts with a digit or a word lets V8 skip ahead to where
   * it may match, which makes the figures about twice as fast.
   */
  notAfter: RegExp | null;
  /**
   * Words of which every match contains one, or null: a text with none of them cannot match, and looking
   * for a few words is much faster than running the expression over the text.
   */
  needs: readonly string[] | null;
}

/** A leading negative look-behind on one character class, e.g. "(?<![\p{L}\p{N}_])". */
const LEADING_LOOKBEHIND = /^\(\?<!(\[(?:[^\]\\]|\\.)+\])\)/u;

/**
 * Builds a rule. A leading look-behind is taken to hold for the whole pattern, so a pattern with
 * alternatives at the top level needs it at the start of each ("PRE a|PRE b"), as the rules below do.
 */
const rule = (type: EntityType, source: string, bare = false, needs: readonly string[] | null = null): FigureRule => {
  const lookbehind = LEADING_LOOKBEHIND.exec(source);
  const notAfter = lookbehind ? new RegExp(lookbehind[1], 'u') : null;
  return { type, pattern: new RegExp(lookbehind ? source.slice(lookbehind[0].length) : source, 'gu'), bare, notAfter, needs };
};

/** Every month name and abbreviation (MONTH) contains one of these. */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The rules, most specific first. */
export const FIGURE_RULES: readonly FigureRule[] = [
  // Date and time: ISO timestamps, numeric dates, written dates with an optional weekday.
  rule('DATE', String.raw`${PRE}\d{4}-\d{2}-\d{2}(?:[T\s]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?${POST}`),
  rule('DATE', String.raw`${PRE}\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2})(?![\p{L}\p{N}_]|[.-]\d)`),
  rule('DATE', String.raw`${PRE}(?:${WEEKDAY},?\s)?${DAY}(?:\s?(?:-|–|to)\s?${DAY})?(?:\sof)?\s${MONTH}(?:,?\s${YEAR})?${POST}`, false, MONTHS),
  rule('DATE', String.raw`${PRE}${MONTH}\s?(?:-|–|to)\s?${MONTH}(?:\s(?:quarter|period))?(?:,?\s${YEAR})?${POST}`, false, MONTHS),
  rule('DATE', String.raw`${PRE}(?:${WEEKDAY},?\s)?${MONTH}\s${DAY}(?:,?\s${YEAR})?${POST}(?!\s?(?:%|per\s?cent))`, false, MONTHS),
  rule('DATE', String.raw`${PRE}(?:(?:early|mid|late)[-\s])?${MONTH}(?:,?\s${YEAR})${POST}`, false, MONTHS),
  rule(
    'DATE',
    String.raw`${PRE}(?:(?:early|mid|late)[-\s])?(?:January|February|March|April|June|July|August|September|October|November|December)${POST}`,
    false,
    MONTHS,
  ),
  rule(
    'DATE',
    String.raw`(?<=(?:\b(?:in|since|until|till|by|of|last|next|this|early|mid|late|from|through|during|before|after)\s|mid-))May${POST}`,
    false,
    ['May'],
  ),
  rule('DATE', String.raw`${PRE}${WEEKDAY}${POST}`, false, ['day']),
  rule('DATE', String.raw`${PRE}(?:Q[1-4]|H[12])(?:\s?(?:FY\s?)?'?(?:${YEAR}|\d{2}))?${POST}`),
  rule(
    'DATE',
    String.raw`${PRE}(?:first|second|third|fourth|1st|2nd|3rd|4th)\s(?:quarter|half)(?:\sof\s(?:(?:fiscal|FY)\s?)?${YEAR})?${POST}`,
    false,
    ['quarter', 'half'],
  ),
  rule('DATE', String.raw`${PRE}(?:FY\s?'?\d{2,4}(?:[-–/]\d{2,4})?|fiscal(?:\syear)?\s${YEAR}(?:[-–/]\d{2,4})?)${POST}`, false, ['FY', 'fiscal']),
  rule('DATE', String.raw`${PRE}(?:by\s)?${YEAR}(?:[-–/](?:${YEAR}|\d{2}))?${POST}(?!\s?(?:%|per\s?cent|${UNIT}${POST}))(?![,.]\d)`),
  rule('DATE', String.raw`${PRE}(?:(?:early|mid|late)[-\s])?(?:1[89]|20)?\d0s${POST}`, false, ['0s']),
  // Durations are their own kind: "15 years", "a 10-day visit", "a few minutes" say how long, not when.
  rule(
    'DURATION',
    String.raw`${PRE}(?:${NUM}|${COUNT_WORD}|[Ss]even|[Ff]orty|[Ss]ixty|[Ss]eventy|[Ee]ighty|[Nn]inety|[Tt]wo\s+or\s+three)[\s-](?:days?|weeks?|months?|years?|decades?|centuries|century|hours?|minutes?|seconds?)${POST}`,
  ),
  // Dimensions and screen resolutions ("1800 x 1920", "2560×1440 pixels") are measures, not two years.
  rule('QUANTITY', String.raw`${PRE}${DIGITS}\s?[x×]\s?${DIGITS}(?:\s?[x×]\s?${DIGITS})?(?:\s?(?:pixels|px|${UNIT}))?${POST}`),
  rule('TIME', String.raw`${PRE}\d{1,2}:\d{2}(?::\d{2})?(?:\s?${AMPM})?(?:\s?\(?${ZONE}\)?)?${POST}`),
  rule('TIME', String.raw`${PRE}\d{1,2}\.\d{2}\s?${AMPM}(?:\s?\(?${ZONE}\)?)?${POST}`),
  rule('TIME', String.raw`${PRE}\d{1,2}:\d{2}(?::\d{2})?${POST}`),
  rule('TIME', String.raw`${PRE}(?:midnight|noon)${POST}`, false, ['midnight', 'noon']),
  rule('TIME', String.raw`${PRE}\d{1,2}\s?${AMPM}(?:\s?\(?${ZONE}\)?)?(?![\p{L}\p{N}_])`),
  // Money: a currency sign or code before the amount, or a currency word after it.
  rule('MONEY', String.raw`(?<![\p{L}\p{N}_])${CURRENCY_PREFIX}${AMOUNT}(?:\s${CURRENCY_WORD})?${POST}`),
  rule('MONEY', String.raw`${PRE}${AMOUNT}\s?${CURRENCY_WORD}${POST}`),
  // Percentages and percentage points.
  rule(
    'PERCENT',
    String.raw`${PRE}(?:${NUM}|${SMALL_WORDS})\s?(?:%|per\s?cent${POST}|percentage\s+points?${POST}|pct${POST}|basis\s+points?${POST}|bps${POST})`,
  ),
  // Quantities: an amount and a unit.
  rule('QUANTITY', String.raw`${PRE}(?:minus\s|-)?${AMOUNT}\s?-?\s?${UNIT}(?![\p{L}\p{N}_])`),
  rule('QUANTITY', String.raw`${PRE}(?:magnitude\s)${DIGITS}${POST}|${PRE}${DIGITS}-magnitude${POST}`, false, ['magnitude']),
  // Other numbers: ordinals, "No. 1" ranks, and bare amounts, filtered by context in figures.ts.
  rule('NUMBER', String.raw`${PRE}No\.\s?\d+${POST}`, false, ['No.']),
  rule(
    'NUMBER',
    String.raw`${PRE}(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve|[Tt]wenty|[Tt]hirty|[Ff]orty|[Ff]ifty|[Dd]ozens\sof|[Hh]undreds\sof|[Tt]housands\sof)(?=\s[\p{L}-]+)`,
    true,
  ),
  rule('NUMBER', String.raw`${PRE}\d+(?:st|nd|rd|th)${POST}`),
  rule(
    'NUMBER',
    String.raw`${PRE}(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(?:st|nd|rd|th))(?=\s(?:time|place|consecutive|straight|successive|round|term|spot|rank)s?${POST})`,
  ),
  rule('NUMBER', String.raw`(?<![\p{L}\p{N}_+#/\-.,:'’])${AMOUNT}(?![\p{N}_]|-\p{N}|[./:]\p{N}|\p{L})`, true),
];
