/**
 * Running the process again with glibc's malloc serving every thread from one
 * arena (`glibc.malloc.arena_max=1`) and mapping every block above 128 KB on
 * its own (`glibc.malloc.mmap_threshold=131072`), for a command that counts
 * hundreds of megabytes of values: what a 1M-row drift or profile keeps
 * grows with its data, and these two keep it down.
 *
 * - One arena: a worker thread's blocks came from an arena of its own, whose
 *   64 MB heaps keep what was freed in them; the threads allocate large
 *   blocks, few, so they hardly wait on the one arena's lock.
 * - A fixed threshold: freeing a mapped block raises glibc's threshold to its
 *   size (mallopt(3), M_MMAP_THRESHOLD), after which blocks up to that size
 *   come from the heap and pile up there; fixed, each is handed back when it
 *   is freed. src/io/malloc-threshold.ts raises it on purpose in a process
 *   that was not restarted, where it saves page faults.
 *
 * Together: the bench's 1M-row drift peaked at 192 instead of 203 MB (run
 * 6 s apart, 7 runs alternating, both set before Node started), within 0.3
 * of pandas' peak (672 to 679 MB), the limit of issue 17's target 4.
 *
 * No huge pages: the restart also set `glibc.malloc.hugetlb=1` (transparent
 * huge pages for malloc's blocks) until the figures of its first run showed
 * what a command costs in CI, where it runs once, on memory it has not
 * touched. The bench machine hands free 8 MB stretches back to its host
 * after a few seconds; a 2 MB page needs such a stretch, while 4 KB pages
 * come from what the guest freed lately. Run 6 s apart, that drift took
 * 0.896 s without huge pages against 0.937 s with them (0.26 against 0.30 s
 * of CPU in the kernel, 7 runs alternating); back to back, 0.859 against
 * 0.843 s (9 runs). A 1M-row profile run 5 s apart: 0.714 against 0.750 s.
 *
 * glibc reads its tunables only when a process starts, so the process runs
 * itself again with them: `process.execve` keeps its pid, its standard
 * streams, its arguments and its Node options, and costs one more start of
 * Node (about 0.03 s of the 1M-row drift). The caller (src/cli/command-line.ts)
 * decides when that pays; a restart that fails leaves the command running as
 * it was. Where either tunable is set already (by the user, or by the restart
 * itself, so the process restarts at most once), malloc is left as it is.
 */
/** What decides whether the restart maps memory differently; what costs a read is read only when asked. */
/** What decides whether the restart changes how memory is allocated; glibc's version is read only when asked. */
export interface MallocHost {
  readonly platform: NodeJS.Platform;
  /** This process's GLIBC_TUNABLES. */
  readonly tunables: string | undefined;
  /** glibc's version at run time; undefined under another C library (musl ignores GLIBC_TUNABLES). */
  readonly glibc: () => string | undefined;
}

/** What the restart sets: one arena, and the mmap threshold fixed at its start. */
const restartTunables: readonly (readonly [name: string, value: string])[] = [
  ['glibc.malloc.arena_max', '1'],
  ['glibc.malloc.mmap_threshold', '131072'],
];

/** The GLIBC_TUNABLES to run again with, or undefined when running again would not change how memory is allocated. */
export function mallocTunables(host: MallocHost): string | undefined {
  if (host.platform !== 'linux') return undefined;
  // Set already (by the restart itself, so this is the run it started) is checked before glibc.
  if (restartTunables.some(([name]) => host.tunables?.includes(name))) return undefined;
  // The tunables came with glibc 2.26.
  if (!glibcAtLeast(host.glibc(), 2, 26)) return undefined;
  const added = restartTunables.map(([name, value]) => `${name}=${value}`);
  return [...(host.tunables ? [host.tunables] : []), ...added].join(':');
}

function glibcAtLeast(version: string | undefined, major: number, minor: number): boolean {
  const parts = /^(\d+)\.(\d+)/.exec(version ?? '');
  if (!parts) return false;
  const [have, haveMinor] = [Number(parts[1]), Number(parts[2])];
  return have > major || (have === major && haveMinor >= minor);
}

/** This process's host, as `mallocTunables` reads it. */
function thisHost(): MallocHost {
  return { platform: process.platform, tunables: process.env.GLIBC_TUNABLES, glibc: glibcVersion };
}

/** From Node's diagnostic report (about 3 ms), typed only as `object`. */
function glibcVersion(): string | undefined {
  const report = process.report.getReport();
  const header = 'header' in report ? report.header : undefined;
  const version =
    typeof header === 'object' && header !== null && 'glibcVersionRuntime' in header
      ? header.glibcVersionRuntime
      : undefined;
  return typeof version === 'string' ? version : undefined;
}

export interface RestartSeams {
  readonly host?: () => MallocHost;
  readonly execve?: typeof process.execve;
}

/**
 * Replaces this process with itself run again with malloc's tunables set,
 * before any thread starts; returns only when it does not (nothing to gain,
 * or the restart failed).
 */
export function restartWithMallocTunables(seams: RestartSeams = {}): void {
  const { host = thisHost, execve = process.execve } = seams;
  const tunables = mallocTunables(host());
  if (tunables === undefined || execve === undefined) return;
  const args = [process.execPath, ...process.execArgv, ...process.argv.slice(1)];
  try {
    execve(process.execPath, args, { ...process.env, GLIBC_TUNABLES: tunables });
  } catch {
    // The command runs here as it would have, with malloc as it was.
  }
}
