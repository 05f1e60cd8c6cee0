// src/io/young-generation.ts
const { setFlagsFromString } = process.getBuiltinModule("node:v8");
function keepYoungGenerationSmall() {
  setFlagsFromString("--semi-space-growth-factor=1");
}
function letYoungGenerationGrow() {
  setFlagsFromString("--semi-space-growth-factor=2");
}

export {
  keepYoungGenerationSmall,
  letYoungGenerationGrow
};
