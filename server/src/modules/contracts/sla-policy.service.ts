import type { EntityManager } from '@mikro-orm/postgresql';
import { newId } from '../../lib/ids';
import { conflict } from '../../graphql/errors';
import { paginate, type ConnectionArgs } from '../../graphql/connection';
import { SlaPolicy } from './sla-policy.entity';
import { checkPolicyName, checkSlaTargets, type SlaTargetDraft } from './sla-policy.rules';
import { lockContractsKey } from './quota.service';

/** A page of SLA policies, newest first. */
export function listSlaPolicies(em: EntityManager, args: ConnectionArgs) {
  return paginate(em, SlaPolicy, {}, args);
}

/**
 * Refuses a policy name another policy has, ignoring case: CONFLICT on `input.name` naming the
 * policy that has it. Serialized per name until commit, so of two creations of one name the
 * second gets this answer rather than a bare unique-constraint violation.
 */
async function assertNameFree(em: EntityManager, name: string, exceptId?: string): Promise<void> {
  await lockContractsKey(em, `contracts:sla-policy-name:${name.toLowerCase()}`);
  const taken = await em.findOne(SlaPolicy, { name: { $ilike: name.replace(/[\\%_]/g, '\\$&') } });
  if (taken && taken.id !== exceptId) {
    throw conflict(`The SLA policy name "${name}" is taken by ${taken.id} (${taken.name}).`, {
      field: 'input.name',
      slaPolicyId: taken.id,
    });
  }
}

export interface SlaPolicyProps {
  name: string;
  targets: readonly SlaTargetDraft[];
}

/**
 * Creates an SLA policy in the caller's transaction. The name is trimmed and unique ignoring case
 * (CONFLICT on `input.name`); the targets follow {@link checkSlaTargets} (BAD_USER_INPUT naming
 * the field). Everything is checked before anything is written.
 */
export async function createSlaPolicy(em: EntityManager, props: SlaPolicyProps): Promise<SlaPolicy> {
  const name = checkPolicyName(props.name);
  const targets = checkSlaTargets(props.targets);
  await assertNameFree(em, name);
  const policy = em.create(SlaPolicy, { id: newId('slaPolicy'), name, targets });
  em.persist(policy);
  return policy;
}

export interface SlaPolicyChanges {
  name?: string;
  /** Replaces every target. */
  targets?: readonly SlaTargetDraft[];
}

/**
 * Renames a policy or replaces its targets, under the same rules as {@link createSlaPolicy}.
 * Contracts refer to a policy by ID, so a change applies to every contract naming it.
 */
export async function updateSlaPolicy(em: EntityManager, policy: SlaPolicy, changes: SlaPolicyChanges): Promise<SlaPolicy> {
  const name = changes.name !== undefined ? checkPolicyName(changes.name) : undefined;
  const targets = changes.targets !== undefined ? checkSlaTargets(changes.targets) : undefined;
  if (name !== undefined && name !== policy.name) await assertNameFree(em, name, policy.id);
  if (targets !== undefined && JSON.stringify(targets) !== JSON.stringify(policy.targets)) await assertNotInForce(em, policy);
  if (name !== undefined) policy.name = name;
  if (targets !== undefined) policy.targets = targets;
  return policy;
}

/**
 * Contract versions name their SLA policy; changing the targets of one an ACTIVE contract uses
 * would change an agreed contract behind its history. Make a new policy and amend the contracts.
 */
async function assertNotInForce(em: EntityManager, policy: SlaPolicy): Promise<void> {
  const rows = await em.execute<{ id: string }[]>(
    `select distinct c.id from contract_versions v join contracts c on c.id = v.contract_id
      where c.status = 'ACTIVE' and v.terms->>'slaPolicyId' = ? limit 10`,
    [policy.id],
  );
  if (rows.length) {
    throw conflict(
      `SLA policy ${policy.name} is part of active contracts (${rows.map((r) => r.id).join(', ')}): create a new policy and amend them instead.`,
      {
        field: 'input.targets',
        contracts: rows.map((r) => r.id),
      },
    );
  }
}
