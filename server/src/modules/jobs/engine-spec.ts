import type { DriverJobSpec } from '../../drivers/driver';
import { enginePoolOf } from '../inventory/engine-pool-name';
import type { Job } from './job.entity';
import type { NodePool } from '../inventory/node-pool.entity';
import type { GpuType } from '../inventory/gpu-type.entity';

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/**
 * The script an engine runs: the job's own script, or its container image started with Slurm's
 * container support (pyxis: `srun --container-image`) and its command as arguments.
 */
export function engineScript(job: Pick<Job, 'script' | 'image' | 'command'>): string {
  if (job.script) return job.script;
  const args = job.command.map(quote).join(' ');
  return `#!/bin/bash\nexec srun --container-image=${quote(job.image ?? '')}${args ? ` ${args}` : ''}\n`;
}

/** What the driver is asked to run for the job's current attempt. */
export function engineSpec(job: Job, pool: NodePool, gpuType: GpuType, environment: Record<string, string>): DriverJobSpec {
  return {
    marker: job.marker,
    displayName: job.name,
    pool: enginePoolOf(pool),
    gpuType: pool.driverGpuType ?? gpuType.code,
    gpusPerNode: job.gpusPerNode,
    nodes: job.nodeCount,
    cpuMilliPerNode: job.cpuMilliPerNode ?? null,
    memoryMibPerNode: job.memoryMibPerNode ?? null,
    script: engineScript(job),
    environment: { ...environment, HEADROOM_JOB_ID: job.id, HEADROOM_ATTEMPT: String(job.attempt) },
    maxDurationSeconds: job.maxDurationSeconds,
  };
}
