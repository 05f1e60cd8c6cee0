import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import "./chunks/chunk-S26XFP56.js";
import "./chunks/chunk-QPNMFR3R.js";
import "./chunks/chunk-VJ4UBBLQ.js";
