// Which countries get admin-1 (province / oblast) lines: an explicit BASEMAP_ADMIN1 list when set,
// otherwise the countries of the corpus places.

/** Parse "RU, ua,KP" into sorted distinct upper-case codes; throws naming the bad entries. */
export function parseAdmin1Override(value: string): string[] {
  const codes = value.split(',').map((code) => code.trim().toUpperCase()).filter(Boolean);
  const bad = codes.filter((code) => !/^[A-Z]{2}$/.test(code));
  if (bad.length > 0) {
    throw new Error(
      `BASEMAP_ADMIN1 must list ISO 3166-1 alpha-2 codes separated by commas (e.g. RU,UA); not codes: ${bad.join(', ')}`,
    );
  }
  return [...new Set(codes)].sort();
}

/** Distinct upper-case ISO alpha-2 `countryCode`s of GeoJSON features, sorted; other values ignored. */
export function countryCodesOfFeatures(features: readonly unknown[]): string[] {
  const codes = new Set<string>();
  for (const feature of features) {
    const properties = (feature as { properties?: { countryCode?: unknown } } | null)?.properties;
    const code = properties?.countryCode;
    if (typeof code === 'string' && /^[A-Za-z]{2}$/.test(code)) codes.add(code.toUpperCase());
  }
  return [...codes].sort();
}
