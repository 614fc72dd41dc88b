import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApolloServer, HeaderMap, type HTTPGraphQLResponse } from '@apollo/server';
import type { AppDeps } from './app-deps';
import type { Context } from './graphql/context';
import { schema } from './graphql/schema';
import { formatError } from './graphql/format-error';
import { queryLimitsRule } from './graphql/limits';
import { authenticate } from './graphql/auth/authenticate';
import { Loaders } from './graphql/loaders';
import { newId } from './lib/ids';
import { requestScope } from './lib/request-scope';
import { graphqlOperations, httpDuration, httpRequests, registry } from './http/metrics';
import { observeQueueDepths, type Queues } from './jobs/queues';
import type { Server } from 'node:http';
import { attachSubscriptions } from './graphql/subscriptions';
import { JobEventStream } from './modules/jobs/job-event-stream';
import { serveExport } from './http/exports';
import { GraphQLError } from 'graphql';

export interface AppOptions {
  /** Where the built console is; served with a single-page-app fallback. */
  consoleDir?: string;
  /** For queue depths on /metrics. */
  queues?: Queues;
}

export interface App {
  handle(req: IncomingMessage, res: ServerResponse): void;
  /** Serves subscriptions (graphql-ws) on the server's GraphQL path. */
  attach(server: Server): void;
  stop(): Promise<void>;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

const requestError = (message: string, code: string) => ({ errors: [{ message, extensions: { code } }] });

class BodyTooLarge extends Error {}

async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new BodyTooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

/**
 * The HTTP application: GraphQL at /graphql, /livez, /readyz, /metrics, and the console. Does not
 * listen: main.ts (or a test) owns the socket.
 */
export async function createApp(deps: AppDeps, options: AppOptions = {}): Promise<App> {
  const { env } = deps;
  const builtSchema = await schema();
  const jobEvents = new JobEventStream(deps.orm, deps.log);
  await jobEvents.start();
  const detach: (() => Promise<void>)[] = [];
  const apollo = new ApolloServer<Context>({
    schema: builtSchema,
    csrfPrevention: true,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    parseOptions: { maxTokens: env.GRAPHQL_MAX_TOKENS },
    validationRules: [
      queryLimitsRule({ maxDepth: env.GRAPHQL_MAX_DEPTH, maxAliases: env.GRAPHQL_MAX_ALIASES, maxCost: env.GRAPHQL_MAX_COST }),
    ],
    formatError,
    plugins: [
      {
        async requestDidStart() {
          return {
            async willSendResponse({ operation, operationName, response }) {
              const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
              const outcome = errors?.length ? String(errors[0]?.extensions?.['code'] ?? 'ERROR') : 'ok';
              graphqlOperations.inc({ operation: operationName ?? 'anonymous', type: operation?.operation ?? 'unknown', outcome });
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  /** One request's context: its own EntityManager fork and the caller, from the bearer credential or the cookie. */
  async function requestContext(req: IncomingMessage, requestId: string, cookies: string[] = []): Promise<Context> {
    const em = deps.orm.em.fork();
    return {
      requestId,
      em,
      principal: await authenticate(em, { authorization: req.headers.authorization, cookie: req.headers.cookie }),
      loaders: new Loaders(em),
      audit: {},
      http: {
        ip: req.socket.remoteAddress,
        userAgent: req.headers['user-agent'],
        setCookie: (cookie) => cookies.push(cookie),
      },
      deps,
      log: deps.log.child({ requestId }),
      jobEvents,
    };
  }

  async function exports(req: IncomingMessage, res: ServerResponse, requestId: string, url: URL) {
    if (req.method !== 'GET') return sendJson(res, 405, requestError('Exports are read with GET.', 'METHOD_NOT_ALLOWED'), { allow: 'GET' });
    let ctx: Context;
    try {
      ctx = await requestContext(req, requestId);
    } catch (error) {
      if (error instanceof GraphQLError) return sendJson(res, 401, { errors: [{ message: error.message, extensions: error.extensions }] });
      throw error;
    }
    return serveExport(ctx, url, res);
  }

  async function graphql(req: IncomingMessage, res: ServerResponse, requestId: string, url: URL) {
    let body: unknown;
    if (req.method === 'POST') {
      let text: string;
      try {
        text = await readBody(req, env.BODY_LIMIT_BYTES);
      } catch (error) {
        if (error instanceof BodyTooLarge) {
          return sendJson(res, 413, requestError(`The request body is larger than ${env.BODY_LIMIT_BYTES} bytes.`, 'PAYLOAD_TOO_LARGE'));
        }
        throw error;
      }
      const type = req.headers['content-type'] ?? '';
      if (type.startsWith('application/json')) {
        try {
          body = JSON.parse(text);
        } catch {
          return sendJson(res, 400, requestError('The request body is not valid JSON.', 'BAD_REQUEST'));
        }
      } else {
        body = text;
      }
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const cookies: string[] = [];
    const result: HTTPGraphQLResponse = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
      context: () => requestContext(req, requestId, cookies),
    });
    for (const [key, value] of result.headers) res.setHeader(key, value);
    if (cookies.length) res.setHeader('set-cookie', cookies);
    res.statusCode = result.status ?? 200;
    if (result.body.kind === 'complete') {
      res.end(result.body.string);
    } else {
      for await (const chunk of result.body.asyncIterator) res.write(chunk);
      res.end();
    }
  }

  async function ready(res: ServerResponse) {
    const checks: Record<string, string> = {};
    try {
      await deps.orm.em.getConnection().execute('select 1');
      checks['postgres'] = 'ok';
    } catch (error) {
      checks['postgres'] = String((error as Error).message);
    }
    try {
      checks['redis'] = (await deps.redis.ping()) === 'PONG' ? 'ok' : 'unexpected reply';
    } catch (error) {
      checks['redis'] = String((error as Error).message);
    }
    const ok = Object.values(checks).every((v) => v === 'ok');
    sendJson(res, ok ? 200 : 503, { status: ok ? 'ready' : 'not ready', checks });
  }

  async function metrics(res: ServerResponse) {
    if (options.queues)
      await observeQueueDepths(options.queues).catch((error) => deps.log.warn({ err: error }, 'queue depths unavailable'));
    res.writeHead(200, { 'content-type': registry.contentType });
    res.end(await registry.metrics());
  }

  const consoleRoot = options.consoleDir ? resolve(options.consoleDir) : undefined;
  function serveConsole(url: URL, res: ServerResponse) {
    if (!consoleRoot || !existsSync(join(consoleRoot, 'index.html'))) {
      return sendJson(res, 404, { error: 'Not found. The console is not built: run `npm run build`.' });
    }
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      return sendJson(res, 400, { error: 'The path is not valid percent-encoding.' });
    }
    const wanted = normalize(join(consoleRoot, path));
    const inside = wanted.startsWith(consoleRoot + sep);
    const isFile = inside && existsSync(wanted) && statSync(wanted).isFile();
    // A missing file under /assets/ is a 404 (a stale bundle must not get index.html as script);
    // any other path is a page of the single-page app.
    if (!isFile && path.startsWith('/assets/')) return sendJson(res, 404, { error: 'Not found.' });
    const file = isFile ? wanted : join(consoleRoot, 'index.html');
    const immutable = file.startsWith(join(consoleRoot, 'assets') + sep);
    res.writeHead(200, {
      'content-type': MIME[extname(file)] ?? 'application/octet-stream',
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      'x-content-type-options': 'nosniff',
    });
    createReadStream(file).pipe(res);
  }

  function routeOf(path: string): string {
    if (path === '/graphql' || path === '/livez' || path === '/readyz' || path === '/metrics') return path;
    if (path.startsWith('/exports/')) return '/exports';
    return 'console';
  }

  function handle(req: IncomingMessage, res: ServerResponse) {
    const started = process.hrtime.bigint();
    const incoming = req.headers['x-request-id'];
    const requestId = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : newId('request');
    const url = new URL(req.url ?? '/', 'http://localhost');
    const route = routeOf(url.pathname);
    const log = deps.log.child({ requestId });
    res.setHeader('x-request-id', requestId);
    res.on('finish', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      httpRequests.inc({ route, method: req.method ?? 'GET', status: String(res.statusCode) });
      httpDuration.observe({ route, method: req.method ?? 'GET' }, seconds);
      if (route !== '/livez' && route !== '/metrics') {
        log.info({ method: req.method, path: url.pathname, status: res.statusCode, ms: Math.round(seconds * 1000) }, 'request');
      }
    });
    requestScope.run({ requestId, log }, () => {
      const work = (() => {
        switch (route) {
          case '/graphql':
            return graphql(req, res, requestId, url);
          case '/exports':
            return exports(req, res, requestId, url);
          case '/livez':
            return Promise.resolve(sendJson(res, 200, { status: 'ok' }));
          case '/readyz':
            return ready(res);
          case '/metrics':
            return metrics(res);
          default:
            return Promise.resolve(serveConsole(url, res));
        }
      })();
      work.catch((error: unknown) => {
        log.error({ err: error }, 'request failed');
        if (!res.headersSent)
          sendJson(res, 500, requestError(`Internal error. Quote request id ${requestId} to support.`, 'INTERNAL_SERVER_ERROR'));
        else res.end();
      });
    });
  }

  return {
    handle,
    attach: (server) => detach.push(attachSubscriptions(server, builtSchema, deps, jobEvents)),
    stop: async () => {
      await Promise.all(detach.map((d) => d()));
      await apollo.stop();
      await jobEvents.stop();
    },
  };
}
