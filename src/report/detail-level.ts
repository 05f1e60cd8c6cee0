/**
 * How much per-check detail a rendering holds. A report that doesn't fit its
 * limit steps down: all details, then details of problem checks only (long
 * tables cut), then findings alone.
 */
export const detailLevels = ['full', 'failing-only', 'findings-only'] as const;
export type DetailLevel = (typeof detailLevels)[number];

/** Per level: how many findings, table rows and list items a check shows. */
export const itemLimits: Readonly<Record<DetailLevel, number | undefined>> = {
  full: undefined,
  'failing-only': 25,
  'findings-only': 10,
};
