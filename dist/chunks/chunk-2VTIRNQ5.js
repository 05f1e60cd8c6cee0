// src/statistics/sort-numbers.ts
var signBit = 2147483648;
var NATIVE_SORT_BELOW = 1 << 13;
function sortNumbersInPlace(out) {
  const n = out.length;
  if (n < NATIVE_SORT_BELOW) return out.sort();
  let words = new Uint32Array(out.buffer, out.byteOffset, 2 * n);
  const offsets = new Uint32Array(4 << 16);
  for (let i = 0; i < 2 * n; i += 2) {
    let low = words[i];
    let high = words[i + 1];
    if (high & signBit) {
      high = ~high >>> 0;
      low = ~low >>> 0;
    } else high = (high | signBit) >>> 0;
    words[i] = low;
    words[i + 1] = high;
    offsets[low & 65535]++;
    offsets[(1 << 16) + (low >>> 16)]++;
    offsets[(2 << 16) + (high & 65535)]++;
    offsets[(3 << 16) + (high >>> 16)]++;
  }
  let other = new Uint32Array(2 * n);
  for (let pass = 0; pass < 4; pass++) {
    const digits = offsets.subarray(pass << 16, pass + 1 << 16);
    const word = pass >> 1;
    const shift = (pass & 1) * 16;
    if (digits[words[word] >>> shift & 65535] === n) continue;
    exclusivePrefixSums(digits);
    for (let i = 0; i < 2 * n; i += 2) {
      const low = words[i];
      const high = words[i + 1];
      const at = 2 * digits[(word === 0 ? low : high) >>> shift & 65535]++;
      other[at] = low;
      other[at + 1] = high;
    }
    [words, other] = [other, words];
  }
  const result = new Uint32Array(out.buffer, out.byteOffset, 2 * n);
  for (let i = 0; i < 2 * n; i += 2) {
    const high = words[i + 1];
    if (high & signBit) {
      result[i + 1] = (high & ~signBit) >>> 0;
      result[i] = words[i];
    } else {
      result[i + 1] = ~high >>> 0;
      result[i] = ~words[i] >>> 0;
    }
  }
  return out;
}
function exclusivePrefixSums(counts) {
  let total = 0;
  for (let d = 0; d < counts.length; d++) {
    const count = counts[d];
    counts[d] = total;
    total += count;
  }
}

// src/data/table-scan.ts
var CELL_PRESENT = 0;
var CELL_MISSING = 1;
var CELL_BAD = 2;

// src/statistics/cumulative-weights.ts
var BLOCK = 64;
var blockSumsCache = /* @__PURE__ */ new WeakMap();
var noBlocks = new Float64Array(0);
function blockSums(table) {
  if (table.weights.length < BLOCK) return noBlocks;
  let blocks = blockSumsCache.get(table);
  if (!blocks) {
    blocks = runningBlockTotals(table.weights);
    blockSumsCache.set(table, blocks);
  }
  return blocks;
}
function runningBlockTotals(weights) {
  const blocks = new Float64Array(Math.ceil(weights.length / BLOCK));
  let total = 0;
  for (let block = 0, i = 0; block < blocks.length; block++) {
    for (const end = Math.min(i + BLOCK, weights.length); i < end; i++) total += weights[i];
    blocks[block] = total;
  }
  return blocks;
}
function weightBefore(table, index) {
  const blocks = blockSums(table);
  const block = Math.floor(index / BLOCK);
  let total = block > 0 ? blocks[block - 1] : 0;
  for (let i = block * BLOCK; i < index; i++) total += table.weights[i];
  return total;
}
function totalWeight(table) {
  return weightBefore(table, table.weights.length);
}

// src/statistics/quantile-summary.ts
function valueTable(sorted) {
  let distinct = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) distinct++;
  const values = new Float64Array(distinct);
  const weights = new Uint32Array(distinct);
  let at = -1;
  for (let i = 0; i < sorted.length; i++) {
    const value = sorted[i];
    if (i === 0 || value !== sorted[i - 1]) {
      at++;
      values[at] = value === 0 ? 0 : value;
    }
    weights[at]++;
  }
  return { values, weights };
}
function summaryOf(table, size, error = 0) {
  const n = sumOf(table.weights);
  if (table.values.length <= 2 * size) {
    return { n, error, values: Array.from(table.values), weights: Array.from(table.weights) };
  }
  return prune(table, n, size, error);
}
function mergeSummaries(a, b, size) {
  const values = [];
  const weights = [];
  let i = 0;
  let j = 0;
  while (i < a.values.length || j < b.values.length) {
    const va = i < a.values.length ? a.values[i] : Number.POSITIVE_INFINITY;
    const vb = j < b.values.length ? b.values[j] : Number.POSITIVE_INFINITY;
    if (j >= b.values.length || i < a.values.length && va < vb) {
      values.push(va);
      weights.push(a.weights[i++]);
    } else if (i >= a.values.length || vb < va) {
      values.push(vb);
      weights.push(b.weights[j++]);
    } else {
      values.push(va);
      weights.push(a.weights[i++] + b.weights[j++]);
    }
  }
  return summaryOf({ values, weights }, size, a.error + b.error);
}
function prune(table, n, size, error) {
  const values = [];
  const weights = [];
  let added = 0;
  let start = 0;
  let cumulative = 0;
  let block = 1;
  for (let i = 0; i < table.values.length; i++) {
    cumulative += table.weights[i];
    const last = i === table.values.length - 1;
    if (!last && cumulative < block * n / size) continue;
    let runWeight = 0;
    for (let k = start; k <= i; k++) runWeight += table.weights[k];
    let before = 0;
    let median = start;
    while (before + table.weights[median] < runWeight / 2) before += table.weights[median++];
    const after = runWeight - before - table.weights[median];
    added = Math.max(added, before, after);
    values.push(table.values[median]);
    weights.push(runWeight);
    while (block * n <= cumulative * size) block++;
    start = i + 1;
  }
  return { n, error: error + added, values, weights };
}
function pruneSorted(sorted, size) {
  return pruneByRank(sorted.length, size, (rank) => sorted[rank]);
}
function pruneTable(table, size) {
  let at = 0;
  let before = 0;
  return pruneByRank(sumOf(table.weights), size, (rank) => {
    while (before + table.weights[at] <= rank) before += table.weights[at++];
    return table.values[at];
  });
}
function pruneByRank(n, size, valueAt) {
  const values = [];
  const weights = [];
  let error = 0;
  for (const { rank, weight, offset } of prunedRuns(n, size)) {
    error = Math.max(error, offset, weight - offset - 1);
    const read = valueAt(rank);
    const value = read === 0 ? 0 : read;
    if (values.length > 0 && values[values.length - 1] === value)
      weights[weights.length - 1] += weight;
    else {
      values.push(value);
      weights.push(weight);
    }
  }
  return { n, error, values, weights };
}
function prunedRuns(n, size) {
  const runs = [];
  for (let run = 0; run < size; run++) {
    const start = Math.floor(run * n / size);
    const end = Math.floor((run + 1) * n / size);
    if (end <= start) continue;
    const weight = end - start;
    const offset = weight - 1 >> 1;
    runs.push({ rank: start + offset, weight, offset });
  }
  return runs;
}
function quantileOf(summary, p) {
  if (summary.n === 0) throw new Error("quantile of an empty summary");
  const blocks = blockSums(summary);
  const position = (summary.n - 1) * p;
  const below = Math.floor(position);
  const gamma = position - below;
  const a = valueAtRank(summary, blocks, below);
  const b = gamma > 0 ? valueAtRank(summary, blocks, below + 1) : a;
  return lerp(a, b, gamma);
}
function lerp(a, b, t) {
  const diff = b - a;
  return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
}
function valueAtRank(summary, blocks, rank) {
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo < hi) {
    const mid = lo + hi >>> 1;
    if (blocks[mid] > rank) hi = mid;
    else lo = mid + 1;
  }
  let total = lo > 0 ? blocks[lo - 1] : 0;
  const end = Math.min(summary.weights.length, (lo + 1) * BLOCK);
  for (let i = lo * BLOCK; i < end; i++) {
    total += summary.weights[i];
    if (total > rank) return summary.values[i];
  }
  return summary.values[end - 1];
}
function sumOf(weights) {
  let total = 0;
  for (let i = 0; i < weights.length; i++) total += weights[i];
  return total;
}

export {
  weightBefore,
  totalWeight,
  valueTable,
  summaryOf,
  mergeSummaries,
  pruneSorted,
  pruneTable,
  quantileOf,
  NATIVE_SORT_BELOW,
  sortNumbersInPlace,
  exclusivePrefixSums,
  CELL_PRESENT,
  CELL_MISSING,
  CELL_BAD
};
