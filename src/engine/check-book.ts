import type { Check } from './checks';

/**
 * All current checks, grouped by the owner that produced them (a measure, a node's declared
 * totals, a code group, a scenario's caps). Replacing an owner's list records which checks
 * appeared and which went away since `beginDelta`, so a patch can report only the difference.
 */
export class CheckBook {
  /** an owner's checks, one per key (owners hold a handful, so a list beats a map here) */
  private byOwner = new Map<string, readonly Check[]>();
  private byKey = new Map<string, Check>();
  private added = new Map<string, Check>();
  private removed = new Set<string>();

  set(owner: string, checks: readonly Check[]): void {
    const old = this.byOwner.get(owner);
    if (!old && checks.length === 0) return; // the common case: nothing before, nothing now
    const next = uniqueByKey(checks);
    if (old) {
      for (const c of old) {
        const n = byKey(next, c.key);
        if (!n) {
          this.byKey.delete(c.key);
          if (this.added.has(c.key)) this.added.delete(c.key);
          else this.removed.add(c.key);
        } else if (n.message !== c.message) {
          // Same place, new figures: report it as replaced.
          this.removed.add(c.key);
        }
      }
    }
    for (const c of next) {
      const before = old && byKey(old, c.key);
      this.byKey.set(c.key, c);
      if (!before || before.message !== c.message) this.added.set(c.key, c);
    }
    if (next.length) this.byOwner.set(owner, next);
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

function byKey(checks: readonly Check[], key: string): Check | undefined {
  for (const c of checks) if (c.key === key) return c;
  return undefined;
}

/** The checks with one per key, the last one of a key winning (as a later finding replaces an earlier one). */
function uniqueByKey(checks: readonly Check[]): readonly Check[] {
  if (checks.length < 2) return checks;
  if (checks.length <= 8) {
    let repeated = false;
    for (let i = 1; i < checks.length && !repeated; i++) for (let j = 0; j < i && !repeated; j++) repeated = checks[i]!.key === checks[j]!.key;
    if (!repeated) return checks;
  }
  const seen = new Map<string, Check>();
  for (const c of checks) seen.set(c.key, c);
  return seen.size === checks.length ? checks : [...seen.values()];
}
