'use client';
import { useSearchParams } from 'next/navigation';
import { createContext, useContext, useEffect, type ReactNode } from 'react';
import { articleFilterFrom } from '@/lib/url/routes';

const ArticleFilterContext = createContext<string | null>(null);

export function ArticleFilterProvider({ value, children }: { value: string | null; children: ReactNode }) {
  return <ArticleFilterContext.Provider value={value}>{children}</ArticleFilterContext.Provider>;
}

/** The `?article=` filter of the current URL (null until hydrated: prerendered HTML shows everything). */
export function useArticleFilter(): string | null {
  return useContext(ArticleFilterContext);
}

/**
 * Reads `?article=` and reports it up. It renders nothing and sits in its own Suspense boundary so that
 * reading search params does not turn the prerendered panel into client-only rendering.
 */
export function ArticleFilterReader({ onChange }: { onChange: (articleId: string | null) => void }) {
  const value = articleFilterFrom(useSearchParams().get('article'));
  useEffect(() => onChange(value), [value, onChange]);
  return null;
}
