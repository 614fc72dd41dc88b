import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { DateTimeISOResolver } from 'graphql-scalars';

/** ISO-8601 date-times (UTC) for every Date field. */
export const DateTime = DateTimeISOResolver;

const DIGITS = /^-?\d{1,19}$/;

function toMicros(value: unknown): bigint {
  if (typeof value === 'bigint') return value;
  if (typeof value === 'number' && Number.isSafeInteger(value)) return BigInt(value);
  if (typeof value === 'string' && DIGITS.test(value)) return BigInt(value);
  throw new GraphQLError('Micros must be a whole number of micro-units, as a string of digits (e.g. "2500000" for 2.50).', {
    extensions: { code: 'BAD_USER_INPUT' },
  });
}

/**
 * Money in integer micro-units of a currency (1 = 0.000001), sent as a string of digits so no
 * client loses precision (DESIGN.md rule 4: money is integers).
 */
export const Micros = new GraphQLScalarType<bigint, string>({
  name: 'Micros',
  description: 'An amount in integer micro-units of its currency (1,000,000 = 1.00), as a string of digits.',
  serialize: (value) => toMicros(value).toString(),
  parseValue: toMicros,
  parseLiteral: (ast) => {
    if (ast.kind === Kind.STRING || ast.kind === Kind.INT) return toMicros(ast.value);
    throw new GraphQLError('Micros must be a string of digits.', { extensions: { code: 'BAD_USER_INPUT' } });
  },
});
