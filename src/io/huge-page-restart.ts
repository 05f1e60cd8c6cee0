/**
 * Running the process again with glibc's malloc asking the kernel for
 * transparent huge pages (its tunable `glibc.malloc.hugetlb=1`, glibc 2.35
 * and later), for a command that counts hundreds of megabytes of values.
 * Such a command writes about 200 MB of fresh memory, and each 4 KB page
 * written the first time is a fault: 55,000 for the bench's 1M-row drift,
 * 5 to 14 µs each on its virtual machine, and as many misses of the TLB
 * after. On 2 MB pages (where the kernel leaves huge pages to what asks for
 * them, `[madvise]`, Debian's and Ubuntu's default) that drift took 32,000
 * faults, and 1.46 instead of 1.62 s with the tunable set before it started
 * (9 runs alternating), at the same peak; 1.55 s when this module restarts it.
 *
 * The restart also gives every thread glibc's main arena
 * (`glibc.malloc.arena_max=1`, unless set already): a worker thread's blocks
 * came from an arena of its own, whose heaps glibc leaves on 4 KB pages, so
 * the scan worker's tables still took a fault per page. With one arena the
 * drift took 18,800 faults instead of 27,500, 1.20 instead of 1.23 s, and a
 * peak of 197 instead of 204 MB (11 runs alternating, both set before it
 * started); the threads allocate large blocks, few, so they hardly wait on
 * its lock.
 *
 * And it keeps malloc's mmap threshold where it starts, 128 KB
 * (`glibc.malloc.mmap_threshold=131072`, unless set already): a larger block
 * is mapped on its own and handed back when freed. A fixed threshold no
 * longer rises as blocks are freed (src/io/malloc-threshold.ts raises it on
 * purpose elsewhere), so such blocks no longer pile up in the heap, where a
 * freed block's pages, whole 2 MB pages here, stay written. Against the
 * bundle without it (runs alternating), the 1M-row drift peaked at 195.1
 * instead of 199.3 MB in 0.847 instead of 0.843 s back to back (11 runs), and
 * at 193.6 instead of 198.3 MB in 0.922 instead of 0.955 s run 6 s apart (9);
 * a 1M-row profile at 145.9 instead of 160.8 MB in 0.694 instead of 0.711 s
 * (11), and at 145.4 instead of 161.0 MB in 0.777 instead of 0.738 s run 4 s
 * apart (7), with more faults (drift: 18,000 → 32,000).
 *
 * glibc reads its tunables only when a process starts, so the process runs
 * itself again with it: `process.execve` keeps its pid, its standard streams,
 * its arguments and its Node options, and costs one more start of Node
 * (the 1M-row drift took 1.25 s restarted, and 1.14 s with the tunables set
 * before it started: 15 runs alternating). The caller (src/cli/command-line.ts)
 * decides when that pays; a restart that fails leaves the command running as
 * it was. The setting is left alone wherever it would change nothing, or
 * where someone has set it already (so the process restarts at most once).
 *
 * What it costs where freed memory goes back to the host: the bench machine
 * hands free 8 MB stretches back after a few seconds, and a 2 MB page needs
 * a free 2 MB stretch, while 4 KB pages come from what the guest freed
 * lately. The 1M-row drift, run 6 s apart, took 0.93 s restarted (0.31 s of
 * CPU in the kernel) against 0.85 s (0.20 s) with `glibc.malloc.hugetlb=0`,
 * no restart (9 runs alternating); back to back, before the fixed threshold,
 * both took 0.81 s (11 runs). It stays: without it, and its one arena, the
 * drift peaked at 204 instead of 196 MB, past 0.3 of pandas' lowest peak seen
 * (672 MB), the limit of issue 17's target 4.
 */
import { readFileSync } from 'node:fs';

/** What decides whether the restart maps memory differently; what costs a read is read only when asked. */
export interface HugePageHost {
  readonly platform: NodeJS.Platform;
  /** This process's GLIBC_TUNABLES. */
  readonly tunables: string | undefined;
  /** /sys/kernel/mm/transparent_hugepage/enabled, e.g. `always [madvise] never`; undefined if unreadable. */
  readonly transparentHugePages: () => string | undefined;
  /** glibc's version at run time; undefined under another C library (musl ignores GLIBC_TUNABLES). */
  readonly glibc: () => string | undefined;
}

const hugePages = 'glibc.malloc.hugetlb=1';
/** Added unless set already: one arena, and the mmap threshold fixed at its start. */
const addedUnlessSet: readonly (readonly [name: string, value: string])[] = [
  ['glibc.malloc.arena_max', '1'],
  ['glibc.malloc.mmap_threshold', '131072'],
];

/** The GLIBC_TUNABLES to run again with, or undefined when running again would not change how memory is mapped. */
export function hugePageTunables(host: HugePageHost): string | undefined {
  // Set already (by the restart itself, so this is the run it started) is checked first.
  if (host.platform !== 'linux' || host.tunables?.includes('glibc.malloc.hugetlb'))
    return undefined;
  // `[always]` maps large blocks on huge pages already; `[never]` refuses them to everyone.
  if (!host.transparentHugePages()?.includes('[madvise]')) return undefined;
  if (!glibcAtLeast(host.glibc(), 2, 35)) return undefined;
  const added = addedUnlessSet
    .filter(([name]) => !host.tunables?.includes(name))
    .map(([name, value]) => `${name}=${value}`);
  return [...(host.tunables ? [host.tunables] : []), hugePages, ...added].join(':');
}

function glibcAtLeast(version: string | undefined, major: number, minor: number): boolean {
  const parts = /^(\d+)\.(\d+)/.exec(version ?? '');
  if (!parts) return false;
  const [have, haveMinor] = [Number(parts[1]), Number(parts[2])];
  return have > major || (have === major && haveMinor >= minor);
}

/** This process's host, as `hugePageTunables` reads it. */
function thisHost(): HugePageHost {
  return {
    platform: process.platform,
    tunables: process.env.GLIBC_TUNABLES,
    transparentHugePages: transparentHugePageMode,
    glibc: glibcVersion,
  };
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

function transparentHugePageMode(): string | undefined {
  try {
    return readFileSync('/sys/kernel/mm/transparent_hugepage/enabled', 'utf8');
  } catch {
    return undefined;
  }
}

export interface RestartSeams {
  readonly host?: () => HugePageHost;
  readonly execve?: typeof process.execve;
}

/**
 * Replaces this process with itself run again on huge pages, before any
 * thread starts; returns only when it does not (nothing to gain, or the
 * restart failed).
 */
export function restartWithHugePages(seams: RestartSeams = {}): void {
  const { host = thisHost, execve = process.execve } = seams;
  const tunables = hugePageTunables(host());
  if (tunables === undefined || execve === undefined) return;
  const args = [process.execPath, ...process.execArgv, ...process.argv.slice(1)];
  try {
    execve(process.execPath, args, { ...process.env, GLIBC_TUNABLES: tunables });
  } catch {
    // The command runs here as it would have, only without huge pages.
  }
}
