/**
 * Words that are cues, never names: titles and roles that stand before a person's name ("Mr Obama",
 * "Gov. Kristi Noem", "CEO Tim Cook", "Director Nora Volkow"), and common capitalised abbreviations of
 * things, not names ("LED", "EV", "SUV", "EBITDA"). The titles are a gazetteer category of the names model
 * (a feature of the next word, learned from data; see scripts/entities/gazetteer-build.ts) and are stripped
 * from the front of names after tagging (postprocess.ts); the abbreviations are a gazetteer category too,
 * with the computing acronyms of @cspell/dict-software-terms.
 */

/** Titles and roles as they are written before a name, one or two words. */
export const TITLE_WORDS: readonly string[] = [
  'Mr',
  'Mr.',
  'Mrs',
  'Mrs.',
  'Ms',
  'Ms.',
  'Mx',
  'Dr',
  'Dr.',
  'Sir',
  'Dame',
  'Lord',
  'Lady',
  'President',
  'Vice President',
  'Prime Minister',
  'Minister',
  'Chancellor',
  'King',
  'Queen',
  'Prince',
  'Princess',
  'Sen.',
  'Senator',
  'Rep.',
  'Representative',
  'Gov.',
  'Governor',
  'Lt.',
  'Mayor',
  'General',
  'Gen.',
  'Col.',
  'Judge',
  'Justice',
  'Chief Justice',
  'Attorney General',
  'Secretary',
  'Secretary General',
  'Secretary-General',
  'Premier',
  'Sheikh',
  'Pope',
  'Emperor',
  'Sultan',
  'Chairman',
  'Chairwoman',
  'Chair',
  'CEO',
  'Co-CEO',
  'CFO',
  'COO',
  'CTO',
  'Founder',
  'Co-founder',
  'Director',
  'Commissioner',
  'Administrator',
  'Professor',
  'Prof.',
  'Ambassador',
  'Speaker',
  'Chief Executive',
  'Executive Chairman',
  'Coach',
  'Captain',
  'Archbishop',
  'Bishop',
  'Rev.',
  'Father',
  'Sister',
  'Elder',
];

/** Capitalised abbreviations that name kinds of things, units or measures, not organizations or places. */
export const COMMON_ABBREVIATIONS: readonly string[] = [
  'AI',
  'AGI',
  'LED',
  'LEDs',
  'OLED',
  'LCD',
  'EV',
  'EVs',
  'SUV',
  'SUVs',
  'RAM',
  'SSD',
  'GPU',
  'GPUs',
  'CPU',
  'CPUs',
  'USB',
  'HDMI',
  'PC',
  'PCs',
  'TV',
  'TVs',
  'HD',
  '4K',
  '5G',
  'VPN',
  'NFT',
  'NFTs',
  'IPO',
  'IPOs',
  'ETF',
  'ETFs',
  'EBITDA',
  'EBIT',
  'EPS',
  'GDP',
  'CPI',
  'VAT',
  'CEO',
  'CFO',
  'COO',
  'CTO',
  'PR',
  'HR',
  'DNA',
  'RNA',
  'HIV',
  'ICU',
  'PhD',
  'MBA',
  'GPS',
  'LNG',
  'CO2',
  'OK',
  'FAQ',
  'PDF',
  'URL',
  'API',
  'APIs',
  'DIY',
  'ID',
  'PIN',
  'ATM',
  'LGBTQ',
  'DEI',
  'ESG',
];

/**
 * Capitalised words that begin sentences and that the company lists also hold (a company may be called
 * "The" or "Time"): never marked as a company on the lists' word alone (subjects.ts).
 */
export const NOT_SUBJECTS: ReadonlySet<string> = new Set([
  'The',
  'This',
  'That',
  'These',
  'Those',
  'It',
  'He',
  'She',
  'We',
  'They',
  'Time',
  'Today',
  'Best',
  'General',
  'Office',
  'Police',
  'Home',
  'Life',
  'Work',
  'News',
  'People',
  'Everyone',
  'Nobody',
  'Someone',
  'Nothing',
  'Everything',
  'Congress',
  'Parliament',
  'Government',
]);

/**
 * Last words of a company's name after which its first word alone is the same company ("Skydance Media" …
 * "Skydance", "Paramount Global" … "Paramount"), unlike a team named after its city ("Manchester United").
 */
const COMPANY_ENDS: ReadonlySet<string> = new Set(
  'Inc Corp Corporation Ltd Limited LLC Plc PLC Group Holdings Media Global Technologies Technology Entertainment Pictures Studios Motors Airlines Airways Pharmaceuticals Therapeutics Labs Systems Software Networks Communications Capital Partners Ventures Brands Foods Energy'.split(
    ' ',
  ),
);

/** True when a multi-word name's last word is one of {@link COMPANY_ENDS} ("Skydance Media") or ends with an industry word. */
export function endsLikeCompany(name: string): boolean {
  const last = name.slice(name.lastIndexOf(' ') + 1);
  if (COMPANY_ENDS.has(last)) return true;
  return COMPOUND_COMPANY_END.test(last);
}

/**
 * One word made of a stem and an industry word ("Mebuki Biotherapeutics", "Arden Nanosystems"): a company's
 * name as much as the two words apart are.
 */
const COMPOUND_COMPANY_END =
  /^\p{Lu}\p{Ll}{2,}(?:therapeutics|pharmaceuticals|technologies|systems|networks|motors|airlines|foods|energy|labs|software|capital)$/u;
