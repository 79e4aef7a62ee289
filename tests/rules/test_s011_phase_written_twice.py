from tests.helpers import HEADER, diagnostics, found, run

OLD_FORM = (
    HEADER
    + """\
body:
  - heading: 方法步骤
    sections:
      - heading: 学习教育（7月中旬至8月下旬）
        content:
          - 召开动员大会。
phases:
  - name: 学习教育
    start: 2013-07 中旬
    end: 2013-08 下旬
  - name: 总结
    start: 2013-09 上旬
    end: 2013-09 下旬
"""
)


def test_a_phase_written_as_a_heading_and_under_phases_is_reported() -> None:
    assert found(OLD_FORM, "S011") == [("S011", 10, 11)]
    [diagnostic] = diagnostics(OLD_FORM, "S011")
    assert "line 6" in diagnostic.message.en
    assert diagnostic.fix is not None and "campaign fmt" in diagnostic.fix.zh


def test_phases_the_text_does_not_describe_stay_under_phases() -> None:
    assert found(OLD_FORM.replace("学习教育（7月中旬至8月下旬）", "学习内容"), "S011") == []


def test_fmt_converts_the_old_form(tmp_path) -> None:  # type: ignore[no-untyped-def]
    plan = tmp_path / "old.yaml"
    plan.write_text(OLD_FORM, encoding="utf-8")
    assert run("fmt", str(plan)).exit_code == 0
    text = plan.read_text(encoding="utf-8")
    assert "      - phase: 学习教育\n        start: 2013-07 中旬\n        end: 2013-08 下旬\n" in text
    assert text.count("学习教育") == 1
    assert "phases:\n  - name: 总结\n" in text
    assert run("check", str(plan), "--select", "S011").exit_code == 0
