import { checkAllClusters, checkClustersJob, driverFor } from '@headroom/server';
import { defineHandler } from '../handler';

/** Every 30 s: each cluster's health (and Slurm inventory), recorded on the cluster. */
export const checkClustersHandler = defineHandler(checkClustersJob, async (_payload, { em, deps, log }) => {
  const results = await checkAllClusters(em, (tx, cluster) => driverFor(tx, cluster, deps.secrets));
  const unhealthy = results.filter((r) => r.health !== 'HEALTHY');
  if (unhealthy.length) log.warn({ unhealthy }, 'clusters not healthy');
  return results;
});
