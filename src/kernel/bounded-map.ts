/**
 * A map bounded by the weight of its values (bytes, characters), the least recently used dropped
 * first; a value heavier than a quarter of the bound is not kept. Entries may expire.
 */
export class BoundedMap<V> {
  private weight = 0;
  // A Map iterates in insertion order: re-inserting on every hit makes the first entry the least recently used.
  private readonly entries = new Map<string, { value: V; expires: number; weight: number }>();

  constructor(
    private readonly maxWeight: number,
    private readonly weigh: (value: V) => number,
    private readonly ttlMs = Number.POSITIVE_INFINITY,
  ) {}

  get(key: string): V | undefined {
    const hit = this.entries.get(key);
    if (!hit) return undefined;
    this.delete(key);
    if (hit.expires < Date.now()) return undefined;
    this.entries.set(key, hit);
    this.weight += hit.weight;
    return hit.value;
  }

  /** The value under `key` if it has not expired, leaving the order of use as it is. */
  peek(key: string): V | undefined {
    const hit = this.entries.get(key);
    return hit && hit.expires >= Date.now() ? hit.value : undefined;
  }

  set(key: string, value: V): void {
    const weight = this.weigh(value);
    if (weight > this.maxWeight / 4) return;
    this.delete(key);
    while (this.weight + weight > this.maxWeight && this.entries.size) this.delete(this.entries.keys().next().value!);
    this.entries.set(key, { value, expires: Date.now() + this.ttlMs, weight });
    this.weight += weight;
  }

  delete(key: string): boolean {
    const entry = this.entries.get(key);
    if (!entry) return false;
    this.weight -= entry.weight;
    return this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
    this.weight = 0;
  }
}
