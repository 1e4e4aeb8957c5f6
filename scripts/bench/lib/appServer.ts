// The production app for a benchmark: BASE_URL when given, otherwise `next start` on a free port of the
// current build (run `npx next build` first; the benchmark never builds).
import { startNextServer, type ServerProcess } from '../../lib/serverProcess';

export { freePort } from '../../lib/serverProcess';

export function startApp(root: string): Promise<ServerProcess> {
  const given = process.env.BASE_URL;
  if (given) return Promise.resolve({ baseURL: given.replace(/\/$/, ''), pid: null, stop: async () => {} });
  return startNextServer(root);
}
