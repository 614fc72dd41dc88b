// TEMPORARY: replaced by the helper's implementation.
export interface FreeNode {
  id: string;
  gpus: number;
  freeGpus: number;
}
export interface GangAsk {
  gpusPerNode: number;
  nodes: number;
}
export type NodePolicy = (nodes: readonly FreeNode[], ask: GangAsk) => string[] | null;
export const bestFit: NodePolicy = (nodes, ask) => {
  const fit = nodes.filter((n) => n.freeGpus >= ask.gpusPerNode).sort((a, b) => a.freeGpus - b.freeGpus);
  return fit.length >= ask.nodes ? fit.slice(0, ask.nodes).map((n) => n.id) : null;
};
export const headroomFit = bestFit;
