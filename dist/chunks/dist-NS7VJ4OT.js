import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-BC3EDHOV.js";
import "./chunk-VJ4UBBLQ.js";
export default require_dist();
