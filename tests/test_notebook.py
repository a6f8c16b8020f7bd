"""The analysis notebook runs end to end on the bundled samples and draws six real figures.

The flow runs on a copy of data/raw; the notebook's `parameters` cell is rewritten to point OUT_DIR and FIG_DIR at
temporary folders (what papermill's injected cell would do, without the dependency) and nbclient executes it.
"""

from __future__ import annotations

import re

import pytest

from flows.etl import run_flow
from flows.settings import Settings
from tests.helpers import REPO, copy_samples

nbformat = pytest.importorskip("nbformat", reason="install the test extras: pip install -e '.[test]'")
nbclient = pytest.importorskip("nbclient", reason="install the test extras: pip install -e '.[test]'")
mpimg = pytest.importorskip("matplotlib.image", reason="install the test extras: pip install -e '.[test]'")

pytestmark = pytest.mark.e2e

NOTEBOOK = REPO / "notebooks" / "analysis.ipynb"
FIGURES = ("01_dang_vien_bi_ky_luat.png", "02_hinh_thuc_ky_luat.png", "03_ket_nap_so_voi_chi_tieu.png",
           "04_kiem_tra_giam_sat.png", "05_thong_ke_tranh_chap.png", "06_chat_luong_du_lieu.png")


def tagged(nb, tag: str):
    cells = [c for c in nb.cells if tag in c.get("metadata", {}).get("tags", [])]
    assert len(cells) == 1, f"exactly one cell tagged {tag!r}"
    return cells[0]


def draws_a_figure(cell) -> bool:
    return cell.cell_type == "code" and re.search(r'^save\(fig, "', cell.source, re.M) is not None


def text_of(cell) -> str:
    parts = []
    for out in cell.get("outputs", []):
        if out.get("output_type") == "stream":
            parts.append(out.get("text", ""))
        elif "data" in out:
            parts.append(out["data"].get("text/plain", ""))
    return "".join(parts)


@pytest.fixture(scope="module")
def executed(prefect_harness, tmp_path_factory) -> tuple:
    base = tmp_path_factory.mktemp("notebook")
    out, figs = base / "curated", base / "figures"
    run_flow(Settings(input_dir=copy_samples(base / "raw"), out_dir=out))
    nb = nbformat.read(NOTEBOOK, as_version=4)
    tagged(nb, "parameters").source = f"OUT_DIR = {str(out)!r}\nFIG_DIR = {str(figs)!r}\n"
    client = nbclient.NotebookClient(nb, timeout=600, kernel_name="python3",
                                     resources={"metadata": {"path": str(REPO)}})
    client.execute()  # raises CellExecutionError naming the cell when one fails
    return nb, out, figs


def test_the_saved_notebook_has_no_outputs_and_the_default_parameters() -> None:
    nb = nbformat.read(NOTEBOOK, as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert all(not c.outputs and c.execution_count is None for c in code), "clear the outputs before saving"
    source = tagged(nb, "parameters").source
    assert 'OUT_DIR = "data/curated"' in source and 'FIG_DIR = "notebooks/figures"' in source


def test_every_code_cell_ran_without_error(executed) -> None:
    nb, _out, _figs = executed
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code and all(c.execution_count is not None for c in code)
    for cell in code:
        errors = [o for o in cell.outputs if o.output_type == "error"]
        assert not errors, f"{errors[0].ename}: {errors[0].evalue}\n{cell.source[:200]}"
        stderr = "".join(o.get("text", "") for o in cell.outputs if o.get("name") == "stderr")
        assert "missing from font" not in stderr and "Traceback" not in stderr, stderr


@pytest.mark.parametrize("name", FIGURES)
def test_each_figure_is_a_real_picture(executed, name: str) -> None:
    _nb, _out, figs = executed
    path = figs / name
    assert path.is_file(), f"{name} was not written"
    assert path.stat().st_size > 10_000, f"{name} is only {path.stat().st_size} bytes"
    pixels = mpimg.imread(path)
    assert pixels.ndim == 3 and min(pixels.shape[:2]) > 200
    assert float(pixels[..., :3].var()) > 1e-3, f"{name} is (nearly) a single colour"


def test_the_charts_have_data_on_the_samples(executed) -> None:
    nb, _out, _figs = executed
    for cell in nb.cells:
        if draws_a_figure(cell) and "disputed" not in cell.metadata.get("tags", []):
            assert "no data:" not in text_of(cell), text_of(cell)[:300]
    figures = [c for c in nb.cells if draws_a_figure(c)]
    shown = sum(1 for c in figures for o in c.outputs if "image/png" in o.get("data", {}))
    assert len(figures) == len(FIGURES) and shown == len(FIGURES)


def test_the_disputed_table_cell_says_something(executed) -> None:
    nb, out, _figs = executed
    printed = text_of(tagged(nb, "disputed")).strip()
    assert printed
    if (out / "statistics").is_dir():
        assert "disputed" in printed
    else:
        assert "statistics dataset is absent" in printed

