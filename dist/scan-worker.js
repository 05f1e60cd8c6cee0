import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import "./chunks/chunk-H3O4SH25.js";
import "./chunks/chunk-LNDZDOIZ.js";
