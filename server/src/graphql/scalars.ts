import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { DateTimeISOResolver } from 'graphql-scalars';

/** ISO-8601 date-times (UTC) for every Date field. */
export const DateTime = DateTimeISOResolver;

const DIGITS = /^-?\d{1,19}$/;

function wholeNumber(name: string, example: string) {
  return (value: unknown): bigint => {
    if (typeof value === 'bigint') return value;
    if (typeof value === 'number' && Number.isSafeInteger(value)) return BigInt(value);
    if (typeof value === 'string' && DIGITS.test(value)) return BigInt(value);
    throw new GraphQLError(`${name} must be a whole number, as a string of digits (e.g. ${example}).`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  };
}

function wholeNumberScalar(name: string, description: string, example: string) {
  const parse = wholeNumber(name, example);
  return new GraphQLScalarType<bigint, string>({
    name,
    description,
    serialize: (value) => parse(value).toString(),
    parseValue: parse,
    parseLiteral: (ast) => {
      if (ast.kind === Kind.STRING || ast.kind === Kind.INT) return parse(ast.value);
      throw new GraphQLError(`${name} must be a string of digits.`, { extensions: { code: 'BAD_USER_INPUT' } });
    },
  });
}

/**
 * Money in integer micro-units of a currency (1 = 0.000001), sent as a string of digits so no
 * client loses precision (DESIGN.md rule 4: money is integers).
 */
export const Micros = wholeNumberScalar(
  'Micros',
  'An amount in integer micro-units of its currency (1,000,000 = 1.00), as a string of digits.',
  '"2500000" for 2.50',
);

/** A count too large for a 32-bit Int (GPU-seconds, tokens), as a string of digits. */
export const Quantity = wholeNumberScalar('Quantity', 'A whole-number quantity (GPU-seconds, tokens), as a string of digits.', '"3600"');
