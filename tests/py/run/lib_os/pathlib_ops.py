import os, pathlib
from _fs import fresh, rmtree

base = pathlib.Path(fresh("pathlib_ops"))
(base / "a.txt").write_text("hello\nworld\n")
(base / "b.bin").write_bytes(b"\x00\x01\x02")
(base / "sub" / "deeper").mkdir(parents=True)
(base / "sub" / "c.py").write_text("print(1)")
print((base / "a.txt").read_text().splitlines(), (base / "b.bin").read_bytes())
print(sorted(p.name for p in base.iterdir()))
print(sorted(str(p.relative_to(base)) for p in base.glob("*.txt")))
print(sorted(str(p.relative_to(base)) for p in base.glob("*/*.py")))
print((base / "a.txt").exists(), (base / "zz").exists(), (base / "sub").is_dir(), (base / "a.txt").is_file())
print((base / "a.txt").stat().st_size, (base / "sub").stat().st_size > 0)
(base / "a.txt").rename(base / "renamed.txt")
print(sorted(p.name for p in base.iterdir()))
(base / "renamed.txt").unlink()
try:
    (base / "renamed.txt").unlink()
except FileNotFoundError as e:
    print(type(e).__name__, e.strerror, os.path.basename(e.filename))
(base / "renamed.txt").unlink(missing_ok=True)
try:
    (base / "sub").mkdir()
except FileExistsError as e:
    print(type(e).__name__, e.strerror)
(base / "sub").mkdir(exist_ok=True)
(base / "link").symlink_to("b.bin")
print((base / "link").is_symlink(), (base / "link").readlink(), (base / "link").resolve() == (base / "b.bin").resolve())
(base / "touched").touch()
print((base / "touched").stat().st_size, (base / "touched").exists())
(base / "touched").chmod(0o600)
print(oct((base / "touched").stat().st_mode & 0o777))
(base / "sub" / "deeper").rmdir()
for root, dirs, files in base.walk():
    print(str(root.relative_to(base)), sorted(dirs), sorted(files))
print(pathlib.Path.cwd() == pathlib.Path(os.getcwd()), pathlib.Path("~").expanduser().is_absolute())
with (base / "sub" / "c.py").open() as f:
    print(f.read())
rmtree(str(base))
print(base.exists())
