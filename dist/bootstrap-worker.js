import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import "./chunks/chunk-GWOVK3VP.js";
import "./chunks/chunk-4GEQLTPQ.js";
import "./chunks/chunk-FDXBLL27.js";
import "./chunks/chunk-MD2Y6JVW.js";
import "./chunks/chunk-SMV2W2S6.js";
import "./chunks/chunk-IVUE6XYD.js";
import "./chunks/chunk-VJ4UBBLQ.js";
