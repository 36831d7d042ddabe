"""The `lektorat` command. Exit codes: 0 done, 2 usage or input error (one line on stderr, never a traceback)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .corrections import CorrectionError
from .engines.languagetool import LanguageToolUnavailable  # the exception only: no language_tool_python import
from .glossary import GlossaryError
from .lexicon import LexiconError
from .textio import DEFAULT_MAX_BYTES, InputError

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line, exit 2, like every other usage error here
        self.exit(EXIT_USAGE, f"lektorat: {message} (see lektorat --help)\n")


def _parser() -> argparse.ArgumentParser:
    p = _Parser(prog="lektorat", description="A copy desk for machine-translated German news.")
    p.add_argument("--version", action="version", version=f"lektorat {__import__('lektorat').__version__}")
    sub = p.add_subparsers(dest="command", required=True, parser_class=_Parser)

    c = sub.add_parser("check", help="flag language defects in German text")
    c.add_argument("files", nargs="+", metavar="FILE")
    c.add_argument("--format", choices=("text", "json", "jsonl"), default="text")
    c.add_argument("--glossary", metavar="PATH", help="glossary folder or TSV file (default: the repository's glossary/)")
    c.add_argument("--engine", choices=("builtin", "languagetool", "all"), default="builtin",
                   help="builtin (offline, default), languagetool, or all (both, merged)")
    c.add_argument("--languagetool-url", metavar="URL",
                   help="a running LanguageTool server (e.g. http://localhost:8010); default: the local server "
                        "language_tool_python manages (downloads LanguageTool when online; LTP_PATH for an install)")
    c.add_argument("--languagetool-timeout", type=float, default=30.0, metavar="SECONDS")
    c.add_argument("--disable-rule", action="append", default=[], metavar="ID", help="LanguageTool rule to skip")
    c.add_argument("--disable-category", action="append", default=[], metavar="ID",
                   help="LanguageTool category to skip (e.g. TYPOGRAPHY)")
    c.add_argument("--level", choices=("default", "picky"), default="default", help="LanguageTool's level")
    c.add_argument("--require-languagetool", action="store_true",
                   help="fail (exit 2) when LanguageTool is unavailable instead of going on with the built-in engine")
    c.add_argument("--encoding", default="utf-8", help="encoding of the input files (default utf-8)")
    c.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, help="refuse larger files (default 20 MB)")
    c.add_argument("--fail-on", choices=("error", "warning", "info", "never"), default="never",
                   help="exit 1 when a finding of this severity or worse is reported")

    pr = sub.add_parser("propose", help="draft a correction set from the findings (keeps reviewed decisions)")
    pr.add_argument("file", metavar="FILE")
    pr.add_argument("-o", "--output", required=True, metavar="SET.yaml")
    pr.add_argument("--glossary", metavar="PATH")

    ed = sub.add_parser("edition", help="apply the accepted corrections: the corrected edition")
    ed.add_argument("file", metavar="FILE")
    ed.add_argument("--corrections", required=True, metavar="SET.yaml")
    ed.add_argument("-o", "--output", required=True, metavar="EDITION.txt")
    ed.add_argument("--diff", action="store_true", help="show the changes as a coloured word diff")

    r = sub.add_parser("run", help="the main job: check every seed article")
    r.add_argument("--seeds", default="seeds", metavar="DIR")
    r.add_argument("--glossary", metavar="PATH")
    r.add_argument("--out", default="build", metavar="DIR", help="where the findings JSON files go")
    r.add_argument("--corrections", default="corrections", metavar="DIR",
                   help="correction sets (NAME.yaml) and editions (NAME.de.txt)")
    return p


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "check":
            return _check(args)
        if args.command == "run":
            return _run(args)
        if args.command == "propose":
            return _propose(args)
        if args.command == "edition":
            return _edition(args)
    except (InputError, GlossaryError, LexiconError, CorrectionError, ValueError) as e:
        print(f"lektorat: {e}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("lektorat: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    return EXIT_USAGE


_RANK = {"error": 0, "warning": 1, "info": 2}


def _check(args) -> int:
    from .checker import check_file

    engines = _engines_for(args)
    # read every file first: a bad input fails the whole call before anything is printed
    results = []
    for f in args.files:
        try:
            results.append(check_file(f, engines, encoding=args.encoding, max_bytes=args.max_bytes))
        except LanguageToolUnavailable as e:
            engines = _without_languagetool(args, engines, e)
            results.append(check_file(f, engines, encoding=args.encoding, max_bytes=args.max_bytes))
    if args.format == "json":
        payload = results[0].to_dict() if len(results) == 1 else [r.to_dict() for r in results]
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
    elif args.format == "jsonl":
        for r in results:
            sys.stdout.write(json.dumps(r.to_dict(), ensure_ascii=False) + "\n")
    else:
        from rich.console import Console

        from .report.text import render

        console = Console(highlight=False)
        for r in results:
            render(console, r.document, r.findings, r.engines)
    if args.fail_on != "never":
        limit = _RANK[args.fail_on]
        if any(_RANK[f.severity] <= limit for r in results for f in r.findings):
            return EXIT_FINDINGS
    return EXIT_OK


def _propose(args) -> int:
    from . import corrections
    from .checker import check_file, make_engines
    from .writing import write_atomic

    result = check_file(args.file, make_engines(["builtin"], args.glossary))
    out = Path(args.output)
    existing = corrections.load(out) if out.exists() else None
    cset = corrections.propose(result.document.text, args.file, result.findings, existing)
    write_atomic(out, cset.to_yaml())
    pending = sum(c.status == "pending" for c in cset.corrections)
    print(f"{out}: {len(cset.corrections)} corrections, {pending} pending review")
    return EXIT_OK


def _edition(args) -> int:
    from . import corrections
    from .textio import read_text
    from .writing import write_atomic

    text = read_text(args.file)
    cset = corrections.load(args.corrections)
    if Path(cset.article).name != Path(args.file).name:
        raise CorrectionError(f"{args.corrections}: is the set for {cset.article}, not {args.file}")
    edited = corrections.apply(cset, text)  # every error is raised before anything is written
    write_atomic(args.output, edited)
    if args.diff:
        from rich.console import Console

        from .report.diff import word_diff
        Console(highlight=False).print(word_diff(text, edited))
    n = sum(c.status == "accepted" for c in cset.corrections)
    print(f"{args.output}: {n} accepted corrections applied")
    return EXIT_OK


def _engines_for(args):
    from .checker import make_engines

    lt = dict(url=args.languagetool_url, disabled_rules=args.disable_rule, disabled_categories=args.disable_category,
              picky=args.level == "picky", timeout=args.languagetool_timeout)
    try:
        return make_engines([args.engine], args.glossary, **lt)
    except LanguageToolUnavailable as e:
        return _without_languagetool(args, None, e)


def _without_languagetool(args, engines, error):
    """LanguageTool failed: exit 2 with --require-languagetool, else say so and go on with the built-in engine."""
    from .checker import make_engines

    if args.require_languagetool:
        raise InputError(str(error))
    print(f"lektorat: warning: {error}; going on with the built-in engine only", file=sys.stderr)
    if engines is not None:
        kept = [e for e in engines if e.name != "languagetool"]
        if kept:
            return kept
    return make_engines(["builtin"], args.glossary)


def _run(args) -> int:
    """check -> propose (a draft set for seeds that have none) -> edition, for every seed."""
    from rich.console import Console

    from . import corrections
    from .checker import check_file, make_engines
    from .report.text import render
    from .writing import write_atomic

    seeds = sorted(Path(args.seeds).glob("*.de.txt"))
    if not seeds:
        raise InputError(f"{args.seeds}: no *.de.txt seed articles")
    engines = make_engines(["builtin"], args.glossary)
    console = Console(highlight=False)
    out_dir, corr_dir = Path(args.out), Path(args.corrections)
    for seed in seeds:
        r = check_file(seed, engines)
        render(console, r.document, r.findings, r.engines)
        name = seed.name[: -len(".de.txt")]
        findings_path = out_dir / f"{name}.findings.json"
        write_atomic(findings_path, json.dumps(r.to_dict(), ensure_ascii=False, indent=2) + "\n")
        set_path = corr_dir / f"{name}.yaml"
        if set_path.exists():
            cset = corrections.load(set_path)
            note = "reviewed set"
        else:
            cset = corrections.propose(r.document.text, str(seed), r.findings)
            write_atomic(set_path, cset.to_yaml())
            note = "new draft, every correction pending review"
        edition_path = corr_dir / f"{name}.de.txt"
        write_atomic(edition_path, corrections.apply(cset, r.document.text))
        accepted = sum(c.status == "accepted" for c in cset.corrections)
        console.print(f"  findings:    {findings_path}")
        console.print(f"  corrections: {set_path} ({note}; {len(cset.corrections)} corrections, {accepted} accepted)")
        console.print(f"  edition:     {edition_path}\n")
    return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
