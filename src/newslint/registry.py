"""All known rules, Python and pack, by id; and selection by id or family prefix."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from newslint.errors import NewslintError
from newslint.plugins import collect
from newslint.rule import Rule, RuleInfo

# Rules the engine itself reports; they cannot be selected away by a typo check.
ENGINE_RULES = {
    "newslint.internal-error": RuleInfo(
        "newslint.internal-error",
        "A rule raised an exception on this file.",
        "The rule crashed; the finding names the rule and the exception. Please report it.",
        "error",
        True,
        "never",
        (),
        (),
        source="engine",
    ),
    "newslint.unused-suppression": RuleInfo(
        "newslint.unused-suppression",
        "An inline suppression that suppresses nothing.",
        "A `newslint-disable` comment or `newslint: ignore[...]` that no finding needed; "
        "remove it so it does not hide a future defect.",
        "info",
        True,
        "never",
        (),
        (),
        source="engine",
    ),
}


@dataclass
class Registry:
    """Rule classes and infos. Pack rules are added per pack file loaded."""

    python_rules: dict[str, type[Rule]] = field(default_factory=dict)
    infos: dict[str, RuleInfo] = field(default_factory=dict)

    def add_python(self, cls: type[Rule]) -> None:
        self._claim(cls.id, f"{cls.__module__}.{cls.__qualname__}")
        self.python_rules[cls.id] = cls
        self.infos[cls.id] = cls.info()

    def add_info(self, info: RuleInfo) -> None:
        self._claim(info.id, info.source)
        self.infos[info.id] = info

    def _claim(self, rule_id: str, source: str) -> None:
        if rule_id in self.infos and self.infos[rule_id].source != source:
            raise NewslintError(
                f"rule id {rule_id!r} is defined twice: by {self.infos[rule_id].source} and {source}"
            )

    def families(self) -> set[str]:
        return {i.split(".", 1)[0] for i in self.infos}

    def matches(self, selector: str) -> list[str]:
        """Ids a selector names: 'ALL', a family prefix, a dotted prefix or an id."""
        if selector == "ALL":
            return list(self.infos)
        return [i for i in self.infos if i == selector or i.startswith(selector.rstrip(".") + ".")]

    def is_known(self, selector: str) -> bool:
        # Grammar rule ids come from the backend (LanguageTool has thousands): any is known.
        return (
            selector == "grammar" or selector.startswith("grammar.") or bool(self.matches(selector))
        )

    def select(
        self,
        select: Iterable[str] | None,
        extend_select: Iterable[str] = (),
        ignore: Iterable[str] = (),
    ) -> frozenset[str]:
        if select is None:
            chosen = {i for i, info in self.infos.items() if info.default_enabled}
        else:
            chosen = {i for s in select for i in self.matches(s)}
        chosen |= {i for s in extend_select for i in self.matches(s)}
        chosen -= {i for s in ignore for i in self.matches(s)}
        return frozenset(chosen)


_REGISTRY: Registry | None = None


def base_registry() -> Registry:
    """Python rules from every plugin plus packs that plugins always load."""
    global _REGISTRY
    if _REGISTRY is None:
        reg = Registry()
        for info in ENGINE_RULES.values():
            reg.add_info(info)
        for rules in collect("newslint_rules"):
            for cls in rules or []:
                reg.add_python(cls)
        _REGISTRY = reg
    return _REGISTRY


def plugin_pack_paths() -> list[Path]:
    paths: list[Path] = []
    for result in collect("newslint_packs"):
        paths.extend(Path(p) for p in result or [])
    return paths
