"""The rule kernel (*inti aturan*): what a rule is, what it reports, and what it reads.

Every family of rules imports this module and nothing that runs rules: a
`Rule` has a stable code (``RB402``), a name (``several-units``), a default
`Severity`, a one-line summary in Indonesian and English, an explanation under
the same four headings for every rule, and a check: a function from a
read-only `Context` of the road map (with its `Row`, `TextRef` and `Options`)
to the `Violation` objects it finds. The `rule` decorator makes a check
function into a rule; a `Ruleset` holds rules by code.

Running rules is `rbroadmap.rules.validation`'s job, turning violations into
findings `rbroadmap.rules.report`'s, and choosing rules
`rbroadmap.rules.selection`'s.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any, Final, SupportsIndex, final

import attrs

from rbroadmap import _checks
from rbroadmap.messages import LabelledEnum, Message
from rbroadmap.model import Column
from rbroadmap.rules.context import Context, Options, Row, TextRef

__all__ = [
    "Check",
    "Context",
    "Options",
    "Row",
    "Rule",
    "Ruleset",
    "Severity",
    "TextRef",
    "Violation",
    "code_key",
    "rule",
]

_CODE: Final = re.compile(r"[A-Z]{1,8}[0-9]{1,6}\Z")
_NAME: Final = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*\Z")


class Severity(LabelledEnum):
    """Severity (*tingkat keparahan*) of a finding: error, warning or info."""

    ERROR = "error", "galat", "error"
    """Galat: the road map contradicts itself or a regulation; fix before use."""
    WARNING = "warning", "peringatan", "warning"
    """Peringatan: probably wrong, or missing what a road map should say."""
    INFO = "info", "info", "info"
    """Informasi: worth a look; often a matter of style or of reading."""

    @property
    def rank(self) -> int:
        """0 for errors, 1 for warnings, 2 for info: the order reports use.

        >>> Severity.WARNING.rank
        1
        """
        return _RANK[self]

    @property
    def plural(self) -> Message:
        """The severity's name for a number of findings, in both languages.

        >>> Severity.WARNING.plural.english
        'warnings'
        """
        return _PLURALS[self]

    @classmethod
    def parse(cls, value: Severity | str) -> Severity:
        """Return the severity *value* names (``"error"``, ``"warning"``, ``"info"``).

        Raises:
            ModelError: If *value* names no severity (a `ModelTypeError` if it
                is not text).

        >>> Severity.parse("Warning")
        <Severity.WARNING: 'warning'>
        """
        if isinstance(value, Severity):
            return value
        given: object = value
        found = given.casefold() if isinstance(given, str) else given
        return _checks.choice("Severity.parse", "value", found, cls)


_RANK: Final = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
_PLURALS: Final = {
    Severity.ERROR: Message("galat", "errors"),
    Severity.WARNING: Message("peringatan", "warnings"),
    Severity.INFO: Message("info", "info"),
}


@final
@attrs.frozen(kw_only=True)
class Violation:
    """Violation (*pelanggaran*): what a rule's check reports, before the engine adds the rest.

    A check yields violations; `validate` turns each into a `Finding` with the
    rule's code and severity, the full path and a fingerprint.

    Attributes:
        entity_id: The id of the entity at fault (an action, a problem, the
            road map itself...).
        field: Where in the entity, as a path relative to it (``"budget"``,
            ``"units[1]"``, ``"improvements[8].text"``), or ``""`` for the
            entity as a whole.
        value: The offending value (text, a number, a target value), or ``None``.
        message: What is wrong, in Indonesian and English.
        suggestion: What to write instead, when it can be computed.

    >>> Violation(entity_id="a1", field="budget", value=0,
    ...           message=Message("anggaran nol", "zero budget")).field
    'budget'
    """

    entity_id: str
    field: str = ""
    value: object = None
    message: Message
    suggestion: str | None = None


Check = Callable[[Context], Iterable[Violation]]
"""A rule's check: a function from the read-only context to the violations it finds."""


def _check_code(rule: object, attribute: attrs.Attribute[str], code: object) -> None:
    if not isinstance(code, str):
        raise _checks.wrong_type(rule, attribute.name, code, "teks / a str")
    if not _CODE.match(code):
        raise _checks.fail(
            rule,
            attribute.name,
            code,
            "kode aturan adalah 1-8 huruf kapital lalu 1-6 angka, mis. 'RB101'",
            "a rule code is 1-8 capital letters then 1-6 digits, such as 'RB101'",
        )


def _check_name(rule: object, attribute: attrs.Attribute[str], name: object) -> None:
    if not isinstance(name, str):
        raise _checks.wrong_type(rule, attribute.name, name, "teks / a str")
    if not _NAME.match(name):
        raise _checks.fail(
            rule,
            attribute.name,
            name,
            "nama aturan adalah kata huruf kecil yang digabung '-', mis. 'missing-budget'",
            "a rule name is lower-case words joined by '-', such as 'missing-budget'",
        )


def _severity(value: Severity | str) -> Severity:
    given: object = value
    return _checks.as_member(Severity, given.casefold() if isinstance(given, str) else given)  # type: ignore[no-any-return]


@final
@attrs.frozen(kw_only=True)
class Rule:
    """Rule (*aturan*): a named, documented consistency check over a road map.

    Attributes:
        code: Stable code: capitals then digits (``"RB301"``). The built-in
            rules use the prefixes of their families
            (`rbroadmap.rules.families.FAMILIES`); use a prefix of your own
            (``"KOTA001"``) for rules of your own.
        name: Short name in lower-case words joined by ``-`` (``"missing-budget"``).
        severity: The default severity of its findings.
        summary: One line, in Indonesian and English.
        what: What it checks (English, Markdown).
        why: Why it matters.
        example: An example that triggers it.
        reference: The regulation or source it follows, or ``None``.
        column: The column of the action plan whose cells the rule looks for
            in every row (`rbroadmap.Column`), or ``None``. When the road
            map's profile (`rbroadmap.Profile`) says its tables have no such
            column, the rule is not run: `rbroadmap.validate` reports once, as
            info, that it was left out.
        check: The check (see `Check`).

    Rules compare equal by all their fields; the check is compared by identity.
    """

    code: str = attrs.field(validator=_check_code)
    name: str = attrs.field(validator=_check_name)
    severity: Severity = attrs.field(converter=_severity, validator=_checks.member_of(Severity))
    summary: Message = attrs.field(validator=attrs.validators.instance_of(Message))
    what: str
    why: str
    example: str
    reference: str | None = None
    column: Column | None = None
    check: Check = attrs.field(eq=False, repr=False)

    def __call__(self, context: Context) -> Iterable[Violation]:
        """Run the check on *context*."""
        return self.check(context)

    def __reduce_ex__(self, protocol: SupportsIndex) -> str | tuple[Any, ...]:
        """Pickle a rule made by `rule` as a reference to the name it was defined under.

        The decorator puts the rule where its check function was (``missing_budget`` in
        `rbroadmap.rules.families.budgets` is the rule, not the function), so the function
        cannot be pickled by name; the rule is, and unpickles as the same rule. Other
        rules pickle field by field, their check by name.
        """
        module = getattr(self.check, "__module__", None)
        name = getattr(self.check, "__qualname__", "")
        if module and name.isidentifier():
            try:
                defined = getattr(importlib.import_module(module), name, None)
            except ImportError:  # pragma: no cover - the check's module is loaded
                defined = None
            if defined is self:
                return (_rule_named, (module, name))
        return super().__reduce_ex__(protocol)


def _rule_named(module: str, name: str) -> Rule:
    """Return the rule defined as *name* in *module* (see `Rule.__reduce_ex__`)."""
    found = getattr(importlib.import_module(module), name)
    if not isinstance(found, Rule):  # pragma: no cover - only rules are pickled so
        msg = f"{module}.{name} is not a rule"
        raise TypeError(msg)
    return found


def rule(
    *,
    code: str,
    name: str,
    severity: Severity | str,
    summary: Message,
    what: str,
    why: str,
    example: str,
    reference: str | None = None,
    column: Column | None = None,
) -> Callable[[Check], Rule]:
    """Decorator that makes a check function into a `Rule` (*aturan*).

    >>> @rule(code="KOTA001", name="no-budget-over-1bn", severity="warning",
    ...       summary=Message("anggaran di atas 1 M", "budget above 1 bn"),
    ...       what="...", why="...", example="...")
    ... def no_budget_over_1bn(ctx):
    ...     return ()
    >>> no_budget_over_1bn.code, no_budget_over_1bn.severity
    ('KOTA001', <Severity.WARNING: 'warning'>)
    """

    def make(check: Check) -> Rule:
        return Rule(
            code=code,
            name=name,
            severity=severity,
            summary=summary,
            what=what,
            why=why,
            example=example,
            reference=reference,
            column=column,
            check=check,
        )

    return make


def _rules(value: Iterable[Rule]) -> tuple[Rule, ...]:
    items = _checks.to_tuple(value)
    if isinstance(items, tuple) and all(isinstance(r, Rule) for r in items):
        return tuple(sorted(items, key=lambda r: code_key(r.code)))
    return items  # type: ignore[no-any-return]  # refused by the validator


def _check_rules(
    ruleset: object, attribute: attrs.Attribute[tuple[Rule, ...]], rules: object
) -> None:
    _checks.tuple_of(Rule)(ruleset, attribute, rules)
    checked: tuple[Rule, ...] = rules  # type: ignore[assignment]  # checked just above
    seen: set[str] = set()
    for i, item in enumerate(checked):
        if item.code in seen:
            raise _checks.fail(
                ruleset,
                f"{attribute.name}[{i}]",
                item.code,
                "dua aturan memiliki kode ini",
                "two rules have this code",
            )
        seen.add(item.code)


@final
@attrs.frozen
class Ruleset:
    """Ruleset (*kumpulan aturan*): an immutable collection of rules, ordered by code.

    Codes are unique. Combine rulesets with ``+`` (or add rules), look a rule up
    by code with ``ruleset["RB301"]``.

    Attributes:
        rules: The rules, sorted by code.
    """

    rules: tuple[Rule, ...] = attrs.field(converter=_rules, validator=_check_rules)

    def __iter__(self) -> Iterator[Rule]:
        return iter(self.rules)

    def __len__(self) -> int:
        return len(self.rules)

    def __contains__(self, code: object) -> bool:
        return any(r.code == code for r in self.rules)

    def __getitem__(self, code: str) -> Rule:
        for item in self.rules:
            if item.code == code:
                return item
        raise KeyError(code)

    def __add__(self, other: Iterable[Rule]) -> Ruleset:
        return Ruleset((*self.rules, *other))

    @property
    def codes(self) -> tuple[str, ...]:
        """The rules' codes, in order."""
        return tuple(r.code for r in self.rules)


def code_key(code: str) -> tuple[str, int, str]:
    """Return the sort key of a rule code: its letters, then its number as a number.

    >>> sorted(["RB10", "RB9", "KOTA1"], key=code_key)
    ['KOTA1', 'RB9', 'RB10']
    """
    letters = code.rstrip("0123456789")
    digits = code[len(letters) :]
    return (letters, int(digits) if digits else -1, code)
