import { createServer, type Server } from 'node:http';
import type { App } from '../app';

/** Serves the app on host:port; resolves once listening. */
export function listen(app: App, host: string, port: number): Promise<Server> {
  const server = createServer((req, res) => app.handle(req, res));
  server.keepAliveTimeout = 65_000;
  app.attach(server);
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => done(server));
  });
}

/** Stops accepting connections and waits for in-flight requests to finish. */
export function close(server: Server): Promise<void> {
  return new Promise((done, fail) => {
    server.close((error) => (error ? fail(error) : done()));
    server.closeIdleConnections();
  });
}

/** The URL a person opens for a listening server. */
export function urlOf(server: Server, publicUrl?: string): string {
  if (publicUrl) return publicUrl.replace(/\/$/, '');
  const address = server.address();
  if (!address || typeof address === 'string') return String(address);
  const host = address.address === '0.0.0.0' || address.address === '::' ? 'localhost' : address.address;
  return `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
}
