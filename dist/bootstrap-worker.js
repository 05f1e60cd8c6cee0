import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import "./chunks/chunk-GZ6CGWRI.js";
import "./chunks/chunk-4GEQLTPQ.js";
import "./chunks/chunk-C7O3Y6SR.js";
import "./chunks/chunk-MD2Y6JVW.js";
import "./chunks/chunk-6JAAWP4U.js";
import "./chunks/chunk-VJ4UBBLQ.js";
