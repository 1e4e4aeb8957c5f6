// Cache of the gazetteer's part of each place feature (name, kind, point, box, neighbours, serialised shape
// at each level of detail), so that a run whose articles are all cached needs no gazetteer: loading it
// costs half a second. Keyed by the parser version (which covers the gazetteer data); grows with the
// places the corpus has named. One line per place, "<id>\t<properties JSON>\t<geometry JSON>\t..." (one
// geometry per level, finest first), so that shapes are never parsed again.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { PlaceStatic } from './buildOutputs';

const FILE = 'places.tsv';

export class PlaceCache {
  private added = false;

  private constructor(private readonly dir: string, private readonly version: string, private readonly lines: Map<string, string>) {}

  /** An unreadable file or one of another version is an empty cache. */
  static open(dir: string, version: string): PlaceCache {
    const lines = new Map<string, string>();
    let text = '';
    try {
      text = readFileSync(path.join(dir, FILE), 'utf8');
    } catch {
      // no cache yet
    }
    const [header, ...rest] = text.split('\n');
    if (header === `version\t${version}`) {
      for (const line of rest) if (line !== '') lines.set(line.slice(0, line.indexOf('\t')), line);
    }
    return new PlaceCache(dir, version, lines);
  }

  /** Undefined when absent or unreadable. */
  get(id: string): PlaceStatic | undefined {
    const line = this.lines.get(id);
    if (line === undefined) return undefined;
    const [, properties, ...geometryJson] = line.split('\t');
    try {
      const place = JSON.parse(properties) as Omit<PlaceStatic, 'geometryJson'>;
      if (typeof place?.name !== 'string' || !Array.isArray(place.bbox)) return undefined;
      if (geometryJson.length === 0 || !geometryJson.every((json) => json.startsWith('{"type":'))) return undefined;
      return { ...place, geometryJson };
    } catch {
      return undefined;
    }
  }

  set(id: string, place: PlaceStatic): void {
    const { geometryJson, ...properties } = place;
    this.lines.set(id, [id, JSON.stringify(properties), ...geometryJson].join('\t'));
    this.added = true;
  }

  /** Writes the file when places were added (replaced whole, by a rename). */
  save(): void {
    if (!this.added) return;
    mkdirSync(this.dir, { recursive: true });
    const file = path.join(this.dir, FILE);
    const temporary = `${file}.${process.pid}.tmp`;
    const body = [...this.lines].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, line]) => `${line}\n`).join('');
    writeFileSync(temporary, `version\t${this.version}\n${body}`);
    renameSync(temporary, file);
    this.added = false;
  }
}
