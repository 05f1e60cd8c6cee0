import "./chunks/chunk-ZP6A54OU.js";
import {
  NATIVE_SORT_BELOW,
  exclusivePrefixSums
} from "./chunks/chunk-2VTIRNQ5.js";

// src/io/bootstrap-worker.ts
const { isMainThread, parentPort, workerData } = process.getBuiltinModule("node:worker_threads");

// src/metrics/bootstrap-draws.ts
var weyl = 1831565813;
var twoToMinus32 = 2 ** -32;
function forEachResamplePair(n, resamples, seed, visit, first = 0) {
  const [counts, next] = [new Int32Array(checkedRows(n)), new Int32Array(n)];
  let state = stateAt(seed, first, n);
  for (let b = 0; b < resamples; b += 2) {
    state = drawResample(counts, state);
    if (b + 1 < resamples) state = drawResample(next, state);
    visit(counts, b + 1 < resamples ? next : null);
  }
}
function checkedRows(n) {
  if (n > 2 ** 31 - 1) throw new RangeError("at most 2\xB3\xB9 \u2212 1 rows");
  return n;
}
function stateAt(seed, first, n) {
  return seed + Math.imul(Math.imul(first, n), weyl) | 0;
}
function drawResample(counts, start) {
  const n = counts.length;
  const scale = n * twoToMinus32;
  let state = start;
  counts.fill(0);
  let i = 0;
  for (; i + 4 <= n; i += 4) {
    counts[drawIndex(state + weyl | 0, scale)] += 1;
    counts[drawIndex(state + 2 * weyl | 0, scale)] += 1;
    counts[drawIndex(state + 3 * weyl | 0, scale)] += 1;
    state = state + 4 * weyl | 0;
    counts[drawIndex(state, scale)] += 1;
  }
  for (; i < n; i++) {
    state = state + weyl | 0;
    counts[drawIndex(state, scale)] += 1;
  }
  return state;
}
function drawIndex(state, scale) {
  let t = Math.imul(state ^ state >>> 15, state | 1);
  t ^= t + Math.imul(t ^ t >>> 7, t | 61) | 0;
  return ((t ^ t >>> 14) >>> 0) * scale | 0;
}

// src/metrics/descending-order.ts
function descendingOrder(scores) {
  const n = scores.length;
  if (n < NATIVE_SORT_BELOW) {
    return Int32Array.from({ length: n }, (_, i) => i).sort(
      (a, b) => scores[b] - scores[a] || a - b
    );
  }
  const high = new Uint32Array(n);
  const low = new Uint32Array(n);
  const bits = new Float64Array(1);
  const words = new Uint32Array(bits.buffer);
  for (let i = 0; i < n; i++) {
    bits[0] = scores[i] + 0;
    const negative = words[1] >>> 31 === 1;
    high[i] = negative ? words[1] : ~(words[1] | 2147483648) >>> 0;
    low[i] = negative ? words[0] : ~words[0] >>> 0;
  }
  let order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let spare = new Int32Array(n);
  const offsets = new Uint32Array(1 << 16);
  for (const [keys, shift] of [
    [low, 0],
    [low, 16],
    [high, 0],
    [high, 16]
  ]) {
    offsets.fill(0);
    for (let i = 0; i < n; i++) offsets[keys[i] >>> shift & 65535]++;
    if (offsets.includes(n)) continue;
    exclusivePrefixSums(offsets);
    for (let k = 0; k < n; k++) {
      const row = order[k];
      spare[offsets[keys[row] >>> shift & 65535]++] = row;
    }
    [order, spare] = [spare, order];
  }
  return order;
}

// src/metrics/binary-metrics.ts
var float64Epsilon = 2 ** -52;
function predictedAt(scores, threshold) {
  const predicted = new Uint8Array(scores.length);
  for (let i = 0; i < scores.length; i++) predicted[i] = scores[i] >= threshold ? 1 : 0;
  return predicted;
}
function firstNotProbability(scores) {
  for (let i = 0; i < scores.length; i++) if (scores[i] < 0 || scores[i] > 1) return scores[i];
  return void 0;
}
function logLossTerm(label, score) {
  const clipped = Math.min(Math.max(score, float64Epsilon), 1 - float64Epsilon);
  const sum = 1 - clipped + clipped;
  return -Math.log((label ? clipped : 1 - clipped) / sum);
}

// src/metrics/counted-binary-metrics.ts
var maxCountedRows = 2 ** 26 - 1;
var noneBeaten = [0, 0];
function countedBinaryPair(a, b, threshold, names) {
  if (b.labels.length !== a.labels.length) throw new Error("the two models must share their rows");
  const first = prepare(a, threshold, names);
  const second = prepare(b, threshold, names);
  const zeros = new Float64Array(a.labels.length);
  const logs = first.logTerms || second.logTerms ? { a: first.logTerms ?? zeros, b: second.logTerms ?? zeros } : null;
  const classes = first.outcome.map((x, i) => x | second.outcome[i] << 2);
  const auc = names.includes("roc_auc");
  const twice = (counts, next) => {
    const sums = pairRowSums(counts, next, classes, logs);
    const beatenA = auc ? beatenTwice(first.ranking, counts, next) : noneBeaten;
    const beatenB = auc ? beatenTwice(second.ranking, counts, next) : noneBeaten;
    return [
      [
        valuesOf(first, counts, sums[0], beatenA[0], names),
        valuesOf(second, counts, sums[1], beatenB[0], names)
      ],
      [
        valuesOf(first, next, sums[2], beatenA[1], names),
        valuesOf(second, next, sums[3], beatenB[1], names)
      ]
    ];
  };
  const none = new Int32Array(a.labels.length);
  return Object.assign((counts) => twice(counts, none)[0], { twice });
}
function prepare(data, threshold, names) {
  const { labels, scores } = data;
  if (labels.length > maxCountedRows) throw new RangeError(`at most ${maxCountedRows} rows`);
  const predicted = data.predicted ?? predictedAt(scores ?? new Float64Array(0), threshold);
  const outcome = new Uint8Array(labels.length);
  for (let i = 0; i < labels.length; i++) outcome[i] = labels[i] | predicted[i] << 1;
  const probabilities = scores !== null && firstNotProbability(scores) === void 0;
  const wants = (name) => names.includes(name);
  const ranked = scores && (wants("roc_auc") || wants("average_precision"));
  const terms = (name, term) => {
    if (!probabilities || !wants(name)) return null;
    const values = new Float64Array(labels.length);
    for (let i = 0; i < labels.length; i++) values[i] = term(labels[i], scores[i]);
    return values;
  };
  return {
    outcome,
    logTerms: terms("log_loss", logLossTerm),
    brierTerms: terms("brier", (y, p) => (y - p) ** 2),
    ranking: ranked ? rankingOf(labels, scores) : null
  };
}
function pairRowSums(counts, next, classes, logs) {
  const histogram = new Int32Array(128);
  let logA = 0;
  let logB = 0;
  let nextLogA = 0;
  let nextLogB = 0;
  for (let i = 0; i < counts.length; i++) {
    const slot = (i & 3) << 4 | classes[i];
    histogram[slot] += counts[i];
    histogram[64 | slot] += next[i];
  }
  if (logs !== null) {
    for (let i = 0; i < counts.length; i++) {
      const c = counts[i];
      const d = next[i];
      const termA = logs.a[i];
      const termB = logs.b[i];
      logA += c * termA;
      logB += c * termB;
      nextLogA += d * termA;
      nextLogB += d * termB;
    }
  }
  const tally = (from, shift, log) => {
    const sums = { total: 0, positives: 0, predictedPositives: 0, truePositives: 0, log };
    for (let slot = from; slot < from + 64; slot++) {
      const c = histogram[slot];
      const outcome = slot >> shift & 3;
      sums.total += c;
      sums.positives += outcome & 1 ? c : 0;
      sums.predictedPositives += outcome & 2 ? c : 0;
      sums.truePositives += outcome === 3 ? c : 0;
    }
    return sums;
  };
  return [tally(0, 0, logA), tally(0, 2, logB), tally(64, 0, nextLogA), tally(64, 2, nextLogB)];
}
function valuesOf(model, counts, t, beaten, names) {
  const values = {};
  for (let m = 0; m < names.length; m++) {
    const name = names[m];
    values[name] = metricOf(name, model, counts, t, beaten);
  }
  return values;
}
function metricOf(name, model, counts, t, beaten) {
  const { ranking, brierTerms } = model;
  const negatives = t.total - t.positives;
  const falsePositives = t.predictedPositives - t.truePositives;
  const falseNegatives = t.positives - t.truePositives;
  const withRanks = ranking !== null && t.positives > 0;
  switch (name) {
    case "accuracy": {
      const trueNegatives = negatives - falsePositives;
      return t.total > 0 ? (t.truePositives + trueNegatives) / t.total : null;
    }
    case "precision":
      return t.predictedPositives > 0 ? t.truePositives / (t.truePositives + falsePositives) : null;
    case "recall":
      return t.positives > 0 ? t.truePositives / t.positives : null;
    case "f1": {
      const denominator = 2 * t.truePositives + falsePositives + falseNegatives;
      return denominator > 0 ? 2 * t.truePositives / denominator : null;
    }
    case "roc_auc":
      return withRanks && negatives > 0 ? mannWhitneyU(ranking, counts, t.positives, negatives, beaten) / (t.positives * negatives) : null;
    case "average_precision":
      return withRanks ? averagePrecision(ranking, counts, t.positives) : null;
    case "log_loss":
      return model.logTerms && t.total > 0 ? t.log / t.total : null;
    case "brier":
      return brierTerms && t.total > 0 ? weightedSum(counts, brierTerms) / t.total : null;
    default:
      return null;
  }
}
function weightedSum(counts, terms) {
  let sum = 0;
  for (let i = 0; i < counts.length; i++) sum += counts[i] * terms[i];
  return sum;
}
function rankingOf(labels, scores) {
  const n = labels.length;
  const order = descendingOrder(scores);
  const flags = new Uint8Array(n);
  const mixed = [];
  let start = 0;
  let groupPositives = 0;
  let groups = 0;
  for (let k = 0; k < n; k++) {
    flags[k] = labels[order[k]];
    groupPositives += flags[k];
    if (k + 1 < n && scores[order[k + 1]] === scores[order[k]]) continue;
    flags[k] |= 2;
    groups++;
    if (groupPositives > 0 && groupPositives < k + 1 - start) mixed.push(start, k + 1);
    start = k + 1;
    groupPositives = 0;
  }
  return { order, flags, mixedGroups: Int32Array.from(mixed), oneGroup: groups === 1 };
}
function mannWhitneyU(ranking, counts, positives, negatives, beaten) {
  const tied = ranking.oneGroup ? positives * negatives : tiedPairs(ranking, counts);
  return positives * negatives - beaten - tied / 2;
}
function tiedPairs({ order, flags, mixedGroups }, counts) {
  let tied = 0;
  for (let g = 0; g < mixedGroups.length; g += 2) {
    let groupPositives = 0;
    let groupNegatives = 0;
    for (let k = mixedGroups[g]; k < mixedGroups[g + 1]; k++) {
      const c = counts[order[k]];
      const p = c & -(flags[k] & 1);
      groupPositives += p;
      groupNegatives += c - p;
    }
    tied += groupPositives * groupNegatives;
  }
  return tied;
}
function beatenTwice(ranking, counts, next) {
  if (!ranking || ranking.oneGroup) return [0, 0];
  const { order, flags } = ranking;
  let soFar = 0;
  let above = 0;
  let beaten = 0;
  let nextSoFar = 0;
  let nextAbove = 0;
  let nextBeaten = 0;
  for (let k = 0; k < order.length; k++) {
    const row = order[k];
    const f = flags[k];
    const positive = -(f & 1);
    const end = -(f >> 1);
    const c = counts[row];
    const p = c & positive;
    beaten += p * above;
    soFar += c - p;
    above = soFar & end | above & ~end;
    const d = next[row];
    const q = d & positive;
    nextBeaten += q * nextAbove;
    nextSoFar += d - q;
    nextAbove = nextSoFar & end | nextAbove & ~end;
  }
  return [beaten, nextBeaten];
}
function averagePrecision({ order, flags }, counts, positives) {
  let groupPositives = 0;
  let groupNegatives = 0;
  let truePositives = 0;
  let falsePositives = 0;
  let previousRecall = 0;
  let ap = 0;
  for (let k = 0; k < order.length; k++) {
    const c = counts[order[k]];
    const p = c & -(flags[k] & 1);
    groupPositives += p;
    groupNegatives += c - p;
    if (flags[k] < 2) continue;
    truePositives += groupPositives;
    falsePositives += groupNegatives;
    const recall = truePositives / positives;
    const precision = truePositives / Math.max(truePositives + falsePositives, 1);
    ap += (recall - previousRecall) * precision;
    previousRecall = recall;
    groupPositives = 0;
    groupNegatives = 0;
  }
  return ap;
}

// src/metrics/bootstrap-metric-deltas.ts
function countedPair(job) {
  if (job.a.labels.length < 1) throw new RangeError("a bootstrap needs at least one row");
  return countedBinaryPair(job.a, job.b, job.threshold, job.names);
}
function writeDeltas(job, evaluate, first, count, samples, at) {
  let index = at;
  const write = (values) => {
    for (let m = 0; m < job.names.length; m++) {
      const name = job.names[m];
      const p = values[0][name] ?? null;
      const q = values[1][name] ?? null;
      samples[m][index] = p === null || q === null ? Number.NaN : p - q;
    }
    index++;
  };
  forEachResamplePair(
    job.a.labels.length,
    count,
    job.seed,
    (counts, next) => {
      if (next === null) {
        write(evaluate(counts));
        return;
      }
      const both = evaluate.twice(counts, next);
      write(both[0]);
      write(both[1]);
    },
    first
  );
}
function runSharedDeltaJob(job) {
  const chunks = Math.ceil(job.resamples / job.chunk);
  if (Atomics.load(job.progress, 0) >= chunks) return;
  const evaluate = countedPair(job);
  for (let k = Atomics.add(job.progress, 0, 1); k < chunks; k = Atomics.add(job.progress, 0, 1)) {
    const first = k * job.chunk;
    writeDeltas(
      job,
      evaluate,
      first,
      Math.min(job.chunk, job.resamples - first),
      job.samples,
      first
    );
    Atomics.add(job.progress, 1, 1);
    Atomics.notify(job.progress, 1);
  }
}

// src/io/bootstrap-threads.ts
var BOOTSTRAP_WORKER_FLAG = "mlgate-bootstrap-slice";

// src/io/bootstrap-worker.ts
if (!isMainThread && workerData === BOOTSTRAP_WORKER_FLAG && parentPort) {
  const port = parentPort;
  port.on("message", (job) => {
    runSharedDeltaJob(job);
    port.postMessage("done");
  });
}
