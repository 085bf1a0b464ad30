print("importing _mod_main_guard as", __name__)
def hello():
    return "hello from module"
if __name__ == "__main__":
    print("never when imported")
