/**
 * Table V of Breck et al. (2017): what a final ML Test Score means. The bands
 * are left-open and right-closed, so 1 is in (0,1] and 5 in (3,5]; only a score
 * of exactly 0 is in the band "0".
 */
export interface TableVBand {
  range: string;
  meaning: string;
}

const bands: readonly { upTo: number; band: TableVBand }[] = [
  {
    upTo: 0,
    band: { range: '0', meaning: 'More of a research project than a productionized system.' },
  },
  {
    upTo: 1,
    band: {
      range: '(0,1]',
      meaning:
        'Not totally untested, but it is worth considering the possibility of serious holes in reliability.',
    },
  },
  {
    upTo: 2,
    band: {
      range: '(1,2]',
      meaning:
        "There's been first pass at basic productionization, but additional investment may be needed.",
    },
  },
  {
    upTo: 3,
    band: {
      range: '(2,3]',
      meaning:
        "Reasonably tested, but it's possible that more of those tests and procedures may be automated.",
    },
  },
  {
    upTo: 5,
    band: {
      range: '(3,5]',
      meaning:
        'Strong levels of automated testing and monitoring, appropriate for mission-critical systems.',
    },
  },
];

const exceptional: TableVBand = {
  range: '>5',
  meaning: 'Exceptional levels of automated testing and monitoring.',
};

export function tableVBand(finalScore: number): TableVBand {
  if (!Number.isFinite(finalScore) || finalScore < 0) {
    throw new RangeError(`an ML Test Score is a finite number ≥ 0, got ${finalScore}`);
  }
  return bands.find(({ upTo }) => finalScore <= upTo)?.band ?? exceptional;
}
