import { freePort } from '../../support/ports';
import { cpuSecondsOf, processEnv, startProcess, stopProcess, waitForHttp } from './processes';

export interface ApiServer {
  url: string;
  /** CPU seconds (user + system) the server process has used so far; NaN where /proc is missing. */
  cpuSeconds: () => number;
  stop: () => Promise<void>;
}

/** The compiled API server (`server/dist/main.js`) alone, on its own port and database; no workers. */
export async function startApiServer(databaseUrl: string): Promise<ApiServer> {
  const port = await freePort();
  const child = startProcess('server/dist/main.js', processEnv(databaseUrl, port));
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(`${url}/readyz`);
  } catch (error) {
    await stopProcess(child);
    throw error;
  }
  const cpuSeconds = () => cpuSecondsOf(child.pid);
  return { url, cpuSeconds, stop: () => stopProcess(child) };
}

/** The p-th percentile of ascending numbers (nearest rank). */
export const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
