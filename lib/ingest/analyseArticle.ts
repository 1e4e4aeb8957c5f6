// Sentences and place mentions of one article body (pure).
import { splitSentences } from '../text/sentences';
import type { TextSpan } from '../types';

/** What the outputs need of a mention: where it is and which place it names. */
export type PlaceMention = TextSpan & { placeId: string };

export interface AnalysedText<M extends TextSpan = PlaceMention> {
  sentences: TextSpan[];
  mentions: M[];
  /** For each mention, the index of the sentence that holds it. */
  sentenceOfMention: number[];
}

/** Splits `text` into sentences and assigns each mention to its sentence. A sentence break that would cut
 *  through a mention (e.g. an abbreviation the splitter misread) is dropped, merging the two sentences,
 *  so every mention lies inside exactly one sentence. Mentions must be sorted and non-overlapping. */
export function analyseText<M extends TextSpan>(text: string, mentions: readonly M[]): AnalysedText<M> {
  const sentences: TextSpan[] = [];
  let next = 0; // first mention that may still end after the last sentence so far
  for (const span of splitSentences(text)) {
    const prev = sentences[sentences.length - 1];
    while (prev && next < mentions.length && mentions[next].end <= prev.end) next++;
    const straddles = prev !== undefined && next < mentions.length &&
      mentions[next].start < prev.end && mentions[next].end > span.start;
    if (prev && straddles) prev.end = span.end;
    else sentences.push({ ...span });
  }
  const sentenceOfMention: number[] = [];
  const kept: M[] = [];
  let s = 0;
  for (const m of mentions) {
    while (s < sentences.length && sentences[s].end <= m.start) s++;
    // A mention outside every sentence can only be whitespace or a list marker; it cannot be highlighted.
    if (s >= sentences.length || m.start < sentences[s].start || m.end > sentences[s].end) continue;
    kept.push(m);
    sentenceOfMention.push(s);
  }
  return { sentences, mentions: kept, sentenceOfMention };
}
