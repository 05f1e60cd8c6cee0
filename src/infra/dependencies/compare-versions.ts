/**
 * Orders version strings the way Python (PEP 440) and npm (SemVer) do, well
 * enough to say upgrade, downgrade and major bump: epoch `N!`, numeric release
 * segments, pre-releases (a/b/rc, alpha/beta, `-beta.1`) before the release,
 * `.post` after it, `.dev` before everything; a local `+build` part sorts
 * after the same version without one (as packaging.version does).
 * Unrecognised text falls back to comparing digit runs and words in turn.
 */

interface ParsedVersion {
  epoch: number;
  release: number[];
  /** [rank, number]: dev −3 < alpha −2 < beta −1 < rc 0 < final 1 < post 2. */
  phase: [number, number];
  local: boolean;
}

const phaseRank: Record<string, number> = {
  dev: -3,
  a: -2,
  alpha: -2,
  b: -1,
  beta: -1,
  c: 0,
  rc: 0,
  pre: 0,
  preview: 0,
  post: 2,
  rev: 2,
  r: 2,
};

const pattern =
  /^v?(?:(\d+)!)?(\d+(?:\.\d+)*)(?:[-_.]?(dev|a|alpha|b|beta|c|rc|pre|preview|post|rev|r)[-_.]?(\d*)(?:\.[0-9A-Za-z.-]*)?)?(\+.*)?$/i;

export function parseVersion(text: string): ParsedVersion | undefined {
  const match = pattern.exec(text.trim());
  if (!match) return undefined;
  const tag = match[3]?.toLowerCase();
  return {
    epoch: Number(match[1] ?? 0),
    release: match[2]!.split('.').map(Number),
    phase: tag === undefined ? [1, 0] : [phaseRank[tag]!, Number(match[4] || 0)],
    local: match[5] !== undefined,
  };
}

/** Negative when a < b, 0 when equal, positive when a > b. */
export function compareVersions(a: string, b: string): number {
  const x = parseVersion(a);
  const y = parseVersion(b);
  if (!x || !y) return compareLoose(a, b);
  if (x.epoch !== y.epoch) return x.epoch - y.epoch;
  const length = Math.max(x.release.length, y.release.length);
  for (let i = 0; i < length; i++) {
    const difference = (x.release[i] ?? 0) - (y.release[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return x.phase[0] - y.phase[0] || x.phase[1] - y.phase[1] || Number(x.local) - Number(y.local);
}

/**
 * A major bump: the first release number changes, or, for 0.x versions
 * (where SemVer and caret ranges treat the minor as breaking), the second.
 */
export function isMajorChange(from: string, to: string): boolean {
  const x = parseVersion(from);
  const y = parseVersion(to);
  if (!x || !y) return false;
  if (x.epoch !== y.epoch) return true;
  if (x.release[0] !== y.release[0]) return true;
  return x.release[0] === 0 && (x.release[1] ?? 0) !== (y.release[1] ?? 0);
}

function compareLoose(a: string, b: string): number {
  const parts = (text: string) => text.match(/\d+|[A-Za-z]+/g) ?? [];
  const x = parts(a);
  const y = parts(b);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const p = x[i];
    const q = y[i];
    if (p === undefined) return -1;
    if (q === undefined) return 1;
    const numeric = /^\d/.test(p) && /^\d/.test(q);
    const difference = numeric ? Number(p) - Number(q) : p.localeCompare(q);
    if (difference !== 0) return difference;
  }
  return 0;
}
