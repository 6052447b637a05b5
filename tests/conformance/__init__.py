"""Helpers for the filter conformance tests (test-only; not part of purepcap).

- :mod:`.cases` -- loading ``../shared/conformance/*.jsonl`` into records with test ids.
- :mod:`.corpus` -- real packets per link type (``../shared/corpus``), diverse, capped.
- :mod:`.interp` -- a reference classic-BPF interpreter with branch coverage.
- :mod:`.synth` -- packet synthesis reaching every branch outcome of a program.
- :mod:`.harness` -- compile with purepcap, run both programs, compare verdicts.
- :mod:`.exprgen` -- random well-formed filter expressions (differential fuzzing).

The tests import it as ``conformance`` (pytest puts ``tests/`` on ``sys.path``);
``tools/conformance_report.py`` adds ``tests/`` itself.
"""
