# oracle: python3
# os.environ is exactly what the parent passed: a child started with env={} or a small env sees only that
# (nothing the launcher, the shell or Deno adds; LC_CTYPE, which CPython's PEP 538 locale coercion may add
# in the C locale, is left out of the comparison).
code = "import os; print(sorted(k for k in os.environ if k != 'LC_CTYPE'))"
import subprocess
import sys

for env in ({}, {"ONLY": "1"}, {"PATH": "/usr/bin:/bin", "HOME": "/tmp"}):
    p = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    print(p.returncode, p.stdout.strip(), p.stderr.strip()[-200:])
p = subprocess.run([sys.executable, "-c", "import os; print(os.environ.get('PWD'), os.environ.get('SHLVL'))"],
                   env={"A": "b"}, capture_output=True, text=True)
print(p.stdout.strip())
