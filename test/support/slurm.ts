import { existsSync, readFileSync } from 'node:fs';

export const SLURM_ENV_FILE = '/var/lib/headroom-slurm/env';

/** The local Slurm's connection (written by scripts/slurm/setup.sh); fails loudly when it is not set up. */
export function localSlurm(): { url: string; user: string; token: string; partition: string; gpuType: string; gpuCount: number } {
  if (!existsSync(SLURM_ENV_FILE)) {
    throw new Error(`${SLURM_ENV_FILE} is missing: run scripts/slurm/setup.sh (as root) to start the test Slurm`);
  }
  const env = Object.fromEntries(
    readFileSync(SLURM_ENV_FILE, 'utf8')
      .split('\n')
      .filter((line) => line.includes('='))
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1).trim()]),
  );
  return {
    url: env['SLURM_REST_URL']!,
    user: env['SLURM_REST_USER']!,
    token: env['SLURM_JWT']!,
    partition: env['SLURM_PARTITION'] ?? 'gpu',
    gpuType: env['SLURM_GPU_TYPE'] ?? 'h100',
    gpuCount: Number(env['SLURM_GPU_COUNT'] ?? 8),
  };
}
