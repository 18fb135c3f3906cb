#!/usr/bin/env python3
"""scripts/tidy-cached against real clang-tidy on a tiny project made in a temporary folder.

A finding is reported on every run and never cached; a clean unit is analysed once, then skipped
until something that can change its findings changes: its source, a header it includes (comments
included, where NOLINT lives), its compile command or a .clang-tidy file above it. A clone of the
same sources in another folder reuses the results.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

SCRIPT = Path(sys.argv.pop(1)).resolve()

CLEAN_SOURCE = '#include <cstddef>\n#include "src/value.h"\nconst char* source() { return SOURCE_DIR; }\nint twice(int v) { return v * 2; }\n'
FINDING = "int* none() { return (int*)0; }\n"  # modernize-use-nullptr


class TidyCachedTest(unittest.TestCase):
    def setUp(self):
        self.work = Path(tempfile.mkdtemp(prefix="tidy-cached-test-"))
        self.addCleanup(shutil.rmtree, self.work)
        self.cache_home = self.work / "cache"
        self.project = self.work / "project"
        self.make_project(self.project)

    def make_project(self, root):
        (root / "scripts").mkdir(parents=True)
        shutil.copy(SCRIPT, root / "scripts" / "tidy-cached")
        (root / "src").mkdir()
        (root / ".clang-tidy").write_text("Checks: '-*,modernize-use-nullptr'\n")
        (root / "src" / "value.h").write_text("#pragma once\nconstexpr int base = 1;\n")
        (root / "src" / "unit.cpp").write_text(CLEAN_SOURCE)
        self.write_commands(root, "-std=c++17")

    def write_commands(self, root, *flag_sets):
        """The unit compiled once per set of flags, as by several targets."""
        (root / "build").mkdir(exist_ok=True)
        # As CMake writes them: the root itself as an include folder, and in a define.
        paths = f'-I{root} -DSOURCE_DIR=\\"{root}\\"'
        entries = [{"directory": str(root / "build"),
                    "command": f"clang++ {flags} {paths} -o unit{index}.o -c {root}/src/unit.cpp",
                    "file": str(root / "src" / "unit.cpp")} for index, flags in enumerate(flag_sets)]
        (root / "build" / "compile_commands.json").write_text(json.dumps(entries))

    def lint(self, root=None, tidy_args=("--quiet", "--warnings-as-errors=*")):
        """(exit status, the summary line, everything printed)."""
        root = root or self.project
        result = subprocess.run(
            [str(root / "scripts" / "tidy-cached"), str(root / "build"), "2", str(root / "src" / "unit.cpp"), "--",
             *tidy_args, f"--header-filter=^{re.escape(str(root))}/src/"],
            cwd=root, capture_output=True, text=True, env={**os.environ, "XDG_CACHE_HOME": str(self.cache_home)})
        summary = result.stdout.strip().splitlines()[-1]
        return result.returncode, summary, result.stdout + result.stderr

    def assert_outcome(self, expected, root=None):
        status, summary, output = self.lint(root)
        wanted = {"clean": "1 analysed clean", "cached": "1 unchanged since a clean analysis",
                  "findings": "1 with findings"}[expected]
        self.assertIn(wanted, summary, output)
        self.assertEqual(status, 1 if expected == "findings" else 0, output)
        return output

    def append(self, relative, text):
        path = self.project / relative
        path.write_text(path.read_text() + text)

    def test_a_clean_unit_is_analysed_once(self):
        self.assert_outcome("clean")
        self.assert_outcome("cached")
        self.assertEqual(len(list((self.cache_home / "segurdesk" / "clang-tidy").iterdir())), 1)

    def test_a_finding_is_reported_on_every_run(self):
        self.append("src/unit.cpp", FINDING)
        for _ in range(2):
            output = self.assert_outcome("findings")
            self.assertIn("modernize-use-nullptr", output)
        self.assertEqual(list((self.cache_home / "segurdesk" / "clang-tidy").glob("*")), [])

    def test_a_finding_in_an_included_header_is_seen_after_a_clean_run(self):
        self.assert_outcome("clean")
        self.append("src/value.h", FINDING)
        self.assert_outcome("findings")

    def test_removing_a_nolint_comment_brings_the_finding_back(self):
        self.append("src/unit.cpp", FINDING.rstrip("\n") + " // NOLINT\n")
        self.assert_outcome("clean")
        self.assert_outcome("cached")
        (self.project / "src" / "unit.cpp").write_text(CLEAN_SOURCE + FINDING)
        self.assert_outcome("findings")

    def test_removing_a_nolint_comment_from_a_macro_definition_brings_the_finding_back(self):
        # Preprocessing drops #define lines and their comments: only the raw text shows the change.
        (self.project / ".clang-tidy").write_text("Checks: '-*,cppcoreguidelines-macro-usage'\n")
        macro = "#define TWICE(x) ((x) * 2)"
        (self.project / "src" / "unit.cpp").write_text(macro + " // NOLINT(cppcoreguidelines-macro-usage)\n")
        self.assert_outcome("clean")
        self.assert_outcome("cached")
        (self.project / "src" / "unit.cpp").write_text(macro + "\n")
        self.assert_outcome("findings")

    def test_a_warning_is_a_finding_without_warnings_as_errors(self):
        self.append("src/unit.cpp", FINDING)
        for _ in range(2):
            status, summary, output = self.lint(tidy_args=("--quiet",))
            self.assertEqual(status, 1, output)
            self.assertIn("1 with findings", summary)

    def test_no_unit_is_an_error(self):
        result = subprocess.run([str(self.project / "scripts" / "tidy-cached"), str(self.project / "build"), "2", "--"],
                                capture_output=True, text=True)
        self.assertNotEqual(result.returncode, 0)

    def test_a_changed_configuration_analyses_again(self):
        self.append("src/unit.cpp", FINDING.rstrip("\n") + " // NOLINT(modernize-use-nullptr)\n")
        self.assert_outcome("clean")
        (self.project / "src" / ".clang-tidy").write_text("InheritParentConfig: true\n")
        self.assert_outcome("clean")
        self.assert_outcome("cached")

    def test_a_changed_compile_command_analyses_again(self):
        self.assert_outcome("clean")
        self.write_commands(self.project, "-std=c++20")
        self.assert_outcome("clean")

    def test_a_define_that_reveals_code_brings_its_finding(self):
        self.append("src/unit.cpp", "#ifdef REVEAL\n" + FINDING + "#endif\n")
        self.assert_outcome("clean")
        self.write_commands(self.project, "-std=c++17 -DREVEAL")
        self.assert_outcome("findings")

    def test_a_unit_several_targets_compile_is_analysed_under_each_command(self):
        self.append("src/unit.cpp", "#ifdef REVEAL\n" + FINDING + "#endif\n")
        self.write_commands(self.project, "-std=c++17", "-std=c++17 -DREVEAL")
        status, summary, output = self.lint()
        self.assertEqual(status, 1, output)
        self.assertIn("2 analyses", summary)
        self.assertIn("1 analysed clean, 0 unchanged since a clean analysis, 1 with findings", summary)
        status, summary, output = self.lint()
        self.assertEqual(status, 1, output)
        self.assertIn("0 analysed clean, 1 unchanged since a clean analysis, 1 with findings", summary)

    def test_a_clone_in_another_folder_reuses_the_results(self):
        self.assert_outcome("clean")
        # Under /var/tmp: system headers sort before the clone there, and after a clone in /tmp.
        elsewhere = Path(tempfile.mkdtemp(prefix="tidy-cached-clone-", dir="/var/tmp"))
        self.addCleanup(shutil.rmtree, elsewhere)
        # A name with characters a regular expression escapes, as in scripts/lint's header filter.
        clone = elsewhere / "clone-1.x"
        self.make_project(clone)
        self.assert_outcome("cached", clone)


if __name__ == "__main__":
    unittest.main(verbosity=2)
