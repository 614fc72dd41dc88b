import type { Server } from 'node:http';
import type { GraphQLSchema } from 'graphql';
import { WebSocketServer } from 'ws';
import { useServer } from 'graphql-ws/use/ws';
import type { AppDeps } from '../app-deps';
import type { Context } from './context';
import type { JobEventStream } from '../modules/jobs/job-event-stream';
import { authenticate } from './auth/authenticate';
import { ANONYMOUS } from './auth/principal';
import { Loaders } from './loaders';
import { formatError } from './format-error';
import { newId } from '../lib/ids';

/**
 * A browser sends cookies on a cross-site WebSocket too, so a cookie session counts only when
 * the page that opened the socket is this site (same host); anything else must send a bearer
 * token in the connection parameters.
 */
function sameSite(origin: string | undefined, host: string | undefined): boolean {
  if (!origin) return true;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/**
 * GraphQL subscriptions over graphql-ws at the GraphQL path. Each connection authenticates once
 * (a bearer token in `connectionParams.authorization`, or the session cookie from this site);
 * a refused credential closes the connection with 4401.
 */
export function attachSubscriptions(server: Server, schema: GraphQLSchema, deps: AppDeps, jobEvents: JobEventStream): () => Promise<void> {
  const wss = new WebSocketServer({ server, path: '/graphql' });
  const handle = useServer<Record<string, unknown>, { request: import('node:http').IncomingMessage; principal?: Context['principal'] }>(
    {
      schema,
      onConnect: async (ctx) => {
        const em = deps.orm.em.fork();
        const authorization =
          typeof ctx.connectionParams?.['authorization'] === 'string' ? ctx.connectionParams['authorization'] : undefined;
        const headers = ctx.extra.request.headers;
        const cookie = sameSite(headers.origin, headers.host) ? headers.cookie : undefined;
        try {
          ctx.extra.principal = await authenticate(em, { authorization, cookie });
        } catch {
          return false;
        }
        return true;
      },
      context: (ctx): Context => {
        const em = deps.orm.em.fork();
        const requestId = newId('request');
        return {
          requestId,
          em,
          principal: ctx.extra.principal ?? ANONYMOUS,
          loaders: new Loaders(em),
          audit: {},
          http: {
            ip: ctx.extra.request.socket.remoteAddress,
            userAgent: ctx.extra.request.headers['user-agent'],
            setCookie: () => undefined,
          },
          deps,
          log: deps.log.child({ requestId }),
          jobEvents,
        };
      },
      onError: (_ctx, _id, _payload, errors) => errors.map((e) => formatError(e, e)) as never,
    },
    wss,
  );
  return async () => {
    await handle.dispose();
    await new Promise<void>((done) => wss.close(() => done()));
  };
}
