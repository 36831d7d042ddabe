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
from .translation.models import MissingExtra, ModelUnavailable  # no torch import: only the exceptions
from .writing import OutputError

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line, exit 2, like every other usage error here
        self.exit(EXIT_USAGE, f"lektorat: {message} (see lektorat {self.prog.split()[-1]} --help)\n"
                  if " " in self.prog else f"lektorat: {message} (see lektorat --help)\n")


def _int_in(lo: int, hi: int | None = None):
    """An argparse type: an integer from LO to HI (a negative --max-bytes would read without limit)."""
    def parse(value: str) -> int:
        try:
            n = int(value)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
        if n < lo or (hi is not None and n > hi):
            raise argparse.ArgumentTypeError(f"{n} is out of range ({lo} to {hi})" if hi is not None
                                             else f"{n} is less than {lo}")
        return n
    return parse


def _seconds(value: str) -> float:
    """An argparse type: a finite number of seconds above zero (nan and inf are floats too)."""
    import math

    try:
        x = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number") from None
    if not math.isfinite(x) or x <= 0:
        raise argparse.ArgumentTypeError(f"{value!r} must be a finite number of seconds above 0")
    return x


def _sub(sub, name: str, help: str, examples: str):
    """A subcommand whose --help ends with examples."""
    return sub.add_parser(name, help=help, description=help[0].upper() + help[1:] + ".",
                          epilog="examples:\n" + examples.strip("\n"),
                          formatter_class=argparse.RawDescriptionHelpFormatter)


def _common(p, glossary: bool = True) -> None:
    """Options every subcommand has: the configuration file, progress, and (where used) the glossary."""
    g = p.add_argument_group("configuration and output")
    g.add_argument("--config", metavar="FILE",
                   help="configuration file (default: the nearest lektorat.toml, .lektorat.toml or pyproject.toml "
                        "with [tool.lektorat], from the working folder up)")
    g.add_argument("--isolated", action="store_true", help="ignore every configuration file")
    g.add_argument("-q", "--quiet", action="store_true", help="no progress bar (there is none when stderr is not "
                                                              "a terminal anyway)")
    if glossary:
        g.add_argument("--glossary", action="append", default=[], metavar="PATH",
                       help="an extra glossary folder or TSV file, added to the built-in glossary and to the "
                            "configuration's (repeatable)")
        g.add_argument("--no-builtin-glossary", action="store_true",
                       help="leave out the glossary that ships with lektorat (use only the extra ones)")


def _parser() -> argparse.ArgumentParser:
    p = _Parser(prog="lektorat", description="A copy desk for machine-translated German news.",
                epilog="Run `lektorat COMMAND --help` for a command's options and examples.")
    p.add_argument("--version", action="version", version=f"lektorat {__import__('lektorat').__version__}")
    sub = p.add_subparsers(dest="command", required=True, parser_class=_Parser, metavar="COMMAND")

    c = _sub(sub, "check", "flag language defects in German text", """
  lektorat check article.de.txt                     readable, highlighted
  lektorat check seeds/*.de.txt --format json       the findings JSON (docs/findings-json.md)
  lektorat check article.de.txt --format line       file:line:column: severity rule: message → proposal
  echo 'Das war however gut.' | lektorat check -    standard input
  lektorat check story.de.docx job.de.xlf           documents: .md, .html, .docx, .xlf/.xliff, .po
  lektorat check article.de.txt --source article.en.txt     with its English source, line by line
  lektorat check article.de.txt --engine all --languagetool-url http://localhost:8010""")
    c.add_argument("files", nargs="+", metavar="FILE",
                   help="German documents: plain text, Markdown, HTML, DOCX, XLIFF or PO (by extension: .txt, .md, "
                        ".html, .docx, .xlf/.xliff, .po); - reads standard input")
    c.add_argument("--source", metavar="FILE.en.txt",
                   help="the English source of a plain text, one line per line of it: adds the bilingual checks "
                        "(XLIFF and PO files carry their own source)")
    c.add_argument("--format", choices=("text", "json", "jsonl", "line"), default="text",
                   help="text (readable), json (one object per file, an array for several), jsonl (one object per "
                        "line), line (file:line:column: severity rule: message → proposal)")
    c.add_argument("--stdin-filename", metavar="NAME", help="the file name to report for standard input (default -)")
    c.add_argument("--engine", choices=("builtin", "languagetool", "all"),
                   help="builtin (offline, the default), languagetool, or all (both, merged)")
    c.add_argument("--languagetool-url", metavar="URL",
                   help="a running LanguageTool server (e.g. http://localhost:8010); default: the local server "
                        "language_tool_python manages (downloads LanguageTool when online; LTP_PATH for an install)")
    c.add_argument("--languagetool-timeout", type=_seconds, default=30.0, metavar="SECONDS",
                   help="give up on LanguageTool after this long and go on with the built-in engine (default 30)")
    c.add_argument("--disable", action="append", default=[], metavar="ID",
                   help="a rule id or category to skip, for every engine (repeatable; adds to the configuration's)")
    c.add_argument("--disable-rule", action="append", default=[], metavar="ID",
                   help="a rule id to skip (EN_WORD, or LanguageTool's, e.g. LT_GERMAN_SPELLER_RULE)")
    c.add_argument("--disable-category", action="append", default=[], metavar="ID",
                   help="a category to skip (english, typography, or LanguageTool's, e.g. TYPOGRAPHY)")
    c.add_argument("--enable", action="append", default=[], metavar="ID",
                   help="a rule that is off by default, switched on: the built-in IMPERIAL_UNIT, STRAIGHT_QUOTES, "
                        "ASCII_DASH, or a LanguageTool rule --engine all holds back as noisy (repeatable; adds to "
                        "the configuration's enable list)")
    c.add_argument("--allow", action="append", default=[], metavar="WORD",
                   help="a word or phrase never to flag (repeatable; adds to the configuration's allow list)")
    c.add_argument("--level", choices=("default", "picky"), default="default", help="LanguageTool's level")
    c.add_argument("--require-languagetool", action="store_true",
                   help="fail (exit 2) when LanguageTool is unavailable instead of going on with the built-in engine")
    c.add_argument("--no-arbiter", action="store_true",
                   help="with --engine all: the plain union of both engines, without holding back LanguageTool's "
                        "matches on names, compounds and house style (for comparison)")
    c.add_argument("--encoding", default="utf-8", help="encoding of the input files (default utf-8)")
    c.add_argument("--max-bytes", type=_int_in(1), default=DEFAULT_MAX_BYTES, metavar="N",
                   help="refuse larger inputs (default 20 MiB)")
    c.add_argument("--fail-on", choices=("error", "warning", "info", "never"),
                   help="exit 1 when a finding of this severity or worse is reported (default never)")
    _common(c)

    pr = _sub(sub, "propose", "draft a correction set from the findings (keeps reviewed decisions)", """
  lektorat propose seeds/NAME.de.txt -o corrections/NAME.yaml    a draft; run again, it keeps decisions""")
    pr.add_argument("file", metavar="FILE", help="the German article")
    pr.add_argument("-o", "--output", required=True, metavar="SET.yaml",
                    help="the correction set to write (an existing one is updated, its decisions kept)")
    _common(pr)

    ed = _sub(sub, "edition", "apply the accepted corrections: the corrected edition", """
  lektorat edition seeds/NAME.de.txt --corrections corrections/NAME.yaml -o corrections/NAME.de.txt --diff""")
    ed.add_argument("file", metavar="FILE", help="the German article the set was made for")
    ed.add_argument("--corrections", required=True, metavar="SET.yaml", help="the reviewed correction set")
    ed.add_argument("-o", "--output", required=True, metavar="EDITION.txt", help="the corrected edition to write")
    ed.add_argument("--diff", action="store_true",
                    help="show the changes as a word diff (coloured; without colour [-old-]{+new+} as git writes it)")
    _common(ed, glossary=False)

    t = _sub(sub, "translate", "translate a German edition to English (MarianMT, glossary-aware)", """
  lektorat translate corrections/NAME.de.txt -o translations/NAME.opus-mt-de-en.en.txt
  lektorat translate FILE -o OUT.en.txt --model ./my-marian-model --report OUT.json --strict
  lektorat translate FILE -o OUT.en.txt --backend ctranslate2 --model models/opus-mt-de-en-ct2""")
    t.add_argument("file", metavar="FILE", help="the German text (- reads standard input)")
    t.add_argument("-o", "--output", required=True, metavar="OUT.en.txt",
                   help="the English text, one line per input line (e.g. translations/NAME.SYSTEM.en.txt)")
    _translation_options(t)
    t.add_argument("--batch-size", type=_int_in(1, 4096), default=16, metavar="N", help="sentences per model call (default 16)")
    t.add_argument("--beam", type=_int_in(1, 64), default=4, metavar="N", help="beam size (default 4, as opus-mt)")
    t.add_argument("--max-input-tokens", type=_int_in(1), metavar="N",
                   help="cut or truncate longer sentences (default: the model's limit, 512 for opus-mt)")
    t.add_argument("--report", metavar="REPORT.json",
                   help="write every segment with its notes and glossary/number violations as JSON")
    t.add_argument("--strict", action="store_true", help="exit 1 when a glossary or number check fails")
    t.add_argument("--encoding", default="utf-8", help="encoding of the input file (default utf-8)")
    t.add_argument("--max-bytes", type=_int_in(1), default=DEFAULT_MAX_BYTES, metavar="N",
                   help="refuse larger inputs (default 20 MiB)")
    _common(t)

    cv = _sub(sub, "convert", "convert a transformers MarianMT model for the ctranslate2 back end", """
  lektorat convert Helsinki-NLP/opus-mt-de-en -o models/opus-mt-de-en-ct2          int8
  lektorat convert ./my-marian-model -o models/my-ct2 --quantization float32""")
    cv.add_argument("model", metavar="MODEL", help="hub id or folder of a transformers Marian model")
    cv.add_argument("-o", "--output", required=True, metavar="DIR", help="the folder of the converted model")
    cv.add_argument("--quantization", default="int8",
                    choices=("int8", "int8_float32", "int8_float16", "int16", "float16", "float32"),
                    help="weight type of the converted model (default int8: small and fast)")
    cv.add_argument("--force", action="store_true", help="replace DIR if it exists")
    _common(cv, glossary=False)

    sc = _sub(sub, "score", "score English machine translations against references (sacrebleu)", """
  lektorat score --ref references/NAME.en.txt --hyp translations/NAME.sys1.en.txt
  lektorat score --ref REF.en.txt --hyp A.sys1.en.txt --hyp A.sys2.en.txt --src A.de.txt -o build/A.scores.json""")
    sc.add_argument("--ref", action="append", required=True, metavar="REF.en.txt", help="reference (repeatable)")
    sc.add_argument("--hyp", action="append", required=True, metavar="SYS.en.txt",
                    help="a system's translation, line-aligned (repeatable; NAME.SYSTEM.en.txt names it SYSTEM)")
    sc.add_argument("--src", metavar="SRC.de.txt", help="the German source: enables term accuracy and numbers")
    sc.add_argument("--baseline", metavar="SYS", help="system the others are tested against (default: the first)")
    sc.add_argument("--format", choices=("text", "json", "csv"), default="text",
                    help="text (a table like sacrebleu's), json (everything), csv (corpus and segment scores)")
    sc.add_argument("-o", "--output", metavar="SCORES.json",
                    help="also save the full JSON (signatures, segments, tests, misses) and the chart next to it")
    sc.add_argument("--paired", choices=("both", "bs", "ar", "none"), default="both",
                    help="significance tests with several systems (default both)")
    sc.add_argument("--paired-bs-n", type=_int_in(1, 100_000), default=1000, metavar="N", help="bootstrap resamples (1000)")
    sc.add_argument("--paired-ar-n", type=_int_in(1, 1_000_000), default=10000, metavar="N", help="randomization trials (10000)")
    sc.add_argument("--seed", type=_int_in(0, 2**32 - 1), default=12345, help="random seed of the tests (sacrebleu's default 12345)")
    sc.add_argument("--width", type=_int_in(0, 10), default=1, help="decimals shown (sacrebleu's --width, default 1)")
    sc.add_argument("--allow-empty", action="store_true",
                    help="score an empty hypothesis line as empty instead of refusing the file")
    sc.add_argument("--encoding", default="utf-8", help="encoding of all input files (default utf-8)")
    _common(sc)

    rv = _sub(sub, "review", "the CI gate: fail on unreviewed findings and outdated editions", """
  lektorat review                                          every seed and edition
  lektorat review --format github --changed-since origin/main
  lektorat review --format sarif -o lektorat.sarif""")
    rv.add_argument("paths", nargs="*", metavar="PATH",
                    help="seeds, sets, editions or folders to review (default: every seed)")
    rv.add_argument("--format", choices=("text", "github", "sarif", "rdjsonl", "junit"), default="text",
                    help="text, github (workflow annotations), sarif (code scanning), rdjsonl (reviewdog), junit")
    rv.add_argument("--fail-on", choices=("error", "warning", "info"),
                    help="unreviewed findings of this severity or worse fail the gate (default warning)")
    rv.add_argument("--changed-since", metavar="REV", help="only articles whose files changed since this git revision")
    rv.add_argument("--seeds", default="seeds", metavar="DIR", help="the articles (default seeds/)")
    rv.add_argument("--corrections", default="corrections", metavar="DIR",
                    help="correction sets and editions (default corrections/)")
    rv.add_argument("-o", "--output", metavar="FILE", help="write the report to FILE instead of stdout")
    _common(rv)

    rp = _sub(sub, "report", "a self-contained HTML review report per article", """
  lektorat report                                 build/NAME.report.html for every seed
  lektorat report seeds/NAME.de.txt --out reports/""")
    rp.add_argument("paths", nargs="*", metavar="PATH", help="seeds, sets, editions or folders (default: every seed)")
    rp.add_argument("-o", "--out", default="build", metavar="DIR", help="where NAME.report.html goes (build/)")
    rp.add_argument("--seeds", default="seeds", metavar="DIR", help="the articles (default seeds/)")
    rp.add_argument("--corrections", default="corrections", metavar="DIR",
                    help="correction sets and editions (default corrections/)")
    rp.add_argument("--translations", default="translations", metavar="DIR",
                    help="English translations NAME.SYSTEM.en.txt (default translations/)")
    rp.add_argument("--references", default="references", metavar="DIR",
                    help="curated English references NAME.en.txt (default references/)")
    _common(rp)

    r = _sub(sub, "run", "the main job: check, correct, translate, score and report every seed article", """
  lektorat run                         seeds/ -> build/, corrections/, translations/
  lektorat run --no-translate          stop after the edition (then scores and reports)""")
    r.add_argument("--seeds", default="seeds", metavar="DIR", help="the articles NAME.de.txt (default seeds/)")
    r.add_argument("--out", default="build", metavar="DIR", help="where findings, scores and reports go (build/)")
    r.add_argument("--corrections", default="corrections", metavar="DIR",
                   help="correction sets (NAME.yaml) and editions (NAME.de.txt)")
    r.add_argument("--translations", default="translations", metavar="DIR",
                   help="where the English translation of each edition goes (NAME.SYSTEM.en.txt)")
    r.add_argument("--no-translate", action="store_true", help="stop after the edition")
    r.add_argument("--references", default="references", metavar="DIR",
                   help="curated English references (NAME.en.txt); every NAME.*.en.txt in --translations is scored")
    _translation_options(r)
    _common(r)

    cf = _sub(sub, "config", "show the effective settings and where each one comes from", """
  lektorat config                      the settings for the working folder
  lektorat config --format json""")
    cf.add_argument("--format", choices=("text", "json"), default="text", help="text (a table) or json")
    cf.add_argument("--disable", action="append", default=[], metavar="ID",
                    help="as check --disable: shows what the command line adds")
    cf.add_argument("--enable", action="append", default=[], metavar="ID", help="as check --enable")
    cf.add_argument("--allow", action="append", default=[], metavar="WORD", help="as check --allow")
    _common(cf)
    return p


def _translation_options(p) -> None:
    from .translation.models import DEFAULT_MODEL

    p.add_argument("--model", default=DEFAULT_MODEL, metavar="ID|DIR",
                   help=f"hub id or local folder of a MarianMT model (default {DEFAULT_MODEL}); "
                        "a CTranslate2 folder for --backend ctranslate2")
    p.add_argument("--backend", choices=("transformers", "ctranslate2"), default="transformers",
                   help="transformers (PyTorch) or ctranslate2 (int8; a transformers model is converted on first use)")
    p.add_argument("--threads", type=_int_in(1, 1024), metavar="N", help="CPU threads for the model (default: the library's)")
    p.add_argument("--no-glossary", action="store_true", help="translate without glossary substitution and checks")


def _settings(args):
    """The configuration file merged with this command's options (command line over file)."""
    from . import config

    cfg = config.load(getattr(args, "config", None), isolated=getattr(args, "isolated", False))
    disable = [*getattr(args, "disable", []), *getattr(args, "disable_rule", []),
               *getattr(args, "disable_category", [])]
    cli = {"glossary": [str(Path(g).resolve()) for g in getattr(args, "glossary", [])],
           "builtin-glossary": False if getattr(args, "no_builtin_glossary", False) else None,
           "disable": disable, "enable": list(getattr(args, "enable", [])), "allow": list(getattr(args, "allow", [])),
           "engine": getattr(args, "engine", None), "languagetool-url": getattr(args, "languagetool_url", None),
           "fail-on": getattr(args, "fail_on", None)}
    return config.effective(cfg, cli)


def _engines(settings, names=("builtin",)):
    from .checker import make_engines

    return make_engines(list(names), settings.load_glossary(), settings.tuning())


def _configured_engines(settings, glossary=None):
    """The engines of propose, review, report and run: the configured engine, which is both when a LanguageTool
    server is configured (config.effective); when LanguageTool does not answer, one warning line and the built-in
    engine. Which engines run is said on stderr."""
    from .checker import make_engines

    glossary = settings.load_glossary() if glossary is None else glossary
    name = settings.engine
    if name != "builtin":
        try:
            engines = make_engines([name], glossary, settings.tuning(), url=settings.languagetool_url,
                                   disabled_ids=settings.disable, fallback=True)
            where = settings.languagetool_url or "the local server"
            print(f"lektorat: engines: {' + '.join(e.name for e in engines)} (LanguageTool at {where})",
                  file=sys.stderr)
            return engines
        except LanguageToolUnavailable as e:
            print(f"lektorat: warning: {e}; going on with the built-in engine only", file=sys.stderr)
    return make_engines(["builtin"], glossary, settings.tuning())


def main(argv: list[str] | None = None) -> int:
    from .config import ConfigError

    args = _parser().parse_args(argv)
    try:
        return _COMMANDS[args.command](args)
    except (InputError, GlossaryError, LexiconError, CorrectionError, ConfigError, OutputError, ValueError,
            ModelUnavailable, MissingExtra) as e:
        print(f"lektorat: {_one_line(str(e))}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("lektorat: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `lektorat check … | head`: the reader has what it wanted
        return EXIT_OK
    except OSError as e:  # a file system error no check above foresaw: still one line, never a traceback
        where = f"{e.filename}: " if e.filename else ""
        print(f"lektorat: {_one_line(where + (e.strerror or str(e)))}", file=sys.stderr)
        return EXIT_USAGE


def _one_line(message: str) -> str:
    """Error messages are one line: a file name with a line break must not start a second one."""
    from .report.text import visible

    return visible(message).replace(" ⏎ ", "\\n")


_RANK = {"error": 0, "warning": 1, "info": 2}


def _check(args) -> int:
    from .checker import check_extracted
    from .fileformats import load
    from .progress import bar
    from .textio import read_input

    settings = _settings(args)
    if args.files.count("-") > 1:
        raise InputError("standard input (-) can be read only once")
    if args.source and len(args.files) != 1:
        raise InputError("--source is the English source of one text: give one FILE with it")
    # read every file first: a bad input fails the whole call before anything is checked or printed
    # (plain text as its decoded str, other formats as fileformats.Extracted)
    texts = [(args.stdin_filename or "-" if f == "-" else f,
              load(f, encoding=args.encoding, max_bytes=args.max_bytes, name=args.stdin_filename)) for f in args.files]
    source = read_input(args.source, encoding=args.encoding, max_bytes=args.max_bytes) if args.source else None
    engines = _engines_for(args, settings)
    results = []
    total = sum(len(t if isinstance(t, str) else t.text) for _, t in texts) or 1
    with bar("checking", total=total, quiet=args.quiet) as progress:
        done = 0
        for name, doc in texts:
            text = doc if isinstance(doc, str) else doc.text
            ex = None if isinstance(doc, str) else doc
            progress.update(completed=done, description=f"checking {name}")

            def advance(fraction, base=done, size=len(text)):
                progress.update(completed=base + fraction * size)

            try:
                results.append(check_extracted(ex, engines, name, advance, text=text, source=source))
            except LanguageToolUnavailable as e:
                engines = _without_languagetool(args, settings, engines, e)
                results.append(check_extracted(ex, engines, name, advance, text=text, source=source))
            done += len(text)
    if args.format == "json":
        payload = results[0].to_dict() if len(results) == 1 else [r.to_dict() for r in results]
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
    elif args.format == "jsonl":
        for r in results:
            sys.stdout.write(json.dumps(r.to_dict(), ensure_ascii=False) + "\n")
    elif args.format == "line":
        from .report.text import lines

        for r in results:
            sys.stdout.write(lines(r.file, r.document, r.findings))
    else:
        from .report.text import render, stdout_console

        console = stdout_console()
        for r in results:
            render(console, r.document, r.findings, r.engines)
    fail_on = settings.fail_on or "never"
    if fail_on != "never":
        limit = _RANK[fail_on]
        if any(_RANK[f.severity] <= limit for r in results for f in r.findings):
            return EXIT_FINDINGS
    return EXIT_OK


def _propose(args) -> int:
    from . import corrections
    from .checker import check_file
    from .writing import check_output, write_atomic

    out = Path(args.output)
    check_output(out, [args.file])  # the set itself is read and updated: that is what propose does
    result = check_file(args.file, _configured_engines(_settings(args)))
    existing = corrections.load(out) if out.exists() else None
    cset = corrections.propose(result.document.text, args.file, result.findings, existing)
    write_atomic(out, cset.to_yaml())
    pending = sum(c.status == "pending" for c in cset.corrections)
    print(f"{out}: {len(cset.corrections)} corrections, {pending} pending review")
    return EXIT_OK


def _edition(args) -> int:
    from . import corrections
    from .textio import read_text
    from .writing import check_output, write_atomic

    from . import fileformats

    check_output(args.output, [args.file, args.corrections])
    fmt = fileformats.sniff(args.file)
    wanted = fileformats.format_of(args.output)
    if fmt != "text" and wanted is not None and wanted != fmt:
        raise InputError(f"-o {args.output}: the edition of a {fmt} file is a {fmt} file: name it "
                         f"{Path(args.output).stem}{Path(args.file).suffix}")
    if fmt == "text":
        data, text = None, read_text(args.file)
    else:
        data, ex = fileformats.read(args.file, fmt=fmt)
        text = ex.text  # the set anchors in the document's prose, and its checksum is the prose's
    cset = corrections.load(args.corrections)
    if Path(cset.article).name != Path(args.file).name:
        raise CorrectionError(f"{args.corrections}: is the set for {cset.article}, not {args.file}")
    edited = corrections.apply(cset, text)  # every error is raised before anything is written
    if data is None:
        write_atomic(args.output, edited)
    else:  # the same format, changed only under the accepted corrections
        write_atomic(args.output, fileformats.rebuild(data, ex, corrections.edits(cset, text)))
    if args.diff:
        from .report.diff import word_diff
        from .report.text import plain, stdout_console

        console = stdout_console()
        console.print(word_diff(text, edited, marks=plain(console)))
    n = sum(c.status == "accepted" for c in cset.corrections)
    print(f"{args.output}: {n} accepted corrections applied")
    return EXIT_OK


def _translate(args) -> int:
    from .textio import read_input
    from .writing import check_output, write_all

    check_output(args.output, [args.file])
    if args.report:
        check_output(args.report, [args.file, args.output], "--report")
    text = read_input(args.file, encoding=args.encoding, max_bytes=args.max_bytes)
    result = _translation(text, args, Path(args.file).name)
    outputs = {args.output: result.text}
    if args.report:
        outputs[args.report] = json.dumps(result.to_dict(), ensure_ascii=False, indent=2) + "\n"
    write_all(outputs)  # both or neither
    _print_translation_summary(result, args.output)
    return EXIT_FINDINGS if args.strict and result.violations else EXIT_OK


def _translation(text: str, args, label: str, loaded: dict | None = None):
    """Load the back end (once per LOADED cache) and translate TEXT, with a progress bar on a terminal."""
    from .translation import load, translate_text

    loaded = {} if loaded is None else loaded
    if "glossary" not in loaded:
        loaded["glossary"] = None if args.no_glossary else _settings(args).load_glossary()
    if "backend" not in loaded:
        loaded["backend"] = load(args.model, args.backend, args.threads)
    glossary, backend = loaded["glossary"], loaded["backend"]
    opts = dict(glossary=glossary, model_name=args.model)
    for name in ("beam", "batch_size", "max_input_tokens"):
        if getattr(args, name, None) is not None:
            opts[name] = getattr(args, name)
    from .progress import bar

    with bar(f"translating {label}", total=None, quiet=getattr(args, "quiet", False)) as progress:
        return translate_text(text, backend, progress=lambda done, total: progress.update(completed=done,
                                                                                          total=total), **opts)


def _print_translation_summary(result, output) -> None:
    for w in result.warnings:
        print(f"lektorat: warning: {w}", file=sys.stderr)
    for seg, v in result.violations:
        print(f"lektorat: check: line {seg.line}, sentence {seg.index + 1}: {v['message']}", file=sys.stderr)
    counts = result.to_dict()["summary"]
    print(f"{output}: {counts['segments']} sentences translated ({result.backend}, {result.model}), "
          f"{counts['passed_through']} passed through, "
          f"{len(result.violations)} glossary/number check(s) failed")


def _convert(args) -> int:
    from .translation import convert

    out = convert(args.model, args.output, args.quantization, args.force)
    print(f"{out}: CTranslate2 model ({args.quantization}); use it with --backend ctranslate2 --model {out}")
    return EXIT_OK


def _score(args) -> int:
    from .progress import bar
    from .scoring import score
    from .scoring.render import text, to_csv

    from .writing import check_output

    if args.output:
        inputs = [*args.ref, *args.hyp, args.src]
        check_output(args.output, inputs)
        check_output(_chart_path(Path(args.output)), inputs, "-o (its chart)")
    tests = {"both": ("bs", "ar"), "bs": ("bs",), "ar": ("ar",), "none": ()}[args.paired]
    glossary = _settings(args).load_glossary() if args.src else None
    with bar("scoring", total=None, quiet=args.quiet) as progress:
        result = score(args.ref, args.hyp, src=args.src, glossary=glossary, baseline=args.baseline, paired=tests,
                       seed=args.seed, bs_samples=args.paired_bs_n, ar_trials=args.paired_ar_n, width=args.width,
                       encoding=args.encoding, allow_empty=args.allow_empty,
                       progress=lambda done, total, what: progress.update(completed=done, total=total,
                                                                          description=what))
    if args.output:
        _save_scores(result, Path(args.output))
    if args.format == "json":
        sys.stdout.write(json.dumps(result, ensure_ascii=False, indent=2) + "\n")
    elif args.format == "csv":
        sys.stdout.write(to_csv(result))
    else:
        from .report.text import stdout_console

        text(result, stdout_console(), args.width)
    return EXIT_OK


def _chart_path(path: Path) -> Path:
    """NAME.scores.json -> NAME.chrf.svg, next to it."""
    stem = path.name[: -len(".scores.json")] if path.name.endswith(".scores.json") else path.stem
    return path.with_name(f"{stem}.chrf.svg")


def _save_scores(result: dict, path: Path) -> Path:
    """The JSON, and the per-segment chrF++ chart next to it: both or neither."""
    from .scoring.chart import chrf_chart
    from .writing import write_all

    chart = _chart_path(path)
    stem = chart.name[: -len(".chrf.svg")]
    payload = json.dumps({**result, "chart": str(chart)}, ensure_ascii=False, indent=2) + "\n"
    write_all({chart: lambda tmp: chrf_chart(result, tmp, title=f"chrF++ per segment: {stem}"), path: payload})
    return chart


def _review(args) -> int:
    import os

    from . import __version__
    from .progress import bar
    from .report import ci
    from .review import changed_since, find_articles, review

    seeds, corr = Path(args.seeds), Path(args.corrections)
    paths = list(args.paths)
    if args.changed_since:
        changed = changed_since(args.changed_since, seeds, corr)
        if changed is not None and not changed and not paths:
            # scoped on purpose: no article, set, edition, glossary or configuration changed
            print(f"lektorat review: no article changed since {args.changed_since}: nothing to review",
                  file=sys.stderr)
            return EXIT_OK
        if changed is None:  # the configuration or a glossary changed: every article may have new findings
            paths = []
        else:
            paths += changed
    settings = _settings(args)
    articles = find_articles(paths, seeds, corr)
    if not articles:  # a gate that read nothing has passed nothing
        raise InputError(f"no articles to review: {seeds} has no *.de.txt seed articles" if not paths else
                         "no articles to review in the paths given")
    step_summary = os.environ.get("GITHUB_STEP_SUMMARY") if args.format == "github" else None
    if args.output or step_summary:
        from .writing import check_output

        inputs = [p for a in articles for p in (a.seed, a.set_path, a.edition)]
        if args.output:
            check_output(args.output, inputs)
        if step_summary:
            check_output(step_summary, inputs, "GITHUB_STEP_SUMMARY")
    engines = _configured_engines(settings)
    with bar("reviewing", total=len(articles), quiet=args.quiet) as progress:
        result = review(articles, engines, progress=lambda done, total, name: progress.update(
            completed=done, description=f"reviewing {name}"))
    fail_on = settings.fail_on if settings.fail_on not in (None, "never") else "warning"
    failing = result.failing(fail_on) if settings.fail_on != "never" else []
    report = {"text": lambda: ci.text(result.items, failing), "github": lambda: ci.github(result.items, failing),
              "sarif": lambda: ci.sarif(result.items, __version__), "rdjsonl": lambda: ci.rdjsonl(failing),
              "junit": lambda: ci.junit(result.items, failing)}[args.format]()
    if step_summary:
        try:
            with open(step_summary, "a", encoding="utf-8") as fh:
                fh.write(ci.markdown_summary(failing))
        except OSError as e:
            raise InputError(f"GITHUB_STEP_SUMMARY {step_summary}: cannot append: {e.strerror or e}") from None
    if args.output:
        from .writing import write_atomic

        write_atomic(args.output, report)
        print(ci.summary(failing), file=sys.stderr)
    else:
        sys.stdout.write(report)
    return EXIT_FINDINGS if failing else EXIT_OK


def _report(args) -> int:
    from .progress import bar
    from .review import find_articles

    settings = _settings(args)
    articles = find_articles(list(args.paths), Path(args.seeds), Path(args.corrections))
    if not articles:
        raise InputError(f"no articles: {args.seeds} has no *.de.txt seed articles")
    from .writing import check_output

    for a in articles:
        check_output(Path(args.out) / f"{a.name}.report.html", [a.seed, a.set_path, a.edition], "--out")
    glossary = settings.load_glossary()
    engines = _configured_engines(settings, glossary)
    with bar("reports", total=len(articles), quiet=args.quiet) as progress:
        for k, a in enumerate(articles):
            progress.update(completed=k, description=f"report {a.name}")
            print(_write_report(a, engines, args, glossary))
    return EXIT_OK


def _write_report(article, engines, args, glossary) -> Path:
    from .report.html import collect, render
    from .writing import write_atomic

    path = Path(args.out) / f"{article.name}.report.html"
    write_atomic(path, render(collect(article, engines, args.translations, args.references, glossary)))
    return path


def _engines_for(args, settings):
    """check's engines: the settings' engine (builtin, languagetool or all) with LanguageTool's options."""
    generic = [d for d in settings.disable if d not in args.disable_rule and d not in args.disable_category]
    lt = dict(url=settings.languagetool_url, picky=args.level == "picky", timeout=args.languagetool_timeout,
              disabled_rules=args.disable_rule, disabled_categories=args.disable_category, disabled_ids=generic,
              arbiter=not args.no_arbiter)
    name = settings.engine
    try:
        if name == "builtin":
            return _engines(settings)
        from .checker import make_engines

        glossary = settings.load_glossary() if name == "all" else None
        return make_engines([name], glossary, settings.tuning(), **lt)
    except LanguageToolUnavailable as e:
        return _without_languagetool(args, settings, None, e)


def _without_languagetool(args, settings, engines, error):
    """LanguageTool failed: exit 2 with --require-languagetool, else say so and go on with the built-in engine."""
    if args.require_languagetool:
        raise InputError(str(error))
    print(f"lektorat: warning: {error}; going on with the built-in engine only", file=sys.stderr)
    if engines is not None:
        kept = [e for e in engines if e.name != "languagetool"]
        if kept:
            return kept
    return _engines(settings)


def _run(args) -> int:
    """check -> propose (a draft set for seeds that have none) -> edition -> translation -> scores -> HTML
    report, for every seed."""
    from .progress import bar
    from .report.text import stdout_console

    from .review import seed_files

    seeds = seed_files(Path(args.seeds))
    if not seeds:
        raise InputError(f"{args.seeds}: no *.de.txt seed articles (nor .de.md, .de.html, .de.docx, .de.xlf, "
                         ".de.xliff, .de.po)")
    settings = _settings(args)
    glossary = settings.load_glossary()  # once, for checking, translation, scores and reports
    engines = _configured_engines(settings, glossary)
    console = stdout_console()
    loaded: dict = {"glossary": None if args.no_glossary else glossary}  # + the model, loaded for the first edition
    with bar("run", total=len(seeds), quiet=args.quiet) as progress:
        for k, seed in enumerate(seeds):
            progress.update(completed=k, description=f"run: {seed.name}")
            _run_article(console, args, seed, engines, glossary, loaded)
    return EXIT_OK


def _run_article(console, args, seed: Path, engines, glossary, loaded: dict) -> None:
    """check -> propose (a draft set for a seed that has none) -> edition -> translation -> scores -> report."""
    from . import corrections
    from .checker import check_file
    from .report.text import render
    from .review import Article, article_name
    from .writing import write_atomic

    out_dir, corr_dir = Path(args.out), Path(args.corrections)
    r = check_file(seed, engines)
    render(console, r.document, r.findings, r.engines)
    name = article_name(seed)
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
    edition_path = corr_dir / seed.name  # NAME.de.EXT: the edition keeps the seed's format
    edition_text = corrections.apply(cset, r.document.text)
    if r.extracted is None:
        write_atomic(edition_path, edition_text)
    else:
        from .fileformats import read_bytes, rebuild

        write_atomic(edition_path, rebuild(read_bytes(str(seed)), r.extracted, corrections.edits(cset, r.document.text)))
    accepted = sum(c.status == "accepted" for c in cset.corrections)
    console.print(f"  findings:    {findings_path}")
    console.print(f"  corrections: {set_path} ({note}; {len(cset.corrections)} corrections, {accepted} accepted)")
    console.print(f"  edition:     {edition_path}")
    if not args.no_translate:
        _run_translation(console, args, name, edition_path, loaded, edition_text)
    _run_scores(console, args, name, edition_path if r.extracted is None else None, glossary)
    report = _write_report(Article(name, seed, set_path, edition_path), engines, args, glossary)
    console.print(f"  report:      {report}", soft_wrap=True)
    console.print()


def _run_scores(console, args, name: str, edition_path: Path | None, glossary) -> None:
    """Score every translation of the article that has a reference (build/NAME.scores.json and the chart).
    EDITION_PATH: the German source for term accuracy and numbers (None: a document that is not plain text)."""
    ref = Path(args.references) / f"{name}.en.txt"
    hyps = sorted(Path(args.translations).glob(f"{name}.*.en.txt"))
    if not ref.is_file() or not hyps:
        console.print(f"  scores:      none ({'no reference ' + str(ref) if not ref.is_file() else 'no translations'})",
                      soft_wrap=True)
        return
    from .scoring import score

    try:
        result = score([str(ref)], [str(h) for h in hyps], src=str(edition_path) if edition_path else None,
                       glossary=glossary if edition_path else None)
    except (InputError, MissingExtra) as e:
        console.print(f"  scores:      skipped: {e}", soft_wrap=True)
        return
    path = Path(args.out) / f"{name}.scores.json"
    chart = _save_scores(result, path)
    summary = "; ".join(f"{sys_name} chrF2++ {s['corpus']['chrF2++']['score']:.1f} BLEU {s['corpus']['BLEU']['score']:.1f}"
                        for sys_name, s in result["systems"].items())
    console.print(f"  scores:      {path} ({summary}), chart {chart}", soft_wrap=True)


def _run_translation(console, args, name: str, edition_path: Path, loaded: dict, text: str | None = None) -> None:
    """Translate an edition (TEXT: its prose, for a document that is not plain text); a missing model or extra
    skips this step with the reason, the run goes on."""
    from .textio import read_text
    from .writing import write_atomic

    system = Path(args.model.rstrip("/")).name
    out = Path(args.translations) / f"{name}.{system}.en.txt"
    if "unavailable" in loaded:
        console.print(f"  translation: skipped: {loaded['unavailable']}", soft_wrap=True)
        return
    try:
        result = _translation(read_text(edition_path) if text is None else text, args, edition_path.name, loaded)
    except (ModelUnavailable, MissingExtra) as e:
        loaded["unavailable"] = e
        console.print(f"  translation: skipped: {e}", soft_wrap=True)
        return
    write_atomic(out, result.text)
    report = Path(args.out) / f"{name}.{system}.translation.json"
    write_atomic(report, json.dumps(result.to_dict(), ensure_ascii=False, indent=2) + "\n")
    console.print(f"  translation: {out} ({len(result.violations)} glossary/number checks failed; {report})",
                  soft_wrap=True)


def _config(args) -> int:
    """The effective settings, each with where it came from (default, file:line, command line)."""
    settings = _settings(args)
    cfg = settings.config
    values = {"glossary": (["<built-in>"] if settings.builtin_glossary else []) + settings.glossary,
              "builtin-glossary": settings.builtin_glossary, "disable": settings.disable, "enable": settings.enable,
              "allow": settings.allow, "severity": settings.severity, "engine": settings.engine,
              "languagetool-url": settings.languagetool_url, "fail-on": settings.fail_on}
    if args.format == "json":
        payload = {"file": str(cfg.path) if cfg.path else None, "root": str(cfg.root),
                   "settings": {k: {"value": v, "from": settings.origin[k]} for k, v in values.items()}}
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
        return EXIT_OK
    if values["fail-on"] is None:
        values["fail-on"] = "never for check, warning for review"
    print(f"configuration file: {cfg.path or 'none (defaults)'}")
    width = max(map(len, values))
    for key, value in values.items():
        shown = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
        print(f"  {key:<{width}}  {shown}   ({settings.origin[key]})")
    return EXIT_OK


_COMMANDS = {"check": _check, "run": _run, "propose": _propose, "edition": _edition, "translate": _translate,
             "convert": _convert, "score": _score, "review": _review, "report": _report, "config": _config}


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
