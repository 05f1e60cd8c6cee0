import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);

// src/data/young-generation.ts
var hold = () => void 0;
function holdYoungGeneration() {
  hold();
}
function setYoungGenerationHold(implementation) {
  hold = implementation;
}

export {
  holdYoungGeneration,
  setYoungGenerationHold
};
