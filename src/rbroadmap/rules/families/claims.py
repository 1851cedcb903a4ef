"""Claim rules (*aturan klaim*), RB6xx: categories stated against regulation scales.

Road maps state grades next to values: *IKM 79,30 (baik)*, *Indeks Reformasi
Birokrasi dengan kategori A (Memuaskan)*, *SPIP level 3 (terdefinisi)*. Each
grade is set by a regulation (`rbroadmap.scales`), and these rules check that
the value stated supports the grade claimed, under the regulation selected:

* IRB and SAKIP: PermenPAN-RB 26/2020 and 88/2021 (AA to D, open on the left);
* IKM: PermenPAN-RB 14/2017 or KepMenPAN 25/2004, chosen with
  ``validate(ikm_scale=...)`` or, by default, by the year the road map's
  period starts;
* SPIP: maturity levels 0 to 5.

A text is read for claims when it names the scale (*IKM*, *Indeks Kepuasan
Masyarakat*, *IRB*, *Indeks Reformasi Birokrasi*, *SAKIP*, *SPIP*,
*maturitas*); a claim belongs to the scale named closest before it. Claims
held as data in an `rbroadmap.Indicator` are checked by RB602, and the same
claim written in a text beside it is not reported twice. A target cell that
holds a score with its grade (`rbroadmap.Graded`, ``SAKIP 60/B``) is checked by
RB606 on the scale its index names or it declares.

Every suggestion for a target cell is itself valid notation (``> IRB 80``,
``SAKIP 60/CC``), so that it can be written back as it stands.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from collections.abc import Iterator
from decimal import Decimal
from typing import Final

import attrs

from rbroadmap._exact import EXACT
from rbroadmap._text import clip, name_key
from rbroadmap.messages import Lang, Message
from rbroadmap.model import Indicator
from rbroadmap.notation import format_number, format_value
from rbroadmap.rules.kernel import Context, Severity, TextRef, Violation, rule
from rbroadmap.scales import IRB, SAKIP, SPIP, Grade, Scale
from rbroadmap.values import (
    Comparison,
    Graded,
    IndexScore,
    Level,
    Percentage,
    Range,
    TargetValue,
    Threshold,
    number_of,
)

__all__ = ["RULES", "Claim", "claims_in"]

_KEYWORDS: Final = re.compile(
    r"\b(?P<ikm>IKM|SKM|Indeks\s+Kepuasan\s+Masyarakat|Survei\s+Kepuasan\s+Masyarakat)\b"
    r"|\b(?P<irb>IRB|Indeks\s+Reformasi\s+Birokrasi|PMPRB)\b"
    r"|\b(?P<sakip>SAKIP|AKIP)\b"
    r"|\b(?P<spip>SPIP|[Mm]aturitas)\b",
)
_VALUE_CLAIM: Final = re.compile(
    r"(?:(?P<cmp>lebih\s+dari|di\s+atas|minimal|paling\s+sedikit|sekurang-kurangnya"
    r"|kurang\s+dari|di\s+bawah|maksimal|paling\s+banyak)\s+)?"
    r"(?P<level>level\s+|tingkat\s+)?"
    r"(?P<num>\d{1,3}(?:,\d{1,4})?)\s*\((?P<cat>[^()]{1,40})\)",
    re.IGNORECASE,
)
_CODE_CLAIM: Final = re.compile(
    r"\b(?:[Kk]ategori|[Pp]redikat|[Nn]ilai)\s+(?P<code>AA|BB|CC|[ABCD])\b\s*(?:\((?P<name>[^()]{1,40})\))?"
)
_FILLER: Final = re.compile(r"^(?:(?:dengan|kategori|predikat|nilai|level|tingkat)\s+)+", re.I)
_COMPARISONS: Final = {
    "lebih dari": Comparison.MORE_THAN,
    "di atas": Comparison.MORE_THAN,
    "minimal": Comparison.AT_LEAST,
    "paling sedikit": Comparison.AT_LEAST,
    "sekurang-kurangnya": Comparison.AT_LEAST,
    "kurang dari": Comparison.LESS_THAN,
    "di bawah": Comparison.LESS_THAN,
    "maksimal": Comparison.AT_MOST,
    "paling banyak": Comparison.AT_MOST,
}
_STEP: Final = Decimal("0.001")
_INDEX_SCALES: Final = {"IRB": "irb", "SAKIP": "sakip", "AKIP": "sakip", "IKM": "ikm", "SKM": "ikm"}
_SCALES_REFERENCE: Final = (
    "PermenPAN-RB 26/2020 (PMPRB, Indeks RB grades); PermenPAN-RB 88/2021 (SAKIP evaluation "
    "grades); PermenPAN-RB 14/2017 and KepMenPAN 25/2004 (IKM grades); PP 60/2008 and the "
    "BPKP maturity assessment of SPIP (levels 0-5). See `rbroadmap.scales`."
)


def _scale(ctx: Context, key: str) -> Scale:
    return {"ikm": ctx.ikm_scale, "irb": IRB, "sakip": SAKIP, "spip": SPIP}[key]


@attrs.frozen(kw_only=True)
class Claim:
    """Claim (*klaim*): a grade stated in a text, with the value it is stated for.

    Attributes:
        scale: The scale the text names (``"ikm"``, ``"irb"``, ``"sakip"``, ``"spip"``).
        value: The value stated, or ``None`` when only a grade is stated.
        comparison: How the value is meant (``lebih dari 85`` is `MORE_THAN`).
        level: Whether the value is a level (``level 3``) rather than a score.
        code: The grade code stated (``"A"``), if any.
        name: The grade name stated (``"sangat baik"``), if any.
        text: The claim as written.
    """

    scale: str
    value: Decimal | None
    comparison: Comparison = Comparison.EXACTLY
    level: bool = False
    code: str | None = None
    name: str | None = None
    text: str


def _claims(ctx: Context) -> tuple[tuple[TextRef, tuple[Claim, ...]], ...]:
    """The texts of the road map that state claims, with their claims (read once)."""

    def build() -> tuple[tuple[TextRef, tuple[Claim, ...]], ...]:
        return tuple((ref, found) for ref in ctx.texts if (found := claims_in(ref.text)))

    return ctx.memo("claims", build)


def _may_name_a_scale(text: str) -> bool:
    """Whether *text* holds a word every name of a scale in `_KEYWORDS` contains.

    A text without any cannot name a scale: the pattern is not run over it (most texts).
    """
    return (
        "IKM" in text
        or "SKM" in text
        or "Indeks" in text
        or "Survei" in text
        or "IRB" in text
        or "PMPRB" in text
        or "AKIP" in text
        or "SPIP" in text
        or "aturitas" in text
    )


def _scale_before(named: list[tuple[int, str | None]], position: int) -> str | None:
    """The scale named closest before *position*, else the first one named after it.

    *named* holds the start and scale of every scale named in the text, in order;
    a binary search finds the one wanted, so that a text with many claims is read
    in time proportional to its length, not to its length times its claims.
    """
    i = bisect_right(named, position, key=lambda pair: pair[0])
    if i:
        return named[i - 1][1]
    return named[0][1] if named else None


def _number(text: str) -> Decimal:
    """A number as the claim pattern matches it: digits, then a decimal comma and digits."""
    return Decimal(text.replace(",", "."))


@functools.lru_cache(maxsize=4096)  # texts recur, and rules of other modules read them
def claims_in(text: str) -> tuple[Claim, ...]:
    """Return the grade claims stated in *text*.

    >>> [(c.scale, str(c.value), c.comparison.value, c.name) for c in claims_in(
    ...     "IKM sebesar 79,30 (baik) ditingkatkan menjadi lebih dari 85,00 (sangat baik)")]
    [('ikm', '79.30', 'exactly', 'baik'), ('ikm', '85.00', 'more-than', 'sangat baik')]
    >>> [(c.scale, c.code, c.name) for c in claims_in(
    ...     "Tercapainya Indeks Reformasi Birokrasi dengan kategori A (Memuaskan)")]
    [('irb', 'A', 'Memuaskan')]
    """
    if not _may_name_a_scale(text):
        return ()
    named = [(match.start(), match.lastgroup) for match in _KEYWORDS.finditer(text)]
    if not named:
        return ()
    out: list[Claim] = []
    for match in _VALUE_CLAIM.finditer(text):
        scale = _scale_before(named, match.start())
        category = _FILLER.sub("", match.group("cat").strip())
        if scale is None or not category:
            continue
        comparison = _COMPARISONS.get(name_key(match.group("cmp") or ""), Comparison.EXACTLY)
        out.append(
            Claim(
                scale=scale,
                value=_number(match.group("num")),
                comparison=comparison,
                level=match.group("level") is not None,
                name=category,
                text=match.group(0).strip(),
            )
        )
    for match in _CODE_CLAIM.finditer(text):
        scale = _scale_before(named, match.start())
        if scale is None:
            continue
        name = match.group("name")
        out.append(
            Claim(
                scale=scale,
                value=None,
                code=match.group("code"),
                name=None if name is None else name.strip(),
                text=match.group(0).strip(),
            )
        )
    return tuple(out)


def grade_of(scale: Scale, value: Decimal, comparison: Comparison) -> Grade | None:
    """The grade a stated value supports: just above it for *more than*, below for *less than*.

    Returns ``None`` when the value lies outside the scale.
    """
    if comparison is Comparison.MORE_THAN:
        value = EXACT.add(value, _STEP)
    elif comparison is Comparison.LESS_THAN:
        value = EXACT.subtract(value, _STEP)
    for grade in scale.grades:
        if grade.contains(value):
            return grade
    return None


def _find(scale: Scale, name: str) -> Grade | None:
    found = scale.find(name)
    if found is None and scale is SPIP:
        key = name_key(name)
        found = next((g for g in scale.grades if key.startswith(name_key(g.indonesian))), None)
    return found


def _bound(grade: Grade, lang: Lang = "id") -> str:
    sign = ">" if grade.low_open else "≥"
    return f"{sign} {format_number(grade.low, lang=lang)}" if grade.low is not None else grade.code


def _phrase(comparison: Comparison, value: Decimal) -> tuple[str, str]:
    shown, shown_en = format_number(value), format_number(value, lang="en")
    return {
        Comparison.MORE_THAN: (f"lebih dari {shown}", f"more than {shown_en}"),
        Comparison.AT_LEAST: (f"paling sedikit {shown}", f"at least {shown_en}"),
        Comparison.LESS_THAN: (f"kurang dari {shown}", f"less than {shown_en}"),
        Comparison.AT_MOST: (f"paling banyak {shown}", f"at most {shown_en}"),
        Comparison.EXACTLY: (shown, shown_en),
    }[comparison]


def _unsupported(
    scale: Scale,
    *,
    value: Decimal,
    comparison: Comparison,
    claimed: Grade,
    actual: Grade,
    where: tuple[str, str],
) -> Message:
    phrase = _phrase(comparison, value)
    return Message(
        f"{where[0]} menyatakan {phrase[0]} sebagai {claimed.code} ({claimed.indonesian}), "
        f"tetapi menurut {scale.regulation} nilai itu {actual.code} ({actual.indonesian}, "
        f"{actual.printed}); {claimed.code} memerlukan {_bound(claimed)}",
        f"{where[1]} states {phrase[1]} as {claimed.code} ({claimed.english}), but under "
        f"{scale.regulation} that value is {actual.code} ({actual.english}, "
        f"{actual.printed_in('en')}); {claimed.code} needs {_bound(claimed, 'en')}",
    )


def _indicator_values(indicator: Indicator) -> Iterator[tuple[str, TargetValue]]:
    """Every value an indicator states, with its field: baseline, current, targets, aim."""
    for year, value in indicator.baseline.values:
        yield f"baseline[{year}]", value
    if indicator.current is not None:
        yield "current", indicator.current
    if indicator.targets is not None:
        for year, value in indicator.targets.values:
            yield f"targets[{year}]", value
    if indicator.aim is not None:
        yield "aim", indicator.aim


def _baseline_value(indicator: Indicator) -> TargetValue | None:
    """The baseline value a baseline category names: the latest known, else the current."""
    latest = indicator.baseline.latest()
    return latest[1] if latest is not None else indicator.current


def _indicator_claims(ctx: Context) -> set[tuple[str, Decimal]]:
    """(scale code, value) of the claims that indicators hold as data."""
    out: set[tuple[str, Decimal]] = set()
    for indicator in ctx.roadmap.indicators():
        scale = _indicator_scale(ctx, indicator)
        if scale is None:
            continue
        for _, value in _indicator_values(indicator):
            number = _magnitude(value)
            if number is not None:
                out.add((scale.code, number))
    return out


@rule(
    code="RB601",
    name="unsupported-category-claim",
    severity=Severity.ERROR,
    summary=Message(
        "Kategori yang dinyatakan tidak didukung oleh nilainya menurut regulasi",
        "A stated category is not supported by its value under the regulation",
    ),
    what=(
        "That a value stated with a grade in a text (*79,30 (baik)*, *lebih dari 85,00 "
        "(sangat baik)*, *level 3 (terdefinisi)*) falls in that grade on the scale the text "
        "names. *Lebih dari* (more than) a value is judged just above it, *kurang dari* "
        "just below. A level written with its name (*level 3 (terdefinisi)*) is RB603's."
    ),
    why=(
        "A grade is set by regulation, not by the writer: a road map that promises *sangat "
        "baik* for an IKM of 85 promises a grade the evaluators will not give (under "
        "PermenPAN-RB 14/2017, 85,00 is B, *baik*; A needs 88,31). The target or the claim "
        "must change."
    ),
    example="*Hasil Survei Indeks Kepuasan Masyarakat (IKM) ... sebesar 79,30 (baik) "
    "ditingkatkan menjadi lebih dari 85,00 (sangat baik)*, checked under IKM 2017.",
    reference=_SCALES_REFERENCE,
)
def unsupported_category_claim(ctx: Context) -> Iterator[Violation]:
    """Report text claims whose value falls in another grade."""
    held = ctx.memo("indicator-claims", lambda: _indicator_claims(ctx))
    for ref, stated in _claims(ctx):
        for claim in stated:
            if claim.value is None or claim.name is None or claim.level:
                continue
            scale = _scale(ctx, claim.scale)
            if (scale.code, claim.value) in held:
                continue
            claimed = _find(scale, claim.name)
            if claimed is None:
                continue
            actual = grade_of(scale, claim.value, claim.comparison)
            if actual is None or actual.code == claimed.code:
                continue
            yield Violation(
                entity_id=ref.entity_id,
                field=ref.field,
                value=claim.text,
                message=_unsupported(
                    scale,
                    value=claim.value,
                    comparison=claim.comparison,
                    claimed=claimed,
                    actual=actual,
                    where=(ref.where.indonesian, ref.where.english),
                ),
                suggestion=actual.indonesian,
            )


def _indicator_scale(ctx: Context, indicator: Indicator) -> Scale | None:
    for _, value in _indicator_values(indicator):
        number = number_of(value)
        if isinstance(number, IndexScore) and number.index in _INDEX_SCALES:
            return _scale(ctx, _INDEX_SCALES[number.index])
    match = _KEYWORDS.search(indicator.name)
    if match is None or match.lastgroup is None:
        return None
    return _scale(ctx, match.lastgroup)


def _magnitude(value: TargetValue | None) -> Decimal | None:
    if isinstance(value, Graded):
        value = value.score
    if isinstance(value, Threshold):
        value = value.value
    if isinstance(value, IndexScore | Percentage | Level):
        return value.magnitude
    return None


def _compared(value: TargetValue | None, stated: Comparison) -> Comparison:
    """How an indicator's value is compared: as its threshold says, else as *stated*."""
    if isinstance(value, Graded):
        value = value.score
    return value.comparison if isinstance(value, Threshold) else stated


@rule(
    code="RB602",
    name="unsupported-indicator-category",
    severity=Severity.ERROR,
    summary=Message(
        "Kategori indikator tidak didukung oleh nilainya menurut regulasi",
        "An indicator's category is not supported by its value under the regulation",
    ),
    what=(
        "That an indicator's `baseline_category` is the grade of its latest baseline value "
        "(or its `current` value), and its `target_category` the grade of its final target "
        "(or its `aim`) as compared (a threshold `> 85,00` judges just above the value), on "
        "the scale of the indicator (its index, or the scale its name names)."
    ),
    why=(
        "The same as RB601, for claims held as data: an application showing the indicator "
        "would show a grade the regulation does not give."
    ),
    example='`Indicator.parse(id="ikm", name="IKM", baseline={2017: "IKM 79,30"}, '
    'baseline_category="baik", aim=parse_value("> IKM 85,00"), target_category="sangat baik")` '
    "under IKM 2017.",
    reference=_SCALES_REFERENCE,
)
def unsupported_indicator_category(ctx: Context) -> Iterator[Violation]:
    """Report indicator categories their values do not support."""
    for indicator in ctx.roadmap.indicators():
        scale = _indicator_scale(ctx, indicator)
        if scale is None:
            continue
        baseline, final = _baseline_value(indicator), indicator.final
        pairs = (
            (
                "baseline_category",
                baseline,
                indicator.baseline_category,
                _compared(baseline, Comparison.EXACTLY),
            ),
            (
                "target_category",
                final,
                indicator.target_category,
                _compared(final, Comparison.AT_LEAST),
            ),
        )
        for field, value, category, comparison in pairs:
            number = _magnitude(value)
            if number is None or category is None:
                continue
            claimed = _find(scale, category)
            actual = grade_of(scale, number, comparison)
            if claimed is None or actual is None or claimed.code == actual.code:
                continue
            yield Violation(
                entity_id=indicator.id,
                field=field,
                value=category,
                message=_unsupported(
                    scale,
                    value=number,
                    comparison=comparison,
                    claimed=claimed,
                    actual=actual,
                    where=(
                        f"indikator {clip(indicator.name)}",
                        f"the indicator {clip(indicator.name)}",
                    ),
                ),
                suggestion=actual.indonesian,
            )


@rule(
    code="RB603",
    name="category-name-mismatch",
    severity=Severity.ERROR,
    summary=Message(
        "Kode kategori dan namanya tidak sesuai", "A category's code and name disagree"
    ),
    what=(
        "That a grade written with its code and its name (*kategori A (Memuaskan)*, *level 3 "
        "(terdefinisi)*) names one grade of the scale the text names."
    ),
    why=(
        "*Kategori BB (Memuaskan)* claims two different grades at once (BB is *Sangat Baik*, "
        "*Memuaskan* is A); the reader cannot tell which was meant."
    ),
    example="*Tercapainya Indeks Reformasi Birokrasi dengan kategori BB (Memuaskan)*.",
    reference=_SCALES_REFERENCE,
)
def category_name_mismatch(ctx: Context) -> Iterator[Violation]:
    """Report grade codes written with the name of another grade."""
    for ref, stated in _claims(ctx):
        for claim in stated:
            scale = _scale(ctx, claim.scale)
            if claim.name is None:
                continue
            if claim.code is not None:
                code = claim.code
            elif claim.level and claim.value is not None:
                code = format_number(claim.value)
            else:
                continue
            try:
                grade = scale.grade(code)
            except KeyError:
                continue
            named = _find(scale, claim.name)
            if named is None or named.code == grade.code:
                continue
            yield Violation(
                entity_id=ref.entity_id,
                field=ref.field,
                value=claim.text,
                message=Message(
                    f"{ref.where.indonesian} menulis {clip(claim.text)}, tetapi pada skala "
                    f"{scale.code} {grade.code} adalah {grade.indonesian} dan {clip(claim.name)} "
                    f"adalah {named.code}",
                    f"{ref.where.english} writes {clip(claim.text)}, but on the {scale.code} "
                    f"scale {grade.code} is {grade.english} and {clip(claim.name)} is "
                    f"{named.code}",
                ),
                suggestion=f"{grade.code} ({grade.indonesian})",
            )


def _row_claims(ref: TextRef) -> bool:
    return ref.kind in {"expected-condition", "result", "action"}


@rule(
    code="RB604",
    name="category-beyond-final-target",
    severity=Severity.ERROR,
    summary=Message(
        "Kategori yang dijanjikan tidak sesuai dengan target akhir baris",
        "The category a row promises does not match its final target",
    ),
    what=(
        "That when a row's action, result or expected condition promises a grade (*Indeks "
        "Reformasi Birokrasi dengan kategori A*), the row's final target on that scale (`IRB "
        "82`, `Level 3`) falls in that grade."
    ),
    why=(
        "The target schedule is what the row will be judged on. If its last value does not "
        "reach the promised grade, the promise cannot be kept even when every target is met."
    ),
    example="Expected condition *kategori A (Memuaskan)* with targets `IRB 70 ... IRB 78` "
    "(78 is BB).",
    reference=_SCALES_REFERENCE,
)
def category_beyond_final_target(ctx: Context) -> Iterator[Violation]:
    """Report rows whose final target misses the grade they promise."""
    promised: dict[str, list[tuple[TextRef, Claim]]] = {}
    for ref, stated in _claims(ctx):
        if not _row_claims(ref):
            continue
        for claim in stated:
            if claim.value is None and (claim.code is not None or claim.name is not None):
                promised.setdefault(ref.entity_id, []).append((ref, claim))
    if not promised:
        return
    for row in ctx.rows:
        found: list[tuple[TextRef, Claim]] = []
        for entity in (row.id, *(p.id for p in row.action.problems)):
            found += promised.get(entity, [])
        if row.action.result is not None:
            found += promised.get(row.action.result.id, [])
        targets = row.resolved.targets
        last = targets.final if targets is not None else None
        final, compared = _final_number(last)
        if not found or final is None:
            continue
        for _, claim in found:
            scale = _scale(ctx, claim.scale)
            if isinstance(final, IndexScore):
                if _INDEX_SCALES.get(final.index) != claim.scale:
                    continue
                actual = grade_of(scale, final.value, compared)
            elif scale is SPIP:
                actual = next((g for g in scale.grades if g.code == str(final.value)), None)
            else:
                continue
            claimed = (
                scale.grade(claim.code)
                if claim.code is not None and claim.code in {g.code for g in scale.grades}
                else _find(scale, claim.name or "")
            )
            if claimed is None or actual is None or claimed.code == actual.code:
                continue
            final_value = last if last is not None else final
            shown, shown_en = format_value(final_value), format_value(final_value, lang="en")
            # the claim's own words name the grade already, most of the time
            named = name_key(claimed.indonesian) in name_key(claim.text)
            grade = claimed.code if named else f"{claimed.code} ({claimed.indonesian})"
            yield Violation(
                entity_id=row.id,
                field=f"targets[{targets.due_years[-1]}]" if targets is not None else "targets",
                value=last,
                message=Message(
                    f"baris {row.id!r} menjanjikan {grade} ({clip(claim.text)}), tetapi "
                    f"target akhirnya {shown} adalah {actual.code} ({actual.indonesian}) menurut "
                    f"{scale.regulation}",
                    f"row {row.id!r} promises {claimed.code} ({claimed.english}, "
                    f"{clip(claim.text)}), but its final target {shown_en} is "
                    f"{actual.code} ({actual.english}) under {scale.regulation}",
                ),
                suggestion=_reaching(final, claimed),
            )


def _final_number(
    last: TargetValue | None,
) -> tuple[IndexScore | Level | None, Comparison]:
    """The number of a final target that can be graded, and how it is compared."""
    if isinstance(last, Range):
        last = last.low
    if isinstance(last, Graded):
        last = last.score
    comparison = Comparison.EXACTLY
    if isinstance(last, Threshold):
        comparison, last = last.comparison, last.value
    if isinstance(last, IndexScore | Level):
        return last, comparison
    return None, comparison


def _reaching(final: IndexScore | Level, grade: Grade) -> str | None:
    """A final target, in notation, that reaches *grade*: ``> IRB 80``, ``Level 3``."""
    if isinstance(final, Level):
        return format_value(Level(int(grade.code))) if grade.code.isdigit() else None
    if grade.low is None:
        return None
    comparison = Comparison.MORE_THAN if grade.low_open else Comparison.AT_LEAST
    return format_value(Threshold(comparison, IndexScore(final.index, grade.low)))


@rule(
    code="RB605",
    name="score-outside-scale",
    severity=Severity.ERROR,
    summary=Message(
        "Nilai indeks di luar skala regulasinya", "An index score lies outside its scale"
    ),
    what=(
        "That every index score of a known index (IRB, SAKIP, IKM, SKM) in a target schedule "
        "or an indicator lies within its scale: 0-100 for IRB and SAKIP, 25-100 for IKM "
        "under PermenPAN-RB 14/2017 (24,85-100 under KepMenPAN 25/2004). The bound of a "
        "threshold (`> IRB 120`) and the score of a graded cell are index scores too."
    ),
    why=(
        "A score outside the scale cannot be obtained: `IRB 120` is a typo, or a percentage "
        "written as a score."
    ),
    example='`Target.of(2018, "IRB 70", "IRB 73", "IRB 760", ...)`.',
    reference=_SCALES_REFERENCE,
)
def score_outside_scale(ctx: Context) -> Iterator[Violation]:
    """Report index scores outside their scale."""

    def outside(value: TargetValue | None) -> Scale | None:
        if isinstance(value, Graded):
            value = value.score
        if isinstance(value, Threshold):
            value = value.value
        if not isinstance(value, IndexScore) or value.index not in _INDEX_SCALES:
            return None
        scale = _scale(ctx, _INDEX_SCALES[value.index])
        low, top = scale.minimum, scale.maximum
        if (low is not None and value.value < low) or (top is not None and value.value > top):
            return scale
        return None

    for row in ctx.rows:
        if not row.owns("targets") or row.action.targets is None:
            continue
        for year, cell in row.action.targets.values:
            scale = outside(cell)
            if scale is not None:
                yield _outside(row.id, f"targets[{year}]", _row_cell(row.id, year), cell, scale)
    for indicator in ctx.roadmap.indicators():
        for field, value in _indicator_values(indicator):
            scale = outside(value)
            if scale is not None:
                where = _indicator_value(indicator.id, field)
                yield _outside(indicator.id, field, where, value, scale)


def _row_cell(row_id: str, year: int) -> Message:
    """A row's target cell of one year, in words: ``the 2022 target of row 'x'``."""
    return Message(f"target {year} baris {row_id!r}", f"the {year} target of row {row_id!r}")


def _indicator_value(indicator_id: str, field: str) -> Message:
    """An indicator's baseline or target, in words: ``the target of indicator 'x'``."""
    if field == "baseline":
        return Message(
            f"nilai dasar indikator {indicator_id!r}", f"the baseline of indicator {indicator_id!r}"
        )
    return Message(
        f"target indikator {indicator_id!r}", f"the target of indicator {indicator_id!r}"
    )


def _outside(
    entity_id: str, field: str, where: Message, value: TargetValue | None, scale: Scale
) -> Violation:
    def band(lang: Lang) -> str:
        top = "" if scale.maximum is None else f"-{format_number(scale.maximum, lang=lang)}"
        return f"{format_number(scale.minimum or 0, lang=lang)}{top}"

    def shown(lang: Lang) -> str:
        return "-" if value is None else format_value(value, lang=lang)

    return Violation(
        entity_id=entity_id,
        field=field,
        value=value,
        message=Message(
            f"{where.indonesian} = {shown('id')} berada di luar skala {scale.code} ({band('id')})",
            f"{where.english} = {shown('en')} lies outside the {scale.code} scale ({band('en')})",
        ),
    )


def _graded_cells(ctx: Context) -> Iterator[tuple[str, str, Message, Graded]]:
    """Every graded cell of the road map's own targets and indicators.

    Each with its entity, its field, where it is in words, and the cell.
    """
    for row in ctx.rows:
        if not row.owns("targets") or row.action.targets is None:
            continue
        for year, cell in row.action.targets.values:
            if isinstance(cell, Graded):
                yield row.id, f"targets[{year}]", _row_cell(row.id, year), cell
    for indicator in ctx.roadmap.indicators():
        for field, value in _indicator_values(indicator):
            if isinstance(value, Graded):
                yield indicator.id, field, _indicator_value(indicator.id, field), value


def _graded_scale(ctx: Context, cell: Graded) -> Scale | None:
    """The scale a graded cell is on: its own, or for an IKM score the one IKM is read on."""
    scale = cell.on_scale
    if scale is not None:
        return scale
    score = cell.score.value if isinstance(cell.score, Threshold) else cell.score
    if isinstance(score, IndexScore) and _INDEX_SCALES.get(score.index) == "ikm":
        return ctx.ikm_scale
    return None


@rule(
    code="RB606",
    name="grade-contradicts-score",
    severity=Severity.ERROR,
    summary=Message(
        "Predikat dalam sel target tidak sesuai dengan nilainya menurut regulasi",
        "A grade written in a target cell contradicts its score under the regulation",
    ),
    what=(
        "That a target cell or an indicator value holding a score with its grade "
        "(`rbroadmap.Graded`: `SAKIP 60/B`, `> IRB 70/BB`) states the grade the regulation "
        "gives the score: on the scale its index names (IRB, SAKIP, SPIP), the one it "
        "declares, or for an IKM score the IKM scale of the road map (`ikm_scale`). A "
        "threshold is judged as RB601 judges *lebih dari*: `> 70` is BB, `≥ 70` is B. The "
        "suggestion is the cell with the grade of its score."
    ),
    why=(
        "A grade is set by regulation, not by the writer. `60/B` under SAKIP promises a B "
        "(*Baik*, above 60) for a score that is CC (*Cukup*); the attainment of such a cell is "
        "judged on its grade, so the target itself is not what the row means. Correct the "
        "score or the grade."
    ),
    example='`Target.parse({2020: "60/B"}, unit="SAKIP")`: 60 is CC under PermenPAN-RB 88/2021.',
    reference=_SCALES_REFERENCE,
)
def grade_contradicts_score(ctx: Context) -> Iterator[Violation]:
    """Report graded cells whose grade is not the grade of their score."""
    for entity_id, field, where, cell in _graded_cells(ctx):
        scale = _graded_scale(ctx, cell)
        if scale is None or not scale.scored:
            continue
        score = cell.score
        comparison = score.comparison if isinstance(score, Threshold) else Comparison.EXACTLY
        actual = grade_of(scale, score.magnitude, comparison)
        if actual is None:
            continue  # outside the scale: RB605
        claimed = scale.find(cell.grade)
        if claimed is not None and claimed.code == actual.code:
            continue
        phrase = _phrase(comparison, score.magnitude)
        written = (
            f"{claimed.code} ({claimed.indonesian}, {claimed.printed})"
            if claimed is not None
            else cell.grade
        )
        written_en = (
            f"{claimed.code} ({claimed.english}, {claimed.printed_in('en')})"
            if claimed is not None
            else cell.grade
        )
        corrected = attrs.evolve(
            cell,
            grade=actual.code
            if claimed is None or cell.grade == claimed.code
            else actual.indonesian,
        )
        yield Violation(
            entity_id=entity_id,
            field=field,
            value=cell,
            message=Message(
                f"{where.indonesian} = {format_value(cell)}: menurut {scale.regulation} nilai "
                f"{phrase[0]} adalah {actual.code} ({actual.indonesian}, {actual.printed}), "
                f"bukan {written}",
                f"{where.english} = {format_value(cell, lang='en')}: under {scale.regulation} a "
                f"score of {phrase[1]} is {actual.code} ({actual.english}, "
                f"{actual.printed_in('en')}), not {written_en}",
            ),
            suggestion=format_value(corrected),
        )


RULES: Final = (
    unsupported_category_claim,
    unsupported_indicator_category,
    category_name_mismatch,
    category_beyond_final_target,
    score_outside_scale,
    grade_contradicts_score,
)
