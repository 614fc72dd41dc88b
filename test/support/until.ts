/** Polls `probe` (every `intervalMs`, 100 by default) until it returns something truthy; fails naming `what` (and `context()`) after `timeoutMs`. */
export async function until<T>(
  what: string,
  probe: () => Promise<T>,
  options: { timeoutMs?: number; intervalMs?: number; context?: () => string } = {},
): Promise<NonNullable<T>> {
  const deadline = Date.now() + (options.timeoutMs ?? 30_000);
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}\n${options.context?.() ?? ''}`);
    await new Promise((r) => setTimeout(r, options.intervalMs ?? 100));
  }
}
