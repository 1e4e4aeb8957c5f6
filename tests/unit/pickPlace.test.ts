import { describe, expect, it } from 'vitest';
import { bboxExtent, pickPlace, pickShapeFirst } from '../../lib/map/pickPlace';

describe('pickPlace', () => {
  it('prefers a city over a region over an area over a country', () => {
    expect(
      pickPlace([
        { id: 'russia', kind: 'country', underPointer: true },
        { id: 'kursk-oblast', kind: 'region', underPointer: true },
        { id: 'kursk', kind: 'city', distance: 5 },
      ]),
    ).toBe('kursk');
    expect(pickPlace([{ id: 'korean-peninsula', kind: 'area' }, { id: 'north-korea', kind: 'country' }])).toBe('korean-peninsula');
    expect(pickPlace([])).toBeNull();
  });

  it('takes the nearest city and the shape under the pointer', () => {
    expect(pickPlace([{ id: 'far', kind: 'city', distance: 9 }, { id: 'near', kind: 'city', distance: 2 }])).toBe('near');
    expect(
      pickShapeFirst([
        { id: 'ukraine', kind: 'country', underPointer: true, extent: 200 },
        { id: 'kursk-oblast', kind: 'region', underPointer: false, extent: 6 },
      ]),
    ).toBe('ukraine');
    expect(
      pickShapeFirst([
        { id: 'big', kind: 'region', underPointer: true, extent: 90 },
        { id: 'small', kind: 'region', underPointer: true, extent: 3 },
      ]),
    ).toBe('small');
  });

  it('measures bounding boxes across the antimeridian', () => {
    expect(bboxExtent([170, -20, 190, -10])).toBe(200);
  });
});
