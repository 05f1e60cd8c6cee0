// src/statistics/moments.ts
function momentsOf(values, weights) {
  const { count, sum } = weightedSum(values, weights);
  if (count === 0) return { count: 0, mean: 0, m2: 0 };
  const mean = sum / count;
  return { count, mean, m2: weightedSquares(values, weights, mean) };
}
function momentsOfExpanded(values, weights) {
  const { count, sum } = expandedSum(values, weights);
  if (count === 0) return { count: 0, mean: 0, m2: 0 };
  const mean = sum / count;
  return { count, mean, m2: expandedSquares(values, weights, mean) };
}
var entriesPerCall = 4096;
function weightedSum(values, weights) {
  const sums = new Float64Array(3);
  for (let from = 0; from < values.length; from += entriesPerCall) {
    addWeighted(values, weights, from, Math.min(from + entriesPerCall, values.length), sums);
  }
  return { count: sums[0], sum: sums[1] + sums[2] };
}
function addWeighted(values, weights, from, to, sums) {
  let count = sums[0];
  let sum = sums[1];
  let carry = sums[2];
  for (let i = from; i < to; i++) {
    const w = weights === void 0 ? 1 : weights[i];
    const x = w * values[i];
    const t = sum + x;
    const fromSum = sum - t + x;
    const fromX = x - t + sum;
    carry += Math.abs(sum) >= Math.abs(x) ? fromSum : fromX;
    sum = t;
    count += w;
  }
  sums[0] = count;
  sums[1] = sum;
  sums[2] = carry;
}
function weightedSquares(values, weights, mean) {
  const sums = new Float64Array(2);
  for (let from = 0; from < values.length; from += entriesPerCall) {
    addSquares(values, weights, mean, from, Math.min(from + entriesPerCall, values.length), sums);
  }
  return sums[0] + sums[1];
}
function addSquares(values, weights, mean, from, to, sums) {
  let m2 = sums[0];
  let carry = sums[1];
  for (let i = from; i < to; i++) {
    const d = values[i] - mean;
    const x = (weights === void 0 ? 1 : weights[i]) * d * d;
    const t = m2 + x;
    const fromM2 = m2 - t + x;
    const fromX = x - t + m2;
    carry += m2 >= x ? fromM2 : fromX;
    m2 = t;
  }
  sums[0] = m2;
  sums[1] = carry;
}
function expandedSum(values, weights) {
  let count = 0;
  let sum = 0;
  let carry = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i];
    count += weights[i];
    for (let copy = weights[i]; copy > 0; copy--) {
      const t = sum + x;
      carry += Math.abs(sum) >= Math.abs(x) ? sum - t + x : x - t + sum;
      sum = t;
    }
  }
  return { count, sum: sum + carry };
}
function expandedSquares(values, weights, mean) {
  let m2 = 0;
  let carry = 0;
  for (let i = 0; i < values.length; i++) {
    const d = values[i] - mean;
    const x = d * d;
    for (let copy = weights[i]; copy > 0; copy--) {
      const t = m2 + x;
      carry += m2 >= x ? m2 - t + x : x - t + m2;
      m2 = t;
    }
  }
  return m2 + carry;
}
function mergeMoments(a, b) {
  if (a.count === 0) return b;
  if (b.count === 0) return a;
  const count = a.count + b.count;
  const delta = b.mean - a.mean;
  return {
    count,
    mean: a.mean + delta * b.count / count,
    m2: a.m2 + b.m2 + delta * delta * a.count * b.count / count
  };
}
function sampleStd(moments) {
  return moments.count < 2 ? null : Math.sqrt(moments.m2 / (moments.count - 1));
}

export {
  momentsOf,
  momentsOfExpanded,
  mergeMoments,
  sampleStd
};
