import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import "./chunks/chunk-HCHXWX6I.js";
import "./chunks/chunk-LNDZDOIZ.js";
