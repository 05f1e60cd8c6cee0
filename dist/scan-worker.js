import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import "./chunks/chunk-FH3ITTU6.js";
import "./chunks/chunk-LNDZDOIZ.js";
