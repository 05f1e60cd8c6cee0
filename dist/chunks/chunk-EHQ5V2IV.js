// src/statistics/linear-quantile.ts
function linearQuantileSorted(sorted, p) {
  const n = sorted.length;
  if (n === 0) throw new RangeError("a quantile needs at least one value");
  if (!(p >= 0 && p <= 1)) throw new RangeError(`a quantile level lies in [0, 1], got ${p}`);
  const position = (n - 1) * p;
  if (position >= n - 1) return sorted[n - 1];
  const below = Math.floor(position);
  const t = position - below;
  const a = sorted[below];
  if (t === 0) return a;
  const b = sorted[below + 1];
  const difference = b - a;
  return t >= 0.5 ? b - difference * (1 - t) : a + difference * t;
}

export {
  linearQuantileSorted
};
