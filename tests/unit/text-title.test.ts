import { describe, expect, it } from 'vitest';
import { deriveTitle, isHeadline, truncateAtWord } from '../../lib/text/title';

describe('deriveTitle', () => {
  it('takes a headline first line and removes it with the letter-less lines after it', () => {
    const body = '\nKim Admits Forces Cleared Mines\n\n20\nSecond headline\nThe body. More body.';
    expect(deriveTitle(body, 'f')).toEqual({ title: 'Kim Admits Forces Cleared Mines', body: 'Second headline\nThe body. More body.' });
  });

  it('drops a Markdown heading marker', () => {
    expect(deriveTitle('# A Markdown Title\n\nBody.', 'f').title).toBe('A Markdown Title');
  });

  it('uses the first sentence, truncated at a word boundary, when the first line is prose', () => {
    const body = 'North Korean leader Kim Jong-un has confirmed that troops from the Korean People’s Army are engaged in landmine clearance operations in support of Russia. More.';
    const { title, body: kept } = deriveTitle(body, 'f');
    expect(title).toBe('North Korean leader Kim Jong-un has confirmed that troops from the Korean People’s Army are engaged…');
    expect(title.length).toBeLessThanOrEqual(101);
    expect(kept).toBe(body);
  });

  it('keeps a short first sentence whole', () => {
    expect(deriveTitle('Troops left Kursk. They went home.', 'f').title).toBe('Troops left Kursk.');
  });

  it('falls back to the file name when there is no text', () => {
    expect(deriveTitle('  \n ', 'my-file')).toEqual({ title: 'my-file', body: '' });
  });
});

describe('isHeadline', () => {
  it('accepts short unpunctuated lines and questions', () => {
    expect(isHeadline('Why This Matters Beyond the Photos')).toBe(true);
    expect(isHeadline('Is the war over?')).toBe(true);
  });
  it('rejects sentences, bullets, long lines and lines without letters', () => {
    expect(isHeadline('Troops arrived in Kursk.')).toBe(false);
    expect(isHeadline('- a bullet')).toBe(false);
    expect(isHeadline('1. first')).toBe(false);
    expect(isHeadline('x'.repeat(151))).toBe(false);
    expect(isHeadline('2025')).toBe(false);
  });
});

describe('truncateAtWord', () => {
  it('cuts at the last space and marks the cut', () => {
    expect(truncateAtWord('one two three four', 10)).toBe('one two…');
    expect(truncateAtWord('short', 10)).toBe('short');
  });
});
