import sys
print("about to exit 42")
sys.exit(42)
