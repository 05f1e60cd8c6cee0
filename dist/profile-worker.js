import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import "./chunks/chunk-RZXLUYWR.js";
import "./chunks/chunk-TL5NUGD6.js";
import "./chunks/chunk-LNDZDOIZ.js";
