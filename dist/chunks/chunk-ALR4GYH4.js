import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  quantileSorted
} from "./chunk-4GEQLTPQ.js";
import {
  descendingOrder,
  logLossTerm,
  metricNumber,
  predictedAt,
  predictionsEvaluator
} from "./chunk-JZQLZTIA.js";
import {
  workerEntryUrl
} from "./chunk-MD2Y6JVW.js";

// src/io/bootstrap-threads.ts
import { availableParallelism } from "node:os";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";

// src/statistics/seeded-random.ts
function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = state + 1831565813 >>> 0;
    let t = state;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}
function randomIndex(random, n) {
  return Math.floor(random() * n);
}

// src/statistics/paired-bootstrap.ts
function pairedBootstrap(n, statistics, options) {
  if (n < 1) throw new RangeError("a bootstrap needs at least one row");
  const random = seededRandom(options.seed);
  const weights = new Float64Array(n);
  const samples = /* @__PURE__ */ new Map();
  const undefinedCounts = /* @__PURE__ */ new Map();
  for (let b = 0; b < options.resamples; b++) {
    weights.fill(0);
    for (let i = 0; i < n; i++) weights[randomIndex(random, n)] += 1;
    for (const [name, value] of Object.entries(statistics(weights))) {
      if (!samples.has(name)) {
        samples.set(name, []);
        undefinedCounts.set(name, 0);
      }
      if (value === null || !Number.isFinite(value)) {
        undefinedCounts.set(name, undefinedCounts.get(name) + 1);
      } else samples.get(name).push(value);
    }
  }
  const intervals = {};
  for (const [name, values] of samples) {
    intervals[name] = percentileInterval(
      values,
      undefinedCounts.get(name) ?? 0,
      options.confidence
    );
  }
  return intervals;
}
function percentileInterval(values, undefinedResamples, confidence) {
  if (values.length === 0) return null;
  const alpha = (1 - confidence) / 2;
  const sorted = values.sort((x, y) => x - y);
  return {
    low: quantileSorted(sorted, alpha),
    high: quantileSorted(sorted, 1 - alpha),
    resamples: values.length,
    undefinedResamples
  };
}

// src/metrics/bootstrap-draws.ts
var weyl = 1831565813;
var twoToMinus32 = 2 ** -32;
function forEachResample(n, resamples, seed, visit, first = 0) {
  if (n > 2 ** 31 - 1) throw new RangeError("at most 2\xB3\xB9 \u2212 1 rows");
  const counts = new Int32Array(n);
  const scale = n * twoToMinus32;
  let state = seed + Math.imul(Math.imul(first, n), weyl) | 0;
  for (let b = 0; b < resamples; b++) {
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
    visit(counts);
  }
}
function drawIndex(state, scale) {
  let t = Math.imul(state ^ state >>> 15, state | 1);
  t ^= t + Math.imul(t ^ t >>> 7, t | 61) | 0;
  return ((t ^ t >>> 14) >>> 0) * scale | 0;
}

// src/metrics/counted-binary-metrics.ts
var maxCountedRows = 2 ** 26 - 1;
function countedBinaryPair(a, b, threshold, names) {
  if (b.labels.length !== a.labels.length) throw new Error("the two models must share their rows");
  const [first, second] = [prepare(a, threshold, names), prepare(b, threshold, names)];
  const zeros = new Float64Array(a.labels.length);
  const [logA, logB] = [first.logTerms ?? zeros, second.logTerms ?? zeros];
  return (counts) => {
    const [x, y] = pairRowSums(counts, first.outcome, second.outcome, logA, logB);
    return [valuesOf(first, counts, x, names), valuesOf(second, counts, y, names)];
  };
}
function prepare(data, threshold, names) {
  const { labels, scores } = data;
  if (labels.length > maxCountedRows) throw new RangeError(`at most ${maxCountedRows} rows`);
  const predicted = data.predicted ?? predictedAt(scores ?? new Float64Array(0), threshold);
  const outcome = new Uint8Array(labels.length);
  for (let i = 0; i < labels.length; i++) outcome[i] = labels[i] | predicted[i] << 1;
  const probabilities = scores !== null && !scores.some((s) => s < 0 || s > 1);
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
function pairRowSums(counts, oa, ob, la, lb) {
  let total = 0;
  let [positivesA, predictedA, trueA, logA] = [0, 0, 0, 0];
  let [positivesB, predictedB, trueB, logB] = [0, 0, 0, 0];
  for (let i = 0; i < counts.length; i++) {
    const c = counts[i];
    const x = oa[i];
    const y = ob[i];
    total += c;
    positivesA += c & -(x & 1);
    predictedA += c & -(x >> 1);
    trueA += c & -(x + 1 >> 2);
    logA += c * la[i];
    positivesB += c & -(y & 1);
    predictedB += c & -(y >> 1);
    trueB += c & -(y + 1 >> 2);
    logB += c * lb[i];
  }
  const sums = (positives, predictedPositives, truePositives, log) => ({ total, positives, predictedPositives, truePositives, log });
  return [sums(positivesA, predictedA, trueA, logA), sums(positivesB, predictedB, trueB, logB)];
}
function valuesOf(model, counts, t, names) {
  const { ranking, brierTerms } = model;
  const negatives = t.total - t.positives;
  const falsePositives = t.predictedPositives - t.truePositives;
  const falseNegatives = t.positives - t.truePositives;
  const trueNegatives = negatives - falsePositives;
  const withRanks = ranking && t.positives > 0;
  const metric = {
    accuracy: () => t.total > 0 ? (t.truePositives + trueNegatives) / t.total : null,
    precision: () => t.predictedPositives > 0 ? t.truePositives / (t.truePositives + falsePositives) : null,
    recall: () => t.positives > 0 ? t.truePositives / t.positives : null,
    f1: () => 2 * t.truePositives + falsePositives + falseNegatives > 0 ? 2 * t.truePositives / (2 * t.truePositives + falsePositives + falseNegatives) : null,
    roc_auc: () => withRanks && negatives > 0 ? mannWhitneyU(ranking, counts, t.positives, negatives) / (t.positives * negatives) : null,
    average_precision: () => withRanks ? averagePrecision(ranking, counts, t.positives) : null,
    log_loss: () => model.logTerms && t.total > 0 ? t.log / t.total : null,
    brier: () => brierTerms && t.total > 0 ? weightedSum(counts, brierTerms) / t.total : null
  };
  return Object.fromEntries(names.map((name) => [name, metric[name]?.() ?? null]));
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
  for (let k = 0; k < n; k++) {
    flags[k] = labels[order[k]];
    groupPositives += flags[k];
    if (k + 1 < n && scores[order[k + 1]] === scores[order[k]]) continue;
    flags[k] |= 2;
    if (groupPositives > 0 && groupPositives < k + 1 - start) mixed.push(start, k + 1);
    start = k + 1;
    groupPositives = 0;
  }
  return { order, flags, mixedGroups: Int32Array.from(mixed) };
}
function mannWhitneyU({ order, flags, mixedGroups }, counts, positives, negatives) {
  let negativesSoFar = 0;
  let negativesAbove = 0;
  let beaten = 0;
  for (let k = 0; k < order.length; k++) {
    const c = counts[order[k]];
    const f = flags[k];
    const p = c & -(f & 1);
    beaten += p * negativesAbove;
    negativesSoFar += c - p;
    negativesAbove += (negativesSoFar - negativesAbove) * (f >> 1);
  }
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
  return positives * negatives - beaten - tied / 2;
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
function bootstrapPredictionDeltas(a, b, names, options, threshold = 0.5) {
  if (a.task === "binary" && b.task === "binary" && countable(a.data) && countable(b.data)) {
    return bootstrapBinaryDeltas(a.data, b.data, names, options, threshold);
  }
  const rows = a.data.labels.length;
  const [first, second] = [predictionsEvaluator(a, threshold), predictionsEvaluator(b, threshold)];
  return bootstrapMetricDeltas(first, second, rows, names, options);
}
function bootstrapMetricDeltas(a, b, rows, names, options) {
  return pairedBootstrap(
    rows,
    (weights) => {
      const x = a(weights);
      const y = b(weights);
      return Object.fromEntries(
        names.map((name) => {
          const first = metricNumber(x[name]);
          const second = metricNumber(y[name]);
          return [name, first === null || second === null ? null : first - second];
        })
      );
    },
    options
  );
}
function countable(data) {
  const sortable = data.scores === null || !data.scores.some(Number.isNaN);
  return sortable && data.labels.length <= maxCountedRows;
}
function bootstrapBinaryDeltas(a, b, names, options, threshold) {
  const unique = [...new Set(names)];
  const job = { a, b, names: unique, threshold, seed: options.seed };
  const samples = binaryDeltaSamples({ ...job, first: 0, count: options.resamples });
  return intervalsOf(unique, [samples], options.confidence);
}
function binaryDeltaSamples(job) {
  const n = job.a.labels.length;
  if (n < 1) throw new RangeError("a bootstrap needs at least one row");
  const evaluate = countedBinaryPair(job.a, job.b, job.threshold, job.names);
  const samples = job.names.map(() => new Float64Array(job.count));
  let resample = 0;
  forEachResample(
    n,
    job.count,
    job.seed,
    (counts) => {
      const [x, y] = evaluate(counts);
      job.names.forEach((name, m) => {
        const [p, q] = [x[name] ?? null, y[name] ?? null];
        samples[m][resample] = p === null || q === null ? Number.NaN : p - q;
      });
      resample++;
    },
    job.first
  );
  return samples;
}
function intervalsOf(names, slices, confidence) {
  return Object.fromEntries(
    names.map((name, m) => {
      const finite = [];
      let undefinedCount = 0;
      for (const slice of slices) {
        for (const delta of slice[m] ?? []) {
          if (Number.isFinite(delta)) finite.push(delta);
          else undefinedCount++;
        }
      }
      return [name, percentileInterval(finite, undefinedCount, confidence)];
    })
  );
}
async function bootstrapPredictionDeltasInParallel(a, b, names, options, threshold, runner) {
  const draws = a.data.labels.length * options.resamples;
  const parts = draws < 1e7 ? 1 : Math.min(runner?.parts ?? 1, options.resamples);
  const binary = a.task === "binary" && b.task === "binary";
  if (!runner || parts < 2 || !binary || !countable(a.data) || !countable(b.data)) {
    return bootstrapPredictionDeltas(a, b, names, options, threshold);
  }
  const unique = [...new Set(names)];
  const size = Math.ceil(options.resamples / parts);
  const jobs = Array.from({ length: parts }, (_, part) => ({
    a: a.data,
    b: b.data,
    names: unique,
    threshold,
    seed: options.seed,
    first: part * size,
    count: Math.max(0, Math.min(size, options.resamples - part * size))
  }));
  return intervalsOf(unique, await runner.run(jobs), options.confidence);
}

// src/io/bootstrap-threads.ts
var flag = "mlgate-bootstrap-slice";
if (!isMainThread && workerData === flag && parentPort) {
  const port = parentPort;
  port.once("message", (job) => {
    const samples = binaryDeltaSamples(job);
    port.postMessage(
      samples,
      samples.map((sample) => sample.buffer)
    );
  });
}
function threadResampleRunner(cores = availableParallelism()) {
  return {
    parts: Math.min(cores, 8),
    async run(jobs) {
      const [own, ...others] = jobs;
      const pending = others.map(inWorker);
      const mine = own ? binaryDeltaSamples(own) : [];
      return [mine, ...await Promise.all(pending)];
    }
  };
}
function inWorker(job) {
  const entry = workerEntryUrl(import.meta.url, "./bootstrap-threads.ts", "bootstrap-worker");
  const worker = new Worker(entry, { workerData: flag, argv: [] });
  return new Promise((resolve, reject) => {
    worker.once("message", (samples) => {
      resolve(samples);
      void worker.terminate();
    });
    worker.once("error", reject);
    worker.once("exit", (code) => {
      if (code !== 0) reject(new Error(`a bootstrap worker thread stopped (exit code ${code})`));
    });
    worker.postMessage(job);
  });
}

export {
  bootstrapPredictionDeltasInParallel,
  threadResampleRunner
};
