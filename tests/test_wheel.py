"""The built wheel works on its own: packs ship inside it and are found at run time.

Builds the wheel from this source tree (no network: `--no-isolation`, using
the hatchling of the test environment), installs it with `--no-deps` into a
FRESH venv, and runs that venv's `newslint`. The dependencies come from the
test environment's site-packages through a folder of symlinks on
`PYTHONPATH` that leaves out newslint itself (its editable install and
metadata), so the only newslint the fresh venv can import is the wheel's.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEED = "seeds/000_c03326aa99d09636.txt"


def _run(cmd, **kw):
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=300, **kw)
    assert done.returncode == 0, f"{cmd}\n{done.stdout}\n{done.stderr}"
    return done


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    # Build from a copy so a concurrent edit cannot leave build litter in the tree.
    src = tmp_path_factory.mktemp("src") / "newslint"
    shutil.copytree(
        ROOT,
        src,
        ignore=shutil.ignore_patterns(
            ".git", ".venv", ".ci-venv", "__pycache__", "*.pyc", ".pytest_cache", "target", "dist"
        ),
    )
    cmd = [sys.executable, "-m", "build", "--wheel", "--outdir", str(out)]
    if importlib.util.find_spec("hatchling") is not None:
        cmd.insert(4, "--no-isolation")  # offline: use the hatchling installed here
    _run(cmd, cwd=src)
    wheels = list(out.glob("newslint-*.whl"))
    assert len(wheels) == 1, wheels
    return wheels[0]


@pytest.fixture(scope="module")
def fresh(tmp_path_factory, wheel) -> dict:
    base = tmp_path_factory.mktemp("fresh")
    venv = base / "venv"
    _run([sys.executable, "-m", "venv", "--without-pip", str(venv)])
    py = venv / ("Scripts" if os.name == "nt" else "bin") / "python"
    _run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(py),
            "install",
            "--quiet",
            "--no-deps",
            "--no-index",
            str(wheel),
        ]
    )
    # Dependencies only: every entry of the test site-packages except newslint's own.
    deps = base / "deps"
    deps.mkdir()
    site = Path(sysconfig.get_paths()["purelib"])
    for entry in site.iterdir():
        name = entry.name.lower()
        if name.startswith(("newslint", "_editable_impl_newslint", "__editable__", "_newslint")):
            continue
        if name.endswith(".pth"):
            continue
        (deps / entry.name).symlink_to(entry)
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME", "NEWSLINT_SHARED")
    }
    env.update(PYTHONPATH=str(deps), NO_COLOR="1", NEWSLINT_CACHE_DIR=str(base / "cache"))
    exe = venv / ("Scripts" if os.name == "nt" else "bin") / "newslint"
    return {"venv": venv, "python": py, "newslint": exe, "env": env, "cwd": base}


def newslint(fresh, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(fresh["newslint"]), *args],
        capture_output=True,
        text=True,
        env=fresh["env"],
        cwd=fresh["cwd"],
        timeout=120,
    )


def test_wheel_ships_the_packs(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    packs = [n for n in names if n.startswith("newslint/_packs/") and n.endswith(".yaml")]
    assert packs, f"no newslint/_packs/*.yaml in {wheel.name}: {names}"
    assert "newslint/_packs/spun-phrases.yaml" in packs
    assert "newslint/cli.py" in names
    entry_points = [n for n in names if n.endswith(".dist-info/entry_points.txt")]
    text = zipfile.ZipFile(wheel).read(entry_points[0]).decode()
    assert "newslint = newslint.cli:run" in text
    assert "builtin = newslint.builtin" in text


def test_fresh_venv_imports_the_wheel_not_the_source_tree(fresh):
    code = (
        "import json, newslint, newslint.packs_data as p; "
        "print(json.dumps([newslint.__file__, str(p.builtin_pack_dir())]))"
    )
    done = subprocess.run(
        [str(fresh["python"]), "-c", code],
        capture_output=True,
        text=True,
        env=fresh["env"],
        cwd=fresh["cwd"],
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    module, packs = json.loads(done.stdout)
    venv = str(fresh["venv"].resolve())
    assert str(Path(module).resolve()).startswith(venv), module
    assert str(Path(packs).resolve()).startswith(venv), packs
    assert Path(packs).name == "_packs"


def test_rules_lists_pack_rules(fresh):
    r = newslint(fresh, "rules")
    assert r.returncode == 0, r.stderr
    rows = {line.split()[0]: line.split()[1] for line in r.stdout.splitlines()[1:] if line.strip()}
    assert "spacing.after-comma" in rows  # Python rules
    assert rows.get("spun-phrase.paraphrase") == "yes", sorted(rows)
    style = {rid: on for rid, on in rows.items() if rid.startswith("style.")}
    assert style and set(style.values()) == {"opt-in"}, style


def test_check_seed_flags_pack_rule(fresh, shared):
    seed = fresh["cwd"] / "seed.txt"
    shutil.copyfile(shared / SEED, seed)
    r = newslint(fresh, "check", "seed.txt", "--format", "json")
    assert r.returncode == 1, r.stderr
    rules = {f["rule"] for f in json.loads(r.stdout)}
    assert "spun-phrase.paraphrase" in rules, sorted(rules)
    assert "spacing.after-comma" in rules
