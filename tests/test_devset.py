"""The real-report dev set (data/devset), when its git-ignored text cache is present: scores stay where they are."""

from __future__ import annotations

import pytest

from flows import devset
from tests.paths import SEEDS

# Measured at the end of stop 28 on the cached texts of r1-r110 (quantities F1 0.985, facts P 0.957 R 0.963 F1 0.960,
# period 0.836, actor 0.943, province 0.951, year 0.844, document period 0.853), less a margin. Period and document
# period sit below the 0.875 and 0.909 of r1-r45 because later batches hold undated texts, whose rows score as
# disagreements (the gold year is null, the output's 0), and congress and district conference texts whose document
# period and province the rules miss. The year and document period floors fell at stops 25 and 26, when held-out
# batches brought texts dated only by outside knowledge or by a convention the gold applies unevenly ('từ năm 2020
# đến nay' in 2023), and event news whose gold document period is null where the rules give the year's FY (r89-r94);
# the period floors fell again at stop 27 with r95-r101's undated and congress texts, and the document period floor
# at stop 28 with r102-r110's undated event news (0.867 on r1-r101, 0.853 with them). At stop 29, on r1-r119 (1 012
# texts: quantities F1 0.985, facts P 0.952 R 0.963 F1 0.958, period 0.837, actor 0.941, province 0.952, year 0.849,
# document period 0.875), the period and year floors fell by a point while r111-r116 came in: r111's years are
# printed in no text it holds (the gold dates one by the notice it acts on). At stop 30, on r1-r138 (1 152 texts:
# quantities F1 0.984, facts P 0.958 R 0.965 F1 0.961, period 0.842, actor 0.941, province 0.951, year 0.872,
# document period 0.861), the period and year floors rose with this stop's dating rules; document period stays,
# as r137 and r138 brought congress and conference texts whose gold document period the rules miss. At stop 31, on
# r1-r161 (1 312 texts: quantities F1 0.983, facts P 0.961 R 0.965 F1 0.963, period 0.837, actor 0.942, province
# 0.960, year 0.880, document period 0.847), the province and year floors rose with this stop's place and dating
# rules; document period falls to 0.84, as r157-r161 brought congress, listing and regulation pages whose gold
# document period follows conventions the rules do not apply (TERM for a congress page with no figure). At stop 32,
# on r1-r171 (1 392 texts: quantities F1 0.984, facts P 0.961 R 0.964 F1 0.963, period 0.837, actor 0.942, province
# 0.961, year 0.883, document period 0.841), every floor holds; r167-r171's meeting pages lower document period.
# At stop 33, on r1-r183 (1 470 texts: quantities F1 0.985, facts P 0.962 R 0.966 F1 0.964, period 0.837, actor
# 0.939, province 0.958, year 0.889, document period 0.850), the year and document period floors rise with this
# stop's dating rules; the actor floor falls to 0.935: r176-r183 hold inspections on signs of violation by 'cấp ủy,
# UBKT các cấp' together, which the seeds' gold gives to the commission (so the rules do) and the dev-set gold leaves
# null, and a town's propaganda board's supervision, which no actor kind fits.
# At stop 35, on r1-r223 (1 719 texts: quantities F1 0.984, facts P 0.962 R 0.966 F1 0.964, period 0.897, actor
# 0.941, province 0.966, year 0.897, document period 0.919), the period floor rises to 0.89: an undated text's facts
# now hold year null and period FY, as the gold gives them, where they held year 0 and period unknown.
# At stop 36 the held-out rounds r224-r238 (109 texts) came in with province 0.92 before their rules: the province
# floor falls to 0.96 (on r1-r238 before this stop's place rules: 0.964). At the end of stop 36, on r1-r248 (1 891
# texts: quantities F1 0.986, facts P 0.963 R 0.967 F1 0.965, period 0.896, actor 0.938, province 0.964, year 0.901,
# document period 0.924), the year and document period floors rise with this stop's dating rules.
# A change that lowers any of them is a regression to look at, one that raises them should raise these floors.
FLOORS = {
    ("quantities", "f1"): 0.98,
    ("indicators", "f1"): 0.96,
    ("indicators", "precision"): 0.955,
    ("indicators", "recall"): 0.96,
    ("indicators", "period_agreement"): 0.89,
    ("indicators", "actor_agreement"): 0.935,
    ("metadata", "province"): 0.96,
    ("metadata", "year"): 0.895,
    ("metadata", "period"): 0.92,
}


@pytest.fixture(scope="module")
def scores() -> dict:
    status = devset.cache_status()
    if not devset.documents() or len(status["missing"]) == len(devset.documents()):
        pytest.skip(f"dev-set texts are not cached under {devset.CACHE} (see data/devset/README.md to restore them)")
    if status["missing"]:  # a restore within one session's searches is partial, and not a sample of the whole set
        pytest.skip(f"the floors hold for the whole dev set; {len(status['missing'])} of {len(devset.documents())} "
                    "texts are not cached (the devset golden still compares the cached ones)")
    return devset.pooled([devset.score_batch(b) for b in devset.batches()])


@pytest.mark.parametrize(("layer", "name"), sorted(FLOORS))
def test_dev_set_score_holds(scores: dict, layer: str, name: str) -> None:
    assert scores[layer][name] >= FLOORS[(layer, name)], (layer, name, scores[layer])


# A restored cache may differ from the annotated texts by the odd retyped character (data/devset/README.md); the
# goldens leave such texts out, and more of them than this means the cache is not this dev set's.
RESTORED_DIFFERENCES = 0.01


def test_every_cached_text_is_the_one_annotated() -> None:
    status = devset.cache_status()
    if len(status["missing"]) == len(devset.documents()):
        pytest.skip("dev-set texts are not cached")
    present = len(devset.documents()) - len(status["missing"])
    assert len(status["changed"]) <= RESTORED_DIFFERENCES * present, status["changed"]
    known = {d.file for d in devset.documents()}
    assert not [p for p in devset.CACHE.rglob("*.txt") if p.relative_to(devset.CACHE).as_posix() not in known]
    if status["missing"]:
        pytest.skip(f"{len(status['missing'])} dev-set texts are not cached: {' '.join(status['missing'][:20])} …")


def test_no_cached_text_repeats_a_seed() -> None:
    if not SEEDS.is_dir() or len(devset.cache_status()["missing"]) == len(devset.documents()):
        pytest.skip("dev-set texts or the seeds are absent")
    assert devset.cache_status(seeds=SEEDS)["repeats_seed"] == []


@pytest.mark.parametrize(("text", "other", "repeats"), [
    ("Năm 2024, Ủy ban Kiểm tra Huyện ủy kiểm tra 12 đảng viên và 3 tổ chức đảng khi có dấu hiệu vi phạm.",
     "Tin tức. Năm 2024, Ủy ban Kiểm tra Huyện ủy kiểm tra 12 đảng viên và 3 tổ chức đảng khi có dấu hiệu vi phạm.",
     True),
    ("Năm 2024, Ủy ban Kiểm tra Huyện ủy kiểm tra 12 đảng viên và 3 tổ chức đảng khi có dấu hiệu vi phạm.",
     "Trong quý I, Đảng ủy xã kết nạp 5 đảng viên mới, đạt 50% chỉ tiêu năm, tăng 2 đảng viên so với cùng kỳ.",
     False),
    ("Ngắn quá.", "Ngắn quá.", False),
])
def test_repeats_any(text: str, other: str, repeats: bool) -> None:
    assert devset.repeats_any(devset.shingles(text), [devset.shingles(other)]) is repeats


def test_pooled_metadata_counts_documents_the_gold_dates() -> None:
    """A batch whose gold gives no period adds nothing to the pooled period agreement, not a zero."""
    def batch(period_ok: int, period_n: int, docs: int) -> dict:
        counts = {"province_ok": docs, "province_n": docs, "year_ok": docs, "year_n": docs,
                  "period_ok": period_ok, "period_n": period_n}
        prf = {"tp": 0, "out": 0, "gold": 0, "period_agreement": None, "actor_agreement": None}
        return {"documents": docs, "quantities": prf, "indicators": dict(prf), "metadata": devset._shares(counts)}

    pooled = devset.pooled([batch(3, 4, 4), batch(0, 0, 10)])["metadata"]
    assert (pooled["province"], pooled["period"]) == (1.0, 0.75)


def test_sources_and_gold_agree() -> None:
    docs = {d.doc for d in devset.documents()}
    assert len(docs) >= 80
    for batch in devset.batches():
        for layer in ("quantities", "indicators", "documents"):
            assert {g["doc"] for g in devset.gold(batch, layer)} <= docs, (batch, layer)
        assert {g["doc"] for g in devset.gold(batch, "documents")} == {d.doc for d in devset.documents(batch)}
