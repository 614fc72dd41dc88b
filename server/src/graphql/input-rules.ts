import { Matches } from 'class-validator';

/** A slug: lower-case letters, digits and dashes, 1–63 characters, no dash at either end (URL- and DNS-safe). */
export const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** Validates a slug-shaped field (organization and project slugs, cluster and pool names). */
export const IsSlug = (field: string) =>
  Matches(SLUG_PATTERN, {
    message: `${field}: lower-case letters, digits and dashes, 1–63 characters, not starting or ending with a dash`,
  });
