const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);
import {
  readTextFile
} from "./chunk-SBE7B2DK.js";
import "./chunk-VJILS3EF.js";
export {
  readTextFile
};
