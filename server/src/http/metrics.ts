import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** The process's Prometheus registry and the metrics Headroom records. */
export const registry = new Registry();
collectDefaultMetrics({ register: registry });

export const httpRequests = new Counter({
  name: 'headroom_http_requests_total',
  help: 'HTTP requests by route, method and status.',
  labelNames: ['route', 'method', 'status'] as const,
  registers: [registry],
});

export const httpDuration = new Histogram({
  name: 'headroom_http_request_duration_seconds',
  help: 'HTTP request latency by route.',
  labelNames: ['route', 'method'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
  registers: [registry],
});

export const graphqlOperations = new Counter({
  name: 'headroom_graphql_operations_total',
  help: 'GraphQL operations by name, type and outcome (ok or the first error code).',
  labelNames: ['operation', 'type', 'outcome'] as const,
  registers: [registry],
});

export const queueDepth = new Gauge({
  name: 'headroom_queue_jobs',
  help: 'BullMQ jobs by queue and state, read when scraped.',
  labelNames: ['queue', 'state'] as const,
  registers: [registry],
});
