/**
 * Replay with departures: pods arrive over time (Monte Carlo draws from the trace's pod list,
 * Poisson arrivals), each runs for its own trace duration once placed and then leaves, and pods
 * that cannot start at once wait. Arrivals come faster than the cluster can serve them, so it
 * saturates and stays saturated; what is measured is the share of the cluster's GPUs allocated,
 * averaged over time in that saturated window. Fragmentation shows here when the holes work leaves
 * behind cannot take the work that waits.
 */
import { nodeFits, type FreeNode, type GangAsk } from '../../../server/src/scheduler/node-placement';
import type { TraceNode, TracePod } from './openb-trace';
import { askOf, freeNodes, give, take, type ReplayPolicy } from './saturation-replay';

/** How waiting pods are retried when work leaves. */
export type Discipline =
  /** First come, first served: the oldest waiting pod starts first, and nothing passes it. */
  | 'fifo'
  /** Headroom's scheduler pass: every waiting pod is tried, oldest first, and any that fits starts (later ones may pass earlier ones). */
  | 'retry';

export interface TimedArrival {
  /** Seconds from the start of the replay. */
  at: number;
  pod: TracePod;
  ask: GangAsk;
}

/**
 * `count` pods drawn uniformly with replacement from `pods` (which must have durations), arriving
 * as a Poisson process with `meanGapSeconds` between arrivals on average; `next` is the generator.
 */
export function poissonArrivals(
  pods: readonly TracePod[],
  next: () => number,
  count: number,
  meanGapSeconds: number,
  respectCpuMemory: boolean,
): TimedArrival[] {
  const out: TimedArrival[] = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    at += -Math.log(1 - next()) * meanGapSeconds;
    const pod = pods[Math.floor(next() * pods.length)] as TracePod;
    if (pod.durationSeconds === undefined)
      throw new Error(`pod ${pod.name} has no duration: use a pod list with creation and deletion times`);
    out.push({ at, pod, ask: askOf(pod, respectCpuMemory) });
  }
  return out;
}

/**
 * The saturated window of an arrival stream, the same for every policy: from when the GPUs of the
 * pods that have arrived and would still be running, had each started on arrival, first reach the
 * cluster's GPUs, to the last arrival. Null when they never do.
 */
export function saturatedWindow(arrivals: readonly TimedArrival[], totalGpus: number): [number, number] | null {
  const events: [number, number][] = [];
  for (const a of arrivals) {
    events.push([a.at, a.pod.gpus]);
    events.push([a.at + (a.pod.durationSeconds as number), -a.pod.gpus]);
  }
  events.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  let running = 0;
  for (const [at, change] of events) {
    running += change;
    if (running >= totalGpus) return [at, (arrivals[arrivals.length - 1] as TimedArrival).at];
  }
  return null;
}

export interface DepartureOutcome {
  totalGpus: number;
  /** GPUs allocated × seconds over the window, over (window length × total GPUs). */
  windowShare: number;
  /** GPUs allocated when the first pod could not start on arrival. */
  firstRefusalGpus: number;
  placed: number;
  /** Pods still waiting at the end of the window. */
  waiting: number;
}

/** A binary min-heap of departures by time. */
class Departures {
  private readonly at: number[] = [];
  private readonly what: { node: number; ask: GangAsk }[] = [];

  get size(): number {
    return this.at.length;
  }

  next(): number {
    return this.at.length ? (this.at[0] as number) : Infinity;
  }

  push(at: number, node: number, ask: GangAsk): void {
    this.at.push(at);
    this.what.push({ node, ask });
    let i = this.at.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if ((this.at[parent] as number) <= at) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  pop(): { node: number; ask: GangAsk } {
    const top = this.what[0] as { node: number; ask: GangAsk };
    const lastAt = this.at.pop() as number;
    const lastWhat = this.what.pop() as { node: number; ask: GangAsk };
    if (this.at.length) {
      this.at[0] = lastAt;
      this.what[0] = lastWhat;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < this.at.length && (this.at[l] as number) < (this.at[m] as number)) m = l;
        if (r < this.at.length && (this.at[r] as number) < (this.at[m] as number)) m = r;
        if (m === i) break;
        this.swap(i, m);
        i = m;
      }
    }
    return top;
  }

  private swap(i: number, j: number): void {
    [this.at[i], this.at[j]] = [this.at[j] as number, this.at[i] as number];
    [this.what[i], this.what[j]] = [this.what[j]!, this.what[i]!];
  }
}

/** Replays the arrivals with departures until the end of `window`; checks every placement keeps the rules. */
export function replayWithDepartures(
  cluster: readonly TraceNode[],
  arrivals: readonly TimedArrival[],
  policy: ReplayPolicy,
  options: { discipline: Discipline; respectCpuMemory: boolean; window: [number, number] },
): DepartureOutcome {
  const { discipline, respectCpuMemory, window } = options;
  const [from, to] = window;
  const nodes = freeNodes(cluster, respectCpuMemory);
  const indexOf = new Map(nodes.map((n, i) => [n.id, i]));
  const totalGpus = nodes.reduce((sum, n) => sum + n.gpus, 0);
  const departures = new Departures();
  const waiting: TimedArrival[] = []; // FIFO
  const waitingByShape = new Map<string, TimedArrival[]>(); // retry
  let waitingCount = 0;
  let head = 0; // FIFO: waiting[head] is the oldest still waiting
  let headTried = false; // FIFO: the oldest has been offered every node since it became the oldest
  let allocated = 0;
  let area = 0;
  let clock = 0;
  let placed = 0;
  let firstRefusalGpus = -1;

  const advance = (until: number) => {
    const a = Math.max(clock, from);
    const b = Math.min(until, to);
    if (b > a) area += allocated * (b - a);
    clock = until;
  };
  const tryStart = (arrival: TimedArrival, now: number): boolean => {
    // Fewer GPUs free in the whole cluster than asked: no node fits, so every policy would say no (saves the call).
    if (totalGpus - allocated < arrival.ask.gpusPerNode) return false;
    const picked = policy(nodes, arrival.ask);
    if (!picked) return false;
    if (picked.length !== 1) throw new Error(`the policy picked ${picked.length} nodes for a 1-node ask`);
    const i = indexOf.get(picked[0] as string) ?? -1;
    take(nodes[i], arrival.ask);
    allocated += arrival.pod.gpus;
    placed++;
    departures.push(now + (arrival.pod.durationSeconds as number), i, arrival.ask);
    return true;
  };
  /** After work left `freed`: only that node has more room than when the waiting pods were last tried. */
  const startWaiting = (freed: number, now: number) => {
    const node = nodes[freed] as FreeNode;
    if (discipline === 'fifo') {
      while (head < waiting.length) {
        const oldest = waiting[head] as TimedArrival;
        if (headTried && !nodeFits(node, oldest.ask)) return;
        if (!tryStart(oldest, now)) {
          headTried = true;
          return;
        }
        head++;
        headTried = false;
      }
      waiting.length = 0;
      head = 0;
      return;
    }
    // Retry: the waiting pods that fit the freed node, oldest first, until none does. Kept by shape,
    // each shape's pods oldest first, so only the oldest of each shape needs looking at.
    for (;;) {
      let oldest: TimedArrival[] | null = null;
      for (const queue of waitingByShape.values()) {
        const first = queue[0];
        if (first && nodeFits(node, first.ask) && (!oldest || first.at < (oldest[0] as TimedArrival).at)) oldest = queue;
      }
      if (!oldest || !tryStart(oldest[0] as TimedArrival, now)) return;
      oldest.shift();
      waitingCount--;
    }
  };
  const wait = (arrival: TimedArrival) => {
    if (discipline === 'fifo') {
      waiting.push(arrival);
      return;
    }
    const key = `${arrival.ask.gpusPerNode}/${arrival.ask.cpuMilliPerNode ?? 0}/${arrival.ask.memoryMibPerNode ?? 0}`;
    const queue = waitingByShape.get(key);
    if (queue) queue.push(arrival);
    else waitingByShape.set(key, [arrival]);
    waitingCount++;
  };

  let next = 0;
  for (;;) {
    const arrivalAt = next < arrivals.length ? (arrivals[next] as TimedArrival).at : Infinity;
    const now = Math.min(arrivalAt, departures.next());
    if (now > to || now === Infinity) break;
    advance(now);
    if (departures.next() <= arrivalAt) {
      const { node, ask } = departures.pop();
      give(nodes[node] as FreeNode, ask);
      allocated -= ask.gpusPerNode;
      startWaiting(node, now);
      continue;
    }
    const arrival = arrivals[next++] as TimedArrival;
    policy.observe?.(arrival.ask);
    const queued = discipline === 'fifo' && head < waiting.length;
    if (queued || !tryStart(arrival, now)) {
      if (firstRefusalGpus < 0) firstRefusalGpus = allocated;
      wait(arrival);
      if (discipline === 'fifo' && !queued) headTried = true;
    }
  }
  advance(to);
  return {
    totalGpus,
    windowShare: area / ((to - from) * totalGpus),
    firstRefusalGpus: firstRefusalGpus < 0 ? allocated : firstRefusalGpus,
    placed,
    waiting: discipline === 'fifo' ? waiting.length - head : waitingCount,
  };
}
