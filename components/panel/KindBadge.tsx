import type { PlaceKind } from '@/lib/types';

export function KindBadge({ kind }: { kind: PlaceKind }) {
  return <span className={`kind-badge kind-${kind}`}>{kind}</span>;
}
