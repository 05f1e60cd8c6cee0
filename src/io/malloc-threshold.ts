/**
 * Which freed blocks glibc's malloc keeps for reuse, for the whole process.
 * malloc maps a block larger than its mmap threshold (128 KB at start) on its
 * own and hands it back to the system when it is freed, and freeing such a
 * block raises the threshold to that block's size, up to 32 MB (mallopt(3),
 * M_MMAP_THRESHOLD). After that, blocks up to that size come from the heap
 * and are reused when freed. A large scan allocates and frees many blocks of
 * up to a few megabytes per column (value blocks, widened counts, sort
 * scratch), and a block mapped afresh is written page by page, each page a
 * fault (about 14 µs on the bench machine, a virtual machine). The threshold
 * used to rise by accident, with the many tables of the date column's
 * milliseconds; once those were counted by text code (scan-column-builder.ts),
 * the 1M-row drift took 64,000 faults instead of 55,000, and 1.66 instead of
 * 1.60 s. So it is raised on purpose when a scan starts threads: one block of
 * 3.5 MB allocated and freed at once, never written, so it costs no page.
 * Not higher: at 4.5 MB the scan's 4 MB key lists stay in the heap too, which
 * took the faults to 44,000 but the peak from 208 to 222 MB.
 * Elsewhere than glibc it is one allocation freed; in a process run again
 * with malloc's tunables (src/io/malloc-restart.ts), whose threshold is
 * fixed, too.
 */
const thresholdBytes = 3.5 * 2 ** 20;

export function raiseMallocMmapThreshold(): void {
  new ArrayBuffer(thresholdBytes).transfer(0);
}
