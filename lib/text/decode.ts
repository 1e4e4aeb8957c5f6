// Turning the bytes of an article file into text, refusing what is not UTF-8 text.

export type DecodeResult = { ok: true; text: string } | { ok: false; reason: string };

/** Strict UTF-8 decoding: NUL bytes mean a binary file; invalid sequences mean another encoding.
 *  A byte-order mark is dropped and line ends are normalised to "\n". */
export function decodeArticleBytes(bytes: Uint8Array): DecodeResult {
  if (bytes.includes(0)) return { ok: false, reason: 'binary file (contains NUL bytes)' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { ok: false, reason: 'not valid UTF-8 text (save it as UTF-8)' };
  }
  return { ok: true, text: text.replace(/\r\n?/g, '\n') };
}
