"""This batch's copy of tests/data/fresh/src/<the same name>: batch 201's tool, run on this batch's folder."""
import pathlib

tool = pathlib.Path(__file__).resolve().parents[2] / "fresh" / "src" / pathlib.Path(__file__).name
exec(compile(tool.read_text(encoding="utf-8"), str(tool), "exec"), {"__file__": __file__, "__name__": "__main__"})
