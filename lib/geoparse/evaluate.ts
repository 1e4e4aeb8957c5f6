// Accuracy of a geoparser against a labelled set: recognition (exact and overlapping spans) and
// resolution (within 161 km of gold, or gold inside the resolved shape). Used by the benchmark and its test.
import { booleanPointInPolygon, point } from '@turf/turf';
import type { GazetteerShapes } from '../gazetteer/types';
import type { TextSpan } from '../types';

export interface GoldToponym extends TextSpan {
  text: string;
  name: string;
  lat: number;
  lon: number;
}

export interface LabelledSentence {
  id: string;
  text: string;
  toponyms: GoldToponym[];
}

/** A predicted span, optionally resolved to a place (the peer recogniser has none). */
export interface PredictedSpan extends TextSpan {
  placeId?: string;
  lat?: number;
  lon?: number;
}

export interface RecognitionScores {
  precision: number;
  recall: number;
  f1: number;
  truePositives: number;
  predicted: number;
  gold: number;
}

export interface EvaluationResult {
  exact: RecognitionScores;
  overlap: RecognitionScores;
  /** Share of exactly recognised toponyms resolved correctly; undefined when nothing is resolved. */
  resolvedWithin161Km?: number;
  resolutionErrors: Array<{ id: string; text: string; gold: string; resolved: string; km: number }>;
  recognitionErrors: Array<{ id: string; kind: 'missed' | 'spurious'; text: string }>;
}

const WITHIN_KM = 161;

function scores(truePositives: number, predicted: number, gold: number): RecognitionScores {
  const precision = predicted === 0 ? 0 : truePositives / predicted;
  const recall = gold === 0 ? 0 : truePositives / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, truePositives, predicted, gold };
}

export function distanceKm(aLat: number, aLon: number, bLat: number, bLon: number): number {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((bLat - aLat) * rad) / 2) ** 2 + Math.cos(aLat * rad) * Math.cos(bLat * rad) * Math.sin(((bLon - aLon) * rad) / 2) ** 2;
  return 12742 * Math.asin(Math.min(1, Math.sqrt(h)));
}

function insideShape(shapes: GazetteerShapes, placeId: string, lat: number, lon: number): boolean {
  const shape = shapes[placeId];
  if (!shape) return false;
  // Shapes across the antimeridian may use longitudes beyond 180.
  return booleanPointInPolygon(point([lon, lat]), shape) || booleanPointInPolygon(point([lon + 360, lat]), shape);
}

const overlaps = (a: TextSpan, b: TextSpan) => a.start < b.end && b.start < a.end;

export function evaluate(
  sentences: LabelledSentence[],
  predict: (text: string) => PredictedSpan[],
  shapes: GazetteerShapes = {},
): EvaluationResult {
  let exactHits = 0;
  let overlapPredicted = 0;
  let overlapGold = 0;
  let predicted = 0;
  let gold = 0;
  let resolved = 0;
  let resolvedRight = 0;
  const resolutionErrors: EvaluationResult['resolutionErrors'] = [];
  const recognitionErrors: EvaluationResult['recognitionErrors'] = [];
  for (const sentence of sentences) {
    const spans = predict(sentence.text);
    predicted += spans.length;
    gold += sentence.toponyms.length;
    overlapPredicted += spans.filter((s) => sentence.toponyms.some((g) => overlaps(s, g))).length;
    overlapGold += sentence.toponyms.filter((g) => spans.some((s) => overlaps(s, g))).length;
    for (const span of spans) {
      const match = sentence.toponyms.find((g) => g.start === span.start && g.end === span.end);
      if (!match) {
        recognitionErrors.push({ id: sentence.id, kind: 'spurious', text: sentence.text.slice(span.start, span.end) });
        continue;
      }
      exactHits++;
      if (span.placeId === undefined || span.lat === undefined || span.lon === undefined) continue;
      resolved++;
      const km = distanceKm(span.lat, span.lon, match.lat, match.lon);
      if (km <= WITHIN_KM || insideShape(shapes, span.placeId, match.lat, match.lon)) resolvedRight++;
      else resolutionErrors.push({ id: sentence.id, text: match.text, gold: match.name, resolved: span.placeId, km: Math.round(km) });
    }
    for (const g of sentence.toponyms) {
      if (!spans.some((s) => s.start === g.start && s.end === g.end)) recognitionErrors.push({ id: sentence.id, kind: 'missed', text: g.text });
    }
  }
  const overlapPrecision = predicted === 0 ? 0 : overlapPredicted / predicted;
  const overlapRecall = gold === 0 ? 0 : overlapGold / gold;
  return {
    exact: scores(exactHits, predicted, gold),
    overlap: {
      precision: overlapPrecision,
      recall: overlapRecall,
      f1: overlapPrecision + overlapRecall === 0 ? 0 : (2 * overlapPrecision * overlapRecall) / (overlapPrecision + overlapRecall),
      truePositives: overlapGold,
      predicted,
      gold,
    },
    resolvedWithin161Km: resolved === 0 ? undefined : resolvedRight / resolved,
    resolutionErrors,
    recognitionErrors,
  };
}

/** Parses labelled.jsonl text; throws a message naming the line for malformed input. */
export function parseLabelledSet(jsonl: string, source = 'labelled set'): LabelledSentence[] {
  return jsonl
    .split('\n')
    .map((line, i) => ({ line: line.trim(), number: i + 1 }))
    .filter(({ line }) => line.length > 0)
    .map(({ line, number }) => {
      let value: LabelledSentence;
      try {
        value = JSON.parse(line) as LabelledSentence;
      } catch {
        throw new Error(`${source}, line ${number}: not valid JSON.`);
      }
      if (typeof value.text !== 'string' || !Array.isArray(value.toponyms)) {
        throw new Error(`${source}, line ${number}: expected { id, text, toponyms[] }.`);
      }
      for (const t of value.toponyms) {
        if (value.text.slice(t.start, t.end) !== t.text) throw new Error(`${source}, line ${number}: offsets of "${t.text}" do not match the text.`);
      }
      return value;
    });
}
