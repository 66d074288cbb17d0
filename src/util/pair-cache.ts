/**
 * A value per pair of keys, made on first use. The first key is held weakly (a template, a list),
 * so its values go when it does; the second is held by the first's entry.
 */
export class PairCache<A extends object, B, V> {
  private readonly byFirst = new WeakMap<A, Map<B, V>>();

  get(a: A, b: B, make: () => V): V {
    let bySecond = this.byFirst.get(a);
    if (!bySecond) {
      bySecond = new Map();
      this.byFirst.set(a, bySecond);
    }
    // By presence, not by value: a value made once may be undefined.
    if (bySecond.has(b)) return bySecond.get(b) as V;
    const value = make();
    bySecond.set(b, value);
    return value;
  }
}
