// Colours of the offline basemap and of the app's place layers, for both themes.
// Muted land, light ocean and quiet borders so that the news places drawn on top stand out.
import type { PlaceKind } from '../types';

export type MapTheme = 'light' | 'dark';

export interface BasemapPalette {
  ocean: string;
  land: string;
  coastline: string;
  countryBorder: string;
  admin1Border: string;
  countryLabel: string;
  countryLabelHalo: string;
  cityLabel: string;
  cityLabelHalo: string;
  cityDot: string;
  capitalDot: string;
}

export interface PlaceColours {
  /** Fill / circle colour of the place. */
  fill: string;
  /** Outline and label colour, stronger than the fill. */
  stroke: string;
}

export interface MapPalette {
  basemap: BasemapPalette;
  places: Record<PlaceKind, PlaceColours>;
  /** Colour of the selected place, whatever its kind. */
  selected: string;
  /** Label text colour and halo for the app's place labels. */
  placeLabel: string;
  placeLabelHalo: string;
  /** Count on a cluster of cities (drawn on the city colour). */
  clusterText: string;
}

export const MAP_PALETTES: Readonly<Record<MapTheme, MapPalette>> = {
  light: {
    basemap: {
      ocean: '#dce8f0',
      land: '#f6f4ef',
      coastline: '#b9cad6',
      countryBorder: '#b4aba0',
      admin1Border: '#cdc5ba',
      countryLabel: '#5f5a53',
      countryLabelHalo: '#f6f4ef',
      cityLabel: '#3d3a36',
      cityLabelHalo: '#f6f4efdd',
      cityDot: '#8a8279',
      capitalDot: '#4a4540',
    },
    places: {
      country: { fill: '#c2410c', stroke: '#9a3412' },
      region: { fill: '#7c3aed', stroke: '#5b21b6' },
      city: { fill: '#0369a1', stroke: '#075985' },
      area: { fill: '#047857', stroke: '#065f46' },
    },
    selected: '#dc2626',
    placeLabel: '#1f1d1a',
    placeLabelHalo: '#ffffff',
    clusterText: '#ffffff',
  },
  dark: {
    basemap: {
      ocean: '#111a24',
      land: '#252a31',
      coastline: '#34414f',
      countryBorder: '#5a626e',
      admin1Border: '#434a54',
      countryLabel: '#a3a9b2',
      countryLabelHalo: '#1d2228',
      cityLabel: '#d3d7dc',
      cityLabelHalo: '#1d2228dd',
      cityDot: '#8b929c',
      capitalDot: '#c9ced5',
    },
    places: {
      country: { fill: '#fb923c', stroke: '#fdba74' },
      region: { fill: '#a78bfa', stroke: '#c4b5fd' },
      city: { fill: '#38bdf8', stroke: '#7dd3fc' },
      area: { fill: '#34d399', stroke: '#6ee7b7' },
    },
    selected: '#f87171',
    placeLabel: '#f3f4f6',
    placeLabelHalo: '#111827',
    clusterText: '#0b1220',
  },
};
