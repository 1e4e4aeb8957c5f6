// Display names and English surface forms of first-level regions, from Natural Earth's admin type.
// Post-Soviet types keep their type word in English usage ("Kursk Oblast", "Krasnodar Krai"), so it is part
// of the display name and id; elsewhere the bare name is usual ("Hebei", "Texas") and the type only adds
// forms ("Hebei Province", "Texas state").

export interface RegionStyle {
  /** Display name built from the English name. */
  displayName: (name: string) => string;
  /** Extra surface forms for one base name. */
  forms: (name: string) => string[];
  /** Type words used to make an id unique when the display name alone collides ("municipality"). */
  typeWords: string;
  /** The region is a city (federal city, municipality): its bare name belongs to the city record. */
  cityLike: boolean;
}

const OBLAST: RegionStyle = {
  displayName: (n) => `${n} Oblast`,
  forms: (n) => [`${n} Oblast`, `${n} oblast`, `${n} Region`, `${n} region`, `${n} Province`, `${n} province`],
  typeWords: 'Oblast',
  cityLike: false,
};
const KRAI: RegionStyle = {
  displayName: (n) => `${n} Krai`,
  forms: (n) => [`${n} Krai`, `${n} krai`, `${n} Kray`, `${n} Territory`, `${n} Region`, `${n} region`],
  typeWords: 'Krai',
  cityLike: false,
};
const AUTONOMOUS_OKRUG: RegionStyle = {
  displayName: (n) => `${n} Autonomous Okrug`,
  forms: (n) => [`${n} Autonomous Okrug`, `${n} Autonomous District`, `${n} Okrug`, `${n} region`],
  typeWords: 'Autonomous Okrug',
  cityLike: false,
};
const AUTONOMOUS_OBLAST: RegionStyle = {
  displayName: (n) => `${n} Autonomous Oblast`,
  forms: (n) => [`${n} Autonomous Oblast`, `${n} Autonomous Region`],
  typeWords: 'Autonomous Oblast',
  cityLike: false,
};
const REPUBLIC: RegionStyle = {
  displayName: (n) => n,
  forms: (n) => [`Republic of ${n}`, `${n} Republic`, `${n} region`],
  typeWords: 'Republic',
  cityLike: false,
};
const BARE: RegionStyle = { displayName: (n) => n, forms: () => [], typeWords: 'region', cityLike: false };

/** A descriptive lower-case type such as "federal city": "Moscow (federal city)". */
function describedStyle(type: string): RegionStyle {
  return {
    displayName: (n) => `${n} (${type})`,
    forms: (n) => [`${n} ${type}`, `City of ${n}`],
    typeWords: type,
    cityLike: true,
  };
}

/** Generic style from Natural Earth's English type ("Province", "State", "Prefecture"). */
function genericStyle(englishType: string): RegionStyle {
  return {
    displayName: (n) => n,
    forms: (n) => [`${n} ${englishType}`, `${n} ${englishType.toLowerCase()}`],
    typeWords: englishType,
    cityLike: /city|municipal/i.test(englishType),
  };
}

const NAMED_STYLES: Record<string, RegionStyle> = {
  Oblast: OBLAST,
  Krai: KRAI,
  'Autonomous Okrug': AUTONOMOUS_OKRUG,
  'Autonomous Oblast': AUTONOMOUS_OBLAST,
  Republic: REPUBLIC,
  '': BARE,
};

/** The style for a region given a curated type (wins) or Natural Earth's local and English types. */
export function regionStyleOf(curatedType: string | undefined, localType: string | undefined, englishType: string | undefined): RegionStyle {
  if (curatedType !== undefined) return NAMED_STYLES[curatedType] ?? describedStyle(curatedType);
  const local = localType ?? '';
  if (/^(Oblast|Voblast|Oblys)/i.test(local)) return OBLAST;
  if (/^Kra[yi]/i.test(local)) return KRAI;
  if (/Avtonomnyy Okrug/i.test(local)) return AUTONOMOUS_OKRUG;
  if (/Avtonomnaya Oblast/i.test(local)) return AUTONOMOUS_OBLAST;
  if (/^Respublika/i.test(local)) return REPUBLIC;
  const english = (englishType ?? '').trim();
  // A city that is its own region ("Capital Metropolitan City", "Special City") is told apart by its type.
  if (/city|municipal/i.test(english)) return describedStyle(english.toLowerCase());
  // Only plain type words make sensible forms ("Hebei Province"); skip compound descriptions.
  if (/^[A-Z][a-z]+( [A-Z][a-z]+)?$/.test(english)) return genericStyle(english);
  return BARE;
}

/** Usual English form of a Natural Earth admin-1 name, before curation: "Homs (Hims)" -> "Homs" with
 *  alias "Hims"; Korean "Hamgyong-bukto" -> "North Hamgyong". */
export function englishRegionName(plainName: string, countryCode: string): { name: string; aliases: string[] } {
  const parenthesised = /^(.+?)\s*\((.+)\)$/.exec(plainName);
  if (parenthesised) return { name: parenthesised[1], aliases: [parenthesised[2]] };
  if (countryCode === 'KP' || countryCode === 'KR') {
    const korean = /^(.+?)-(bukto|namdo|do)$/i.exec(plainName);
    if (korean) {
      const prefix = { bukto: 'North ', namdo: 'South ', do: '' }[korean[2].toLowerCase() as 'bukto' | 'namdo' | 'do'];
      return { name: `${prefix}${korean[1]}`, aliases: [] };
    }
  }
  return { name: plainName, aliases: [] };
}

/** Countries whose admin-1 names the sources give with the Arabic article ("Al-Anbar"), which English
 *  text often drops ("Anbar province"). */
const ARABIC_NAME_COUNTRIES = new Set(['AE', 'BH', 'DZ', 'EG', 'IQ', 'JO', 'KW', 'LB', 'LY', 'MA', 'OM', 'PS', 'QA', 'SA', 'SD', 'SY', 'TN', 'YE']);

/** The name without a leading Arabic article, when it has one and the country writes names that way. */
export function withoutArabicArticle(name: string, countryCode: string): string | undefined {
  if (!ARABIC_NAME_COUNTRIES.has(countryCode)) return undefined;
  const match = /^(?:al|an|ar|as|at|ad|az|ash|adh|ath)[- ](.+)$/i.exec(name);
  return match ? match[1].charAt(0).toUpperCase() + match[1].slice(1) : undefined;
}
