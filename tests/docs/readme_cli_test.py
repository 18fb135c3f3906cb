#!/usr/bin/env python3
"""Runs the command-line examples of README.md as written: the first sh block of its "Command
line" section, line after line in one bash (set -e), from a copy of docs/examples, with the
built programs first on PATH and data, configuration and cache folders of its own (so the local
portal starts afresh with its demonstration account). Then checks what the commands made.
Usage: readme_cli_test.py SOURCE_DIR BIN_DIR"""
import os
import pathlib
import re
import shlex
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
    # Each command's output follows a marker naming it. The portal started with & ends with the
    # script, however it ends (it holds the output pipe).
    lines = [line for line in block.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    script = "trap 'kill $(jobs -p) 2>/dev/null; wait' EXIT\nset -e\n" + "".join(
        f"printf '\\n::: %s\\n' {shlex.quote(line)}\n{line}\n" for line in lines)
    run = subprocess.run(["bash", "-c", script], cwd=examples, env=environment, stdin=subprocess.DEVNULL,
                         capture_output=True, text=True, timeout=240)
    # French amounts group digits with a no-break space.
    output = run.stdout.replace("\u202f", " ").replace("\u00a0", " ")
    if run.returncode != 0:
        sys.exit(f"the README's commands failed ({run.returncode}):\n{output}\n{run.stderr}")
    printed = {}
    for part in output.split("\n::: ")[1:]:
        command, _, text = part.partition("\n")
        printed[command] = text

    def output_of(start):
        return next(text for command, text in printed.items() if command.startswith(start))

    expectations = [
        ("segurdesk-cli check iban", "\tvalid\tFR7630006000011234567890189"),
        ("segurdesk-cli validate", "1 dossier(s) vérifié(s) : 1 valide(s), 0 avec des erreurs."),
        ("segurdesk-cli draft list", "Polyclinique du Parc"),
        ("segurdesk-cli advance --forecast", "Montant TTC (20 %) : 15 364,78 €"),
        ("segurdesk-cli status --login demo --json", '"number": "ENR-'),
        ("segurdesk-cli advance --login demo 2", "Demande d'avance AVA-"),
        ("segurdesk-cli mails --login demo 4", "décision sur votre demande d'avance AVA-"),
        ("segurdesk-cli --portal http://127.0.0.1:8080 submit", "envoyé    ENR-"),
    ]
    if len(printed) != len(lines):
        sys.exit(f"{len(printed)} of the README's {len(lines)} commands ran:\n{output}")
    for command, expected in expectations:
        if expected not in output_of(command):
            sys.exit(f"{command}: {expected!r} is not in what it printed:\n{output_of(command)}")
    if not (examples / "decision.pdf").read_bytes().startswith(b"%PDF-"):
        sys.exit("document -o decision.pdf did not write the decision letter")
print(f"the {len(lines)} commands of the README's command-line example ran")
