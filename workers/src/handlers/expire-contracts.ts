import { expireContracts, expireContractsJob } from '@headroom/server';
import { defineHandler } from '../handler';

/** Every 5 minutes: contracts past their end become EXPIRED and free their commitments' capacity. */
export const expireContractsHandler = defineHandler(expireContractsJob, async (_payload, { em, log }) => {
  const expired = await em.transactional((tx) => expireContracts(tx));
  if (expired) log.info({ expired }, 'contracts expired');
  return { expired };
});
