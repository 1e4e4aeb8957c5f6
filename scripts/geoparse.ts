// Geoparse one text: `npm run --silent geoparse -- FILE` (or `-` for stdin) prints
// { "mentions": [{ start, end, text, placeId, name, kind, lon, lat }] } as pretty JSON.
// Offsets are JavaScript string (UTF-16) indices into the decoded text (line ends normalised to "\n").
// Exit codes: 0 ok, 2 bad usage or unreadable input, 1 anything else; errors are one line on stderr.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { loadParserSetup } from '../lib/ingest/loadParser';
import { decodeArticleBytes } from '../lib/text/decode';

const USAGE = 'usage: npm run --silent geoparse -- FILE   (FILE may be "-" for stdin)';

async function readInput(arg: string): Promise<Uint8Array> {
  // `npm run` starts scripts in the package root; relative paths mean the caller's directory (INIT_CWD).
  if (arg !== '-') return readFile(path.resolve(process.env.INIT_CWD || process.cwd(), arg));
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function main(): Promise<number> {
  const args = process.argv.slice(2).filter((a) => a !== '--');
  if (args.length !== 1 || args[0] === '-h' || args[0] === '--help') {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const source = args[0] === '-' ? 'stdin' : args[0];
  let bytes: Uint8Array;
  try {
    bytes = await readInput(args[0]);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (code ?? String(error));
    process.stderr.write(`geoparse: cannot read ${source}: ${why}\n`);
    return 2;
  }
  const decoded = decodeArticleBytes(bytes);
  if (!decoded.ok) {
    process.stderr.write(`geoparse: ${source}: ${decoded.reason}\n`);
    return 2;
  }
  const setup = await loadParserSetup({ log: (line) => process.stderr.write(`${line}\n`) });
  const mentions = setup.createParser().parse(decoded.text).map((m) => ({
    start: m.start, end: m.end, text: m.text, placeId: m.placeId, name: m.name, kind: m.kind, lon: m.lon, lat: m.lat,
  }));
  process.stdout.write(`${JSON.stringify({ mentions }, null, 2)}\n`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`geoparse: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
