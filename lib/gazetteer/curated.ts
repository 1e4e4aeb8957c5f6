// Hand-kept corrections and additions on top of the registry data sets: the English forms a news reader
// meets that the sources spell differently or lack (Kyiv/Kiev, Donbas), display names, and areas that are
// unions of other places. Everything here is general knowledge about places, not about any corpus.

/** Additions and overrides for a country, keyed by ISO 3166-1 alpha-2. */
export interface CountryCuration {
  /** Display name replacing world-countries' common name. */
  name?: string;
  /** Extra surface forms (short forms, abbreviations, former names still in use). */
  aliases?: string[];
  /** Demonyms to add (world-countries gives one per country). */
  demonyms?: string[];
  /** Source alternate spellings that are not names of the country in English text (a demonym, a
   *  common surname). */
  dropNames?: string[];
}

export const COUNTRY_CURATION: Readonly<Record<string, CountryCuration>> = {
  US: { aliases: ['U.S.', 'US', 'USA', 'U.S.A.', 'United States of America', 'America', 'the States'] },
  GB: { aliases: ['UK', 'U.K.', 'Britain', 'Great Britain'], demonyms: ['Briton'] },
  KP: { aliases: ['DPRK', "Democratic People's Republic of Korea", 'N. Korea'] },
  KR: { aliases: ['Republic of Korea', 'ROK', 'S. Korea'] },
  RU: { aliases: ['Russian Federation'] },
  SY: { aliases: ['Syrian Arab Republic'] },
  CN: { aliases: ["People's Republic of China", 'PRC', 'Mainland China'] },
  TW: { aliases: ['Republic of China', 'ROC'] },
  IR: { aliases: ['Islamic Republic of Iran', 'Persia'] },
  AE: { aliases: ['UAE', 'U.A.E.', 'Emirates'], demonyms: ['Emirati'] },
  CD: { aliases: ['DRC', 'DR Congo', 'Democratic Republic of the Congo', 'Congo-Kinshasa'] },
  // Bare "Congo" names either state: it is left to neither.
  CG: { aliases: ['Congo-Brazzaville', 'Republic of Congo'], dropNames: ['Congo'] },
  CI: { name: "Côte d'Ivoire", aliases: ['Ivory Coast', "Cote d'Ivoire"] },
  CZ: { aliases: ['Czech Republic'] },
  MK: { aliases: ['Macedonia'] },
  MM: { aliases: ['Burma'], demonyms: ['Burmese'] },
  SZ: { aliases: ['Swaziland'] },
  TL: { aliases: ['East Timor'] },
  VA: { aliases: ['Vatican', 'Holy See'] },
  NL: { aliases: ['Holland'] },
  PS: { aliases: ['Palestinian territories', 'Palestinian Territories'] },
  UA: { aliases: ['the Ukraine'] },
  BY: { aliases: ['Byelorussia'], demonyms: ['Belarussian'] },
  MD: { aliases: ['Moldavia'] },
  CV: { aliases: ['Cape Verde'] },
  TR: { name: 'Turkey', aliases: ['Türkiye', 'Turkiye', 'Republic of Turkey'] },
  SA: { demonyms: ['Saudi'] },
  TH: { dropNames: ['Thai'] },
  IM: { dropNames: ['Mann'] },
};

/** Demonyms that name no single state and are never attached to one ("Korean" could be either Korea;
 *  "Congolese" either Congo). Demonyms world-countries gives to several states are also dropped unless
 *  exactly one of them is independent (see the countries source). */
export const AMBIGUOUS_DEMONYMS: readonly string[] = ['Korean', 'Congolese', 'Dominican', 'Arab', 'Latin'];

/** Correction of a Natural Earth admin-1 record, keyed by `${iso_a2}:${Natural Earth name}`. */
export interface RegionCuration {
  /** Usual English name, without the type ("Donetsk", not "Donets'k"). */
  name?: string;
  /** English type word(s) used in the display name and id ("Oblast", "Krai", "federal city"). Empty
   *  string: the name stands alone. */
  type?: string;
  /** Extra surface forms. */
  aliases?: string[];
  /** Natural Earth's alternate names are wrong or misleading for this record: ignore them. */
  dropSourceAliases?: boolean;
}

export const REGION_CURATION: Readonly<Record<string, RegionCuration>> = {
  // Ukraine: Natural Earth keeps Russian-era or apostrophe transliterations.
  'UA:Kiev': { name: 'Kyiv', aliases: ['Kiev Oblast', 'Kiev region', 'Kiev Region'] },
  'UA:Kiev City': { name: 'Kyiv', type: 'city', aliases: ['City of Kyiv', 'Kyiv City', 'Kiev City'], dropSourceAliases: true },
  'UA:Odessa': { name: 'Odesa', aliases: ['Odessa Oblast', 'Odessa region'] },
  "UA:Donets'k": { name: 'Donetsk' },
  "UA:Luhans'k": { name: 'Luhansk', aliases: ['Lugansk Oblast', 'Lugansk region'] },
  "UA:Dnipropetrovs'k": { name: 'Dnipropetrovsk', aliases: ['Dnipro Oblast', 'Dnipro region'] },
  'UA:Zaporizhzhya': { name: 'Zaporizhzhia', aliases: ['Zaporizhzhia Oblast', 'Zaporizhia Oblast', 'Zaporizhzhia region', 'Zaporozhye region'] },
  'UA:Mykolayiv': { name: 'Mykolaiv', aliases: ['Mykolayiv Oblast', 'Nikolaev region'] },
  'UA:Vinnytsya': { name: 'Vinnytsia' },
  "UA:Khmel'nyts'kyy": { name: 'Khmelnytskyi' },
  "UA:L'viv": { name: 'Lviv' },
  "UA:Ternopil'": { name: 'Ternopil' },
  "UA:Ivano-Frankivs'k": { name: 'Ivano-Frankivsk' },
  'UA:Kirovohrad': { name: 'Kirovohrad', aliases: ['Kropyvnytskyi region'] },
  'UA:Transcarpathia': { name: 'Zakarpattia', aliases: ['Transcarpathia', 'Zakarpattia Oblast', 'Transcarpathian region'] },
  'UA:Crimea': { name: 'Crimea', type: '', aliases: ['Autonomous Republic of Crimea', 'Crimean Peninsula', 'Crimean peninsula', 'Republic of Crimea'] },
  'UA:Sevastopol': { name: 'Sevastopol', type: 'city', aliases: ['City of Sevastopol'], dropSourceAliases: true },
  // Russia: Natural Earth names are stems or garbled; its alternate names for some records belong to others.
  'RU:Moskva': { name: 'Moscow', type: 'federal city', aliases: ['City of Moscow'], dropSourceAliases: true },
  'RU:Moskovsskaya': { name: 'Moscow', type: 'Oblast', aliases: ['Moscow Oblast', 'Moscow region', 'Moskovskaya Oblast'], dropSourceAliases: true },
  'RU:City of St. Petersburg': { name: 'Saint Petersburg', type: 'federal city', aliases: ['City of Saint Petersburg'], dropSourceAliases: true },
  'RU:Leningrad': { name: 'Leningrad', aliases: ['Leningrad Oblast', 'Leningrad region', 'Leningradskaya Oblast'], dropSourceAliases: true },
  'RU:Maga Buryatdan': { name: 'Magadan', aliases: ['Magadan Oblast'] },
  'RU:Sakha (Yakutia)': { name: 'Sakha', type: 'Republic', aliases: ['Yakutia', 'Sakha Republic', 'Republic of Sakha'], dropSourceAliases: true },
  'RU:Chukchi Autonomous Okrug': { name: 'Chukotka', type: 'Autonomous Okrug', aliases: ['Chukotka Autonomous Okrug', 'Chukotka'] },
  "RU:Arkhangel'sk": { name: 'Arkhangelsk', dropSourceAliases: true },
  "RU:Primor'ye": { name: 'Primorsky', type: 'Krai', aliases: ['Primorye', 'Primorsky Krai', 'Primorye region'] },
  'RU:Chita': { name: 'Zabaykalsky', type: 'Krai', aliases: ['Zabaykalsky Krai', 'Transbaikal', 'Zabaykalye'] },
  "RU:Perm'": { name: 'Perm', type: 'Krai' },
  'RU:Altay': { name: 'Altai', type: 'Krai', aliases: ['Altai Krai', 'Altay Krai'] },
  'RU:Gorno-Altay': { name: 'Altai', type: 'Republic', aliases: ['Altai Republic', 'Republic of Altai', 'Gorno-Altai'] },
  'RU:Adygey': { name: 'Adygea', type: 'Republic' },
  'RU:Ingush': { name: 'Ingushetia', type: 'Republic' },
  'RU:Kabardin-Balkar': { name: 'Kabardino-Balkaria', type: 'Republic' },
  'RU:Karachay-Cherkess': { name: 'Karachay-Cherkessia', type: 'Republic' },
  'RU:Buryat': { name: 'Buryatia', type: 'Republic' },
  'RU:Udmurt': { name: 'Udmurtia', type: 'Republic' },
  'RU:Chuvash': { name: 'Chuvashia', type: 'Republic' },
  'RU:Kalmyk': { name: 'Kalmykia', type: 'Republic' },
  'RU:Khakass': { name: 'Khakassia', type: 'Republic' },
  'RU:Mariy-El': { name: 'Mari El', type: 'Republic' },
  'RU:Tatarstan': { name: 'Tatarstan', type: 'Republic', dropSourceAliases: true, aliases: ['Republic of Tatarstan'] },
  'RU:Nizhegorod': { name: 'Nizhny Novgorod', aliases: ['Nizhny Novgorod Oblast', 'Nizhny Novgorod region'] },
  'RU:Sverdlovsk': { name: 'Sverdlovsk', dropSourceAliases: true },
  'RU:Yevrey': { name: 'Jewish', type: 'Autonomous Oblast', aliases: ['Jewish Autonomous Oblast', 'Jewish Autonomous Region'] },
  'RU:Khanty-Mansiy': { name: 'Khanty-Mansi', aliases: ['Khanty-Mansi Autonomous Okrug', 'Yugra'] },
  "RU:Tver'": { name: 'Tver' },
  "RU:Yaroslavl'": { name: 'Yaroslavl' },
  "RU:Ryazan'": { name: 'Ryazan' },
  "RU:Astrakhan'": { name: 'Astrakhan' },
  "RU:Ul'yanovsk": { name: 'Ulyanovsk' },
  "RU:Tyumen'": { name: 'Tyumen' },
  "RU:Stavropol'": { name: 'Stavropol' },
  'RU:Orel': { name: 'Oryol', aliases: ['Orel Oblast', 'Oryol Oblast', 'Orel region'] },
  'RU:Kamchatka': { name: 'Kamchatka', type: 'Krai', aliases: ['Kamchatka Krai', 'Kamchatka Peninsula'] },
  'RU:Rostov': { name: 'Rostov', dropSourceAliases: true, aliases: ['Rostov Oblast', 'Rostov region'] },
  'RU:Krasnodar': { name: 'Krasnodar', dropSourceAliases: true, aliases: ['Krasnodar Krai', 'Kuban'] },
  // Middle East: Natural Earth uses transliterations rather than the names in English news.
  'SY:Hamah': { name: 'Hama' },
  'SY:Dar`a': { name: 'Daraa', aliases: ["Dar'a", 'Deraa'] },
  'SY:Dayr Az Zawr': { name: 'Deir ez-Zor', aliases: ['Deir ez-Zor Governorate', 'Deir al-Zour', 'Dayr az-Zawr'] },
  'SY:Ar Raqqah': { name: 'Raqqa', aliases: ['Raqqah', 'Ar-Raqqah'] },
  'SY:Hasaka (Al Haksa)': { name: 'Hasakah', aliases: ['Al-Hasakah', 'Hasaka', 'Al Hasakah'] },
  "SY:As Suwayda'": { name: 'Suwayda', aliases: ['Sweida', 'As-Suwayda'] },
  'SY:Lattakia': { name: 'Latakia', aliases: ['Lattakia', 'Latakia Governorate'] },
  'IQ:Arbil': { name: 'Erbil', aliases: ['Arbil', 'Irbil'] },
  'IQ:Dihok': { name: 'Duhok', aliases: ['Dohuk', 'Dihok'] },
  'IQ:As-Sulaymaniyah': { name: 'Sulaymaniyah', aliases: ['Sulaimaniya', 'Slemani', 'As-Sulaymaniyah'] },
  'IQ:Ninawa': { name: 'Nineveh', aliases: ['Ninawa', 'Nineveh Governorate'] },
  "IQ:At-Ta'mim": { name: 'Kirkuk', aliases: ["At-Ta'mim", 'Kirkuk Governorate'] },
  'IQ:Sala ad-Din': { name: 'Saladin', aliases: ['Salah al-Din', 'Salahuddin', 'Salah ad-Din'] },
  'IQ:Al-Basrah': { name: 'Basra', aliases: ['Al-Basrah', 'Basrah'] },
  'IQ:Al-Muthannia': { name: 'Muthanna', aliases: ['Al-Muthanna'] },
  "EG:Janub Sina'": { name: 'South Sinai', aliases: ["Janub Sina'"] },
  "EG:Shamal Sina'": { name: 'North Sinai', aliases: ["Shamal Sina'"] },
  // South Korea: Natural Earth types two provinces as metropolitan cities.
  'KR:North Gyeongsang': { name: 'North Gyeongsang', type: '', aliases: ['North Gyeongsang Province', 'Gyeongsangbuk-do'], dropSourceAliases: true },
  'KR:South Jeolla': { name: 'South Jeolla', type: '', aliases: ['South Jeolla Province', 'Jeollanam-do'], dropSourceAliases: true },
  // Elsewhere.
  'PS:Gaza Strip': { name: 'Gaza Strip', type: '', aliases: ['Gaza', 'the Gaza Strip'] },
  'PS:West Bank': { name: 'West Bank', type: '', aliases: ['the West Bank'] },
};

/** Corrections of GeoNames cities, keyed by GeoNames id. */
export interface CityCuration {
  id?: string;
  name?: string;
  aliases?: string[];
}

export const CITY_CURATION: Readonly<Record<number, CityCuration>> = {
  4140963: { id: 'washington-dc', name: 'Washington, D.C.', aliases: ['Washington', 'Washington DC', 'Washington D.C.', 'D.C.'] },
  703448: { aliases: ['Kiev', 'Kyyiv'] },
  706483: { aliases: ['Kharkov'] },
  698740: { name: 'Odesa', aliases: ['Odessa'] },
  702658: { aliases: ['Lugansk'] },
  709930: { aliases: ['Dnepr', 'Dnipropetrovsk', 'Dnepropetrovsk'] },
  687700: { name: 'Zaporizhzhia', aliases: ['Zaporizhia', 'Zaporozhye'] },
  700569: { name: 'Mykolaiv', aliases: ['Nikolaev', 'Nikolayev'] },
  713174: { aliases: ['Artemivsk', 'Artyomovsk'] },
  704508: { name: 'Kramatorsk' },
  713122: { name: 'Avdiivka', aliases: ['Avdiyivka', 'Avdeyevka'] },
  702320: { name: 'Makiivka', aliases: ['Makiyivka', 'Makeyevka'] },
  694423: { aliases: ['Sebastopol'] },
  691999: { name: 'Sievierodonetsk', aliases: ['Severodonetsk', 'Syeverodonetsk'] },
  693468: { aliases: ['Slovyansk', 'Slavyansk'] },
  712451: { name: 'Berdiansk', aliases: ['Berdyansk'] },
  703656: { name: 'Kupiansk', aliases: ['Kupyansk', 'Kupjansk'] },
  707292: { name: 'Izium', aliases: ['Izyum'] },
  705104: { name: 'Kostiantynivka', aliases: ['Kostyantynivka', 'Konstantinovka'] },
  709276: { name: 'Enerhodar', aliases: ['Energodar'] },
  709354: { aliases: ['Dzerzhynsk'] },
  498817: { aliases: ['St. Petersburg', 'St Petersburg', 'Petersburg'] },
  1871859: { aliases: ["P'yongyang", 'Pyeongyang'] },
  1816670: { aliases: ['Peking'] },
  1298824: { aliases: ['Rangoon'] },
  1275339: { aliases: ['Bombay'] },
  1275004: { aliases: ['Calcutta'] },
  1264527: { aliases: ['Madras'] },
  1566083: { aliases: ['Saigon'] },
  281133: { aliases: ['Gaza City'] },
  95446: { aliases: ['Arbil', 'Irbil'] },
  96994: { name: 'Duhok', aliases: ['Dohuk', 'Dihok'] },
  98463: { name: 'Sulaymaniyah', aliases: ['Sulaimaniya', 'Slemani'] },
  172955: { name: 'Raqqa', aliases: ['Raqqah', 'Ar-Raqqah'] },
  170017: { name: 'Hama' },
  173811: { name: 'Hasakah', aliases: ['Al-Hasakah', 'Hasaka'] },
  170905: { name: 'Daraa', aliases: ['Deraa', "Dar'a"] },
  99454: { name: 'Fallujah', aliases: ['Falluja'] },
  99532: { name: 'Basra', aliases: ['Basrah'] },
  2214846: { name: 'Misrata', aliases: ['Misurata', 'Misratah'] },
  79415: { name: 'Hodeidah', aliases: ['Hudaydah', 'Al Hudaydah'] },
  70225: { name: 'Taiz', aliases: ["Ta'izz"] },
  1277333: { aliases: ['Bangalore'] },
  6611854: { name: 'Naypyidaw', aliases: ['Nay Pyi Taw', 'Naypyitaw'] },
  2660646: { name: 'Geneva', aliases: ['Genève', 'Genf'] },
  1526273: { name: 'Astana', aliases: ['Nur-Sultan'] },
  5128581: { aliases: ['New York', 'NYC'] },
};

/** Areas that are unions of other gazetteer places. */
export interface AreaDefinition {
  id: string;
  name: string;
  names: string[];
  memberIds: string[];
}

export const AREAS: readonly AreaDefinition[] = [
  {
    id: 'donbas',
    name: 'Donbas',
    names: ['Donbas', 'Donbass', 'the Donbas', 'Donets Basin', 'Donbas region'],
    memberIds: ['donetsk-oblast', 'luhansk-oblast'],
  },
  {
    id: 'korean-peninsula',
    name: 'Korean Peninsula',
    names: ['Korean Peninsula', 'Korean peninsula', 'the Korean Peninsula'],
    memberIds: ['north-korea', 'south-korea'],
  },
  {
    id: 'sinai-peninsula',
    name: 'Sinai Peninsula',
    names: ['Sinai Peninsula', 'Sinai', 'the Sinai', 'Sinai peninsula'],
    memberIds: ['north-sinai', 'south-sinai'],
  },
  {
    id: 'iraqi-kurdistan',
    name: 'Iraqi Kurdistan',
    names: ['Iraqi Kurdistan', 'Kurdistan Region', 'Kurdistan region', 'Kurdistan Region of Iraq'],
    memberIds: ['duhok-province', 'erbil-province', 'sulaymaniyah-province'],
  },
  {
    id: 'scandinavia',
    name: 'Scandinavia',
    names: ['Scandinavia', 'Scandinavian countries'],
    memberIds: ['denmark', 'norway', 'sweden'],
  },
  {
    id: 'baltic-states',
    name: 'Baltic states',
    names: ['Baltic states', 'Baltic States', 'the Baltics', 'Baltic countries'],
    memberIds: ['estonia', 'latvia', 'lithuania'],
  },
];
