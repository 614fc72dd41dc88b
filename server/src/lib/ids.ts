import { randomBytes } from 'node:crypto';

/** Every ID prefix in the system, one place: the prefix says what the ID names. */
export const ID_PREFIXES = {
  organization: 'org',
  project: 'prj',
  user: 'usr',
  membership: 'mem',
  session: 'ses',
  apiKey: 'key',
  auditEvent: 'aud',
  outbox: 'obx',
  request: 'req',
  region: 'reg',
  cluster: 'cls',
  gpuType: 'gpu',
  nodePool: 'npl',
  node: 'nod',
  reservation: 'rsv',
  allocation: 'alc',
  model: 'mdl',
  gpuPrice: 'gpr',
  modelPrice: 'mpr',
  contract: 'ctr',
  contractVersion: 'cvr',
  commitment: 'cmt',
  slaPolicy: 'sla',
  quota: 'quo',
  job: 'job',
  jobEvent: 'jev',
  usageEvent: 'use',
  invoice: 'inv',
  invoiceLine: 'inl',
  spendAlert: 'spa',
  simulatedRun: 'sim',
  engineStop: 'stp',
} as const;

export type IdKind = keyof typeof ID_PREFIXES;
export type IdPrefix = (typeof ID_PREFIXES)[IdKind];

// Crockford base32, lower case: no i, l, o, u; sorts the same as the numbers it encodes.
const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

function encodeBase32(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out;
}

const RANDOM_MAX = (1n << 80n) - 1n;
let lastTime = 0;
let lastRandom = 0n;

/**
 * A new opaque, prefixed, time-ordered ID such as `org_01jdx4…`: 48 bits of milliseconds then
 * 80 random bits, so IDs sort by creation time and keyset pagination can page on the ID alone.
 * Within one process they are also strictly increasing: an ID made in the same millisecond as
 * the previous one (or when the clock steps back) takes the previous random part plus one, so
 * events written together keep their order.
 */
export function newId(kind: IdKind, at?: number): string {
  // An explicit time (tests, backfills) gives an ID of that time, outside the process's sequence.
  if (at !== undefined) return encodeId(kind, at, BigInt(`0x${randomBytes(10).toString('hex')}`));
  let time = Date.now();
  let random: bigint;
  if (time <= lastTime && lastRandom < RANDOM_MAX) {
    time = lastTime;
    random = lastRandom + 1n;
  } else {
    if (time <= lastTime) time = lastTime + 1;
    random = BigInt(`0x${randomBytes(10).toString('hex')}`) >> 1n; // room to count up within the millisecond
  }
  lastTime = time;
  lastRandom = random;
  return encodeId(kind, time, random);
}

function encodeId(kind: IdKind, time: number, random: bigint): string {
  const bytes = new Uint8Array(16);
  let t = time;
  for (let i = 5; i >= 0; i--) {
    bytes[i] = t % 256;
    t = Math.floor(t / 256);
  }
  let r = random;
  for (let i = 15; i >= 6; i--) {
    bytes[i] = Number(r & 0xffn);
    r >>= 8n;
  }
  return `${ID_PREFIXES[kind]}_${encodeBase32(bytes)}`;
}

const ID_PATTERN = /^([a-z]{3})_([0-9a-hjkmnp-tv-z]{26})$/;

/** The kind an ID names, or undefined when it is not one of ours. */
export function idKind(id: string): IdKind | undefined {
  const match = ID_PATTERN.exec(id);
  if (!match) return undefined;
  const prefix = match[1];
  return (Object.keys(ID_PREFIXES) as IdKind[]).find((kind) => ID_PREFIXES[kind] === prefix);
}

/** True when `id` is a well-formed ID of the given kind. */
export function isIdOf(kind: IdKind, id: string): boolean {
  return idKind(id) === kind;
}
