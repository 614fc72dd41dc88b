/**
 * Reads Alibaba's openb GPU cluster trace ("Beware of Fragmentation", ATC'23): its node list and
 * pod lists, as CSV files with a header row and no quoted fields.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The repository's root: test/bench/support → ../../.. */
const REPO_ROOT = resolve(__dirname, '../../..');

/** The trace folder: `TRACE_DIR`, or the shared copy beside the repository, relative paths from the repository's root. */
export function traceDir(): string {
  return resolve(REPO_ROOT, process.env['TRACE_DIR'] ?? '../shared/data/traces/alibaba-openb');
}

export interface TraceNode {
  id: string;
  gpus: number;
  cpuMilli: number;
  memoryMib: number;
  model: string;
}

export interface TracePod {
  name: string;
  /** Whole GPUs on one node: the trace's num_gpu, a share of one GPU (gpu_milli < 1000) counted as a whole one. */
  gpus: number;
  /** The pod asked for a share of one GPU, counted here as a whole one. */
  fractional: boolean;
  cpuMilli: number;
  memoryMib: number;
  /** Seconds from creation to deletion, when the list gives both times (openb_pod_list_default.csv does; multigpu50 does not). */
  durationSeconds?: number;
}

/** The machines with at least one GPU. */
export function loadNodes(dir: string, file = 'openb_node_list_gpu_node.csv'): TraceNode[] {
  return readCsv(dir, file, ['sn', 'cpu_milli', 'memory_mib', 'gpu'])
    .map((r) => ({
      id: r.get('sn') as string,
      gpus: int(r, 'gpu'),
      cpuMilli: int(r, 'cpu_milli'),
      memoryMib: int(r, 'memory_mib'),
      model: r.get('model') ?? '',
    }))
    .filter((n) => n.gpus >= 1);
}

/** The pods that ask for at least one GPU, in the trace's order. */
export function loadPods(dir: string, file = 'openb_pod_list_default.csv'): TracePod[] {
  return readCsv(dir, file, ['name', 'cpu_milli', 'memory_mib', 'num_gpu', 'gpu_milli'])
    .map((r) => {
      const gpus = int(r, 'num_gpu');
      const fractional = gpus === 1 && int(r, 'gpu_milli') < 1000;
      const pod: TracePod = {
        name: r.get('name') as string,
        gpus,
        fractional,
        cpuMilli: int(r, 'cpu_milli'),
        memoryMib: int(r, 'memory_mib'),
      };
      if (r.has('creation_time') && r.has('deletion_time')) {
        const duration = int(r, 'deletion_time') - int(r, 'creation_time');
        if (duration < 0) throw new Error(`pod ${pod.name} is deleted before it is created`);
        pod.durationSeconds = duration;
      }
      return pod;
    })
    .filter((p) => p.gpus >= 1);
}

function readCsv(dir: string, file: string, required: string[]): Map<string, string>[] {
  const path = join(dir, file);
  if (!existsSync(path)) throw new Error(`${path} not found: set TRACE_DIR to the folder of the openb trace`);
  const [header, ...lines] = readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '');
  const columns = (header ?? '').split(',');
  const missing = required.filter((c) => !columns.includes(c));
  if (missing.length > 0) throw new Error(`${path} lacks the column(s) ${missing.join(', ')}`);
  return lines.map((line, i) => {
    if (line.includes('"')) throw new Error(`${path}:${i + 2}: quoted fields are not supported`);
    const values = line.split(',');
    return new Map(columns.map((c, j) => [c, values[j] ?? '']));
  });
}

function int(row: Map<string, string>, column: string): number {
  const text = row.get(column) ?? '';
  const value = Number(text);
  if (text === '' || !Number.isInteger(value)) throw new Error(`column ${column}: "${text}" is not a whole number`);
  return value;
}
