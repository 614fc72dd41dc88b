import type { EntityManager } from '@mikro-orm/postgresql';
import type { SecretBox } from '../lib/secret-box';
import type { ClusterDriver } from './driver';
import { DriverError } from './driver';
import { SimulatedDriver } from './simulated/simulated-driver';
import { SlurmDriver } from './slurm/slurm-driver';
import type { Cluster } from '../modules/inventory/cluster.entity';
import { DriverKind } from '../modules/inventory/inventory.enums';
import { simulatedSettingsSchema, slurmSecretsSchema, slurmSettingsSchema } from '../modules/inventory/cluster-settings';

/**
 * The driver for a cluster, built from its settings and its sealed credentials. The cluster must
 * have been loaded with `secretsCiphertext` (a lazy property) for Slurm.
 */
export function driverFor(em: EntityManager, cluster: Cluster, secrets: SecretBox): ClusterDriver {
  switch (cluster.driver) {
    case DriverKind.SIMULATED:
      return new SimulatedDriver(em, cluster.id, simulatedSettingsSchema.parse(cluster.settings));
    case DriverKind.SLURM: {
      const settings = slurmSettingsSchema.parse(cluster.settings);
      if (!cluster.secretsCiphertext) throw new DriverError('AUTH', `Cluster ${cluster.name} has no Slurm token.`);
      const { token } = slurmSecretsSchema.parse(JSON.parse(secrets.open(cluster.secretsCiphertext)));
      return new SlurmDriver({
        url: settings.endpoint,
        user: settings.user,
        token: () => token,
        partitions: settings.partitions.length ? settings.partitions : undefined,
        timeoutMs: settings.timeoutMs,
      });
    }
  }
}
