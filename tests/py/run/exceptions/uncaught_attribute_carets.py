# test: full-traceback
class Config:
    settings = {"depth": None}
cfg = Config()
total = cfg.settings["depth"] + 1
