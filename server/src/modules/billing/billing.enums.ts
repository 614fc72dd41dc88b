import { registerEnumType } from 'type-graphql';

export enum InvoiceStatus {
  /** The month is open: kept current as usage arrives. */
  DRAFT = 'DRAFT',
  /** Issued at period close; never edited again. */
  FINALIZED = 'FINALIZED',
  /** Withdrawn; its replacement names it. */
  VOID = 'VOID',
}

export enum InvoiceLineKind {
  /** A commitment's committed amount for the month, used or not. */
  COMMITMENT = 'COMMITMENT',
  /** RESERVED GPU time inside a commitment (paid by the commitment line; shown for utilization). */
  RESERVED = 'RESERVED',
  ON_DEMAND = 'ON_DEMAND',
  SPOT = 'SPOT',
  /** Tokens of one model. */
  TOKENS = 'TOKENS',
  /** Usage of an earlier, finalized month that arrived late. */
  ADJUSTMENT = 'ADJUSTMENT',
  /** A credit owed under an SLA (negative). */
  SLA_CREDIT = 'SLA_CREDIT',
}

registerEnumType(InvoiceStatus, { name: 'InvoiceStatus' });
registerEnumType(InvoiceLineKind, { name: 'InvoiceLineKind' });
