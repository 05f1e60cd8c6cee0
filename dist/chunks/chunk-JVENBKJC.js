// src/io/tier-up-delay.ts
const { setFlagsFromString } = process.getBuiltinModule("node:v8");
var delayedCounts = [
  "--invocation-count-for-maglev=4000",
  "--invocation-count-for-maglev-osr=1000",
  "--invocation-count-for-turbofan=30000",
  "--invocation-count-for-osr=5000"
];
function delayTierUp() {
  setFlagsFromString(delayedCounts.join(" "));
}

export {
  delayTierUp
};
