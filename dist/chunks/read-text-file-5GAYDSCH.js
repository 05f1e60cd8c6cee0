import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  readTextFile
} from "./chunk-D2A7BBAR.js";
import "./chunk-VJ4UBBLQ.js";
export {
  readTextFile
};
