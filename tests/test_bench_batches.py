"""The detection benchmark's LanguageTool batches: several segments per request, never two documents in one."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from detection import measure  # noqa: E402


class _Recorder:
    """An engine that remembers every document it was given and finds nothing."""
    name = "recorder"

    def __init__(self):
        self.docs = []

    def check(self, doc, progress=None):
        self.docs.append(doc.text)
        return []


def test_a_batch_holds_segments_of_one_group_only():
    rec = _Recorder()
    runner = measure.Runner("lt", [rec], batch=3)
    texts = ["A eins.", "A zwei.", "B eins.", "A drei.", "B zwei.", "B drei.", "B vier."]
    groups = ["a", "a", "b", "a", "b", "b", "b"]
    # the caller orders the segments by document; the runner cuts at every change of group and at the batch size
    order = sorted(range(len(texts)), key=lambda k: groups[k])
    runner.check([texts[k] for k in order], "t", [groups[k] for k in order])
    batches = [d.split("\n\n") for d in rec.docs]
    assert batches == [["A eins.", "A zwei.", "A drei."], ["B eins.", "B zwei.", "B drei."], ["B vier."]]


def test_a_text_two_groups_share_is_checked_once_with_the_first():
    rec = _Recorder()
    runner = measure.Runner("lt", [rec], batch=10)
    runner.check(["X.", "Gleich.", "Y.", "Gleich."], "t", ["a", "a", "b", "b"])
    assert [d.split("\n\n") for d in rec.docs] == [["X.", "Gleich."], ["Y."]]
