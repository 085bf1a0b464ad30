class Weird(Exception):
    def __str__(self):
        return "weird message"
raise Weird()
