import unittest


class TestStrings(unittest.TestCase):
    def setUp(self):
        self.word = "pypyts"

    def test_upper(self):
        self.assertEqual(self.word.upper(), "PYPYTS")

    @unittest.expectedFailure
    def test_expected_failure(self):
        self.assertTrue(False)

    def test_in(self):
        self.assertIn("py", self.word)
