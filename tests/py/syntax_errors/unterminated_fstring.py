s = f'abc{x}
