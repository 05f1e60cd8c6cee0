/** A UTC day in milliseconds: ages, expiries and date bounds are counted in whole days. */
export const millisecondsPerDay = 86_400_000;
