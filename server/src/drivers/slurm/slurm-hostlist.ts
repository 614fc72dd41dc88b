/**
 * Slurm hostlist expressions, as in a partition's `nodes`: `node[01-04],gpu7`,
 * `rack[1-2]-n[1,3]`. Pure; unit-tested without a Slurm.
 */

/** A hostlist Slurm should not produce; the driver reports it as a bad response. */
export class HostlistParseError extends Error {
  constructor(
    readonly input: string,
    reason: string,
  ) {
    super(`cannot parse Slurm hostlist "${input}": ${reason}`);
    this.name = 'HostlistParseError';
  }
}

// A typo like `n[1-99999999]` must not exhaust memory.
const MAX_HOSTS = 100_000;

/**
 * Expands a hostlist expression to host names in order, duplicates dropped. Ranges keep the
 * zero-padding of their lower bound (`[08-10]` → 08, 09, 10), as Slurm does.
 */
export function expandHostlist(expression: string | null | undefined): string[] {
  const text = (expression ?? '').trim();
  if (text === '' || text === '(null)') return [];
  const hosts = new Set<string>();
  for (const item of splitOutsideBrackets(text, expression ?? '')) {
    if (item === '') continue;
    for (const host of expandItem(item, expression ?? '')) {
      hosts.add(host);
      if (hosts.size > MAX_HOSTS) throw new HostlistParseError(text, `more than ${MAX_HOSTS} hosts`);
    }
  }
  return [...hosts];
}

function expandItem(item: string, input: string): string[] {
  const open = item.indexOf('[');
  if (open === -1) {
    if (item.includes(']')) throw new HostlistParseError(input, `unbalanced "]" in "${item}"`);
    return [item];
  }
  const close = item.indexOf(']', open);
  if (close === -1) throw new HostlistParseError(input, `unbalanced "[" in "${item}"`);
  const prefix = item.slice(0, open);
  const values = expandRanges(item.slice(open + 1, close), input);
  const tails = expandItem(item.slice(close + 1), input);
  if (values.length * tails.length > MAX_HOSTS) throw new HostlistParseError(input, `more than ${MAX_HOSTS} hosts`);
  return values.flatMap((value) => tails.map((tail) => `${prefix}${value}${tail}`));
}

function expandRanges(body: string, input: string): string[] {
  const values: string[] = [];
  for (const part of body.split(',')) {
    const match = /^(\d+)(?:-(\d+))?$/.exec(part.trim());
    if (!match || match[1] === undefined) throw new HostlistParseError(input, `bad range "${part}"`);
    const lowText = match[1];
    const low = Number(lowText);
    const high = match[2] === undefined ? low : Number(match[2]);
    if (high < low) throw new HostlistParseError(input, `descending range "${part}"`);
    if (high - low + values.length >= MAX_HOSTS) throw new HostlistParseError(input, `more than ${MAX_HOSTS} hosts`);
    const width = lowText.length > 1 && lowText.startsWith('0') ? lowText.length : 0;
    for (let n = low; n <= high; n++) values.push(String(n).padStart(width, '0'));
  }
  return values;
}

function splitOutsideBrackets(text: string, input: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '[') depth++;
    else if (c === ']') depth--;
    else if (c === ',' && depth === 0) {
      items.push(text.slice(start, i).trim());
      start = i + 1;
    }
    if (depth < 0 || depth > 1) throw new HostlistParseError(input, 'unbalanced or nested brackets');
  }
  if (depth !== 0) throw new HostlistParseError(input, 'unbalanced brackets');
  items.push(text.slice(start).trim());
  return items;
}
