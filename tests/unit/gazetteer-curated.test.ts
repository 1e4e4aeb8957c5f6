import { beforeAll, describe, expect, it } from 'vitest';
import { AREAS, CITY_CURATION, COUNTRY_CURATION, REGION_CURATION } from '../../lib/gazetteer/curated';
import { demonymPlural, plainEnglishForm, spellingVariants } from '../../lib/gazetteer/names';
import { englishRegionName, regionStyleOf, withoutArabicArticle } from '../../lib/gazetteer/regionNames';
import { slugify } from '../../lib/gazetteer/slug';
import type { Gazetteer } from '../../lib/gazetteer/types';
import { GAZETTEER_BUILD_TIMEOUT_MS, generatedGazetteer, idsNamed, recordOf } from './gazetteer-fixture';

describe('slugify', () => {
  it.each([
    ['Kursk Oblast', 'kursk-oblast'],
    ["Donets'k", 'donetsk'],
    ['Washington, D.C.', 'washington-d-c'],
    ['Côte d’Ivoire', 'cote-divoire'],
    ['Moscow (federal city)', 'moscow-federal-city'],
    ['  Bosnia & Herzegovina ', 'bosnia-and-herzegovina'],
  ])('%s -> %s', (text, slug) => expect(slugify(text)).toBe(slug));
});

describe('English forms of source names', () => {
  it('drops soft-sign apostrophes and breves of transliterated names', () => {
    expect(plainEnglishForm("Kramators'k", 'UA')).toBe('Kramatorsk');
    expect(plainEnglishForm('Kramators’k', 'UA')).toBe('Kramatorsk');
    expect(plainEnglishForm('Wŏnsan', 'KP')).toBe('Wonsan');
    expect(plainEnglishForm('Khān Yūnis', 'PS')).toBe('Khan Yunis');
  });

  it('leaves ordinary European spellings alone', () => {
    expect(plainEnglishForm('Besançon', 'FR')).toBe('Besançon');
    expect(plainEnglishForm("L'Aquila", 'IT')).toBe("L'Aquila");
    expect(plainEnglishForm('Zürich', 'CH')).toBe('Zürich');
  });

  it('adds the spelling without diacritics', () => {
    expect(spellingVariants('Zürich')).toEqual(['Zürich', 'Zurich']);
    expect(spellingVariants('Kursk')).toEqual(['Kursk']);
  });
});

describe('demonymPlural', () => {
  it.each([
    ['North Korean', 'North Koreans'],
    ['Russian', 'Russians'],
    ['Iraqi', 'Iraqis'],
    ['Chinese', undefined],
    ['British', undefined],
    ['French', undefined],
    ['Swiss', undefined],
  ])('%s -> %s', (demonym, plural) => expect(demonymPlural(demonym)).toBe(plural));
});

describe('region styles', () => {
  it('keeps the type word in post-Soviet region names', () => {
    const oblast = regionStyleOf(undefined, "Oblast'", 'Region');
    expect(oblast.displayName('Kursk')).toBe('Kursk Oblast');
    expect(oblast.forms('Kursk')).toEqual(expect.arrayContaining(['Kursk Oblast', 'Kursk region', 'Kursk Region']));
    expect(regionStyleOf(undefined, 'Kray', 'Territory').displayName('Krasnodar')).toBe('Krasnodar Krai');
  });

  it('uses the bare name elsewhere, with type forms as extra names', () => {
    const province = regionStyleOf(undefined, 'Shěng', 'Province');
    expect(province.displayName('Hebei')).toBe('Hebei');
    expect(province.forms('Hebei')).toContain('Hebei Province');
  });

  it('lets a curated type win', () => {
    const federalCity = regionStyleOf('federal city', "Oblast'", 'Region');
    expect(federalCity.displayName('Moscow')).toBe('Moscow (federal city)');
    expect(federalCity.cityLike).toBe(true);
  });
});

describe('English region names', () => {
  it('splits a parenthesised alternate name off', () => {
    expect(englishRegionName('Homs (Hims)', 'SY')).toEqual({ name: 'Homs', aliases: ['Hims'] });
  });

  it('turns Korean -bukto / -namdo / -do into English province names', () => {
    expect(englishRegionName('Hamgyong-bukto', 'KP').name).toBe('North Hamgyong');
    expect(englishRegionName('Pyongan-namdo', 'KP').name).toBe('South Pyongan');
    expect(englishRegionName('Chagang-do', 'KP').name).toBe('Chagang');
    expect(englishRegionName('Chagang-do', 'FR').name).toBe('Chagang-do');
  });

  it('drops the Arabic article only where names carry it', () => {
    expect(withoutArabicArticle('Al-Anbar', 'IQ')).toBe('Anbar');
    expect(withoutArabicArticle('Ash Sharqiyah', 'EG')).toBe('Sharqiyah');
    expect(withoutArabicArticle('Alabama', 'US')).toBeUndefined();
    expect(withoutArabicArticle('Alsace', 'FR')).toBeUndefined();
  });
});

describe('curated table', () => {
  it('is well formed', () => {
    for (const code of Object.keys(COUNTRY_CURATION)) expect(code).toMatch(/^[A-Z]{2}$/);
    for (const key of Object.keys(REGION_CURATION)) expect(key).toMatch(/^[A-Z]{2}:.+/);
    for (const id of Object.keys(CITY_CURATION)) expect(Number(id)).toBeGreaterThan(0);
    const areaIds = AREAS.map((area) => area.id);
    expect(new Set(areaIds).size).toBe(areaIds.length);
    for (const area of AREAS) {
      expect(area.id).toBe(slugify(area.name));
      expect(area.memberIds.length).toBeGreaterThanOrEqual(2);
    }
  });
});

describe('curated names in the generated gazetteer', () => {
  let gazetteer: Gazetteer;
  beforeAll(() => {
    gazetteer = generatedGazetteer();
  }, GAZETTEER_BUILD_TIMEOUT_MS);

  it.each([
    ['Kiev', 'kyiv'],
    ['Kyiv', 'kyiv'],
    ['Kharkov', 'kharkiv'],
    ['Odessa', 'odesa'],
    ['Lugansk', 'luhansk'],
    ['Artemivsk', 'bakhmut'],
    ['Washington, D.C.', 'washington-dc'],
    ['Washington', 'washington-dc'],
    ['St. Petersburg', 'saint-petersburg'],
    ['Donbass', 'donbas'],
    ['Donbas', 'donbas'],
    ['Korean Peninsula', 'korean-peninsula'],
    ['U.S.', 'united-states'],
    ['USA', 'united-states'],
    ['United States of America', 'united-states'],
    ['America', 'united-states'],
    ['UK', 'united-kingdom'],
    ['Britain', 'united-kingdom'],
    ['DPRK', 'north-korea'],
    ["Democratic People's Republic of Korea", 'north-korea'],
    ['Republic of Korea', 'south-korea'],
    ['ROK', 'south-korea'],
    ['Russian Federation', 'russia'],
    ['Kursk Oblast', 'kursk-oblast'],
    ['Kursk region', 'kursk-oblast'],
    ['Kursk Region', 'kursk-oblast'],
    ['Kursk', 'kursk-oblast'],
    ['Kursk', 'kursk'],
    ['Donetsk Oblast', 'donetsk-oblast'],
    ['Donetsk region', 'donetsk-oblast'],
    ['Luhansk Oblast', 'luhansk-oblast'],
    ['Kyiv Oblast', 'kyiv-oblast'],
    ['Kiev region', 'kyiv-oblast'],
    ['Moscow Oblast', 'moscow-oblast'],
    ['Crimea', 'crimea'],
    ['Gaza Strip', 'gaza-strip'],
    ['Gaza', 'gaza-strip'],
    ['Gaza', 'gaza'],
    ['Anbar province', 'al-anbar'],
    ['North Hamgyong', 'north-hamgyong'],
    ['Kurdistan Region', 'iraqi-kurdistan'],
    ['Sinai', 'sinai-peninsula'],
    ['Erbil', 'erbil'],
    ['Fallujah', 'fallujah'],
  ])('"%s" names %s', (name, id) => {
    expect(idsNamed(gazetteer, name)).toContain(id);
  });

  it.each([
    ['russia', 'Russian'],
    ['ukraine', 'Ukrainian'],
    ['china', 'Chinese'],
    ['japan', 'Japanese'],
    ['north-korea', 'North Korean'],
    ['south-korea', 'South Korean'],
    ['united-states', 'American'],
    ['united-kingdom', 'British'],
    ['france', 'French'],
    ['syria', 'Syrian'],
    ['saudi-arabia', 'Saudi'],
    ['turkey', 'Turkish'],
    ['north-korea', 'North Koreans'],
    ['russia', 'Russians'],
  ])('%s has the demonym %s', (id, demonym) => {
    expect(recordOf(gazetteer, id).demonyms).toContain(demonym);
  });

  it('gives ambiguous demonyms to nobody and each demonym to one state only', () => {
    const owners = new Map<string, string[]>();
    for (const record of gazetteer.records) {
      for (const demonym of record.demonyms ?? []) owners.set(demonym, [...(owners.get(demonym) ?? []), record.id]);
    }
    for (const ambiguous of ['Korean', 'Congolese', 'Dominican']) expect(owners.get(ambiguous)).toBeUndefined();
    expect([...owners].filter(([, ids]) => ids.length > 1)).toEqual([]);
    expect(gazetteer.records.filter((record) => record.demonyms && record.kind !== 'country')).toEqual([]);
  });

  it('keeps demonyms and surnames out of country names', () => {
    expect(recordOf(gazetteer, 'thailand').names).not.toContain('Thai');
    expect(recordOf(gazetteer, 'isle-of-man').names).not.toContain('Mann');
    expect(idsNamed(gazetteer, 'Congo')).toEqual([]);
    expect(idsNamed(gazetteer, 'Korea')).toEqual([]);
    expect(idsNamed(gazetteer, 'Türkiye')).toContain('turkey');
  });

  it('uses the usual English spelling as the name and keeps the source spelling as an alias', () => {
    expect(recordOf(gazetteer, 'donetsk-oblast').names).toEqual(expect.arrayContaining(['Donetsk', "Donets'k"]));
    expect(recordOf(gazetteer, 'odesa').name).toBe('Odesa');
    const kramatorsk = gazetteer.records.find((record) => record.geonameId === 704508);
    expect(kramatorsk?.name).toBe('Kramatorsk');
    expect(kramatorsk?.id).toBe('kramatorsk');
  });
});
