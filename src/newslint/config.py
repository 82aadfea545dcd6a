"""Finding, reading and validating configuration.

Sources, nearest to each file first: `.newslint.toml`, `.newslint.yaml`
(or `.yml`), then `[tool.newslint]` in `pyproject.toml`; the first one found
walking up from the file wins (no merging, as in ruff). `--config` names one
file for every path. Errors name the file, the line and a did-you-mean.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from newslint.errors import NewslintError

CONFIG_NAMES = (".newslint.toml", ".newslint.yaml", ".newslint.yml", "pyproject.toml")
SEVERITIES = ("error", "warning", "info")

# key -> (python type(s), description) ; the validator checks types.
KEYS: dict[str, tuple[type | tuple[type, ...], str]] = {
    "select": (list, "rule ids or family prefixes to run (replaces the defaults)"),
    "extend-select": (list, "rule ids or prefixes to add to the defaults"),
    "ignore": (list, "rule ids or prefixes to turn off"),
    "per-file-ignores": (dict, "glob -> list of rule ids to ignore in matching files"),
    "include": (list, "globs of files to lint when a folder is given"),
    "exclude": (list, "globs of files and folders to skip"),
    "packs": (list, "rule packs to load: built-in names or paths relative to this file"),
    "fail-on": (str, "lowest severity that makes the exit code 1 (error, warning, info)"),
    "severity": (dict, "rule id or prefix -> severity override"),
    "rules": (dict, "rule id -> table of rule options"),
    "grammar": (dict, "grammar backend settings (see the README)"),
    "extensions": (dict, "file extension -> format name (txt, md, html)"),
}


def _canonical(value: Any) -> Any:
    """`value` with every mapping as sorted pairs and anything unusual as text."""
    if isinstance(value, dict):
        return tuple(sorted((str(k), _canonical(v)) for k, v in value.items()))
    if isinstance(value, list | tuple | set | frozenset):
        items = [_canonical(v) for v in value]
        return tuple(sorted(items, key=repr) if isinstance(value, set | frozenset) else items)
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)


@dataclass
class Settings:
    """The effective configuration for a set of files."""

    path: Path | None = None
    root: Path = field(default_factory=Path.cwd)
    select: list[str] | None = None
    extend_select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    per_file_ignores: dict[str, list[str]] = field(default_factory=dict)
    include: list[str] = field(default_factory=list)
    exclude: list[str] = field(default_factory=list)
    packs: list[str] = field(default_factory=list)
    fail_on: str = "warning"
    severity: dict[str, str] = field(default_factory=dict)
    rules: dict[str, dict[str, Any]] = field(default_factory=dict)
    grammar: dict[str, Any] = field(default_factory=dict)
    extensions: dict[str, str] = field(default_factory=dict)
    # Key -> line in the config file, for later errors (unknown rule ids).
    lines: dict[str, int] = field(default_factory=dict)

    def key(self) -> str:
        """A stable text key of everything that changes lint results (for caches):
        the repr of a canonical form (json would cost a warm run its import)."""
        data = {k: v for k, v in vars(self).items() if k not in ("path", "root", "lines")}
        data["root"] = str(self.root)
        return repr(_canonical(data))

    def where(self, key: str) -> str:
        if self.path is None:
            return "command line"
        line = self.lines.get(key)
        return f"{self.path}:{line}" if line else str(self.path)

    def pack_paths(self) -> list[Path]:
        from newslint.packs_data import find_builtin_pack

        out: list[Path] = []
        for name in self.packs:
            if "/" in name or name.endswith((".yaml", ".yml")) or "\\" in name:
                p = (self.root / name).resolve()
                if not p.is_file():
                    raise NewslintError(
                        f"{self.where('packs')}: pack file {name!r} not found ({p})"
                    )
                out.append(p)
            else:
                p = find_builtin_pack(name)
                if p is None:
                    raise NewslintError(
                        f"{self.where('packs')}: unknown built-in pack {name!r}"
                        + _did_you_mean(name, builtin_pack_names())
                    )
                out.append(p)
        return out


def builtin_pack_names() -> list[str]:
    from newslint.packs_data import builtin_pack_dir

    d = builtin_pack_dir()
    return sorted(p.stem for p in d.glob("*.yaml")) if d else []


def _did_you_mean(word: str, choices) -> str:
    import difflib  # only for a did-you-mean: not on every start

    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f"; did you mean {close[0]!r}?" if close else ""


def _line_of_key(text: str, key: str) -> int | None:
    m = re.search(rf"^[ \t]*[\"']?{re.escape(key)}[\"']?[ \t]*[=:]", text, re.M)
    return text.count("\n", 0, m.start()) + 1 if m else None


def load_file(path: Path) -> Settings | None:
    """Read one config file; None for a pyproject.toml with no [tool.newslint]."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as e:
        raise NewslintError(f"{path}: cannot read config: {e}") from None
    if path.suffix == ".toml":
        import tomllib  # imported here: most runs read no TOML

        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as e:
            raise NewslintError(f"{path}: invalid TOML: {e}") from None
        if path.name == "pyproject.toml":
            data = data.get("tool", {}).get("newslint")
            if data is None:
                return None
        elif "tool" in data and "newslint" in data.get("tool", {}):
            data = data["tool"]["newslint"]
    else:
        import yaml

        try:
            data = yaml.safe_load(text) or {}
        except yaml.YAMLError as e:
            mark = getattr(e, "problem_mark", None)
            where = f"{path}:{mark.line + 1}" if mark else str(path)
            raise NewslintError(f"{where}: invalid YAML: {getattr(e, 'problem', e)}") from None
    if not isinstance(data, dict):
        raise NewslintError(f"{path}: config must be a table of keys")
    return from_mapping(data, path, text)


def from_mapping(data: dict, path: Path | None, text: str = "") -> Settings:
    s = Settings(path=path, root=path.parent if path else Path.cwd())
    for key, value in data.items():
        line = _line_of_key(text, key) if text else None
        if line:
            s.lines[key] = line
        where = f"{path}:{line}" if path and line else str(path or "config")
        if key not in KEYS:
            raise NewslintError(f"{where}: unknown key {key!r}" + _did_you_mean(key, KEYS))
        want = KEYS[key][0]
        if not isinstance(value, want):
            raise NewslintError(
                f"{where}: {key!r} must be a {_type_name(want)}, not {type(value).__name__}"
            )
        if isinstance(value, list) and not all(isinstance(v, str) for v in value):
            raise NewslintError(f"{where}: {key!r} must be a list of strings")
        attr = key.replace("-", "_")
        if key == "fail-on" and value not in SEVERITIES:
            raise NewslintError(
                f"{where}: 'fail-on' must be one of {', '.join(SEVERITIES)}, not {value!r}"
                + _did_you_mean(value, SEVERITIES)
            )
        if key == "severity":
            for k, v in value.items():
                if v not in SEVERITIES:
                    raise NewslintError(f"{where}: severity of {k!r} must be one of {SEVERITIES}")
        if key in ("per-file-ignores", "rules"):
            for k, v in value.items():
                ok = isinstance(v, list) if key == "per-file-ignores" else isinstance(v, dict)
                if not ok:
                    raise NewslintError(
                        f"{where}: {key}.{k} must be a "
                        + ("list of rule ids" if key == "per-file-ignores" else "table of options")
                    )
        setattr(s, attr, value)
    return s


def _type_name(t) -> str:
    names = {list: "list", dict: "table", str: "string", bool: "boolean", int: "number"}
    if isinstance(t, tuple):
        return " or ".join(names.get(x, x.__name__) for x in t)
    return names.get(t, t.__name__)


@cache
def _config_in_dir(d: Path) -> Settings | None | bool:
    """The config defined in folder d, or False when d has none."""
    for name in CONFIG_NAMES:
        p = d / name
        if p.is_file():
            s = load_file(p)
            if s is not None:
                return s
    return False


@cache
def settings_for_dir(d: Path) -> Settings:
    """Nearest config walking up from d; defaults when there is none."""
    for folder in (d, *d.parents):
        s = _config_in_dir(folder)
        if s:
            return s  # type: ignore[return-value]
    return Settings(root=Path.cwd())


def validate_rule_ids(s: Settings, registry) -> None:
    """Unknown rule ids in config exit 2 with the file, line and a did-you-mean."""
    known = list(registry.infos) + sorted(registry.families())
    checks = [("select", s.select or []), ("extend-select", s.extend_select), ("ignore", s.ignore)]
    checks += [("per-file-ignores", ids) for ids in s.per_file_ignores.values()]
    checks += [("severity", list(s.severity)), ("rules", list(s.rules))]
    for key, ids in checks:
        for rid in ids:
            if not registry.is_known(rid):
                raise NewslintError(
                    f"{s.where(key)}: unknown rule {rid!r} in {key!r}" + _did_you_mean(rid, known)
                )
