/**
 * One row of `npm run bench`: an mlgate command and the Python script that
 * does the same work, each run as a whole process under GNU time
 * (`/usr/bin/time -v`: wall time, CPU time, peak resident memory), back to
 * back in each round so that both see the same load on a shared machine, and
 * summarised as the median of the rounds.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const gnuTime = '/usr/bin/time';

export interface Command {
  /** The program and its arguments. */
  argv: string[];
  /** Exit codes that mean "ran fine" (validate exits 1 when the data breaks the schema). */
  okExits?: number[];
}

export interface BenchCase {
  name: string;
  /** What `--only` matches besides the name, e.g. `wide`. */
  group: string;
  mlgate: Command;
  /** Untimed preparation, e.g. inferring the schema validate needs. */
  setup?: Command;
  /** The Python equivalent; undefined when there is none on this machine (see `pythonNote`). */
  python?: Command;
  /** What the Python column holds, or why it is empty. */
  pythonNote?: string;
  /**
   * How many times each round runs it (default 1): a case that takes a
   * fraction of a second is mostly process start, and one slow start of
   * three moved its median across a target (the PR-sized drift took 0.14 and
   * 0.16 s in two bench runs of one bundle, 20 minutes apart); more runs of
   * it cost the bench seconds.
   */
  timesPerRound?: number;
}

export interface Measure {
  wallSeconds: number;
  /** User + system CPU time: less disturbed than wall time when the machine is busy. */
  cpuSeconds: number | undefined;
  peakMegabytes: number | undefined;
  /**
   * Minor page faults: pages of memory touched for the first time. A figure
   * that barely moves between runs, unlike wall time, and on a virtual
   * machine that hands memory back to its host each one is dear (about 14 µs
   * on the machine issue 17 was measured on, so 75,000 of them are a second of CPU).
   */
  minorFaults: number | undefined;
}

export interface CaseResult {
  name: string;
  mlgate: Measure;
  python: Measure | undefined;
  pythonNote: string | undefined;
  /** The runs its medians are of: rounds × timesPerRound. */
  runs: number;
}

/** Runs a command once under GNU time; an exit outside `okExits` throws with its stderr. */
export function runOnce({ argv, okExits = [0] }: Command): Measure {
  const [command, ...rest] = argv;
  const timed = existsSync(gnuTime);
  const started = performance.now();
  const result = timed
    ? spawnSync(gnuTime, ['-v', command!, ...rest], { encoding: 'utf8', maxBuffer: 1 << 28 })
    : spawnSync(command!, rest, { encoding: 'utf8', maxBuffer: 1 << 28 });
  const wall = (performance.now() - started) / 1000;
  if (result.status === null || !okExits.includes(result.status)) {
    throw new Error(
      `${argv.join(' ')} exited ${result.status ?? result.signal}:\n${result.stderr.slice(-2000)}`,
    );
  }
  const peak = /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr)?.[1];
  const elapsed = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(
    result.stderr,
  );
  const user = /User time \(seconds\): ([\d.]+)/.exec(result.stderr)?.[1];
  const system = /System time \(seconds\): ([\d.]+)/.exec(result.stderr)?.[1];
  const faults = /Minor \(reclaiming a frame\) page faults: (\d+)/.exec(result.stderr)?.[1];
  return {
    wallSeconds: elapsed
      ? Number(elapsed[1] ?? 0) * 3600 + Number(elapsed[2]) * 60 + Number(elapsed[3])
      : wall,
    cpuSeconds:
      user === undefined || system === undefined ? undefined : Number(user) + Number(system),
    peakMegabytes: peak === undefined ? undefined : Number(peak) / 1024,
    minorFaults: faults === undefined ? undefined : Number(faults),
  };
}

export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The median of each figure over the rounds. */
export function medianMeasure(measures: readonly Measure[]): Measure {
  const defined = (pick: (m: Measure) => number | undefined) =>
    measures.flatMap((m) => (pick(m) === undefined ? [] : [pick(m)!]));
  return {
    wallSeconds: median(measures.map((m) => m.wallSeconds))!,
    cpuSeconds: median(defined((m) => m.cpuSeconds)),
    peakMegabytes: median(defined((m) => m.peakMegabytes)),
    minorFaults: median(defined((m) => m.minorFaults)),
  };
}

/**
 * `runs` rounds over all the cases, each round running every case once
 * (mlgate, then its Python; `timesPerRound` times, back to back), and each
 * case's medians. Rounds go across the
 * cases, not case by case, so that a slow stretch of a shared machine (a
 * neighbour's job, the disk flushing what the data's preparation wrote) falls
 * on one round of many cases, which their medians leave out, rather than on
 * every round of the few cases running then: in one bench run case by case,
 * `node -e 0` took 0.12 s in the PR-sized rows, which ran first, against 0.07 s
 * in runs before and after. `progress` hears which round and case is next.
 */
export function runCases(
  cases: readonly BenchCase[],
  runs: number,
  progress: (line: string) => void,
): CaseResult[] {
  for (const benchCase of cases) if (benchCase.setup) runOnce(benchCase.setup);
  const measured = cases.map(() => ({ mlgate: [] as Measure[], python: [] as Measure[] }));
  for (let round = 0; round < runs; round++) {
    cases.forEach((benchCase, k) => {
      progress(`round ${round + 1} of ${runs}: ${benchCase.name} …`);
      for (let time = 0; time < (benchCase.timesPerRound ?? 1); time++) {
        measured[k]!.mlgate.push(runOnce(benchCase.mlgate));
        if (benchCase.python) measured[k]!.python.push(runOnce(benchCase.python));
      }
    });
  }
  return cases.map((benchCase, k) => {
    const { mlgate, python } = measured[k]!;
    return {
      name: benchCase.name,
      mlgate: medianMeasure(mlgate),
      python: python.length > 0 ? medianMeasure(python) : undefined,
      pythonNote: benchCase.pythonNote,
      runs: mlgate.length,
    };
  });
}
