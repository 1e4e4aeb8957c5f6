import { ImageResponse } from 'next/og';
import { getPlaces } from '@/lib/corpus/store';
import { previewMap } from '@/lib/share/previewMap';

export const size = { width: 1200, height: 630 };
export const contentType = 'image/png';
export const alt = 'The place on a small map, with its name and how often the articles mention it';

export function generateStaticParams() {
  return getPlaces().features.map((f) => ({ id: f.properties.id }));
}

const MAP_WIDTH = 630;

export default async function PlacePreviewImage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const place = getPlaces().features.find((f) => f.properties.id === id);
  const name = place?.properties.name ?? 'Unknown place';
  const map = place ? previewMap(place, MAP_WIDTH, size.height) : null;
  const articles = place?.properties.articleIds.length ?? 0;
  const mentions = place?.properties.mentionCount ?? 0;
  return new ImageResponse(
    (
      <div style={{ display: 'flex', width: '100%', height: '100%', background: '#fbfaf7', fontSize: 32 }}>
        <svg width={MAP_WIDTH} height={size.height} viewBox={`0 0 ${MAP_WIDTH} ${size.height}`} style={{ background: '#dfe9f0' }}>
          {map?.landPaths.map((d, i) => <path key={i} d={d} fill="#f4f1ea" stroke="#b9b2a4" strokeWidth={1} />)}
          {map?.placePath && <path d={map.placePath} fill="rgba(180,54,31,0.25)" stroke="#b4361f" strokeWidth={4} />}
          {map?.pin && <circle cx={map.pin[0]} cy={map.pin[1]} r={16} fill="#b4361f" stroke="#ffffff" strokeWidth={5} />}
        </svg>
        <div style={{ display: 'flex', flexDirection: 'column', justifyContent: 'center', padding: 48, flex: 1, color: '#1d232b' }}>
          <div style={{ fontSize: 28, color: '#5b6470', textTransform: 'uppercase', letterSpacing: 2 }}>
            {place?.properties.kind ?? ''}
          </div>
          <div style={{ fontSize: 72, fontWeight: 700, lineHeight: 1.1, marginTop: 8 }}>{name}</div>
          <div style={{ marginTop: 24, color: '#5b6470' }}>
            {`${mentions} mention${mentions === 1 ? '' : 's'} in ${articles} article${articles === 1 ? '' : 's'}`}
          </div>
          <div style={{ marginTop: 'auto', fontSize: 26, color: '#b4361f' }}>News geography</div>
        </div>
      </div>
    ),
    size,
  );
}
