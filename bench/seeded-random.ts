// A tiny seeded pseudo-random generator (mulberry32): the synthetic graphs must be the same on
// every machine and every run, so cached files and measured figures stay comparable.

export interface Random {
  /** Uniform float in [0, 1). */
  next(): number;
  /** Uniform integer in [0, bound). */
  below(bound: number): number;
  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T;
}

// A class, not closures: the database benchmark makes one generator per node and per edge
// (millions), and under tsx every closure made per call was also named at run time (esbuild's
// keepNames), which cost a quarter of the loader's CPU.
class Mulberry32 implements Random {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  below(bound: number): number {
    return Math.floor(this.next() * bound);
  }
  pick<T>(items: readonly T[]): T {
    return items[this.below(items.length)];
  }
}

export function seededRandom(seed: number): Random {
  return new Mulberry32(seed);
}
