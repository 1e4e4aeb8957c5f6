import { describe, expect, it } from 'vitest';
import { articleFilterFrom, articleIdFromPath, isValidId, placeIdFromPath, placePath } from '../../lib/url/routes';

describe('routes', () => {
  it('accepts slugs and refuses everything else', () => {
    expect(isValidId('kursk-oblast')).toBe(true);
    expect(isValidId('000-b95f338fa3d30124')).toBe(true);
    expect(isValidId('000_b95f338fa3d30124')).toBe(true);
    for (const bad of ['', '..', '../etc/passwd', 'Kursk', 'a--b', 'a_-b', '_a', '-a', 'a-', 'a/b', 'a%2f', 'x'.repeat(121), 'é']) {
      expect(isValidId(bad)).toBe(false);
    }
  });

  it('reads place and article ids from paths', () => {
    expect(placeIdFromPath('/places/kursk-oblast')).toBe('kursk-oblast');
    expect(placeIdFromPath('/embed/places/seoul')).toBe('seoul');
    expect(placeIdFromPath('/places/%2e%2e')).toBeNull();
    expect(placeIdFromPath('/places/%E0%A4%A')).toBeNull();
    expect(placeIdFromPath('/')).toBeNull();
    expect(articleIdFromPath('/articles/abc-1')).toBe('abc-1');
    expect(articleIdFromPath('/places/abc')).toBeNull();
  });

  it('builds paths with the article filter', () => {
    expect(placePath('seoul')).toBe('/places/seoul');
    expect(placePath('seoul', 'a-1')).toBe('/places/seoul?article=a-1');
    expect(articleFilterFrom('a-1')).toBe('a-1');
    expect(articleFilterFrom('<script>')).toBeNull();
    expect(articleFilterFrom(null)).toBeNull();
  });
});
