import type { EntityManager } from '@mikro-orm/postgresql';
import type { SecretBox } from '../../lib/secret-box';
import { Organization } from '../../modules/tenancy/organization.entity';
import { Project } from '../../modules/tenancy/project.entity';
import { GpuType } from '../../modules/inventory/gpu-type.entity';
import { Region } from '../../modules/inventory/region.entity';
import { CapacityClass } from '../../modules/inventory/inventory.enums';
import { submitJob, submittedBySystem } from '../../modules/jobs/job-submit.service';

/**
 * A few jobs so the console has work to show: Acme's training inside its commitment, fine-tuning
 * on demand, Globex on spot, and the owner's own run. The workers admit and place them as soon as
 * they start; simulated time runs 60× faster in the demo, so they finish within minutes.
 */
export async function seedJobs(em: EntityManager, secrets: SecretBox): Promise<void> {
  const org = (slug: string) => em.findOneOrFail(Organization, { slug });
  const project = async (slug: string, organization: Organization) => em.findOneOrFail(Project, { slug, organization });
  const h100 = await em.findOneOrFail(GpuType, { code: 'H100-80GB' });
  const h200 = await em.findOneOrFail(GpuType, { code: 'H200-141GB' });
  const euWest = await em.findOneOrFail(Region, { code: 'eu-west' });
  const acme = await org('acme');
  const globex = await org('globex');
  const owner = await org('headroom');
  const runFor = (minutes: number) => [{ name: 'HEADROOM_SIM_RUN_SECONDS', value: String(minutes * 60) }];
  const jobs = [
    {
      organization: acme,
      project: await project('foundation-models', acme),
      name: 'llm-7b-pretrain',
      image: 'registry.acme.example/train/llm:2.4',
      command: ['torchrun', '--nnodes=2', 'train.py'],
      gpuTypeIds: [h100.id],
      gpusPerNode: 8,
      nodes: 2,
      regionIds: [euWest.id],
      capacityClass: CapacityClass.RESERVED,
      maxDurationSeconds: 12 * 3600,
      environment: runFor(600),
    },
    {
      organization: acme,
      project: await project('fine-tuning', acme),
      name: 'support-bot-lora',
      script: '#!/bin/bash\npython finetune.py --lora --epochs 3',
      gpuTypeIds: [h100.id, h200.id],
      gpusPerNode: 4,
      nodes: 1,
      capacityClass: CapacityClass.ON_DEMAND,
      maxDurationSeconds: 4 * 3600,
      environment: runFor(180),
    },
    {
      organization: globex,
      project: await project('protein-folding', globex),
      name: 'fold-batch-17',
      image: 'ghcr.io/globex/fold:1.9',
      command: ['fold', '--batch', '17'],
      gpuTypeIds: [h100.id],
      gpusPerNode: 8,
      nodes: 1,
      capacityClass: CapacityClass.SPOT,
      maxDurationSeconds: 6 * 3600,
      environment: runFor(300),
      requeueOnPreemption: true,
    },
    {
      organization: owner,
      project: await project('research-training', owner),
      name: 'research-ablation',
      script: '#!/bin/bash\npython ablate.py',
      gpuTypeIds: [h200.id],
      gpusPerNode: 8,
      nodes: 1,
      capacityClass: CapacityClass.INTERNAL,
      maxDurationSeconds: 24 * 3600,
      environment: runFor(900),
    },
  ];
  for (const { organization, project: p, ...job } of jobs) {
    await submitJob(
      em,
      secrets,
      {
        ...job,
        organizationId: organization.id,
        projectId: p.id,
        submittedBy: 'SYSTEM:demo-seed',
        idempotencyKey: `demo-${job.name}`,
      },
      submittedBySystem(em, 'demo-seed'),
    );
  }
}
