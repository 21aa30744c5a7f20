/** An in-memory `Storage` for tests, with an optional quota that throws as browsers do. */
export class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  /** Total characters (keys + values) allowed; `Infinity` for none. */
  quotaChars = Infinity;

  get length(): number {
    return this.items.size;
  }

  clear(): void {
    this.items.clear();
  }

  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }

  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }

  removeItem(key: string): void {
    this.items.delete(key);
  }

  setItem(key: string, value: string): void {
    const others = [...this.items].filter(([k]) => k !== key);
    const used = others.reduce((sum, [k, v]) => sum + k.length + v.length, 0);
    if (used + key.length + value.length > this.quotaChars) {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    }
    this.items.set(key, String(value));
  }

  dump(): Record<string, string> {
    return Object.fromEntries(this.items);
  }
}
