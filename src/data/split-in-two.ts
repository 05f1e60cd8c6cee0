/**
 * Work items dealt out to two threads: largest first, each to the thread with
 * less work so far (Graham's LPT rule, which ends within 7/6 of the best
 * split for two threads). Ties go to `here`, the calling thread: a lone item
 * is not worth a message to the other.
 * Cost: O(n log n) for n items.
 */
export interface WorkItem {
  index: number;
  cost: number;
}

export function splitInTwo(items: readonly WorkItem[]): { here: number[]; there: number[] } {
  const here: number[] = [];
  const there: number[] = [];
  let [hereCost, thereCost] = [0, 0];
  for (const { index, cost } of [...items].sort((a, b) => b.cost - a.cost)) {
    if (hereCost <= thereCost) {
      here.push(index);
      hereCost += cost;
    } else {
      there.push(index);
      thereCost += cost;
    }
  }
  return { here, there };
}
