// Reading the article files of a corpus directory (Node fs). Every file that cannot be an article is
// reported with the reason instead of failing the run. The reads are synchronous: one process reads ten
// thousand small files one after the other, and a promise per call cost ten times the reading itself.
import { closeSync, constants, fstatSync, openSync, readdirSync, readSync } from 'node:fs';
import path from 'node:path';
import type { SkippedFile } from '../types';
import { decodeArticleBytes } from '../text/decode';

export const ARTICLE_EXTENSIONS = ['.txt', '.md'] as const;
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

export interface CorpusFile {
  fileName: string;
  /** Decoded text with "\n" line ends. */
  text: string;
}

export interface CorpusScan {
  /** Readable text files, in corpus order (file name, by UTF-16 code units). */
  files: CorpusFile[];
  skipped: SkippedFile[];
  /** Problems with the directory itself (missing, unreadable). */
  warnings: string[];
}

/** Hidden files (".gitkeep", ".DS_Store") are ignored silently; other non-articles are skipped with a reason. */
export async function readCorpus(dir: string): Promise<CorpusScan> {
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
    const result = readArticleFile(path.join(dir, fileName));
    if (result.ok) files.push({ fileName, text: result.text });
    else skipped.push({ fileName, reason: result.reason });
  }
  return { files, skipped, warnings: [] };
}

function readArticleFile(file: string): { ok: true; text: string } | { ok: false; reason: string } {
  let fd: number | undefined;
  try {
    // One open, fstat and read per file (a stat, then a read by name, cost a fifth more). Non-blocking, so
    // that a named pipe among the articles is reported rather than waited on.
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
    const info = fstatSync(fd);
    if (!info.isFile()) return { ok: false, reason: 'not a regular file' };
    const ext = path.extname(file).toLowerCase();
    if (!(ARTICLE_EXTENSIONS as readonly string[]).includes(ext)) {
      return { ok: false, reason: `unsupported extension "${ext || '(none)'}" (articles are ${ARTICLE_EXTENSIONS.join(' or ')} files)` };
    }
    if (info.size > MAX_ARTICLE_BYTES) {
      return { ok: false, reason: `too large (${(info.size / 1048576).toFixed(1)} MB; the limit is ${MAX_ARTICLE_BYTES / 1048576} MB)` };
    }
    if (info.size === 0) return { ok: false, reason: 'empty file' };
    const bytes = Buffer.allocUnsafe(info.size);
    let length = 0;
    for (let n = -1; n !== 0 && length < bytes.length; length += n) n = readSync(fd, bytes, length, bytes.length - length, length);
    return decodeArticleBytes(bytes.subarray(0, length));
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
