import type { Check } from './checks';

/**
 * All current checks, grouped by the owner that produced them (a measure, a node's declared
 * totals, a code group, a scenario's caps). Replacing an owner's list records which checks
 * appeared and which went away since `beginDelta`, so a patch can report only the difference.
 */
export class CheckBook {
  private byOwner = new Map<string, Map<string, Check>>();
  private byKey = new Map<string, Check>();
  private added = new Map<string, Check>();
  private removed = new Set<string>();

  set(owner: string, checks: readonly Check[]): void {
    const old = this.byOwner.get(owner);
    if (!old && checks.length === 0) return; // the common case: nothing before, nothing now
    const next = new Map(checks.map((c) => [c.key, c]));
    if (old) {
      for (const [key, c] of old) {
        const n = next.get(key);
        if (!n) {
          this.byKey.delete(key);
          if (this.added.has(key)) this.added.delete(key);
          else this.removed.add(key);
        } else if (n.message !== c.message) {
          // Same place, new figures: report it as replaced.
          this.removed.add(key);
        }
      }
    }
    for (const [key, c] of next) {
      const before = old?.get(key);
      this.byKey.set(key, c);
      if (!before || before.message !== c.message) this.added.set(key, c);
    }
    if (next.size) this.byOwner.set(owner, next);
    else this.byOwner.delete(owner);
  }

  beginDelta(): void {
    this.added.clear();
    this.removed.clear();
  }

  /** Checks that appeared (or changed) and keys of checks that went away (or changed) since beginDelta. */
  endDelta(): { added: Check[]; removed: string[] } {
    const out = { added: [...this.added.values()], removed: [...this.removed].filter((k) => !this.added.has(k) || this.byKey.has(k)) };
    this.added.clear();
    this.removed.clear();
    return out;
  }

  all(): Check[] {
    return [...this.byKey.values()];
  }

  keys(): IterableIterator<string> {
    return this.byKey.keys();
  }

  has(key: string): boolean {
    return this.byKey.has(key);
  }
}
