const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);
import {
  require_dist
} from "./chunk-C3VZEOKK.js";
import "./chunk-VJILS3EF.js";
export default require_dist();
