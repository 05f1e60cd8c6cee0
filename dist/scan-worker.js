import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import "./chunks/chunk-WJWUY63N.js";
import "./chunks/chunk-O4NJ65TJ.js";
