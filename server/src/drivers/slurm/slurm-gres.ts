/**
 * Slurm generic-resource (gres) strings as slurmrestd v0.0.38 reports them on nodes:
 * `gres: "gpu:h100:8(S:0-1)"`, `gres_used: "gpu:h100:3(IDX:0-2)"`, `gpu:8` (no type), several
 * entries comma-separated, and `N/A` / `(null)` / empty for none.
 */

/** The GPU type used for GPUs configured without one (`gpu:8`); submitted as a bare count. */
export const UNTYPED_GPU = 'untyped';

export interface GresEntry {
  /** The resource name, e.g. `gpu`, `mps`, `shard`. */
  name: string;
  /** The type, e.g. `h100`; null when the entry has none (`gpu:8`). */
  type: string | null;
  count: number;
}

/** A gres string Slurm should not produce; the driver reports it as a bad response. */
export class GresParseError extends Error {
  constructor(
    readonly input: string,
    reason: string,
  ) {
    super(`cannot parse Slurm gres "${input}": ${reason}`);
    this.name = 'GresParseError';
  }
}

const EMPTY = new Set(['', 'N/A', '(null)', 'none', '(none)']);
const COUNT = /^(\d+)([KMGT]?)$/i;
const MULTIPLIER: Record<string, number> = { '': 1, K: 1024, M: 1024 ** 2, G: 1024 ** 3, T: 1024 ** 4 };
// Words Slurm may put between type and count that are neither (gres.conf `Flags=`).
const FLAGS = new Set(['no_consume']);

/**
 * Parses a gres string into its entries; annotations in parentheses (`IDX:0-2`, `S:0-1`) are
 * dropped. Throws {@link GresParseError} on anything that is not `name[:type][:count][(…)]`.
 */
export function parseGres(input: string | null | undefined): GresEntry[] {
  const text = (input ?? '').trim();
  if (EMPTY.has(text)) return [];
  return splitTopLevel(text, input ?? '').map((part) => parseEntry(part, input ?? ''));
}

/** GPUs per type in a gres string (`gpu` entries only; {@link UNTYPED_GPU} for `gpu:8`). */
export function gpusByType(input: string | null | undefined): Map<string, number> {
  const byType = new Map<string, number>();
  for (const entry of parseGres(input)) {
    if (entry.name !== 'gpu') continue;
    const type = entry.type ?? UNTYPED_GPU;
    byType.set(type, (byType.get(type) ?? 0) + entry.count);
  }
  return byType;
}

/**
 * GPUs in use per configured type, from a node's `gres` and `gres_used`. Never more than the
 * node has of a type; a used count without a type is charged to every type of the node, since
 * over-counting use can only under-sell, while under-counting could oversell.
 */
export function allocatedGpusByType(gres: string | null | undefined, gresUsed: string | null | undefined): Map<string, number> {
  const total = gpusByType(gres);
  const used = gpusByType(gresUsed);
  const untypedUse = used.get(UNTYPED_GPU) ?? 0;
  const allocated = new Map<string, number>();
  for (const [type, count] of total) {
    const direct = used.get(type) ?? 0;
    const charged = type === UNTYPED_GPU ? direct : direct + untypedUse;
    allocated.set(type, Math.min(count, charged));
  }
  return allocated;
}

function parseEntry(entry: string, input: string): GresEntry {
  const bare = entry.replace(/\(.*\)$/, '').trim();
  if (bare === '' || bare.includes('(') || bare.includes(')')) throw new GresParseError(input, `malformed entry "${entry}"`);
  const parts = bare.split(':').filter((p) => !FLAGS.has(p.toLowerCase()));
  const name = parts[0];
  if (name === undefined || !/^[A-Za-z][\w.-]*$/.test(name)) throw new GresParseError(input, `bad name in "${entry}"`);
  const rest = parts.slice(1);
  const last = rest[rest.length - 1];
  const countMatch = last === undefined ? null : COUNT.exec(last);
  // `gpu` and `gpu:h100` without a count mean one, as in Slurm's own --gres syntax.
  const count = countMatch ? Number(countMatch[1]) * (MULTIPLIER[(countMatch[2] ?? '').toUpperCase()] ?? 1) : 1;
  const typeParts = countMatch ? rest.slice(0, -1) : rest;
  if (typeParts.length > 1) throw new GresParseError(input, `too many fields in "${entry}"`);
  const type = typeParts[0] ?? null;
  if (type !== null && !/^[\w.-]+$/.test(type)) throw new GresParseError(input, `bad type in "${entry}"`);
  return { name, type, count };
}

/** Splits on commas outside parentheses: `gpu:a:2(IDX:0,3),gpu:b:1` has two entries. */
function splitTopLevel(text: string, input: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')') {
      depth--;
      if (depth < 0) throw new GresParseError(input, 'unbalanced parentheses');
    } else if (c === ',' && depth === 0) {
      parts.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  if (depth !== 0) throw new GresParseError(input, 'unbalanced parentheses');
  parts.push(text.slice(start).trim());
  return parts;
}
