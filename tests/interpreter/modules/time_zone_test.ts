// Local time from the TZ database: TZif parsing, transitions, the POSIX footer rule beyond the last
// transition, and mktime's handling of DST gaps and repeated hours. Expected values: CPython 3.11 on
// glibc 2.36 (this machine's python3) with the same $TZ.
import assert from "node:assert";
import * as time from "../../../interpreter/modules/time.ts";
import { parseTzif, type Tm } from "../../../interpreter/modules/time.ts";

function zoneAvailable(name: string): boolean {
  try {
    return parseTzif(Deno.readFileSync(`/usr/share/zoneinfo/${name}`)) !== null;
  } catch {
    return false;
  }
}

/** Run with $TZ set, the zone reloaded as time.tzset() does. */
function withTz(tz: string, body: (mod: typeof time) => void): void {
  Deno.env.set("TZ", tz);
  time.reloadZone();
  body(time);
}

function fields(tm: Tm): unknown[] {
  return [
    tm.year,
    tm.mon + 1,
    tm.mday,
    tm.hour,
    tm.min,
    tm.sec,
    (tm.wday + 6) % 7,
    tm.yday + 1,
    tm.isdst,
    tm.zone,
    tm.gmtoff,
  ];
}

Deno.test({
  name: "Europe/Paris: transitions and the footer rule (year 2100)",
  ignore: !zoneAvailable("Europe/Paris"),
  fn: () => {
    withTz("Europe/Paris", (m) => {
      const want: [number, unknown[]][] = [
        [0, [1970, 1, 1, 1, 0, 0, 3, 1, 0, "CET", 3600]],
        [1711846799, [2024, 3, 31, 1, 59, 59, 6, 91, 0, "CET", 3600]],
        [1711846800, [2024, 3, 31, 3, 0, 0, 6, 91, 1, "CEST", 7200]],
        [1729990799, [2024, 10, 27, 2, 59, 59, 6, 301, 1, "CEST", 7200]],
        [1729990800, [2024, 10, 27, 2, 0, 0, 6, 301, 0, "CET", 3600]],
        [4102444800, [2100, 1, 1, 1, 0, 0, 4, 1, 0, "CET", 3600]],
      ];
      for (const [t, f] of want) assert.deepStrictEqual(fields(m.localTm(t)), f, `t=${t}`);
      const wall = (d: number, h: number, isdst: number): Tm => ({
        year: 2024,
        mon: d === 31 ? 2 : 9,
        mday: d,
        hour: h,
        min: 30,
        sec: 0,
        wday: 0,
        yday: 0,
        isdst,
        zone: null,
        gmtoff: 0,
      });
      // spring gap (02:30 does not exist) and autumn repeat (02:30 twice), as glibc's mktime answers
      assert.strictEqual(m.mktimeSeconds(wall(31, 2, -1)), 1711848600);
      assert.strictEqual(m.mktimeSeconds(wall(31, 2, 1)), 1711845000);
      assert.strictEqual(m.mktimeSeconds(wall(27, 2, -1)), 1729989000);
      assert.strictEqual(m.mktimeSeconds(wall(27, 2, 0)), 1729992600);
    });
  },
});

Deno.test({
  name: "Australia/Sydney: southern-hemisphere DST",
  ignore: !zoneAvailable("Australia/Sydney"),
  fn: () => {
    withTz("Australia/Sydney", (m) => {
      assert.deepStrictEqual(fields(m.localTm(1712411999)), [2024, 4, 7, 0, 59, 59, 6, 98, 1, "AEDT", 39600]);
      assert.deepStrictEqual(fields(m.localTm(4102444800)), [2100, 1, 1, 11, 0, 0, 4, 1, 1, "AEDT", 39600]);
    });
  },
});

Deno.test("a POSIX rule string in $TZ without a zone file", () => {
  withTz("CET-1CEST,M3.5.0,M10.5.0/3", (m) => {
    assert.deepStrictEqual(fields(m.localTm(1720000000)), [2024, 7, 3, 11, 46, 40, 2, 185, 1, "CEST", 7200]);
    assert.deepStrictEqual(fields(m.localTm(1704067200)), [2024, 1, 1, 1, 0, 0, 0, 1, 0, "CET", 3600]);
  });
});

Deno.test("an unknown $TZ is UTC under that name, as glibc", () => {
  withTz("Foo", (m) => {
    assert.deepStrictEqual(fields(m.localTm(0)), [1970, 1, 1, 0, 0, 0, 3, 1, 0, "Foo", 0]);
  });
});
