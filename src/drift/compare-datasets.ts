/**
 * Drift between a reference and current data, column by column: which columns
 * are compared and how (numeric, categorical, skipped with a reason), the
 * figures of each, the decisions and the dataset verdict. The reference is a
 * typed scan of raw rows or an mlgate profile; current data is always a scan.
 *
 * Column kinds follow the reference: a number column is compared as numbers
 * even where current data holds text (those cells count as bad, and are named),
 * so a serving bug that writes `15.6C` is reported, not coerced. Dates and
 * datetimes move with time and are skipped unless a method is set for them;
 * identifiers and free text are skipped (the profile's kind rules decide).
 * Cells of a compared feature that are not values of its type are listed per
 * file, located, and decide the verdict too (unreadable-cells.ts).
 */
import type { ScanColumn, ScanNumericColumn, TableScan } from '../data/table-scan.ts';
import { inferColumnKind } from '../profile/infer-column-kind.ts';
import { defaultProfileSettings } from '../profile/profile-settings.ts';
import type { ColumnProfile, TableProfile } from '../profile/profile-types.ts';
import { categoricalFigures } from './categorical-drift.ts';
import {
  type CategoricalSide,
  categoricalSideFromBooleans,
  categoricalSideFromNumbers,
  categoricalSideFromProfile,
  categoricalSideFromScan,
} from './categorical-side.ts';
import { type ComputedFeature, decideDrift } from './decide-drift.ts';
import {
  type DriftResult,
  type DriftSource,
  driftFormat,
  driftVersion,
  type UnreadableCells,
} from './drift-result.ts';
import type { DriftRules } from './drift-rules.ts';
import { numericFigures } from './numeric-drift.ts';
import { type NumericFiguresElsewhere, type NumericPair, pairsToSend } from './numeric-pair.ts';
import {
  type NumericSide,
  numericSideFromProfile,
  numericSideFromScan,
  numericSideFromTexts,
} from './numeric-side.ts';
import type { ReleasingScan } from './released-as-compared.ts';
import { summaryWithUnreadable, unreadableEntry, unreadableInScan } from './unreadable-cells.ts';

/** Columns to leave out with the reason (e.g. identifiers a Table Schema declares unique). */
export type SkipReasons = ReadonlyMap<string, string>;

type Role =
  | { role: 'numeric'; time: boolean }
  | { role: 'categorical' }
  | { role: 'skip'; reason: string };

type ReferenceSide =
  | {
      role: 'numeric';
      time: boolean;
      side: () => NumericSide | null;
      /** A scan's counted number column, which another thread can compare (numeric-pair.ts). */
      counted?: ScanNumericColumn;
    }
  | { role: 'categorical'; side: () => CategoricalSide | null }
  | { role: 'skip'; reason: string };

/**
 * What drift keeps of the reference: per column, its role and how to make its
 * side (value table or category counts, from the scan's counts or the
 * profile) when its feature is compared, not the rows. A side is made then
 * and let go with its feature: made all at once and held, a wide table's
 * 50,000 sides were tens of megabytes, and V8, seeing them live long, put
 * current data's sides (made by the same code, dropped at once) straight into
 * the old generation too. compareWithReference takes each column out of
 * `sides` once compared.
 */
export interface Reference {
  source: DriftSource;
  names: readonly string[];
  sides: Map<string, ReferenceSide>;
  /** Compared columns of the reference rows holding cells that are not values of their type. */
  unreadable: readonly UnreadableCells[];
}

function compared(name: string, rules: DriftRules, skip: SkipReasons): boolean {
  return !rules.ignore.includes(name) && !rules.features[name]?.ignore && !skip.has(name);
}

export function referenceFromScan(
  scan: TableScan,
  rules: DriftRules,
  skip: SkipReasons = new Map(),
): Reference {
  const reference = referenceOf(
    scan.columns,
    { path: scan.source, kind: 'rows', rows: scan.rowCount },
    rules,
    skip,
    { roleOf: scanRole, numeric: numericFromScan, categorical: categoricalFromScan },
  );
  for (const column of scan.columns) {
    const side = reference.sides.get(column.name);
    if (side?.role === 'numeric' && isCountedNumber(column)) side.counted = column;
  }
  // forEach, not a spread: a wide table's 50,000 entries would each be an array.
  const read: string[] = [];
  reference.sides.forEach((side, name) => {
    if (side.role !== 'skip') read.push(name);
  });
  return {
    ...reference,
    unreadable: unreadableInScan('reference', scan, read, rules.maxUnreadableShare),
  };
}

export function referenceFromProfile(
  profile: TableProfile,
  path: string,
  rules: DriftRules,
  skip: SkipReasons = new Map(),
): Reference {
  return referenceOf(
    profile.columns,
    { path, kind: 'profile', rows: profile.rowCount },
    rules,
    skip,
    {
      roleOf: profileRole,
      numeric: numericSideFromProfile,
      categorical: categoricalSideFromProfile,
    },
  );
}

/** How one source of reference columns (scan or profile) gives its roles and sides. */
interface SideReaders<Column> {
  roleOf: (column: Column, rules: DriftRules) => Role;
  numeric: (column: Column) => NumericSide | null;
  categorical: (column: Column) => CategoricalSide | null;
}

function referenceOf<Column extends { name: string }>(
  columns: readonly Column[],
  source: DriftSource,
  rules: DriftRules,
  skip: SkipReasons,
  readers: SideReaders<Column>,
): Reference {
  const sides = new Map<string, ReferenceSide>();
  for (const column of columns) {
    if (!compared(column.name, rules, skip)) continue;
    const role = readers.roleOf(column, rules);
    if (role.role === 'numeric') {
      sides.set(column.name, { ...role, side: () => readers.numeric(column) });
    } else if (role.role === 'categorical') {
      sides.set(column.name, { ...role, side: () => readers.categorical(column) });
    } else sides.set(column.name, role);
  }
  return { source, names: columns.map((column) => column.name), sides, unreadable: [] };
}

export function driftAgainstProfile(
  reference: TableProfile,
  referencePath: string,
  current: TableScan,
  rules: DriftRules,
  skip: SkipReasons = new Map(),
): DriftResult {
  return compareWithReference(
    referenceFromProfile(reference, referencePath, rules, skip),
    current,
    rules,
    skip,
  );
}

/**
 * `located`: current data scanned again with the columns that its inference
 * read as text but the reference holds as numbers typed as numbers, so that
 * their unreadable cells come with lines (run-drift.ts); without it they are
 * counted, not located. A `ReleasingScan` lets go of each column once compared.
 */
export function compareWithReference(
  reference: Reference,
  current: TableScan | ReleasingScan,
  rules: DriftRules,
  skip: SkipReasons = new Map(),
  located?: TableScan,
): DriftResult {
  const compared = compareColumns(reference, current, { rules, skip, located }, new Map());
  return resultOfCompared(reference, current, rules, compared);
}

/**
 * compareWithReference, with about half of the large numeric features
 * (numeric-pair.ts) compared `elsewhere` meanwhile, on another thread: the
 * same result. Their columns are handed over, so a caller that keeps the
 * scans (train/serve skew) must not ask for this.
 */
export async function compareSharingWork(
  reference: Reference,
  current: TableScan | ReleasingScan,
  rules: DriftRules,
  skip: SkipReasons,
  located: TableScan | undefined,
  elsewhere: NumericFiguresElsewhere,
): Promise<DriftResult> {
  const pairs = pairsToSend(countedPairs(reference, current, rules, skip, located));
  // Found before the columns are handed over; read from the columns' counts, not their tables.
  const sentUnreadable = new Map(
    pairs.map((pair) => [
      pair.name,
      currentUnreadable(pair.name, current, located, new Map(), rules),
    ]),
  );
  const figures = pairs.length > 0 ? elsewhere(pairs) : undefined;
  const context = { rules, skip, located };
  const compared = compareColumns(
    reference,
    current,
    context,
    figures ? sentUnreadable : new Map(),
  );
  if (figures) {
    const answered = await figures;
    if (answered.length !== pairs.length)
      throw new Error('drift: figures came back for other features than sent');
    pairs.forEach((pair, k) => {
      compared.computed[compared.names.indexOf(pair.name)] = { kind: 'numeric', ...answered[k]! };
    });
  }
  return resultOfCompared(reference, current, rules, compared);
}

/** The shared columns, each compared here or left for figures computed elsewhere (`sent`: their unreadable cells). */
interface ComparedColumns {
  /** Current data's columns, all of them (a ReleasingScan's are let go of as compared). */
  currentNames: string[];
  names: string[];
  /** Undefined where the feature was sent elsewhere, until its figures are back. */
  computed: (ComputedFeature | undefined)[];
  /** Current data's unreadable cells of each compared feature, in column order. */
  unreadable: UnreadableCells[];
}

function compareColumns(
  reference: Reference,
  current: TableScan | ReleasingScan,
  { rules, skip, located }: { rules: DriftRules; skip: SkipReasons; located?: TableScan },
  sent: ReadonlyMap<string, UnreadableCells[]>,
): ComparedColumns {
  const currentNames = current.columns.map((column) => column.name);
  // A set, not includes: a wide table has tens of thousands of columns.
  const inCurrent = new Set(currentNames);
  const names = reference.names.filter((name) => inCurrent.has(name));
  const textUnreadable = new Map<string, UnreadableCells>();
  const unreadable: UnreadableCells[] = [];
  const computed = names.map((name) => {
    const away = sent.get(name);
    const feature = away
      ? undefined
      : computeFeature(name, reference, current, { rules, skip, textUnreadable });
    reference.sides.delete(name);
    if (away) unreadable.push(...away);
    else if (feature?.kind !== 'skipped') {
      unreadable.push(...currentUnreadable(name, current, located, textUnreadable, rules));
    }
    if ('release' in current) current.release(name);
    return feature;
  });
  return { currentNames, names, computed, unreadable };
}

function resultOfCompared(
  reference: Reference,
  current: TableScan,
  rules: DriftRules,
  { currentNames, computed, unreadable }: ComparedColumns,
): DriftResult {
  const features = computed.map((feature) => {
    if (!feature) throw new Error('drift: a feature sent elsewhere never came back');
    return feature;
  });
  return driftResultOf(
    { reference: reference.source, current: currentSource(current) },
    { reference: reference.names, current: currentNames },
    features,
    rules,
    (isReadable) => [
      ...reference.unreadable.filter((entry) => isReadable(entry.column)),
      ...unreadable,
    ],
  );
}

/** The numeric features whose both sides are counted number columns, none of them left out or located again. */
function countedPairs(
  reference: Reference,
  current: TableScan,
  rules: DriftRules,
  skip: SkipReasons,
  located: TableScan | undefined,
): NumericPair[] {
  const pairs: NumericPair[] = [];
  reference.sides.forEach((side, name) => {
    if (side.role !== 'numeric' || side.time || !side.counted) return;
    const column = current.column(name);
    if (!column || !isCountedNumber(column) || leftOut(name, rules, skip) || located?.column(name))
      return;
    pairs.push({ name, reference: side.counted, current: column });
  });
  return pairs;
}

function isCountedNumber(column: ScanColumn): column is ScanNumericColumn {
  return (column.kind === 'number' || column.kind === 'integer') && column.counted !== undefined;
}

function currentSource(current: TableScan): DriftSource {
  return { path: current.source, kind: 'rows', rows: current.rowCount };
}

/**
 * The DriftResult of computed features, however they were computed (here
 * from scans, or in an SQL engine): the decisions, the columns only one side
 * has, and the unreadable cells of the features that were compared.
 */
export function driftResultOf(
  sources: { reference: DriftSource; current: DriftSource },
  names: { reference: readonly string[]; current: readonly string[] },
  computed: readonly ComputedFeature[],
  rules: DriftRules,
  unreadableOf: (isReadable: (name: string) => boolean) => UnreadableCells[],
): DriftResult {
  const { features, summary } = decideDrift(computed, rules);
  // Made only when asked: a wide table's 50,000 names are a large set, and mostly no cell is unreadable.
  let readable: Set<string> | undefined;
  const isReadable = (name: string) => {
    readable ??= new Set(
      features.filter((feature) => feature.kind !== 'skipped').map((feature) => feature.name),
    );
    return readable.has(name);
  };
  const unreadable = unreadableOf(isReadable);
  const inCurrent = new Set(names.current);
  const inReference = new Set(names.reference);
  return {
    format: driftFormat,
    version: driftVersion,
    reference: sources.reference,
    current: sources.current,
    onlyInReference: names.reference.filter((name) => !inCurrent.has(name)),
    onlyInCurrent: names.current.filter((name) => !inReference.has(name)),
    rules: {
      significance: rules.significance,
      numericEffectFloor: rules.numericEffectFloor,
      categoricalEffect: rules.categoricalEffect,
      categoricalEffectFloor: rules.categoricalEffectFloor,
      maxUnreadableShare: rules.maxUnreadableShare,
    },
    summary: summaryWithUnreadable(summary, unreadable, rules.maxUnreadableShare),
    features,
    unreadable,
  };
}

interface FeatureContext {
  rules: DriftRules;
  skip: SkipReasons;
  /** Filled with the unreadable cells of number features that current data holds as text. */
  textUnreadable: Map<string, UnreadableCells>;
}

/** One shared column compared as the reference's role says, or skipped with the reason. */
export function computeFeature(
  name: string,
  reference: Reference,
  current: TableScan,
  { rules, skip, textUnreadable }: FeatureContext,
): ComputedFeature {
  const left = leftOut(name, rules, skip);
  if (left) return left;
  const side = reference.sides.get(name);
  const column = current.column(name);
  if (side === undefined || column === undefined) {
    throw new Error(`drift: column ${name} is in both files but was not read from both`);
  }
  if (side.role === 'skip') return skippedFeature(name, 'skipped', side.reason);
  if (side.role === 'categorical') {
    const { side: currentSide, problem } = currentCategorical(column);
    const figures = categoricalFigures(name, side.side() ?? emptyCategorical(), currentSide);
    if (problem) figures.result.notes.unshift(problem);
    return { kind: 'categorical', ...figures };
  }
  const { side: currentSide, problem } = currentNumeric(column, side.time);
  const figures = numericFigures(name, side.side() ?? emptyNumeric(), currentSide);
  if (problem) figures.result.notes.unshift(problem);
  if (column.kind === 'category' && currentSide.summary.bad > 0) {
    textUnreadable.set(name, unlocated(current.source, name, currentSide, rules));
  }
  if (currentSide.badExamples.length > 0) {
    const more = currentSide.summary.bad > currentSide.badExamples.length ? ', …' : '';
    figures.result.notes.unshift(
      `current data has ${currentSide.summary.bad} cell(s) that are not numbers, left out: ${currentSide.badExamples.map((t) => JSON.stringify(t)).join(', ')}${more}`,
    );
  }
  return { kind: 'numeric', ...figures };
}

/** A column the config ignores or the schema marks as an identifier, as a feature left out; else undefined. */
export function leftOut(
  name: string,
  rules: DriftRules,
  skip: SkipReasons,
): ComputedFeature | undefined {
  if (rules.ignore.includes(name) || rules.features[name]?.ignore) {
    return skippedFeature(name, 'ignored', 'ignored by the config');
  }
  const reason = skip.get(name);
  return reason === undefined ? undefined : skippedFeature(name, 'skipped', reason);
}

export function skippedFeature(
  name: string,
  status: 'ignored' | 'skipped',
  reason: string,
): ComputedFeature {
  return { kind: 'skipped', result: { name, kind: 'skipped', status, reason } };
}

/** A compared column's unreadable cells in current data, located where a rescan holds them. */
function currentUnreadable(
  name: string,
  current: TableScan,
  located: TableScan | undefined,
  textUnreadable: ReadonlyMap<string, UnreadableCells>,
  rules: DriftRules,
): UnreadableCells[] {
  if (located?.column(name)) {
    return unreadableInScan('current', located, [name], rules.maxUnreadableShare);
  }
  const text = textUnreadable.get(name);
  return text ? [text] : unreadableInScan('current', current, [name], rules.maxUnreadableShare);
}

const datesSkipped =
  'dates and times move with time, so their drift is expected; set a method for this feature to compare it anyway';

function scanRole(column: ScanColumn, rules: DriftRules): Role {
  return kindRole(column.name, column.kind, rules, () => {
    let distinct = 0;
    if (column.kind === 'category') for (const count of column.counts) if (count > 0) distinct++;
    return { distinct, count: column.presentCount };
  });
}

/**
 * A column's role from its kind as a scan reads it; a text column's from its
 * distinct and present counts (asked only for text), as a profile decides
 * identifiers and free text. An SQL source's columns are given the kind of
 * their SQL type, so they get the role a file of the same data gets.
 */
export function kindRole(
  name: string,
  kind: ScanColumn['kind'],
  rules: DriftRules,
  textCounts: () => { distinct: number; count: number },
): Role {
  const method = rules.features[name]?.method;
  switch (kind) {
    case 'number':
    case 'integer':
      return { role: 'numeric', time: false };
    case 'boolean':
      return { role: 'categorical' };
    case 'date':
    case 'datetime':
      return method ? { role: 'numeric', time: true } : { role: 'skip', reason: datesSkipped };
    case 'category': {
      if (method) return { role: 'categorical' };
      const { distinct, count } = textCounts();
      const inferred = inferColumnKind(
        { count, types: { number: 0, boolean: 0, datetime: 0, string: count } },
        { value: distinct, exact: true, relativeStandardError: 0 },
        defaultProfileSettings,
      );
      return textRole(inferred, distinct, count);
    }
  }
}

function profileRole(column: ColumnProfile, rules: DriftRules): Role {
  const method = rules.features[column.name]?.method;
  switch (column.kind) {
    case 'numeric':
      return { role: 'numeric', time: false };
    case 'boolean':
    case 'categorical':
    case 'empty':
      return { role: 'categorical' };
    case 'datetime':
      return method ? { role: 'numeric', time: true } : { role: 'skip', reason: datesSkipped };
    case 'identifier':
    case 'text':
      return method
        ? { role: 'categorical' }
        : textRole(column.kind, column.distinct.value, column.count);
  }
}

function textRole(kind: string, distinct: number, count: number): Role {
  if (kind === 'identifier') {
    return {
      role: 'skip',
      reason: `every one of its ${count} values is distinct: an identifier, not a feature`,
    };
  }
  if (kind === 'text') {
    return {
      role: 'skip',
      reason: `free text or a high-cardinality code (${distinct} distinct values in ${count} cells); set a method for this feature to compare it as categories`,
    };
  }
  return { role: 'categorical' };
}

function numericFromScan(column: ScanColumn): NumericSide {
  return column.kind === 'category' ? numericSideFromTexts(column) : numericSideFromScan(column);
}

function categoricalFromScan(column: ScanColumn): CategoricalSide {
  if (column.kind === 'category') return categoricalSideFromScan(column);
  if (column.kind === 'boolean') return categoricalSideFromBooleans(column);
  throw new Error(`column ${column.name} is not categorical`);
}

function currentNumeric(
  column: ScanColumn,
  time: boolean,
): { side: NumericSide; problem?: string } {
  const isTime = column.kind === 'date' || column.kind === 'datetime';
  if (column.kind === 'number' || column.kind === 'integer' || column.kind === 'category') {
    return { side: numericFromScan(column) };
  }
  if (isTime && time) return { side: numericFromScan(column) };
  return {
    side: emptyNumeric(),
    problem: `current data holds ${column.kind} values where the reference holds ${time ? 'dates' : 'numbers'}`,
  };
}

function currentCategorical(column: ScanColumn): { side: CategoricalSide; problem?: string } {
  switch (column.kind) {
    case 'category':
      return { side: categoricalSideFromScan(column) };
    case 'boolean':
      return { side: categoricalSideFromBooleans(column) };
    case 'number':
    case 'integer':
      return {
        side: categoricalSideFromNumbers(column),
        problem:
          'current data holds only numbers in this text column; they are compared as their shortest decimal text (e.g. 1.50 as "1.5")',
      };
    default:
      return {
        side: emptyCategorical(),
        problem: `current data holds ${column.kind} values where the reference holds categories`,
      };
  }
}

/** Current data's text column read as numbers, without a typed scan to locate its unreadable cells. */
function unlocated(
  path: string,
  column: string,
  side: NumericSide,
  rules: DriftRules,
): UnreadableCells {
  const { bad, nonFinite } = side.summary;
  return unreadableEntry(
    { role: 'current', path, column, expected: 'number' },
    { count: bad, cells: side.n + nonFinite + bad },
    [],
    rules.maxUnreadableShare,
  );
}

function emptyNumeric(): NumericSide {
  return {
    sample: new Float64Array(0),
    n: 0,
    summary: {
      count: 0,
      missing: 0,
      nonFinite: 0,
      bad: 0,
      mean: null,
      std: null,
      min: null,
      max: null,
    },
    quantile: () => Number.NaN,
    rankError: 0,
    badExamples: [],
  };
}

function emptyCategorical(): CategoricalSide {
  return {
    counts: new Map(),
    total: 0,
    exact: true,
    countErrorBound: 0,
    summary: {
      count: 0,
      missing: 0,
      nonFinite: 0,
      bad: 0,
      mean: null,
      std: null,
      min: null,
      max: null,
    },
  };
}
