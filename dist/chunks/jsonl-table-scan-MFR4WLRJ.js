const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);
import {
  scanJsonl
} from "./chunk-73XYMZ35.js";
import "./chunk-C2XO7QSM.js";
import "./chunk-BL5OVAGQ.js";
import "./chunk-CQSN7MLQ.js";
import "./chunk-UVQHXZ4V.js";
import "./chunk-MLHKBNS7.js";
import "./chunk-NFLP43RA.js";
import "./chunk-D7UV4PYW.js";
import "./chunk-LEWOSEQU.js";
import "./chunk-5MHFUN37.js";
import "./chunk-Y2FUVHVK.js";
import "./chunk-DL2RDX4P.js";
import "./chunk-VJILS3EF.js";
export {
  scanJsonl
};
