/** One column, `weather`, with each value repeated as often as its count. */
export const weatherCsv = (counts: Record<string, number>) =>
  `weather\n${Object.entries(counts)
    .flatMap(([value, count]) => Array<string>(count).fill(value))
    .join('\n')}\n`;
