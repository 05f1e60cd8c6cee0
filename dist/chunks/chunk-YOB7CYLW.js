import {
  quantile_sorted_default
} from "./chunk-NN4DK7AC.js";
import {
  descendingOrder,
  firstNotProbability,
  logLossTerm,
  metricNumber,
  predictedAt,
  predictionsEvaluator
} from "./chunk-HVQBYSTA.js";
import {
  letYoungGenerationGrow
} from "./chunk-GM6TPOLB.js";
import {
  workerEntryUrl,
  workerThreads
} from "./chunk-SVWEFOT5.js";
import {
  workerEnvironment
} from "./chunk-H4QQWVY4.js";

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
    low: quantile_sorted_default(sorted, alpha),
    high: quantile_sorted_default(sorted, 1 - alpha),
    resamples: values.length,
    undefinedResamples
  };
}

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
  return intervalsOf(unique, samples, options.confidence);
}
function binaryDeltaSamples(job) {
  const samples = job.names.map(() => new Float64Array(job.count));
  writeDeltas(job, countedPair(job), job.first, job.count, samples, 0);
  return samples;
}
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
async function sharedDeltaJobDone(job) {
  const chunks = Math.ceil(job.resamples / job.chunk);
  for (let done = Atomics.load(job.progress, 1); done < chunks; ) {
    const wait = Atomics.waitAsync(job.progress, 1, done);
    if (wait.async) await wait.value;
    done = Atomics.load(job.progress, 1);
  }
}
function intervalsOf(names, samples, confidence) {
  return Object.fromEntries(
    names.map((name, m) => {
      const finite = [];
      let undefinedCount = 0;
      for (const delta of samples[m] ?? []) {
        if (Number.isFinite(delta)) finite.push(delta);
        else undefinedCount++;
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
  const shared = (length) => new SharedArrayBuffer(length * Float64Array.BYTES_PER_ELEMENT);
  const job = {
    a: a.data,
    b: b.data,
    names: unique,
    threshold,
    seed: options.seed,
    resamples: options.resamples,
    // Eight chunks a thread: small enough to even out threads that start late or run slow; even,
    // as the resamples are evaluated two at a time.
    chunk: 2 * Math.ceil(options.resamples / (16 * parts)),
    progress: new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT)),
    samples: unique.map(() => new Float64Array(shared(options.resamples)))
  };
  await runner.run(job);
  return intervalsOf(unique, job.samples, options.confidence);
}

// src/io/bootstrap-threads.ts
const { availableParallelism } = process.getBuiltinModule("node:os");
var BOOTSTRAP_WORKER_FLAG = "mlgate-bootstrap-slice";
function threadResampleRunner(cores = availableParallelism()) {
  const parts = Math.min(cores, 8);
  return {
    parts,
    async run(job) {
      const workers = inPooledWorkers(job, parts - 1);
      try {
        runSharedDeltaJob(job);
      } catch (error) {
        workers.catch(() => void 0);
        throw error;
      }
      await Promise.race([sharedDeltaJobDone(job), workers.then(() => sharedDeltaJobDone(job))]);
    }
  };
}
function inPooledWorkers(job, count) {
  return Promise.all(Array.from({ length: count }, (_, k) => pooledWorker(k).run(job))).then(
    () => void 0
  );
}
var pool = /* @__PURE__ */ new Map();
function pooledWorker(slot) {
  const existing = pool.get(slot);
  if (existing) return existing;
  const started = startWorker(() => {
    if (pool.get(slot) === started) pool.delete(slot);
  });
  pool.set(slot, started);
  return started;
}
function startWorker(forget) {
  letYoungGenerationGrow();
  const entry = workerEntryUrl(import.meta.url, "./bootstrap-worker.ts", "bootstrap-worker");
  const worker = new (workerThreads()).Worker(entry, {
    workerData: BOOTSTRAP_WORKER_FLAG,
    argv: [],
    env: workerEnvironment()
  });
  worker.unref();
  const waiting = [];
  const fail = (error) => {
    forget();
    for (const reply of waiting.splice(0)) reply.reject(error);
  };
  worker.on("message", () => {
    waiting.shift()?.resolve();
    if (waiting.length === 0) worker.unref();
  });
  worker.once("error", fail);
  worker.once(
    "exit",
    (code) => fail(new Error(`a bootstrap worker thread stopped (exit code ${code})`))
  );
  return {
    run(job) {
      return new Promise((resolve, reject) => {
        if (waiting.push({ resolve, reject }) === 1) worker.ref();
        worker.postMessage(job);
      });
    }
  };
}

export {
  runSharedDeltaJob,
  bootstrapPredictionDeltasInParallel,
  BOOTSTRAP_WORKER_FLAG,
  threadResampleRunner
};
