'use client';
// The panel's links. Next prefetches every <Link> that scrolls into view; on a phone those prefetches
// (route payloads and their chunks) would share the slow link with the map library and the basemap, so
// the dashboard holds them back until its map has drawn. A link the reader points at, focuses or touches
// before then is prefetched at once, as Next would have done.
import Link, { useLinkStatus } from 'next/link';
import { createContext, useContext, useState, type ComponentProps } from 'react';

/** Whether panel links may prefetch as they come into view (outside the dashboard: always). */
const ViewportPrefetch = createContext(true);
export const ViewportPrefetchProvider = ViewportPrefetch.Provider;

type PanelLinkProps = Omit<ComponentProps<typeof Link>, 'prefetch'> & {
  /** Also called on pointer, focus and touch intent (e.g. to warm data the link's page will ask for). */
  onIntent?: () => void;
};

/** Shown while the link's page is on its way (one that was not prefetched waits for the network). */
function PendingMark() {
  const { pending } = useLinkStatus();
  return pending ? <span className="link-pending" aria-hidden="true" /> : null;
}

export function PanelLink({ onIntent, onMouseEnter, onFocus, onTouchStart, children, ...props }: PanelLinkProps) {
  const viewport = useContext(ViewportPrefetch);
  const [wanted, setWanted] = useState(false);
  const intent = () => {
    setWanted(true);
    onIntent?.();
  };
  return (
    <Link
      {...props}
      // null: Next's default (in view or on intent); false: none until the reader shows intent.
      prefetch={viewport || wanted ? null : false}
      onMouseEnter={(event) => {
        intent();
        onMouseEnter?.(event);
      }}
      onFocus={(event) => {
        intent();
        onFocus?.(event);
      }}
      onTouchStart={(event) => {
        intent();
        onTouchStart?.(event);
      }}
    >
      {children}
      <PendingMark />
    </Link>
  );
}
