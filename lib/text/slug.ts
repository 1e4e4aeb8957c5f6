// Article ids: URL slugs derived from file names, stable across runs and unique within a corpus.

/** "My Article (2).txt" -> "my-article-2"; "000_b95f.txt" -> "000_b95f". Keeps [a-z0-9_-]. */
export function slugFromFileName(fileName: string): string {
  const base = fileName.replace(/\.[^.]*$/, '');
  const slug = base
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-_]+|[-_]+$/g, '');
  return slug || 'article';
}

/** Slugs for file names in corpus order; a repeated slug gets "-2", "-3"... in that order. */
export function uniqueSlugs(fileNames: readonly string[]): string[] {
  const used = new Set<string>();
  return fileNames.map((name) => {
    const base = slugFromFileName(name);
    let slug = base;
    for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
    used.add(slug);
    return slug;
  });
}
