import { describe, expect, it } from 'vitest';
import { analyseText } from '../../lib/ingest/analyseArticle';
import { fittingBbox } from '../../lib/ingest/buildOutputs';
import type { Mention } from '../../lib/types';

function mention(text: string, surface: string, from = 0): Mention {
  const start = text.indexOf(surface, from);
  return { start, end: start + surface.length, text: surface, placeId: surface.toLowerCase().replace(/\W+/g, '-'), name: surface, kind: 'city', lon: 0, lat: 0 };
}

describe('analyseText', () => {
  it('assigns each mention to the sentence that holds it', () => {
    const text = 'Troops left Kyiv. They reached Moscow.\n\nSeoul watched.';
    const result = analyseText(text, [mention(text, 'Kyiv'), mention(text, 'Moscow'), mention(text, 'Seoul')]);
    expect(result.sentences.map((s) => text.slice(s.start, s.end))).toEqual(['Troops left Kyiv.', 'They reached Moscow.', 'Seoul watched.']);
    expect(result.sentenceOfMention).toEqual([0, 1, 2]);
  });

  it('merges sentences that a mention would straddle', () => {
    const text = 'Ships sailed to Port. Moresby today. Then home.';
    const result = analyseText(text, [mention(text, 'Port. Moresby')]);
    expect(result.sentences.map((s) => text.slice(s.start, s.end))).toEqual(['Ships sailed to Port. Moresby today.', 'Then home.']);
    expect(result.sentenceOfMention).toEqual([0]);
  });

  it('drops mentions that lie outside every sentence (list markers, whitespace)', () => {
    const text = '- Kyiv\n  \n';
    const stray: Mention = { ...mention(text, 'Kyiv'), start: 0, end: 1, text: '-' };
    const result = analyseText(text, [stray, mention(text, 'Kyiv')]);
    expect(result.mentions.map((m) => m.text)).toEqual(['Kyiv']);
    expect(result.sentenceOfMention).toEqual([0]);
  });
});

describe('fittingBbox', () => {
  it('keeps ordinary boxes and moves boxes east of the antimeridian into the primary world', () => {
    expect(fittingBbox([34, 50.9, 38.4, 52.4])).toEqual([34, 50.9, 38.4, 52.4]);
    expect(fittingBbox([19.6, 41.2, 190.3, 81.9])).toEqual([19.6, 41.2, 190.3, 81.9]);
    expect(fittingBbox([187, 18.9, 293, 71.4])).toEqual([-173, 18.9, -67, 71.4]);
  });
});
