/**
 * Engines and Headroom name pools differently: a Slurm partition can mix GPU types, so Headroom
 * keeps one pool per partition × GPU type, named `<partition>-<gres type>`. The one place that
 * maps between the two names.
 */
export function poolNameFor(enginePool: string, engineGpuType: string): string {
  return `${enginePool}-${engineGpuType}`.slice(0, 80);
}

/** The engine's pool (Slurm partition) a Headroom pool runs work in. */
export function enginePoolOf(pool: { name: string; driverGpuType?: string | null }): string {
  const suffix = pool.driverGpuType ? `-${pool.driverGpuType}` : '';
  return suffix && pool.name.endsWith(suffix) ? pool.name.slice(0, -suffix.length) : pool.name;
}
