LEAF = "leaf from " + __name__ + " in " + __package__
