// Hostile articles: markup in an article is ingested as text and rendered as text, so nothing in it runs.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArticleText } from '../components/panel/ArticleText';
import { HighlightedText } from '../components/panel/HighlightedText';
import { runIngest } from '../lib/ingest/runIngest';
import type { ArticleDocument, PlaceExcerpts } from '../lib/types';
import { miniParserSetup } from '../tests/fixtures/miniGazetteer';
import { launchBrowser } from './browser';

const HOSTILE = [
  '---',
  'title: Strelsau <script>window.__xss = "title"</script>',
  'url: javascript:window.__xss="url"',
  '---',
  '<p>Troops reached Strelsau.<script>window.__xss = "script"</script></p>',
  '<p>An image <img src="x" onerror="window.__xss = \'img\'"> near the Zenda region.</p>',
  'Escaped markup stays visible in Ruritania: &lt;script&gt;window.__xss = "entity"&lt;/script&gt; and &lt;img src=x onerror=alert(1)&gt;.',
  'A [link to Borduria](javascript:window.__xss="link") in Markdown form.',
].join('\n');

let browser: Browser;
let work = '';
let article: ArticleDocument;
let excerpts: PlaceExcerpts;
let warnings: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  work = mkdtempSync(path.join(tmpdir(), 'xss-'));
  const articles = path.join(work, 'articles');
  const generated = path.join(work, 'generated');
  await import('node:fs').then((fs) => fs.mkdirSync(articles));
  writeFileSync(path.join(articles, 'hostile.md'), HOSTILE);
  warnings = [];
  await runIngest({ articlesDir: articles, generatedDir: generated, loadParser: async () => miniParserSetup(), info: () => {}, warn: (l) => warnings.push(l) });
  article = JSON.parse(readFileSync(path.join(generated, 'articles', 'hostile.json'), 'utf8')) as ArticleDocument;
  excerpts = JSON.parse(readFileSync(path.join(generated, 'excerpts', 'ruritania.json'), 'utf8')) as PlaceExcerpts;
});

afterAll(async () => {
  await browser?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('a hostile article', () => {
  it('is ingested with a warning, its markup removed or kept as plain text and its javascript: URL dropped', () => {
    expect(warnings.join('\n')).toMatch(/hostile\.md/);
    expect(article.url).toBeUndefined();
    // Real tags are gone; markup that was written escaped (&lt;script&gt;) is now plain text.
    expect(article.text).not.toContain('window.__xss = "script"');
    expect(article.text).not.toContain('<img src="x"');
    expect(article.text).toContain('<script>window.__xss = "entity"</script>');
    expect(article.mentions.map((m) => m.placeId)).toEqual(expect.arrayContaining(['strelsau', 'zenda-oblast', 'ruritania']));
  });

  it('renders as escaped text in a real browser, and nothing in it runs', async () => {
    const body =
      `<h1>${renderToStaticMarkup(createElement('span', null, article.title))}</h1>` +
      renderToStaticMarkup(createElement(ArticleText, { article })) +
      excerpts.excerpts.map((e) => `<p class="excerpt">${renderToStaticMarkup(createElement(HighlightedText, { text: e.text, highlights: e.highlights }))}</p>`).join('');
    expect(body).toContain('&lt;script&gt;');
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.setContent(`<!doctype html><html><body>${body}</body></html>`);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss ?? null)).toBeNull();
    expect(dialogs).toEqual([]);
    expect(await page.locator('script, img, [onerror]').count()).toBe(0);
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    expect(await page.locator('.article-text').textContent()).toContain('<script>window.__xss = "entity"</script>');
    expect(await page.locator('.excerpt mark').first().textContent()).toBe('Ruritania');
    await page.close();
  });

  it('the app renders no article text through dangerouslySetInnerHTML', async () => {
    const { execSync } = await import('node:child_process');
    const hits = execSync('grep -rln "dangerouslySetInnerHTML" app components lib || true', { encoding: 'utf8' }).trim();
    expect(hits).toBe('');
  });
});
