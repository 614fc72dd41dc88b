import { Field, ID, InterfaceType } from 'type-graphql';

/** Anything with a global ID, fetchable through `node(id:)`. */
@InterfaceType({ description: 'An object with a globally unique, prefixed ID (org_…, prj_…).' })
export abstract class Node {
  @Field(() => ID)
  id!: string;
}
