import { DateTimeISOResolver } from 'graphql-scalars';

/** ISO-8601 date-times (UTC) for every Date field. */
export const DateTime = DateTimeISOResolver;
