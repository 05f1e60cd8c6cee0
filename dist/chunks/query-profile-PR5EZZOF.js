import {
  assembleColumn,
  datetimeProfile,
  histogramEdges,
  numericProfileOf,
  profileTexts
} from "./chunk-P7HTME6E.js";
import {
  defaultProfileSettings,
  quantileProbabilities
} from "./chunk-Q66JVYKC.js";
import "./chunk-IDEN7Q7X.js";
import {
  columnsProbeSql
} from "./chunk-DPIG2K5A.js";
import "./chunk-FJSVKJ5S.js";
import {
  pruneSorted,
  prunedRuns
} from "./chunk-XUDKVEYV.js";
import {
  profileFormat,
  profileVersion
} from "./chunk-2WDMWBST.js";
import "./chunk-JJK6CC36.js";
import "./chunk-SEWDMQ6Q.js";

// src/sql/profile-queries.ts
var numberLikeTypes = ["number", "integer", "date", "datetime"];
function profileRowCountSql(relation) {
  return `SELECT COUNT(*) AS row_count FROM ${relation}`;
}
function numericSummarySql(dialect, relation, column, type) {
  const infinity = dialect.doubleLiteral(Number.POSITIVE_INFINITY);
  const negativeInfinity = dialect.doubleLiteral(Number.NEGATIVE_INFINITY);
  return [
    "SELECT COUNT(v) AS present, COUNT(f) AS finite, COUNT(DISTINCT f) AS distinct_finite,",
    `  SUM(CASE WHEN v = ${infinity} THEN 1 ELSE 0 END) AS positive_infinity,`,
    `  SUM(CASE WHEN v = ${negativeInfinity} THEN 1 ELSE 0 END) AS negative_infinity,`,
    "  MIN(f) AS min_value, MAX(f) AS max_value,",
    "  SUM(CASE WHEN f <> FLOOR(f) THEN 1 ELSE 0 END) AS fractional",
    `FROM ${numericValues(dialect, relation, column, type)}`
  ].join("\n");
}
function valueCountsSql(dialect, relation, column, type) {
  return [
    "SELECT f AS value, COUNT(*) AS value_count",
    `FROM ${numericValues(dialect, relation, column, type)}`,
    "WHERE f IS NOT NULL",
    "GROUP BY f",
    "ORDER BY f"
  ].join("\n");
}
function momentsAndQuantilesSql(dialect, relation, column, type, probabilities) {
  const values = numericValues(dialect, relation, column, type);
  const moments = `AVG(f) AS mean, ${dialect.sampleStd("f")} AS std`;
  if (dialect.engine === "duckdb") {
    return [
      "SELECT mean, std,",
      probabilities.map((_, i) => `  quantiles[${i + 1}] AS q${i}`).join(",\n"),
      `FROM (SELECT ${moments}, quantile_cont(f, ARRAY[${probabilities.join(", ")}]) AS quantiles`,
      `  FROM ${values}) AS mlgate_moments`
    ].join("\n");
  }
  const quantiles = probabilities.map((p, i) => `  ${dialect.quantile("f", p)} AS q${i}`);
  return [`SELECT ${moments},`, quantiles.join(",\n"), `FROM ${values}`].join("\n");
}
function histogramSql(dialect, relation, column, type, edges) {
  const edge = (i) => dialect.double(dialect.string(String(edges[i])));
  const last = edges.length - 2;
  const bins = Array.from({ length: edges.length - 1 }, (_, i) => {
    const conditions = [i > 0 ? `f >= ${edge(i)}` : "", i < last ? `f < ${edge(i + 1)}` : ""].filter((condition) => condition !== "").join(" AND ");
    return `  SUM(CASE WHEN ${conditions || "f IS NOT NULL"} THEN 1 ELSE 0 END) AS bin_${i}`;
  });
  return [
    "SELECT",
    bins.join(",\n"),
    `FROM ${numericValues(dialect, relation, column, type)}`
  ].join("\n");
}
function valuesAtRanksSql(dialect, relation, column, type, ranks) {
  return [
    "SELECT value FROM (",
    "  SELECT f AS value, ROW_NUMBER() OVER (ORDER BY f) - 1 AS value_rank",
    `  FROM ${numericValues(dialect, relation, column, type)}`,
    "  WHERE f IS NOT NULL",
    ") AS mlgate_ranked",
    `WHERE value_rank IN (${ranks.join(", ")})`,
    "ORDER BY value_rank"
  ].join("\n");
}
function textSummarySql(dialect, relation, column) {
  return [
    "SELECT COUNT(v) AS present, COUNT(DISTINCT v) AS distinct_values",
    `FROM ${textValues(dialect, relation, column)}`
  ].join("\n");
}
function textCountsSql(dialect, relation, column, limit) {
  return [
    "SELECT v AS value, COUNT(*) AS value_count",
    `FROM ${textValues(dialect, relation, column)}`,
    "WHERE v IS NOT NULL",
    "GROUP BY v",
    "ORDER BY value_count DESC, value",
    ...limit === void 0 ? [] : [`LIMIT ${limit}`]
  ].join("\n");
}
function numericValues(dialect, relation, column, type) {
  const quoted = dialect.identifier(column);
  const value = type === "date" || type === "datetime" ? dialect.double(dialect.epochMilliseconds(quoted, type)) : dialect.double(quoted);
  const finite = dialect.isFinite("v");
  return `(SELECT v, CASE WHEN ${finite} THEN v END AS f FROM (SELECT ${value} AS v FROM ${relation}) AS mlgate_cells) AS mlgate_values`;
}
function textValues(dialect, relation, column) {
  return `(SELECT ${dialect.text(dialect.identifier(column))} AS v FROM ${relation}) AS mlgate_values`;
}

// src/profile/query-profile.ts
async function profileQuerySource(source, settings = defaultProfileSettings) {
  const { columns } = await source.connection.query(columnsProbeSql(source.relation));
  const rowCount = countOf(
    firstRow(await source.connection.query(profileRowCountSql(source.relation))).row_count
  );
  const profiles = [];
  for (const column of columns) {
    profiles.push(
      isNumberLike(column) ? await profileNumberColumn(source, column, rowCount, settings) : await profileTextColumn(source, column, rowCount, settings)
    );
  }
  return {
    format: profileFormat,
    version: profileVersion,
    sources: [{ path: source.label, format: "sql", rows: rowCount, badRows: 0 }],
    rowCount,
    settings,
    columns: profiles
  };
}
function isNumberLike(column) {
  return numberLikeTypes.includes(column.type);
}
async function profileNumberColumn(source, column, rows, settings) {
  const { connection, relation } = source;
  const { dialect } = connection;
  const summary = firstRow(
    await connection.query(numericSummarySql(dialect, relation, column.name, column.type))
  );
  const present = countOf(summary.present);
  const finite = countOf(summary.finite);
  const positiveInfinity = countOf(summary.positive_infinity);
  const negativeInfinity = countOf(summary.negative_infinity);
  const nonFinite = {
    nan: present - finite - positiveInfinity - negativeInfinity,
    positiveInfinity,
    negativeInfinity
  };
  const profile = countOf(summary.distinct_finite) <= 2 * settings.sketchSize ? numericProfileOf(
    valueTable(
      await connection.query(valueCountsSql(dialect, relation, column.name, column.type))
    ),
    nonFinite,
    settings
  ) : await prunedProfile(source, column, summary, nonFinite, settings);
  const isDatetime = column.type === "date" || column.type === "datetime";
  return assembleColumn(
    column.name,
    {
      number: isDatetime ? 0 : present,
      boolean: 0,
      datetime: isDatetime ? present : 0,
      string: 0
    },
    rows - present,
    {
      numeric: isDatetime ? null : profile,
      datetime: isDatetime ? datetimeProfile(profile, column.type === "date") : null,
      categories: null
    },
    settings
  );
}
async function prunedProfile(source, column, summary, nonFinite, settings) {
  const { connection, relation } = source;
  const { dialect } = connection;
  const count = countOf(summary.finite);
  const min = numberOf(summary.min_value);
  const max = numberOf(summary.max_value);
  const inner = quantileProbabilities.filter((p) => p > 0 && p < 1);
  const moments = firstRow(
    await connection.query(
      momentsAndQuantilesSql(dialect, relation, column.name, column.type, inner)
    )
  );
  const edges = histogramEdges(min, max, settings.histogramBins);
  const bins = firstRow(
    await connection.query(histogramSql(dialect, relation, column.name, column.type, edges))
  );
  const std = numberOf(moments.std);
  return {
    count,
    ...nonFinite,
    integer: countOf(summary.fractional) === 0,
    min,
    max,
    mean: numberOf(moments.mean),
    std,
    m2: std * std * (count - 1),
    distinct: { value: countOf(summary.distinct_finite), exact: true, relativeStandardError: 0 },
    quantiles: quantileProbabilities.map((p) => ({
      p,
      value: p === 0 ? min : p === 1 ? max : numberOf(moments[`q${inner.indexOf(p)}`])
    })),
    histogram: {
      edges,
      counts: edges.slice(1).map((_, i) => countOf(bins[`bin_${i}`])),
      countError: 0
    },
    accuracy: { exact: dialect.exactQuantiles, rankError: dialect.quantileRankError },
    sketch: await prunedSummary(source, column, count, settings.sketchSize),
    distinctSketch: null
  };
}
async function prunedSummary(source, column, count, size) {
  const ranks = prunedRuns(count, size).map((run) => run.rank);
  const { dialect } = source.connection;
  const result = await source.connection.query(
    valuesAtRanksSql(dialect, source.relation, column.name, column.type, ranks)
  );
  if (result.rows.length !== ranks.length) {
    throw new Error(
      `${source.label}: column ${column.name} changed while it was profiled (${result.rows.length} of ${ranks.length} ranked values came back); profile it again`
    );
  }
  const sorted = { length: count };
  ranks.forEach((rank, i) => {
    sorted[rank] = numberOf(result.rows[i][0]);
  });
  return pruneSorted(sorted, size);
}
async function profileTextColumn(source, column, rows, settings) {
  const { connection, relation } = source;
  const { dialect } = connection;
  const summary = firstRow(await connection.query(textSummarySql(dialect, relation, column.name)));
  const present = countOf(summary.present);
  const distinct = countOf(summary.distinct_values);
  const limit = settings.categoryLimit;
  const complete = distinct <= limit || column.type === "boolean";
  const counted = await connection.query(
    textCountsSql(dialect, relation, column.name, complete ? void 0 : limit + 1)
  );
  const items = counted.rows.map(([value, count]) => ({
    value: String(value),
    count: countOf(count)
  }));
  if (complete) {
    return profileTexts(
      column.name,
      items.map((item) => [item.value, item.count]),
      rows - present,
      settings
    );
  }
  const categories = {
    count: present,
    exact: false,
    items: items.slice(0, limit),
    countErrorBound: items[limit]?.count ?? 0,
    distinct: { value: distinct, exact: true, relativeStandardError: 0 },
    distinctSketch: null
  };
  return assembleColumn(
    column.name,
    { number: 0, boolean: 0, datetime: 0, string: present },
    rows - present,
    { numeric: null, datetime: null, categories },
    settings
  );
}
function valueTable(result) {
  return {
    // \u22120 and +0 are one value; keep +0 as the file path does.
    values: result.rows.map((row) => numberOf(row[0]) || 0),
    weights: result.rows.map((row) => countOf(row[1]))
  };
}
function firstRow(result) {
  const row = result.rows[0] ?? [];
  return Object.fromEntries(
    result.columns.map((column, i) => [column.name.toLowerCase(), row[i] ?? null])
  );
}
function countOf(value) {
  return value === null || value === void 0 ? 0 : Number(value);
}
function numberOf(value) {
  if (value === null || value === void 0) {
    throw new Error(
      "the engine returned NULL for an aggregate of a column that has values: the data changed while it was profiled; profile it again"
    );
  }
  return Number(value);
}
export {
  profileQuerySource
};
