"""The rules on the Kota Probolinggo sample find the seed's real inconsistencies, and only those.

Every finding below was confirmed by reading the seed
(``../shared/seed/000_23325a43b1ec13c1.txt``, chapter III of the road map); the
comment beside each says where the seed shows it. The test fails if a finding
appears or disappears, so that a rule that starts to fire falsely on the
sample, or stops finding a real fault, is noticed.
"""

from __future__ import annotations

import attrs
import pytest

import rbroadmap as rb
from rbroadmap.scales import IKM_2004
from support.scaling import assert_growth, calls

CONFIRMED: dict[tuple[str, str], str] = {
    # -- counts against their universe. The registry declares 'seluruh OPD' = 39 OPD (the
    # integrity-zone target grows to 39 OPD for all OPD; SPIP covers 39 OPD), yet three
    # rows aim at 40 OPD every year: the SAKIP review row and the E-LPPD row of
    # Akuntabilitas Kinerja, and the satisfaction-survey row of Pelayanan Publik.
    ("RB211", "akuntabilitas-2"): "Pelaksanaan evaluasi dan reuiu ... SAKIP: 40 OPD x5",
    ("RB211", "akuntabilitas-3"): "Penyediaan E-LPPD yang terintegrasi: 40 OPD x5",
    ("RB211", "pelayanan-publik-4"): "Pelaksanaan survei dan monev SPP serta SKM: 40 OPD x5",
    ("RB212", "kota-probolinggo-2018-2022"): "all OPD counted as 39 (SPIP, UPG) and as 40",
    # -- programmes named in Table 3.2 but not among the six of 3.3.
    ("RB303", "tatalaksana-3"): "'Program peningkatan sarana dan prasarana aparatur': "
    "activity 3a of 'Program Peningkatan Kapasitas Sumber Daya Aparatur'",
    ("RB303", "tatalaksana-4"): "'Program peningkatan disiplin aparatur': activity 3b",
    ("RB303", "tatalaksana-5"): "'Program peningkatan pengembangan sistem pelaporan dan "
    "capaian kinerja dan keuangan': declared nowhere",
    ("RB303", "sdm-5"): "'Program peningkatan Disiplin Aparatur': activity 3b",
    ("RB303", "pengawasan-1"): "'Program good governance': declared nowhere",
    ("RB303", "pengawasan-6"): "'Program good governance' again, after the page break",
    ("RB303", "akuntabilitas-1"): "'Program peningkatan kapasitas kinerja lembaga dan aparatur "
    "pemerintah': activity 5b of 'Program perencanaan dan pematapan pembangunan daerah'",
    ("RB303", "akuntabilitas-2"): "'Program peningkatan sistem pengawasan dan pengendalian "
    "kebijakan KDH': close to activity 4b of 'Program peningkatan pengawasan'",
    ("RB303", "akuntabilitas-3"): "activity 5b again (E-LPPD row)",
    ("RB303", "pola-pikir-1"): "activity 5b again (budaya kerja row)",
    # -- one programme spelt two ways: 'sumberdaya' (SDM row 1) and 'sumber daya' (3.3 and
    # SDM row 6).
    ("RB304", "sdm-1"): "'Program peningkatan kapasitas sumberdaya aparatur'",
    # -- declared programmes nothing uses: programmes 4 and 5 of 3.3.
    ("RB305", "program-peningkatan-pengawasan"): "'Program peningkatan pengawasan'",
    ("RB305", "program-perencanaan-pembangunan"): "'Program perencanaan dan pematapan "
    "pembangunan daerah'",
    # -- units the registry does not know.
    ("RB401", "akuntabilitas-3"): "'Bag. Pemerintahan', elsewhere 'Bag. Pemerintahan Setda'",
    ("RB401", "pelayanan-publik-7"): "'DPMPPTSP' for DPMPTSP (perwali SPP perizinan row)",
    ("RB401", "pelayanan-publik-8"): "'DPMPPTSP' again (promosi investasi row)",
    # -- rows naming several units in one cell.
    ("RB402", "tatalaksana-3"): "'Bag. Organisasi Setda BPPKAD'",
    ("RB402", "tatalaksana-4"): "'Diskominfo, BKPSDM'",
    ("RB402", "tatalaksana-5"): "'BAPPEDA BPPKAD Diskominfo'",
    ("RB402", "pelayanan-publik-1"): "'Bag. Organisasi Setda Unit Pelayanan'",
    ("RB402", "pelayanan-publik-2"): "'DPMPTSP Diskominfo'",
    ("RB402", "pelayanan-publik-3"): "'Bag. Organisasi Setda Bag. Pemerintahan Setda'",
    # -- responsibility given to all OPD and to no unit that leads.
    ("RB404", "pola-pikir-1"): "'di seluruh OPD'",
    # -- identical improvement items e and i of Akuntabilitas Kinerja.
    ("RB501", "akuntabilitas"): "'Pemanfaatan dokumen kinerja secara optimal untuk perbaikan "
    "perencanaan dan kinerja' twice",
    # -- Pengawasan items f and j differ only by 'yang terintegrasi (e-audit)'.
    ("RB502", "pengawasan"): "items f and j",
    # -- texts cut off mid-sentence at a page break.
    ("RB503", "pengawasan-7-masalah"): "'... mulai dari perencanaan, pelaksanaan sampai'",
    ("RB503", "pelayanan-publik-6"): "'Pemahaman dan pemanfaatan layanan publik yang optimal oleh'",
    # -- typos next to their correct spelling in the same document.
    ("RB504", "tatalaksana-1-hasil"): "'Dokumen evaluasi tatalaksanan' (tatalaksana x9)",
    ("RB504", "pengawasan-8-masalah"): "'pedoman dan movev pengawasan' (monev x12)",
    ("RB504", "akuntabilitas-2-masalah"): "'Belum ada reuiu atas pedoman' (reviu)",
    ("RB504", "akuntabilitas-2"): "'Pelaksanaan evaluasi dan reuiu pedoman' (reviu)",
    ("RB504", "pelayanan-publik-7"): "'road map invenstasi' (investasi x7)",
    ("RB504", "sipadu"): "'mendorong inventasi' (investasi x7)",
    # -- the IKM claim of Table 3.1 B: under PermenPAN-RB 14/2017 (in force for a 2017
    # baseline), 'lebih dari 85,00' is B Baik up to 88,30, not 'sangat baik' (A, 88,31).
    ("RB602", "ikm"): "'79,30 (baik) ditingkatkan menjadi lebih dari 85,00 (sangat baik)'",
    # -- 'Tim pengarah diketuai oleh Walikota dan Wakil Walikota': two chairs, no titles
    # (Tim Pelaksana's 'Ketua I' and 'Ketua II' are told apart).
    ("RB702", "tim-pengarah"): "chaired by both Walikota and Wakil Walikota",
    # -- the teams of 3.4 are numbered 1, 2 and 4.
    ("RB703", "tim-monev"): "'4. Tim Monitoring dan Evaluasi' after '2. Tim Pelaksana'",
}


@pytest.fixture(scope="module")
def report() -> rb.Report:
    return rb.validate(rb.samples.probolinggo())


def test_the_report_holds_exactly_the_confirmed_findings(report: rb.Report) -> None:
    found = {(f.code, f.entity_id) for f in report}
    assert found - set(CONFIRMED) == set(), "new findings to check against the seed"
    assert set(CONFIRMED) - found == set(), "confirmed findings no longer found"
    assert len(report) == len(CONFIRMED)


def test_suggestions_on_the_sample(report: rb.Report) -> None:
    suggestions = {(f.code, f.entity_id, f.value): f.suggestion for f in report}
    assert suggestions[("RB401", "pelayanan-publik-7", "DPMPPTSP")] == "DPMPTSP"
    assert suggestions[("RB401", "akuntabilitas-3", "Bag. Pemerintahan")] == (
        "Bag. Pemerintahan Setda"
    )
    assert suggestions[("RB211", "akuntabilitas-2", "40 OPD")] == "39 OPD"
    assert suggestions[("RB504", "pengawasan-8-masalah", "movev")] == "monev"
    assert suggestions[("RB504", "akuntabilitas-2", "reuiu")] == "reviu"
    programme = "Program Peningkatan Kapasitas Sumber Daya Aparatur"
    assert suggestions[("RB303", "tatalaksana-4", "Program peningkatan disiplin aparatur")] == (
        programme
    )
    assert suggestions[("RB602", "ikm", "sangat baik")] == "Baik"


def test_the_ikm_claim_holds_under_the_2004_regulation() -> None:
    # KepMenPAN 25/2004 puts 81,26-100 in A: 'lebih dari 85,00 (sangat baik)' holds there.
    report = rb.validate(rb.samples.probolinggo(), ikm_scale=IKM_2004)
    assert "RB602" not in {f.code for f in report}


def test_the_consistent_claims_of_the_seed_are_not_reported(report: rb.Report) -> None:
    # 'Indeks Reformasi Birokrasi dengan kategori A (Memuaskan)' with IRB 70 ... IRB 82 (A is
    # >80-90), 'level 3 (terdefinisi)' of SPIP and '79,30 (dengan kategori baik)' all hold.
    assert not {f.code for f in report} & {"RB601", "RB603", "RB604", "RB605"}


def test_the_report_reads_well_in_both_languages(report: rb.Report) -> None:
    indonesian = report.to_text()
    english = report.to_text(lang="en")
    assert "RB703 numbering-gap [peringatan] (1)" in indonesian
    assert "penomoran tim melompat ke '4'; '3' tidak ada" in indonesian
    assert "RB703 numbering-gap [warning] (1)" in english
    assert "the numbering of the teams jumps to '4'; '3' is missing" in english


def _enlarged(roadmap: rb.RoadMap, copies: int) -> rb.RoadMap:
    """The road map with every row of its action plan repeated *copies* times, ids renamed."""

    def rename(entity_id: str, copy: int) -> str:
        return entity_id if copy == 0 else f"{entity_id}-k{copy}"

    areas = []
    for area in roadmap.areas:
        rows = [
            attrs.evolve(
                action,
                id=rename(action.id, copy),
                problems=tuple(attrs.evolve(p, id=rename(p.id, copy)) for p in action.problems),
                result=(
                    None
                    if action.result is None
                    else attrs.evolve(action.result, id=rename(action.result.id, copy))
                ),
                shares=None if action.shares is None else rename(action.shares, copy),
            )
            for copy in range(copies)
            for action in area.actions
        ]
        areas.append(attrs.evolve(area, actions=tuple(rows)))
    return attrs.evolve(roadmap, areas=tuple(areas))


def test_validating_the_sample_grows_linearly_with_its_rows() -> None:
    # How fast validation is, benchmarks/ measures (benchmarks/rules.py times the sample
    # and the sample enlarged 4, 16 and 64 times). Here the work, counted in function
    # calls, grows no faster than the rows, each row's texts now found several times.
    sample = rb.samples.probolinggo()
    rb.validate(sample)  # the library's own caches filled first

    def work(copies: int) -> int:
        roadmap = _enlarged(sample, copies)
        return calls(lambda: rb.validate(roadmap)).total

    assert_growth(work, sizes=(2, 8), bound=5)
    assert _enlarged(sample, 1) == sample
