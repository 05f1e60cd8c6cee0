import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import "./chunks/chunk-JZVPVVTO.js";
import "./chunks/chunk-4GEQLTPQ.js";
import "./chunks/chunk-63HANMIG.js";
import "./chunks/chunk-MD2Y6JVW.js";
import "./chunks/chunk-5JLXOUAJ.js";
import "./chunks/chunk-JUTCAVOT.js";
import "./chunks/chunk-VJ4UBBLQ.js";
