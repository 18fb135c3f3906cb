#!/usr/bin/env python3
"""Runs the command-line examples of README.md as written: the first sh block of its "Command
line" section, line after line in one bash (set -e), from a copy of docs/examples, with the
built programs first on PATH and data, configuration and cache folders of its own (so the local
portal starts afresh with its demonstration account). Then checks what the commands made.
Usage: readme_cli_test.py SOURCE_DIR BIN_DIR"""
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

source, bin_dir = (pathlib.Path(argument).resolve() for argument in sys.argv[1:3])
readme = (source / "README.md").read_text(encoding="utf-8")
section = readme.split("## Command line", 1)[1]
block = re.search(r"```sh\n(.*?)```", section, re.S).group(1)

with tempfile.TemporaryDirectory() as work:
    work = pathlib.Path(work)
    examples = work / "examples"
    shutil.copytree(source / "docs" / "examples", examples)
    environment = dict(os.environ, PATH=f"{bin_dir}{os.pathsep}{os.environ['PATH']}",
                       XDG_DATA_HOME=str(work / "data"), XDG_CONFIG_HOME=str(work / "config"),
                       XDG_CACHE_HOME=str(work / "cache"), LANG="C.UTF-8")
    environment.pop("SEGURDESK_PORTAL", None)
    # The portal started with & ends with the script, however it ends (it holds the output pipe).
    script = "trap 'kill $(jobs -p) 2>/dev/null; wait' EXIT\nset -e\n" + block
    run = subprocess.run(["bash", "-c", script], cwd=examples, env=environment, stdin=subprocess.DEVNULL,
                         capture_output=True, text=True, timeout=240)
    # French amounts group digits with a no-break space.
    output = run.stdout.replace("\u202f", " ").replace("\u00a0", " ")
    if run.returncode != 0:
        sys.exit(f"the README's commands failed ({run.returncode}):\n{output}\n{run.stderr}")

    expectations = [
        ("check iban", "\tvalid\tFR7630006000011234567890189"),
        ("validate", "1 dossier(s) vérifié(s) : 1 valide(s), 0 avec des erreurs."),
        ("advance --forecast", "Montant TTC (20 %) : 15 364,78 €"),
        ("status --json", '"number": "ENR-'),
        ("advance", "AVA-"),
        ("mails 4", "décision sur votre demande d'avance AVA-"),
        ("submit", "ENR-"),
    ]
    for command, expected in expectations:
        if expected not in output:
            sys.exit(f"{command}: {expected!r} is not in what the README's commands printed:\n{output}")
    if not (examples / "decision.pdf").read_bytes().startswith(b"%PDF-"):
        sys.exit("document -o decision.pdf did not write the decision letter")
print(f"the {len(block.strip().splitlines())} lines of the README's command-line example ran")
