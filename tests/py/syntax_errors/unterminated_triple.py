s = '''abc

def
