import type { ServerResponse } from 'node:http';
import type { Context } from '../graphql/context';
import { AppError, badInput } from '../graphql/errors';
import { findInvoice } from '../modules/billing/invoice.resolver';
import { InvoiceLine } from '../modules/billing/invoice-line.entity';
import { invoiceCsv, invoiceJson } from '../modules/billing/invoice-export';
import { reportFilterFor } from '../modules/metering/usage.resolver';
import { usageReport, UsageGranularity } from '../modules/metering/usage-report.service';
import { usageCsv } from '../modules/metering/usage-csv';

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, BAD_USER_INPUT: 400 };

function send(res: ServerResponse, type: string, body: string, filename: string) {
  res.writeHead(200, {
    'content-type': type,
    'content-disposition': `attachment; filename="${filename}"`,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(body);
}

function date(params: URLSearchParams, name: string): Date {
  const value = params.get(name);
  const parsed = value ? new Date(value) : new Date(NaN);
  if (Number.isNaN(parsed.getTime())) throw badInput(name, `${name} must be an ISO-8601 time (got "${(value ?? '').slice(0, 40)}").`);
  return parsed;
}

async function exportUsage(ctx: Context, params: URLSearchParams, res: ServerResponse) {
  const granularity = (params.get('granularity') ?? UsageGranularity.DAY) as UsageGranularity;
  if (!Object.values(UsageGranularity).includes(granularity)) throw badInput('granularity', 'granularity is HOUR, DAY or MONTH.');
  const filter = await reportFilterFor(ctx, {
    organizationId: params.get('organizationId') ?? '',
    from: date(params, 'from'),
    to: date(params, 'to'),
    projectId: params.get('projectId'),
    granularity,
  });
  const rows = await usageReport(ctx.em, filter);
  send(res, 'text/csv; charset=utf-8', usageCsv(rows), `usage-${filter.organizationId}.csv`);
}

async function exportInvoice(ctx: Context, id: string, format: string, res: ServerResponse) {
  const invoice = await findInvoice(ctx, id);
  const lines = await ctx.em.find(InvoiceLine, { invoice: invoice.id }, { orderBy: { position: 'asc' } });
  const name = invoice.number ?? invoice.id;
  if (format === 'json') send(res, 'application/json; charset=utf-8', JSON.stringify(invoiceJson(invoice, lines), null, 2), `${name}.json`);
  else send(res, 'text/csv; charset=utf-8', invoiceCsv(invoice, lines), `${name}.csv`);
}

/**
 * Downloads, with the caller's cookie or bearer credential and the same access rules as the
 * GraphQL API: `/exports/usage.csv?organizationId&from&to[&projectId][&granularity]` and
 * `/exports/invoices/<id>.json|csv`. Refusals are JSON with the GraphQL error code.
 */
export async function serveExport(ctx: Context, url: URL, res: ServerResponse): Promise<void> {
  try {
    if (ctx.principal.kind === 'anonymous') throw new AppError('UNAUTHENTICATED', 'Sign in, or send a valid API key.');
    if (url.pathname === '/exports/usage.csv') return await exportUsage(ctx, url.searchParams, res);
    const invoice = /^\/exports\/invoices\/([a-z]+_[0-9a-z]+)\.(json|csv)$/.exec(url.pathname);
    if (invoice) return await exportInvoice(ctx, invoice[1]!, invoice[2]!, res);
    throw new AppError('NOT_FOUND', 'No such export.');
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    res.writeHead(STATUS[error.code] ?? 400, { 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify({ errors: [{ message: error.message, extensions: error.extensions }] }));
  }
}
