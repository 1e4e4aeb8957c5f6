// Geoparser accuracy on bench/geoparse/labelled.jsonl, side by side with compromise's .places() as a
// recognition peer, plus throughput. Usage: npm run bench:geoparse
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { loadGazetteer } from '../../lib/gazetteer/load';
import { evaluate, parseLabelledSet, type EvaluationResult, type LabelledSentence, type PredictedSpan } from '../../lib/geoparse/evaluate';
import { createGeoparser } from '../../lib/geoparse/index';

const root = fileURLToPath(new URL('../..', import.meta.url));
const labelledFile = path.join(root, 'bench', 'geoparse', 'labelled.jsonl');
/** Written after the parser existed and never tuned on: the honest generalisation check. */
const heldOutFile = path.join(root, 'bench', 'geoparse', 'heldout.jsonl');

interface CompromiseOffset {
  offset: { start: number; length: number };
}

/** compromise's place spans, minus a trailing possessive or punctuation so that spans compare fairly. */
function compromisePlaces(text: string): PredictedSpan[] {
  const items = nlp(text).places().json({ offset: true }) as CompromiseOffset[];
  return items.map(({ offset }) => {
    let end = offset.start + offset.length;
    const span = text.slice(offset.start, end);
    const trimmed = span.replace(/(['’]s|['’])$/u, '').replace(/[\s.,;:!?)"”]+$/u, (m) => (m.startsWith('.') && /\b[A-Z]\.$/.test(span) ? m.slice(1) : '') || '');
    end = offset.start + trimmed.length;
    return { start: offset.start, end };
  });
}

const pct = (x: number | undefined) => (x === undefined ? 'n/a' : (100 * x).toFixed(1) + '%');

function main(): void {
  let sentences: LabelledSentence[];
  let heldOut: LabelledSentence[];
  try {
    sentences = parseLabelledSet(readFileSync(labelledFile, 'utf8'), labelledFile);
    heldOut = parseLabelledSet(readFileSync(heldOutFile, 'utf8'), heldOutFile);
  } catch (error) {
    console.error(`Cannot read a labelled set: ${(error as Error).message}`);
    process.exit(1);
  }
  let gazetteer;
  try {
    gazetteer = loadGazetteer();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
  const indexStart = performance.now();
  const geoparser = createGeoparser(gazetteer.records);
  const indexMs = performance.now() - indexStart;

  const ours = evaluate(sentences, (text) => geoparser.parse(text), gazetteer.shapes);
  const peer = evaluate(sentences, compromisePlaces);
  const oursHeldOut = evaluate(heldOut, (text) => geoparser.parse(text), gazetteer.shapes);
  const peerHeldOut = evaluate(heldOut, compromisePlaces);

  // Throughput on a synthetic ~4,000-character article built from the labelled sentences.
  let article = '';
  for (let i = 0; article.length < 4000; i++) article += sentences[i % sentences.length].text + ' ';
  article = article.slice(0, 4000);
  for (let i = 0; i < 20; i++) geoparser.parse(article); // warm-up
  // Best of five one-second rounds: the machine may be shared, and the best round is the closest to what
  // one free core does. CPU time is reported too (it includes the garbage collector's helper threads).
  let articlesPerSecond = 0;
  let articlesPerCpuSecond = 0;
  for (let round = 0; round < 5; round++) {
    let runs = 0;
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    while (performance.now() - started < 1000) {
      geoparser.parse(article);
      runs++;
    }
    const cpu = process.cpuUsage(cpuStarted);
    articlesPerSecond = Math.max(articlesPerSecond, runs / ((performance.now() - started) / 1000));
    articlesPerCpuSecond = Math.max(articlesPerCpuSecond, runs / ((cpu.user + cpu.system) / 1e6));
  }

  const count = (set: LabelledSentence[]) => `${set.length} sentences, ${set.reduce((n, s) => n + s.toponyms.length, 0)} gold toponyms`;
  console.log(`Labelled set: ${count(sentences)} (${path.relative(root, labelledFile)})`);
  console.log(`Held-out set: ${count(heldOut)} (${path.relative(root, heldOutFile)})`);
  console.log(`Gazetteer: ${gazetteer.records.length} records, name index built in ${indexMs.toFixed(0)} ms`);
  console.log('Labelled set errors:');
  printErrors(ours);
  console.log('Held-out set errors:');
  printErrors(oursHeldOut);
  console.log('');
  console.log('| Set | Recogniser | Precision | Recall | F1 | Overlap P | Overlap R | Overlap F1 | Resolved within 161 km |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  const rows = [
    ['labelled', 'lib/geoparse', ours],
    ['labelled', 'compromise .places()', peer],
    ['held-out', 'lib/geoparse', oursHeldOut],
    ['held-out', 'compromise .places()', peerHeldOut],
  ] as const;
  for (const [set, name, r] of rows) {
    console.log(
      `| ${set} | ${name} | ${pct(r.exact.precision)} | ${pct(r.exact.recall)} | ${pct(r.exact.f1)} | ${pct(r.overlap.precision)} | ${pct(r.overlap.recall)} | ${pct(r.overlap.f1)} | ${pct(r.resolvedWithin161Km)} |`,
    );
  }
  console.log('');
  console.log(
    `Throughput: ${articlesPerSecond.toFixed(0)} articles/s wall clock, ${articlesPerCpuSecond.toFixed(0)} articles per CPU second (synthetic 4,000-character article, single thread, best of 5 one-second rounds)`,
  );
}

function printErrors(result: EvaluationResult): void {
  for (const e of result.recognitionErrors) console.log(`  ${e.kind} ${e.id}: ${e.text}`);
  for (const e of result.resolutionErrors) console.log(`  misresolved ${e.id}: ${e.text} -> ${e.resolved} (gold ${e.gold}, ${e.km} km)`);
}

main();
