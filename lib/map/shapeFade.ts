// Shapes fade with zoom. Regions and areas are faint at the world view, where a large corpus's hundreds
// of region outlines would cover the map in lines, and full from zoom 4.
// Country shapes fade as the map zooms in past them. A country seen from inside (Russia at zoom 6) is no
// longer a shape but the whole screen: its tint and outline would only sit on top of the regions and cities
// drawn over it, and its outline (from another source than the regions' and the basemap's borders, and
// simplified more) would run beside theirs. The selected or hovered country stays drawn.
import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';

/** Zoom range over which a country's fill and outline fade to their zoomed-in values. */
export const COUNTRY_FADE_ZOOMS = { from: 4, to: 6 } as const;
/** Zoom from which regions and areas are drawn in full (faint below, from the world view on). */
export const SUBNATIONAL_FULL_ZOOM = 3;

export interface ShapeStateExpressions {
  selected: ExpressionSpecification;
  hovered: ExpressionSpecification;
  dimmed: ExpressionSpecification;
  isCountry: ExpressionSpecification;
}

/** Fill opacity at the overview zoom and once zoomed in past countries. */
export const FILL_OPACITY = {
  selected: 0.35,
  hovered: 0.3,
  dimmed: 0.04,
  normal: 0.16,
  /** A country seen from inside: a faint tint, so that it still reads as one of the corpus's places. */
  countryZoomedIn: 0.05,
  countryHoveredZoomedIn: 0.12,
} as const;

export const OUTLINE_OPACITY = { normal: 0.9, dimmed: 0.25, countryZoomedIn: 0, countryHoveredZoomedIn: 0.6, subnationalWorld: 0.3 } as const;

export function shapeFillOpacity(s: ShapeStateExpressions): ExpressionSpecification {
  const overview: ExpressionSpecification = ['case', s.selected, FILL_OPACITY.selected, s.hovered, FILL_OPACITY.hovered, s.dimmed, FILL_OPACITY.dimmed, FILL_OPACITY.normal];
  const zoomedIn: ExpressionSpecification = [
    'case',
    s.selected, FILL_OPACITY.selected,
    ['all', s.isCountry, s.hovered], FILL_OPACITY.countryHoveredZoomedIn,
    s.hovered, FILL_OPACITY.hovered,
    s.dimmed, FILL_OPACITY.dimmed,
    s.isCountry, FILL_OPACITY.countryZoomedIn,
    FILL_OPACITY.normal,
  ];
  return ['interpolate', ['linear'], ['zoom'], COUNTRY_FADE_ZOOMS.from, overview, COUNTRY_FADE_ZOOMS.to, zoomedIn];
}

export function shapeOutlineOpacity(s: ShapeStateExpressions): ExpressionSpecification {
  const world: ExpressionSpecification = [
    'case',
    ['any', s.selected, s.hovered, s.isCountry], ['case', s.dimmed, OUTLINE_OPACITY.dimmed, OUTLINE_OPACITY.normal],
    s.dimmed, OUTLINE_OPACITY.dimmed,
    OUTLINE_OPACITY.subnationalWorld,
  ];
  const overview: ExpressionSpecification = ['case', s.dimmed, OUTLINE_OPACITY.dimmed, OUTLINE_OPACITY.normal];
  const zoomedIn: ExpressionSpecification = [
    'case',
    s.selected, OUTLINE_OPACITY.normal,
    ['all', s.isCountry, s.hovered], OUTLINE_OPACITY.countryHoveredZoomedIn,
    s.isCountry, OUTLINE_OPACITY.countryZoomedIn,
    s.dimmed, OUTLINE_OPACITY.dimmed,
    OUTLINE_OPACITY.normal,
  ];
  return ['interpolate', ['linear'], ['zoom'], 1, world, SUBNATIONAL_FULL_ZOOM, overview, COUNTRY_FADE_ZOOMS.from, overview, COUNTRY_FADE_ZOOMS.to, zoomedIn];
}
