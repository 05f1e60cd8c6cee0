import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import "./chunks/chunk-HES7XR5R.js";
import "./chunks/chunk-TL5NUGD6.js";
import "./chunks/chunk-5ZO53P2S.js";
import "./chunks/chunk-Y2GKHFQL.js";
import "./chunks/chunk-L6HLVPPX.js";
import "./chunks/chunk-ZVHFNZAM.js";
