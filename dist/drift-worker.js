import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import "./chunks/chunk-BQCT55UR.js";
import "./chunks/chunk-AXS3U4C6.js";
import "./chunks/chunk-Y2GKHFQL.js";
import "./chunks/chunk-L6HLVPPX.js";
import "./chunks/chunk-ZVHFNZAM.js";
