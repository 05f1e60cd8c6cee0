import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  sqlConnectionPool
} from "./chunk-YBYDCJPA.js";
import "./chunk-VJ4UBBLQ.js";
export {
  sqlConnectionPool
};
