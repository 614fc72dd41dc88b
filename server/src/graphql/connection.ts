import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { IsOptional, Max, MaxLength, Min } from 'class-validator';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { EntityClass, FilterQuery } from '@mikro-orm/core';
import { badInput } from './errors';

@ObjectType()
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { description: 'How many items, 1 to 100.' })
  @Min(1)
  @Max(100)
  first!: number;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  @IsOptional()
  @MaxLength(200)
  after?: string | null;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: PageInfo;
}

/** Builds `<Name>Connection` and `<Name>Edge` object types for a node type. */
export function ConnectionType<T extends object>(nodeType: ClassType<T>, name: string = nodeType.name) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => String)
    cursor!: string;

    @Field(() => nodeType)
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} items, newest first.` })
  class ConnectionClass implements Connection<T> {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => [nodeType], { description: 'The nodes of `edges`, for convenience.' })
    nodes!: T[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;
  }
  return ConnectionClass;
}

const encodeCursor = (id: string) => Buffer.from(`c:${id}`).toString('base64url');

/** The ID a cursor points after; BAD_USER_INPUT on `after` when it is not one of ours. */
export function decodeCursor(cursor: string): string {
  const decoded = Buffer.from(cursor, 'base64url').toString();
  if (!decoded.startsWith('c:') || decoded.length < 4) throw badInput('after', 'The cursor is not one this API gave out.');
  return decoded.slice(2);
}

/**
 * One page of rows matching `where`, newest first, keyed on the time-ordered ID (a keyset page:
 * as fast on page 1,000 as on page 1).
 */
export async function paginate<T extends { id: string }>(
  em: EntityManager,
  entity: EntityClass<T>,
  where: FilterQuery<T>,
  args: ConnectionArgs,
): Promise<Connection<T>> {
  const after = args.after ? decodeCursor(args.after) : undefined;
  const filter = (after ? { $and: [where, { id: { $lt: after } }] } : where) as FilterQuery<T>;
  const rows = await em.find(entity, filter, { orderBy: { id: 'desc' } as never, limit: args.first + 1 });
  return toConnection(rows, args.first);
}

/** A connection from up to `first + 1` rows, newest first (the extra row tells there is a next page). */
export function toConnection<T extends { id: string }>(rows: T[], first: number): Connection<T> {
  const page = rows.slice(0, first);
  const edges = page.map((node) => ({ cursor: encodeCursor(node.id), node }));
  return {
    edges,
    nodes: page,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
