import type { MentionChartData } from '@/lib/corpus/pageData';

/**
 * A small bar chart of a place's mentions per article (SVG, no chart library needed for a few bars). A
 * place named in more articles than the chart has bars shows the articles that name it most.
 */
export function MentionChart({ chart: { rows, articleCount } }: { chart: MentionChartData }) {
  if (rows.length === 0) return null;
  const barHeight = 14;
  const gap = 6;
  const labelWidth = 150;
  const width = 360;
  const max = Math.max(...rows.map((r) => r.count));
  const height = rows.length * (barHeight + gap);
  const clip = (title: string) => (title.length > 26 ? `${title.slice(0, 25)}…` : title);
  return (
    <figure style={{ margin: '8px 0' }}>
      <svg
        className="chart"
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        role="img"
        aria-label={`Mentions per article: ${rows.map((r) => `${r.title}: ${r.count}`).join('; ')}`}
      >
        {rows.map((r, i) => {
          const y = i * (barHeight + gap);
          const w = Math.max(2, ((width - labelWidth - 30) * r.count) / max);
          return (
            <g key={r.articleId}>
              <text x={0} y={y + barHeight - 3}>
                {clip(r.title)}
              </text>
              <rect x={labelWidth} y={y} width={w} height={barHeight} rx={2} />
              <text x={labelWidth + w + 4} y={y + barHeight - 3}>
                {r.count}
              </text>
            </g>
          );
        })}
      </svg>
      {rows.length < articleCount && (
        <figcaption className="count">
          The {rows.length} articles that mention it most, of {articleCount}.
        </figcaption>
      )}
    </figure>
  );
}
