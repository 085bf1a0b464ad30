// The grp module: the group database read from /etc/group (name:passwd:gid:member,member…),
// struct_group, getgrgid/getgrnam/getgrall with CPython's errors.
import { type PyType, typeOf, type W } from "../objects/model.ts";
import { newList } from "../objects/list.ts";
import { newStr, PyStr } from "../objects/str.ts";
import { errorWithMessage, raiseTypeError, raiseValueError } from "../vm/errors.ts";
import type { NativeModuleDef } from "./define.ts";
import { makeStructSeq, structSeqType } from "./posix/structseq.ts";
import { func } from "./posix/args.ts";
import { idValue, readDatabase } from "./pwd.ts";

export const structGroupType: PyType = structSeqType({
  module: "grp",
  name: "struct_group",
  fields: ["gr_name", "gr_passwd", "gr_gid", "gr_mem"],
  nInSequence: 4,
  doc: "grp.struct_group: Results from getgr*() routines.\n\n" +
    "This object may be accessed either as a tuple of\n" +
    "  (gr_name,gr_passwd,gr_gid,gr_mem)\n" +
    "or via the object attributes as named in the above tuple.\n",
});

function entry(p: string[]): W {
  const members = p[3] === "" ? [] : p[3].split(",").map((m) => newStr(m));
  return makeStructSeq(structGroupType, [newStr(p[0]), newStr(p[1]), Number(p[2]), newList(members)]);
}

export const grpModule: NativeModuleDef = {
  name: "grp",
  doc: "Access to the Unix group database.\n\n" +
    "Group entries are reported as 4-tuples containing the following fields\n" +
    "from the group database, in order:\n\n" +
    "  gr_name   - name of the group\n" +
    "  gr_passwd - group password (encrypted); often empty\n" +
    "  gr_gid    - numeric ID of the group\n" +
    "  gr_mem    - list of members\n\n" +
    "The gid is an integer, name and password are strings.  (Note that most\n" +
    "users are not explicitly listed as members of the groups they are in\n" +
    "according to the password database.  Check both databases to get\n" +
    "complete membership information.)",
  functions: [
    func("getgrgid", "id", (a) => {
      const gid = idValue(a[0], "gid");
      const p = readDatabase("/etc/group", 4).find((r) => Number(r[2]) === gid);
      if (p === undefined) throw errorWithMessage("KeyError", `getgrgid(): gid not found: ${gid}`);
      return entry(p);
    }, "grp"),
    func("getgrnam", "name", (a) => {
      if (!(a[0] instanceof PyStr)) {
        raiseTypeError(`getgrnam() argument 'name' must be str, not ${typeOf(a[0]).name}`);
      }
      const name = a[0].value;
      if (name.includes("\0")) raiseValueError("embedded null character");
      const p = readDatabase("/etc/group", 4).find((r) => r[0] === name);
      if (p === undefined) throw errorWithMessage("KeyError", `getgrnam(): name not found: '${name}'`);
      return entry(p);
    }, "grp"),
    func("getgrall", "", () => newList(readDatabase("/etc/group", 4).map(entry)), "grp"),
  ],
  types: [structGroupType],
};
