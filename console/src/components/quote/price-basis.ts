/** What a quoted amount was computed from, in words. */
export function priceBasisText(basis: string | null | undefined): string {
  switch (basis) {
    case 'COMMITTED_RATE':
      return 'Committed rate (inside a commitment)';
    case 'CONTRACT_DISCOUNT':
      return 'List price less the contract’s discount';
    case 'LIST':
      return 'List price (no discount applies)';
    default:
      return '—';
  }
}
