;; The recursion of the two-sample Smirnov distribution for unequal sizes
;; (src/statistics/smirnov-two-sample-distribution.ts, outsideBand): Hodges'
;; inside method with Viehmann's recursion, column by column, two columns at a
;; time. Every entry is computed with the same operations, in the same order,
;; as the JavaScript it replaced, so every p-value is the same double.
;; Assembled by scripts/write-wasm.ts into smirnov-band-wasm.ts.
;;
;; Why WebAssembly: a PR-sized drift computes a few exact p-values in a fresh
;; process, where this loop ran in V8's interpreter and boxed every double
;; (about 5 ms and 1.6 MB of garbage for a 730-row pair); here it is machine
;; code from the first call, and as fast as the optimized JavaScript on large
;; samples.
;;
;; Memory: the column `a` of f64 from offset 0, `size` entries and two more,
;; which the caller makes room for. The two are NaN: the JavaScript read its
;; typed array's end as NaN too, had a band ever reached past it.
(module
  (memory (export "memory") 1)

  ;; P(D ≥ h / lcm) for samples of m ≥ n, mg = m / gcd and ng = n / gcd; NaN is
  ;; left to the caller's check. Columns go in pairs: column i + 1 follows LAG = 2
  ;; entries behind column i, reading what column i has just written.
  (func (export "outsideBand")
    (param $m i32) (param $n i32) (param $h f64) (param $mg f64) (param $ng f64) (param $size i32)
    (result f64)
    (local $i i32) (local $lastStart i32) (local $lastLength i32)
    (local $start i32) (local $length i32) (local $start2 i32) (local $length2 i32)
    (local.set $lastLength
      (call $min (call $ceilDiv (local.get $h) (local.get $mg)) (i32.add (local.get $n) (i32.const 1))))
    (call $fill (i32.const 0) (local.get $size) (f64.const 1))
    (call $fill (local.get $size) (i32.add (local.get $size) (i32.const 2)) (f64.const nan))
    (call $fill (i32.const 0) (local.get $lastLength) (f64.const 0))
    (local.set $i (i32.const 1))
    (block $done
      (loop $pairs
        (br_if $done (i32.gt_s (local.get $i) (local.get $m)))
        (local.set $start (call $windowStart (local.get $i) (local.get $n) (local.get $h) (local.get $mg) (local.get $ng)))
        (local.set $length
          (call $windowLength (local.get $i) (local.get $n) (local.get $h) (local.get $mg) (local.get $ng) (local.get $start)))
        (if (i32.le_s (local.get $length) (i32.const 0)) (then (return (f64.const 1))))
        ;; The last column, alone when m is odd.
        (if (i32.eq (local.get $i) (local.get $m))
          (then
            (drop (call $sweepColumn (local.get $i) (local.get $start)
              (i32.sub (local.get $start) (local.get $lastStart))
              (i32.const 0) (local.get $length) (call $belowWindow (local.get $start))))
            (call $fill (local.get $length) (local.get $lastLength) (f64.const 1))
            (return (call $entry (i32.sub (local.get $length) (i32.const 1))))))
        (local.set $start2
          (call $windowStart (i32.add (local.get $i) (i32.const 1)) (local.get $n) (local.get $h) (local.get $mg) (local.get $ng)))
        (local.set $length2
          (call $windowLength (i32.add (local.get $i) (i32.const 1)) (local.get $n) (local.get $h) (local.get $mg) (local.get $ng)
            (local.get $start2)))
        (if (i32.le_s (local.get $length2) (i32.const 0)) (then (return (f64.const 1))))
        (call $sweepPair (local.get $i) (local.get $lastStart) (local.get $lastLength)
          (local.get $start) (local.get $length) (local.get $start2) (local.get $length2))
        (local.set $lastStart (local.get $start2))
        (local.set $lastLength (local.get $length2))
        (local.set $i (i32.add (local.get $i) (i32.const 2)))
        (br $pairs)))
    (call $entry (i32.sub (local.get $lastLength) (i32.const 1))))

  ;; Columns i (rows from $start, $length of them) and i + 1 (from $start2), from
  ;; column i − 1 (from $lastStart); then the entries beyond each new length go
  ;; back to 1, the value above the band.
  (func $sweepPair
    (param $i i32) (param $lastStart i32) (param $lastLength i32)
    (param $start i32) (param $length i32) (param $start2 i32) (param $length2 i32)
    (local $shift i32) (local $shift2 i32) (local $together i32) (local $q i32) (local $p i32)
    (local $i2 i32) (local $value f64) (local $value2 f64) (local $fi f64) (local $fi2 f64) (local $j f64)
    (local.set $shift (i32.sub (local.get $start) (local.get $lastStart)))
    (local.set $shift2 (i32.sub (local.get $start2) (local.get $start)))
    (local.set $together
      (call $max (i32.const 0) (call $min (i32.sub (local.get $length) (i32.const 2)) (local.get $length2))))
    (local.set $i2 (i32.add (local.get $i) (i32.const 1)))
    (local.set $fi (f64.convert_i32_s (local.get $i)))
    (local.set $fi2 (f64.convert_i32_s (local.get $i2)))
    (local.set $value
      (call $sweepColumn (local.get $i) (local.get $start) (local.get $shift) (i32.const 0)
        (call $min (i32.const 2) (local.get $length)) (call $belowWindow (local.get $start))))
    (local.set $value2 (call $belowWindow (local.get $start2)))
    (local.set $q (i32.const 0))
    (block $done
      (loop $both
        (br_if $done (i32.ge_s (local.get $q) (local.get $together)))
        (local.set $p (i32.add (local.get $q) (i32.const 2)))
        (local.set $j (f64.convert_i32_s (i32.add (local.get $p) (local.get $start))))
        (local.set $value
          (f64.div
            (f64.add
              (f64.mul (f64.load (i32.shl (i32.add (local.get $p) (local.get $shift)) (i32.const 3))) (local.get $fi))
              (f64.mul (local.get $value) (local.get $j)))
            (f64.add (local.get $fi) (local.get $j))))
        (f64.store (i32.shl (local.get $p) (i32.const 3)) (local.get $value))
        (local.set $j (f64.convert_i32_s (i32.add (local.get $q) (local.get $start2))))
        (local.set $value2
          (f64.div
            (f64.add
              (f64.mul (f64.load (i32.shl (i32.add (local.get $q) (local.get $shift2)) (i32.const 3))) (local.get $fi2))
              (f64.mul (local.get $value2) (local.get $j)))
            (f64.add (local.get $fi2) (local.get $j))))
        (f64.store (i32.shl (local.get $q) (i32.const 3)) (local.get $value2))
        (local.set $q (i32.add (local.get $q) (i32.const 1)))
        (br $both)))
    (drop (call $sweepColumn (local.get $i) (local.get $start) (local.get $shift)
      (i32.add (i32.const 2) (local.get $together)) (local.get $length) (local.get $value)))
    (call $fill (local.get $length) (local.get $lastLength) (f64.const 1))
    (drop (call $sweepColumn (local.get $i2) (local.get $start2) (local.get $shift2)
      (local.get $together) (local.get $length2) (local.get $value2)))
    (call $fill (local.get $length2) (local.get $length) (f64.const 1)))

  ;; Entries [from, to) of column i, whose rows start at $start, each from the
  ;; entry $shift further on (column i − 1) and the one below it; returns the last.
  ;; Each entry is (left · i + below · j) / (i + j), the share of paths to (i, j)
  ;; inside the band, written out in every loop: the engine's first compiler
  ;; (Liftoff) does not inline calls, and a call per entry cost more than the entry.
  (func $sweepColumn
    (param $i i32) (param $start i32) (param $shift i32) (param $from i32) (param $to i32) (param $value f64)
    (result f64)
    (local $jj i32) (local $fi f64) (local $j f64)
    (local.set $jj (local.get $from))
    (local.set $fi (f64.convert_i32_s (local.get $i)))
    (block $done
      (loop $rows
        (br_if $done (i32.ge_s (local.get $jj) (local.get $to)))
        (local.set $j (f64.convert_i32_s (i32.add (local.get $jj) (local.get $start))))
        (local.set $value
          (f64.div
            (f64.add
              (f64.mul (f64.load (i32.shl (i32.add (local.get $jj) (local.get $shift)) (i32.const 3))) (local.get $fi))
              (f64.mul (local.get $value) (local.get $j)))
            (f64.add (local.get $fi) (local.get $j))))
        (f64.store (i32.shl (local.get $jj) (i32.const 3)) (local.get $value))
        (local.set $jj (i32.add (local.get $jj) (i32.const 1)))
        (br $rows)))
    (local.get $value))

  ;; The band's first row at column i: floor((ng · i − h) / mg) + 1, within [0, n].
  (func $windowStart (param $i i32) (param $n i32) (param $h f64) (param $mg f64) (param $ng f64) (result i32)
    (call $min
      (call $max
        (i32.add
          (i32.trunc_f64_s (f64.floor (f64.div
            (f64.sub (f64.mul (local.get $ng) (f64.convert_i32_s (local.get $i))) (local.get $h))
            (local.get $mg))))
          (i32.const 1))
        (i32.const 0))
      (local.get $n)))

  ;; How many rows the band has at column i: up to ceil((ng · i + h) / mg), within n + 1.
  (func $windowLength
    (param $i i32) (param $n i32) (param $h f64) (param $mg f64) (param $ng f64) (param $start i32) (result i32)
    (i32.sub
      (call $min
        (call $ceilDiv
          (f64.add (f64.mul (local.get $ng) (f64.convert_i32_s (local.get $i))) (local.get $h))
          (local.get $mg))
        (i32.add (local.get $n) (i32.const 1)))
      (local.get $start)))

  ;; The value under a window's first row: 1 outside the band, 0 on the axis.
  (func $belowWindow (param $start i32) (result f64)
    (select (f64.const 0) (f64.const 1) (i32.eqz (local.get $start))))

  (func $ceilDiv (param $x f64) (param $y f64) (result i32)
    (i32.trunc_f64_s (f64.ceil (f64.div (local.get $x) (local.get $y)))))

  (func $entry (param $k i32) (result f64)
    (f64.load (i32.shl (local.get $k) (i32.const 3))))

  ;; a[from, to) = value; nothing when to ≤ from.
  (func $fill (param $from i32) (param $to i32) (param $value f64)
    (local $k i32)
    (local.set $k (local.get $from))
    (block $done
      (loop $entries
        (br_if $done (i32.ge_s (local.get $k) (local.get $to)))
        (f64.store (i32.shl (local.get $k) (i32.const 3)) (local.get $value))
        (local.set $k (i32.add (local.get $k) (i32.const 1)))
        (br $entries))))

  (func $min (param $a i32) (param $b i32) (result i32)
    (select (local.get $a) (local.get $b) (i32.lt_s (local.get $a) (local.get $b))))

  (func $max (param $a i32) (param $b i32) (result i32)
    (select (local.get $a) (local.get $b) (i32.gt_s (local.get $a) (local.get $b))))
)
