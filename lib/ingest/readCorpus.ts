// Reading the article files of a corpus directory (Node fs). Every file that cannot be an article is
// reported with the reason instead of failing the run. The reads are synchronous: one process reads ten
// thousand small files one after the other, and a promise per call cost ten times the reading itself.
// Files an earlier run read and that have not changed since (the caller decides) are not read again.
import { closeSync, constants, fstatSync, openSync, readdirSync, readSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import type { SkippedFile } from '../types';
import { decodeArticleBytes } from '../text/decode';

export const ARTICLE_EXTENSIONS = ['.txt', '.md'] as const;
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

/** What identifies a file's version without reading it (see fileStates.ts). */
export interface FileState {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
}

export interface CorpusFile {
  fileName: string;
  state: FileState;
  /** Decoded text with "\n" line ends; absent when the file was not read because `unchanged` said it
   *  had not changed (readCorpusFile reads it later if needed). */
  text?: string;
}

export interface CorpusScan {
  /** Readable text files, in corpus order (file name, by UTF-16 code units). */
  files: CorpusFile[];
  skipped: SkippedFile[];
  /** Problems with the directory itself (missing, unreadable). */
  warnings: string[];
}

export interface ReadCorpusOptions {
  /** Files for which this says true are not read (their content is known from an earlier run). */
  unchanged?(fileName: string, state: FileState): boolean;
}

/** Hidden files (".gitkeep", ".DS_Store") are ignored silently; other non-articles are skipped with a reason. */
export async function readCorpus(dir: string, options: ReadCorpusOptions = {}): Promise<CorpusScan> {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (error) {
    return { files: [], skipped: [], warnings: [`articles directory ${dir} cannot be read (${errorCode(error)})`] };
  }
  names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const files: CorpusFile[] = [];
  const skipped: SkippedFile[] = [];
  for (const fileName of names) {
    if (fileName.startsWith('.')) continue;
    const file = path.join(dir, fileName);
    let stat;
    try {
      stat = statSync(file);
    } catch (error) {
      skipped.push({ fileName, reason: `cannot be read (${errorCode(error)})` });
      continue;
    }
    const state = stateOf(stat);
    const refusal = refusalOf(file, stat);
    if (refusal) skipped.push({ fileName, reason: refusal });
    else if (options.unchanged?.(fileName, state)) files.push({ fileName, state });
    else {
      const result = readArticleFile(file);
      if (result.ok) files.push({ fileName, state: result.state, text: result.text });
      else skipped.push({ fileName, reason: result.reason });
    }
  }
  return { files, skipped, warnings: [] };
}

/** Reads one article file of `dir` (one whose reading readCorpus skipped). */
export function readCorpusFile(dir: string, fileName: string): ReadResult {
  return readArticleFile(path.join(dir, fileName));
}

type ReadResult = { ok: true; text: string; state: FileState } | { ok: false; reason: string };

const stateOf = (stat: Stats): FileState => ({ size: stat.size, mtimeMs: stat.mtimeMs, ctimeMs: stat.ctimeMs, ino: stat.ino });

/** Why a file cannot be an article, from its name and status alone; undefined when it may be one. */
function refusalOf(file: string, info: Stats): string | undefined {
  if (!info.isFile()) return 'not a regular file';
  const ext = path.extname(file).toLowerCase();
  if (!(ARTICLE_EXTENSIONS as readonly string[]).includes(ext)) {
    return `unsupported extension "${ext || '(none)'}" (articles are ${ARTICLE_EXTENSIONS.join(' or ')} files)`;
  }
  if (info.size > MAX_ARTICLE_BYTES) return `too large (${(info.size / 1048576).toFixed(1)} MB; the limit is ${MAX_ARTICLE_BYTES / 1048576} MB)`;
  if (info.size === 0) return 'empty file';
  return undefined;
}

function readArticleFile(file: string): ReadResult {
  let fd: number | undefined;
  try {
    // Non-blocking, so that a file replaced by a named pipe since it was looked at is not waited on.
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
    const info = fstatSync(fd);
    const refusal = refusalOf(file, info);
    if (refusal) return { ok: false, reason: refusal };
    const bytes = Buffer.allocUnsafe(info.size);
    let length = 0;
    for (let n = -1; n !== 0 && length < bytes.length; length += n) n = readSync(fd, bytes, length, bytes.length - length, length);
    const decoded = decodeArticleBytes(bytes.subarray(0, length));
    // The state read with the content (fstat on the same descriptor) is the one that describes it.
    return decoded.ok ? { ...decoded, state: stateOf(info) } : decoded;
  } catch (error) {
    return { ok: false, reason: `cannot be read (${errorCode(error)})` };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function errorCode(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string') return error.code;
  return error instanceof Error ? error.message : String(error);
}
