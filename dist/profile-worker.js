import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import "./chunks/chunk-I3RR4AL5.js";
import "./chunks/chunk-VRDFWPVG.js";
import "./chunks/chunk-QPNMFR3R.js";
import "./chunks/chunk-VJ4UBBLQ.js";
