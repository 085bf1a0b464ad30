import _mod_main_guard
print(_mod_main_guard.hello(), __name__)
if __name__ == "__main__":
    print("running as main")
