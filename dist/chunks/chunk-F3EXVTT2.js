import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);

// src/io/v8-young-generation.ts
import { getHeapSpaceStatistics, setFlagsFromString } from "node:v8";
var HELD_BYTES = 16 << 20;
var OLD_GROWTH_PERCENT = 30;
var held = false;
function holdYoungGenerationInV8() {
  if (held) return;
  const young = getHeapSpaceStatistics().find((space) => space.space_name === "new_space");
  if (young === void 0 || young.space_size < HELD_BYTES) return;
  setFlagsFromString("--semi-space-growth-factor=1");
  setFlagsFromString(`--heap-growing-percent=${OLD_GROWTH_PERCENT}`);
  held = true;
}

export {
  holdYoungGenerationInV8
};
