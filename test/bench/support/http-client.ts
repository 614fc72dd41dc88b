import { Agent, request } from 'node:http';

/**
 * A load generator's HTTP client: JSON POSTs over at most `sockets` kept-alive connections. Lighter
 * than `fetch` on the same cores as the system under test, so more of them go to Headroom.
 */
export function keepAliveClient(sockets: number) {
  const agent = new Agent({ keepAlive: true, maxSockets: sockets });
  return {
    postJson(url: string, body: string, headers: Record<string, string> = {}): Promise<unknown> {
      return new Promise((resolve, reject) => {
        const req = request(
          url,
          { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers } },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (chunk: Buffer) => chunks.push(chunk));
            res.on('end', () => {
              try {
                resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
              } catch (error) {
                reject(new Error(`HTTP ${res.statusCode}: not JSON (${String(error)})`));
              }
            });
            res.on('error', reject);
          },
        );
        req.on('error', reject);
        req.end(body);
      });
    },
    close: () => agent.destroy(),
  };
}
