"""`campaign new`: a starter plan that checks clean, and never overwrites."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import run


def test_new_plan_passes_check_and_renders(tmp_path: Path) -> None:
    target = tmp_path / "plans" / "作风建设.yaml"
    result = run(
        "new", str(target), "--org", "某市总工会", "--start", "2027-03 上旬", "--end", "2027-08 下旬"
    )
    assert result.exit_code == 0
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=campaign.schema.json\n")
    assert "title: 某市总工会关于开展【活动名称】的实施方案" in text
    checked = run("check", str(target), "--as-of", "2027-01-01", "--format", "json")
    assert checked.exit_code == 0
    assert '"error": 0' in checked.stdout and '"warning": 0' in checked.stdout
    rendered = run("render", str(target), "--part", "schedule")
    assert "【学习教育、听取意见】3月上旬至4月下旬" in rendered.stdout
    assert "【整改落实、建章立制】7月上旬至8月下旬" in rendered.stdout


def test_new_never_overwrites(tmp_path: Path) -> None:
    target = tmp_path / "plan.yaml"
    target.write_text("我的方案", encoding="utf-8")
    result = run("new", str(target))
    assert result.exit_code == 2
    assert target.read_text(encoding="utf-8") == "我的方案"


def test_default_period_and_title_check_clean(tmp_path: Path) -> None:
    target = tmp_path / "plan.yaml"
    assert run("new", str(target)).exit_code == 0
    result = run("check", str(target), "--format", "concise")
    assert result.exit_code == 0
    assert result.stdout == ""


def test_bad_dates_are_usage_errors(tmp_path: Path) -> None:
    assert run("new", str(tmp_path / "a.yaml"), "--start", "明年三月").exit_code == 2
    assert (
        run("new", str(tmp_path / "b.yaml"), "--start", "2027-03 上旬", "--end", "2027-03 中旬").exit_code
        == 2
    )
    assert not list(tmp_path.iterdir())


def test_file_names_starting_with_a_year_get_a_textual_id(tmp_path: Path) -> None:
    target = tmp_path / "2027-作风建设.yaml"
    assert run("new", str(target)).exit_code == 0
    assert "\nid: plan-2027\n" in target.read_text(encoding="utf-8")
    assert run("check", str(target), "--format", "concise").stdout == ""


def test_the_schema_is_written_beside_a_plan_that_has_none(tmp_path: Path) -> None:
    target = tmp_path / "plans" / "a.yaml"
    result = run("new", str(target))
    assert result.exit_code == 0
    assert (tmp_path / "plans" / "campaign.schema.json").read_text(encoding="utf-8") == run("schema").stdout
    assert "wrote" in result.stderr and "campaign.schema.json" in result.stderr


def test_a_plan_in_a_subfolder_names_the_schema_above_it(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / "plans").mkdir()
    (tmp_path / "plans" / "campaign.schema.json").write_text("{}\n", encoding="utf-8")
    target = tmp_path / "plans" / "2027" / "b.yaml"
    assert run("new", str(target)).exit_code == 0
    first = target.read_text(encoding="utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=../campaign.schema.json"
    assert not (tmp_path / "plans" / "2027" / "campaign.schema.json").exists()
    assert (tmp_path / "plans" / "campaign.schema.json").read_text(encoding="utf-8") == "{}\n"  # not replaced
    assert run("check", str(target), "--format", "concise").stdout == ""


def test_a_schema_outside_the_repository_is_not_used(tmp_path: Path) -> None:
    (tmp_path / "campaign.schema.json").write_text("{}\n", encoding="utf-8")
    (tmp_path / "repo" / ".git").mkdir(parents=True)
    target = tmp_path / "repo" / "plans" / "c.yaml"
    assert run("new", str(target)).exit_code == 0
    assert target.read_text(encoding="utf-8").startswith(
        "# yaml-language-server: $schema=campaign.schema.json\n"
    )
    assert (target.parent / "campaign.schema.json").is_file()
