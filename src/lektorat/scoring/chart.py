"""Per-segment chrF++ of each system as an SVG line chart (matplotlib, no display needed).

The SVG is reproducible: no creation date in its metadata and a fixed salt for element ids, so the same scores
give the same file.

System names and titles come from file names and are shown as they are: no mathtext (`$x^2$` is no formula, and
an unbalanced `$\frac{` no error), no TeX, and a name starting with "_" still gets its legend entry.
"""

from __future__ import annotations

import io
from pathlib import Path

# markers and dash styles as well as colours, so systems stay apart in grey print and for colour-blind readers
_STYLES = [("o", "-"), ("s", "--"), ("^", "-."), ("D", ":"), ("v", "-"), ("P", "--")]


def chrf_svg(result: dict, title: str = "") -> str:
    """The chart as SVG text."""
    try:
        import matplotlib
    except ImportError:
        from ..translation.models import MissingExtra

        raise MissingExtra("the chart needs matplotlib: pip install 'lektorat[score]'") from None
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    # fixed element ids (reproducible files); text as <text>, not glyph paths (smaller, searchable, and valid
    # inline in HTML: glyph definitions include <path> elements without "d")
    with matplotlib.rc_context({"svg.hashsalt": "lektorat", "svg.fonttype": "none", "text.usetex": False}):
        lines = result["lines"]
        few = len(lines) <= 60  # an article: every segment gets a tick and a marker; a test set: plain lines
        fig, ax = plt.subplots(figsize=(min(14.0, max(6.0, 0.35 * len(lines) + 2)), 3.6))
        handles, labels = [], []
        for k, (name, system) in enumerate(result["systems"].items()):
            marker, dash = _STYLES[k % len(_STYLES)]
            ys = [seg["chrF2++"] for seg in system["segments"]]
            corpus = system["corpus"]["chrF2++"]["score"]
            handles += ax.plot(lines, ys, marker=marker if few else None, linestyle=dash,
                               linewidth=1.2 if few else 0.6)
            labels.append(f"{name} (corpus {corpus:.1f})")
        if few:
            ax.set_xticks(lines)
            ax.set_xticklabels([str(n) for n in lines], fontsize=8)
        ax.set_xlabel("segment (line in the files)")
        ax.set_ylabel("chrF++")
        ax.set_ylim(0, 100)
        ax.grid(True, alpha=0.3)
        # labels given with their handles: matplotlib would leave out a label starting with "_"
        legend = ax.legend(handles, labels, fontsize=8, loc="lower left")
        ax.set_title(title or "chrF++ per segment", fontsize=10)
        for text in [*legend.get_texts(), ax.title, ax.xaxis.label, ax.yaxis.label]:
            text.set_parse_math(False)  # "$" is a dollar sign, not mathtext
            text.set_usetex(False)
        fig.tight_layout()
        buf = io.StringIO()
        fig.savefig(buf, format="svg", metadata={"Date": None})
        plt.close(fig)
    return buf.getvalue()


def chrf_chart(result: dict, path: str | Path, title: str = "") -> Path:
    from ..writing import write_atomic

    out = Path(path)
    write_atomic(out, chrf_svg(result, title))
    return out
