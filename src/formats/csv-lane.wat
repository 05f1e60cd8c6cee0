;; The CSV fast lane's per-byte loop (src/formats/csv-simple-records.ts) in
;; WebAssembly: the same records split, the same numbers parsed and the same
;; FNV-1a hashes, written to the same arrays, which live in this module's
;; memory. Assembled by scripts/write-lane-wasm.ts into csv-lane-wasm.ts.
;;
;; Why WebAssembly: in JavaScript every byte read is bounds-checked and the
;; digit loop's arithmetic is guarded against overflow; here memory accesses
;; are checked by the engine's guard pages and a mantissa is a plain i64. On
;; the 1M-row bench file the loop alone took 176 instead of 307 ms.
;;
;; Why a loop over the digits: reading a run of up to 8 digits as one word
;; (its length from the bytes that are not digits, its value from three
;; multiplications) made the loop slower, not faster: on 40 MB of the bench
;; file, 89 against 46 ms when the word also gave where the run ends (each
;; field's start then waited on the arithmetic of the last), and 59 against 48
;; when the loop found the end and the word only the value. Nor is cachedCode
;; written into the loop: the loop then took 601 ms of the drift's CPU, against
;; 448 + 128 ms for the two apart.
;;
;; Memory, laid out by the caller (`layout`): the arrays of one batch, where
;; field i of record r is at i × batch + r, then the input bytes (complete
;; lines only: every loop stops at a delimiter, CR or LF), then at least 8
;; bytes that sameBytes may read but never uses.
;;
;; The code cache (mode bit 4, with bit 2): for a field whose column keeps a
;; dictionary, the code its bytes had in the caller's last batches. The caller
;; writes each code it looks up (src/formats/csv-simple-records.ts, remember)
;; into one of $cacheMask + 1 slots of 16 bytes: the field's tag (a number the
;; caller gives each field and dictionary, never 0; 0 in an empty slot), the
;; hash, the code, and where its bytes lie in the key area (offset × 256 +
;; length). A hit needs the tag, the hash, the length and every byte to be
;; equal; anything else writes −1, and the caller asks its dictionary.
(module
  ;; Called with the number of records of each full batch, and of the last.
  (import "lane" "onBatch" (func $onBatch (param i32)))
  (memory (export "memory") 1)
  (global $starts (mut i32) (i32.const 0))   ;; i32 per cell: where the field starts
  (global $ends (mut i32) (i32.const 0))     ;; i32 per cell: where it ends
  (global $parsed (mut i32) (i32.const 0))   ;; u8 per cell: 1 where numbers holds its value
  (global $numbers (mut i32) (i32.const 0))  ;; f64 per cell
  (global $hashes (mut i32) (i32.const 0))   ;; i32 per cell
  (global $modes (mut i32) (i32.const 0))    ;; u8 per field: bit 1 parse a number, bit 2 hash, bit 4 cached code
  (global $powers (mut i32) (i32.const 0))   ;; f64 10^0 … 10^15
  (global $codes (mut i32) (i32.const 0))    ;; i32 per cell: the cached code, or -1 (mode bit 4)
  (global $tags (mut i32) (i32.const 0))     ;; i32 per field: the field's tag in the cache
  (global $cache (mut i32) (i32.const 0))    ;; 16 bytes per slot: tag, hash, code, key
  (global $cacheMask (mut i32) (i32.const 0));; slots − 1 (a power of two)
  (global $cacheShift (mut i32) (i32.const 0));; 32 − log2(slots)
  (global $keys (mut i32) (i32.const 0))     ;; the cached codes' bytes

  (func (export "layout")
    (param $starts i32) (param $ends i32) (param $parsed i32) (param $numbers i32)
    (param $hashes i32) (param $modes i32) (param $powers i32)
    (global.set $starts (local.get $starts))
    (global.set $ends (local.get $ends))
    (global.set $parsed (local.get $parsed))
    (global.set $numbers (local.get $numbers))
    (global.set $hashes (local.get $hashes))
    (global.set $modes (local.get $modes))
    (global.set $powers (local.get $powers)))

  (func (export "layoutCache")
    (param $codes i32) (param $tags i32) (param $cache i32) (param $slots i32) (param $keys i32)
    (global.set $codes (local.get $codes))
    (global.set $tags (local.get $tags))
    (global.set $cache (local.get $cache))
    (global.set $cacheMask (i32.sub (local.get $slots) (i32.const 1)))
    (global.set $cacheShift (i32.sub (i32.const 32) (i32.ctz (local.get $slots))))
    (global.set $keys (local.get $keys)))

  ;; The code cached for bytes [$start, $end) of a field with tag $tag and hash $hash, or −1:
  ;; found in the 4 slots from the one the tag and hash pick (CACHE_PROBES in csv-simple-records.ts,
;; whose remember writes there), or before an empty one.
  (func $cachedCode (param $start i32) (param $end i32) (param $tag i32) (param $hash i32) (result i32)
    (local $index i32) (local $probe i32) (local $slot i32) (local $key i32) (local $length i32)
    (if (i32.eqz (local.get $tag)) (then (return (i32.const -1))))
    (local.set $length (i32.sub (local.get $end) (local.get $start)))
    ;; Multiplicative hashing: the top bits of the product.
    (local.set $index
      (i32.shr_u (i32.mul (i32.xor (local.get $hash) (local.get $tag)) (i32.const 0x9e3779b1))
                 (global.get $cacheShift)))
    (block $miss
      (loop $probeSlot
        (local.set $slot
          (i32.add (global.get $cache)
                   (i32.shl (i32.and (i32.add (local.get $index) (local.get $probe)) (global.get $cacheMask))
                            (i32.const 4))))
        (br_if $miss (i32.eqz (i32.load (local.get $slot))))
        (if (i32.and (i32.eq (i32.load (local.get $slot)) (local.get $tag))
                     (i32.eq (i32.load offset=4 (local.get $slot)) (local.get $hash)))
          (then
            (local.set $key (i32.load offset=12 (local.get $slot)))
            (if (i32.and (i32.eq (i32.and (local.get $key) (i32.const 255)) (local.get $length))
                         (call $sameBytes (i32.add (global.get $keys) (i32.shr_u (local.get $key) (i32.const 8)))
                                          (local.get $start) (local.get $length)))
              (then (return (i32.load offset=8 (local.get $slot)))))))
        (local.set $probe (i32.add (local.get $probe) (i32.const 1)))
        (br_if $probeSlot (i32.lt_u (local.get $probe) (i32.const 4)))))
    (i32.const -1))

  ;; 1 when the $length bytes at $a and at $b are equal, else 0: eight at a time,
  ;; the last 1 to 8 as one word whose bytes past them are shifted out, not one
  ;; at a time: a key is mostly a few bytes. In the 1M-row drift's CPU profile
  ;; (both threads), cachedCode, which calls this for each coded cell, took
  ;; 139–149 instead of 158–160 ms (2 runs each).
  ;; Reads up to 7 bytes past either: the key area lies before the `parsed`
  ;; array, and the caller leaves room after the input (READ_AHEAD in
  ;; csv-simple-records.ts).
  (func $sameBytes (param $a i32) (param $b i32) (param $length i32) (result i32)
    (local $i i32)
    (block $tail
      (loop $word
        (br_if $tail (i32.le_u (i32.sub (local.get $length) (local.get $i)) (i32.const 8)))
        (if (i64.ne (i64.load align=1 (i32.add (local.get $a) (local.get $i)))
                    (i64.load align=1 (i32.add (local.get $b) (local.get $i))))
          (then (return (i32.const 0))))
        (local.set $i (i32.add (local.get $i) (i32.const 8)))
        (br $word)))
    (if (i32.eq (local.get $i) (local.get $length)) (then (return (i32.const 1))))
    (i64.eqz
      (i64.shl
        (i64.xor (i64.load align=1 (i32.add (local.get $a) (local.get $i)))
                 (i64.load align=1 (i32.add (local.get $b) (local.get $i))))
        (i64.extend_i32_u
          (i32.shl (i32.sub (i32.const 8) (i32.sub (local.get $length) (local.get $i))) (i32.const 3))))))

  ;; Splits the simple records from $pos, as CsvSimpleRecords.run describes;
  ;; returns where it stopped. Positions written and returned are the input's
  ;; plus $shift (the caller's window offset of input byte 0).
  (func (export "run")
    (param $pos i32) (param $lastLf i32) (param $stopAt i32) (param $nextQuote i32)
    (param $fieldCount i32) (param $batch i32) (param $delimiter i32) (param $shift i32)
    (result i32)
    (local $p i32) (local $c i32) (local $field i32) (local $mode i32) (local $start i32)
    (local $at i32) (local $done i32) (local $negative i32) (local $mantissa i64)
    (local $digits i32) (local $scale i32) (local $hash i32) (local $i i32)
    (local $record i32) (local $lf i32) (local $magnitude f64)
    (block $records
      (loop $nextRecord
        (br_if $records (i32.ge_s (local.get $pos) (local.get $stopAt)))
        (br_if $records (i32.gt_s (local.get $pos) (local.get $lastLf)))
        (local.set $p (local.get $pos))
        (local.set $c (i32.load8_u (local.get $p)))
        (local.set $field (i32.const 0))
        (block $lastField
          (loop $nextField
            ;; More fields than the header: not simple.
            (br_if $records (i32.eq (local.get $field) (local.get $fieldCount)))
            (local.set $mode (i32.load8_u (i32.add (global.get $modes) (local.get $field))))
            (local.set $start (local.get $p))
            (local.set $at (i32.add (i32.mul (local.get $field) (local.get $batch)) (local.get $record)))
            (local.set $done (i32.const 0))
            (if (i32.and (local.get $mode) (i32.const 1))
              (then
                ;; -?digits[.digits], at most 15 digits: mantissa / 10^scale is then the
                ;; correctly rounded double (both are exact doubles), as parseNumberBytes gives.
                (local.set $negative (i32.eq (local.get $c) (i32.const 0x2d)))
                (if (local.get $negative)
                  (then
                    (local.set $p (i32.add (local.get $p) (i32.const 1)))
                    (local.set $c (i32.load8_u (local.get $p)))))
                (local.set $mantissa (i64.const 0))
                (local.set $digits (i32.const 0))
                (local.set $scale (i32.const 0))
                (block $integerDone
                  (loop $integerDigit
                    (br_if $integerDone (i32.gt_u (i32.sub (local.get $c) (i32.const 0x30)) (i32.const 9)))
                    (local.set $mantissa
                      (i64.add (i64.mul (local.get $mantissa) (i64.const 10))
                               (i64.extend_i32_u (i32.sub (local.get $c) (i32.const 0x30)))))
                    (local.set $digits (i32.add (local.get $digits) (i32.const 1)))
                    (local.set $p (i32.add (local.get $p) (i32.const 1)))
                    (local.set $c (i32.load8_u (local.get $p)))
                    (br $integerDigit)))
                (if (i32.eq (local.get $c) (i32.const 0x2e))
                  (then
                    (local.set $p (i32.add (local.get $p) (i32.const 1)))
                    (local.set $c (i32.load8_u (local.get $p)))
                    (block $fractionDone
                      (loop $fractionDigit
                        (br_if $fractionDone (i32.gt_u (i32.sub (local.get $c) (i32.const 0x30)) (i32.const 9)))
                        (local.set $mantissa
                          (i64.add (i64.mul (local.get $mantissa) (i64.const 10))
                                   (i64.extend_i32_u (i32.sub (local.get $c) (i32.const 0x30)))))
                        (local.set $digits (i32.add (local.get $digits) (i32.const 1)))
                        (local.set $scale (i32.add (local.get $scale) (i32.const 1)))
                        (local.set $p (i32.add (local.get $p) (i32.const 1)))
                        (local.set $c (i32.load8_u (local.get $p)))
                        (br $fractionDigit)))))
                ;; Beyond 15 digits the i64 may wrap, but such a field is not taken.
                (if (i32.and
                      (i32.or (i32.or (i32.eq (local.get $c) (local.get $delimiter))
                                      (i32.eq (local.get $c) (i32.const 0x0a)))
                              (i32.eq (local.get $c) (i32.const 0x0d)))
                      (i32.and (i32.gt_s (local.get $digits) (i32.const 0))
                               (i32.le_s (local.get $digits) (i32.const 15))))
                  (then
                    (local.set $magnitude
                      (f64.div (f64.convert_i64_s (local.get $mantissa))
                               (f64.load (i32.add (global.get $powers) (i32.shl (local.get $scale) (i32.const 3))))))
                    (f64.store (i32.add (global.get $numbers) (i32.shl (local.get $at) (i32.const 3)))
                               (select (f64.neg (local.get $magnitude)) (local.get $magnitude) (local.get $negative)))
                    (local.set $done (i32.const 1))))))
            (if (i32.and (local.get $mode) (i32.const 2))
              (then
                ;; FNV-1a of the field's bytes: those the number parse stepped over, then the rest.
                (local.set $hash (i32.const 0x811c9dc5))
                (local.set $i (local.get $start))
                (block $readDone
                  (loop $readByte
                    (br_if $readDone (i32.ge_s (local.get $i) (local.get $p)))
                    (local.set $hash
                      (i32.mul (i32.xor (local.get $hash) (i32.load8_u (local.get $i))) (i32.const 0x01000193)))
                    (local.set $i (i32.add (local.get $i) (i32.const 1)))
                    (br $readByte)))
                (block $hashDone
                  (loop $hashByte
                    (br_if $hashDone (i32.eq (local.get $c) (local.get $delimiter)))
                    (br_if $hashDone (i32.eq (local.get $c) (i32.const 0x0a)))
                    (br_if $hashDone (i32.eq (local.get $c) (i32.const 0x0d)))
                    (local.set $hash (i32.mul (i32.xor (local.get $hash) (local.get $c)) (i32.const 0x01000193)))
                    (local.set $p (i32.add (local.get $p) (i32.const 1)))
                    (local.set $c (i32.load8_u (local.get $p)))
                    (br $hashByte)))
                (i32.store (i32.add (global.get $hashes) (i32.shl (local.get $at) (i32.const 2))) (local.get $hash))
                (if (i32.and (local.get $mode) (i32.const 4))
                  (then
                    (i32.store (i32.add (global.get $codes) (i32.shl (local.get $at) (i32.const 2)))
                      (call $cachedCode (local.get $start) (local.get $p)
                        (i32.load (i32.add (global.get $tags) (i32.shl (local.get $field) (i32.const 2))))
                        (local.get $hash))))))
              (else
                (block $skipDone
                  (loop $skipByte
                    (br_if $skipDone (i32.eq (local.get $c) (local.get $delimiter)))
                    (br_if $skipDone (i32.eq (local.get $c) (i32.const 0x0a)))
                    (br_if $skipDone (i32.eq (local.get $c) (i32.const 0x0d)))
                    (local.set $p (i32.add (local.get $p) (i32.const 1)))
                    (local.set $c (i32.load8_u (local.get $p)))
                    (br $skipByte)))))
            (i32.store8 (i32.add (global.get $parsed) (local.get $at)) (local.get $done))
            (i32.store (i32.add (global.get $starts) (i32.shl (local.get $at) (i32.const 2)))
                       (i32.add (local.get $start) (local.get $shift)))
            (i32.store (i32.add (global.get $ends) (i32.shl (local.get $at) (i32.const 2)))
                       (i32.add (local.get $p) (local.get $shift)))
            (local.set $field (i32.add (local.get $field) (i32.const 1)))
            (br_if $lastField (i32.ne (local.get $c) (local.get $delimiter)))
            (local.set $p (i32.add (local.get $p) (i32.const 1)))
            (local.set $c (i32.load8_u (local.get $p)))
            (br $nextField)))
        ;; $p is at the record's CR or LF; a CR must end the line. (A CR lies before
        ;; $lastLf, the LF that ends the record's line at the latest, so $p + 1 is input.)
        (local.set $lf (local.get $p))
        (if (i32.eq (local.get $c) (i32.const 0x0d))
          (then
            (br_if $records (i32.ne (i32.load8_u (i32.add (local.get $p) (i32.const 1))) (i32.const 0x0a)))
            (local.set $lf (i32.add (local.get $p) (i32.const 1)))))
        ;; Too few fields, a quote before the line ends, or a blank line: not simple.
        (br_if $records (i32.ne (local.get $field) (local.get $fieldCount)))
        (br_if $records (i32.ge_s (local.get $lf) (local.get $nextQuote)))
        (br_if $records (i32.eq (local.get $p) (local.get $pos)))
        (local.set $pos (i32.add (local.get $lf) (i32.const 1)))
        (local.set $record (i32.add (local.get $record) (i32.const 1)))
        (if (i32.eq (local.get $record) (local.get $batch))
          (then
            (call $onBatch (local.get $record))
            (local.set $record (i32.const 0))))
        (br $nextRecord)))
    (if (i32.gt_s (local.get $record) (i32.const 0))
      (then (call $onBatch (local.get $record))))
    (i32.add (local.get $pos) (local.get $shift)))
)
