// The project root, found from this file's location rather than the working directory, so that the
// gazetteer builds and stamps the same from any cwd (Node only).
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));
