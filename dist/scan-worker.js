import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import "./chunks/chunk-L5ACVE24.js";
import "./chunks/chunk-BUIVJ5DC.js";
import "./chunks/chunk-VJ4UBBLQ.js";
