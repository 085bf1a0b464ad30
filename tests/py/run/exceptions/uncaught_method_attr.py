# test: full-traceback
class Thing:
    def run(self):
        return self.helper().value
    def helper(self):
        return None
Thing().run()
