"""Configuration files, found and read the way ruff and Vale users expect.

`lektorat.toml` (or `.lektorat.toml`) in the working folder or the nearest parent, or a `[tool.lektorat]` table in
the nearest `pyproject.toml` that has one; the first folder (walking up) with either wins. Relative paths in the
file are relative to the file's folder. Every key is validated; a malformed file or an unknown key is a
ConfigError naming file and line.

Keys (all optional):
    glossary = ["glossary", "names.tsv"]   # extra glossaries, added to the built-in one
    builtin-glossary = true                # false: only the extra glossaries
    disable = ["EN_WORD", "typography"]    # rule ids or categories, for every engine
    allow = ["however", "Board of Peace"]  # words and phrases never flagged (or allow = "allow.txt")
    severity = {EN_WORD = "warning", typography = "info"}   # per rule id or category
    engine = "builtin"                     # builtin | languagetool | all
    languagetool-url = "http://localhost:8010"   # or the environment variable LEKTORAT_LANGUAGETOOL_URL
    fail-on = "warning"                    # error | warning | info | never

Precedence: the command line, then the environment (LEKTORAT_LANGUAGETOOL_URL), then the file, then the defaults.
"""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

FILE_NAMES = ("lektorat.toml", ".lektorat.toml")
ENGINES = ("builtin", "languagetool", "all")
FAIL_ON = ("error", "warning", "info", "never")
SEVERITIES = ("error", "warning", "info", "off")
KEYS = ("glossary", "builtin-glossary", "disable", "enable", "allow", "severity", "engine", "languagetool-url",
        "fail-on")
MAX_CONFIG_BYTES = 1024 * 1024
ENV_LANGUAGETOOL_URL = "LEKTORAT_LANGUAGETOOL_URL"   # a LanguageTool server for every command, like languagetool-url


class ConfigError(Exception):
    """A configuration file that cannot be used; the message names file and line."""


@dataclass
class Config:
    """What a configuration file says, validated. `origin` says where each key was set ("lektorat.toml:4")."""
    path: Path | None = None          # the file, or None when there is none
    root: Path = field(default_factory=Path.cwd)  # relative paths and the default glossary/ resolve here
    values: dict = field(default_factory=dict)
    origin: dict = field(default_factory=dict)


def find(start: Path | None = None) -> tuple[Path, str] | None:
    """(file, table) of the nearest configuration: lektorat.toml first, then a pyproject.toml with [tool.lektorat]."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        for name in FILE_NAMES:
            if (folder / name).is_file():
                return folder / name, ""
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and re.search(r"(?m)^\s*\[\s*tool\s*\.\s*lektorat\s*[\].]", _read(pyproject)):
            return pyproject, "tool.lektorat"
    return None


def load(path: str | Path | None = None, start: Path | None = None, isolated: bool = False) -> Config:
    """The configuration at PATH, or the nearest one from START (the working folder); none with ISOLATED."""
    if isolated:
        return Config()
    if path is not None:
        p = Path(path)
        if not p.is_file():
            raise ConfigError(f"{p}: no such configuration file")
        table = "tool.lektorat" if p.name == "pyproject.toml" else ""
    else:
        found = find(start)
        if found is None:
            return Config()
        p, table = found
    text = _read(p)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        m = re.search(r"at line (\d+)", str(e))
        line = m.group(1) if m else max(1, len(text.splitlines()))  # "at end of document"
        reason = re.sub(r"\s*\(at (line \d+, column \d+|end of document)\)", "", str(e))
        raise ConfigError(f"{p}:{line}: not valid TOML: {reason}") from None
    for part in table.split(".") if table else ():
        data = data.get(part, {})
        if not isinstance(data, dict):
            raise ConfigError(f"{p}:{_line_of(text, part)}: [{table}] must be a table")
    cfg = Config(path=p, root=p.parent.resolve())
    for key, value in data.items():
        line = _line_of(text, key, table)
        where = f"{p}:{line}"
        if key not in KEYS:
            hint = _close(key)
            raise ConfigError(f"{where}: unknown key {key!r}" + (f" (did you mean {hint!r}?)" if hint else "")
                              + f"; known keys: {', '.join(KEYS)}")
        cfg.values[key] = _validate(key, value, where, cfg.root)
        cfg.origin[key] = f"{p.name}:{line}" if p.parent.resolve() == Path.cwd().resolve() else where
    return cfg


def _read(p: Path) -> str:
    try:
        if p.stat().st_size > MAX_CONFIG_BYTES:
            raise ConfigError(f"{p}: larger than {MAX_CONFIG_BYTES // 1024} KiB: not a configuration file")
        return p.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise ConfigError(f"{p}: not valid UTF-8 (byte offset {e.start})") from None
    except OSError as e:
        raise ConfigError(f"{p}: cannot read: {e.strerror or e}") from None


def _validate(key: str, value, where: str, root: Path):
    def strings(v) -> list[str]:
        if not isinstance(v, list) or not all(isinstance(x, str) and x.strip() for x in v):
            raise ConfigError(f"{where}: {key} must be a list of non-empty strings")
        return [x.strip() for x in v]

    def choice(v, options) -> str:
        if v not in options:
            raise ConfigError(f"{where}: {key} must be one of {', '.join(options)}, not {v!r}")
        return v

    if key == "glossary":
        items = [value] if isinstance(value, str) else strings(value)
        for x in items:
            if not _resolve(root, x).exists():
                raise ConfigError(f"{where}: glossary {x!r}: no such file or folder")
        return [str(_resolve(root, x)) for x in items]
    if key == "builtin-glossary":
        if not isinstance(value, bool):
            raise ConfigError(f"{where}: builtin-glossary must be true or false")
        return value
    if key in ("disable", "enable"):
        return strings(value)
    if key == "allow":
        if isinstance(value, str):  # a file of words and phrases, one per line
            return read_allow_file(_resolve(root, value), where)
        return strings(value)
    if key == "severity":
        if not isinstance(value, dict):
            raise ConfigError(f"{where}: severity must be a table of rule or category = severity")
        return {str(k): choice(v, SEVERITIES) for k, v in value.items()}
    if key == "engine":
        return choice(value, ENGINES)
    if key == "fail-on":
        return choice(value, FAIL_ON)
    if key == "languagetool-url":
        if not isinstance(value, str) or not re.match(r"https?://\S+\Z", value):
            raise ConfigError(f"{where}: languagetool-url must be an http(s) URL")
        return value
    raise AssertionError(key)  # pragma: no cover - KEYS and this function disagree


def read_allow_file(path: Path, where: str = "") -> list[str]:
    """Words and phrases, one per line; blank lines and lines starting with # are skipped."""
    prefix = f"{where}: " if where else ""
    if not path.is_file():
        raise ConfigError(f"{prefix}{path}: no such allow file")
    return [ln.strip() for ln in _read(path).splitlines() if ln.strip() and not ln.lstrip().startswith("#")]


def _resolve(root: Path, value: str) -> Path:
    p = Path(value).expanduser()
    return p if p.is_absolute() else root / p


def _line_of(text: str, key: str, table: str = "") -> int:
    """The line a key is set on (1-based), after the table's header when there is one."""
    lines = text.splitlines()
    start = 0
    if table:
        head = re.compile(r"^\s*\[\s*" + r"\s*\.\s*".join(map(re.escape, table.split("."))) + r"\s*\]")
        start = next((i for i, ln in enumerate(lines) if head.match(ln)), 0)
    pat = re.compile(r"""^\s*["']?""" + re.escape(key) + r"""["']?\s*[=.]""")
    for i in range(start, len(lines)):
        if pat.match(lines[i]):
            return i + 1
    return start + 1


def _close(key: str) -> str | None:
    import difflib

    m = difflib.get_close_matches(key.replace("_", "-"), KEYS, n=1, cutoff=0.6)
    return m[0] if m else None


@dataclass
class Settings:
    """The effective settings of one command: defaults, then the configuration file, then the command line.

    Scalars on the command line replace the file's; lists (glossary, disable, allow) add to it. `origin` names
    where each value came from, for `lektorat config`."""
    glossary: list[str] = field(default_factory=list)
    builtin_glossary: bool = True
    disable: list[str] = field(default_factory=list)
    enable: list[str] = field(default_factory=list)   # LanguageTool rules --engine all holds back, brought back
    allow: list[str] = field(default_factory=list)
    severity: dict = field(default_factory=dict)
    engine: str = "builtin"
    languagetool_url: str | None = None
    fail_on: str | None = None          # None: the command's own default (check: never, review: warning)
    config: Config = field(default_factory=Config)
    origin: dict = field(default_factory=dict)

    def tuning(self):
        from .tuning import Tuning

        return Tuning.of(self.disable, self.allow, self.severity, self.enable)

    def load_glossary(self):
        from . import glossary

        return glossary.load(self.glossary, builtin=self.builtin_glossary)


def effective(cfg: Config, cli: dict | None = None, environ=None) -> Settings:
    """Merge CFG with the environment (ENVIRON, default os.environ) and the command line's values (CLI: key ->
    value; None or empty means not given)."""
    cli = {k: v for k, v in (cli or {}).items() if v not in (None, [], {}, ())}
    s = Settings(config=cfg)
    for key in KEYS:
        s.origin[key] = "default"
    # a glossary/ folder at the project root is the project's glossary unless the file names others
    default_glossary = cfg.root / "glossary"
    if "glossary" not in cfg.values and default_glossary.is_dir() and any(default_glossary.glob("*.tsv")):
        s.glossary = [str(default_glossary)]
        s.origin["glossary"] = "default (the project's glossary/ folder)"
    for key, value in cfg.values.items():
        setattr(s, key.replace("-", "_"), value)
        s.origin[key] = cfg.origin[key]
    url = (os.environ if environ is None else environ).get(ENV_LANGUAGETOOL_URL, "").strip()
    if url:
        s.languagetool_url = _validate("languagetool-url", url, ENV_LANGUAGETOOL_URL, cfg.root)
        s.origin["languagetool-url"] = f"environment ({ENV_LANGUAGETOOL_URL})"
    for key, value in cli.items():
        attr = key.replace("-", "_")
        if key in ("glossary", "disable", "enable", "allow"):
            before = getattr(s, attr)
            setattr(s, attr, before + [v for v in value if v not in before])
            s.origin[key] = "command line" if s.origin[key] == "default" else f"{s.origin[key]} + command line"
        elif key == "severity":
            s.severity = {**s.severity, **value}
            s.origin[key] = "command line" if s.origin[key] == "default" else f"{s.origin[key]} + command line"
        else:
            setattr(s, attr, value)
            s.origin[key] = "command line"
    if s.origin["engine"] == "default" and s.languagetool_url:  # a server is configured: use it beside ours
        s.engine = "all"
        s.origin["engine"] = "default with a LanguageTool server configured"
    return s
