import {
  require_dist
} from "./chunk-Q6EFSIK3.js";
import "./chunk-SEWDMQ6Q.js";
export default require_dist();
