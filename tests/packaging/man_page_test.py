#!/usr/bin/env python3
"""jamkoll(1) names every command and option the code accepts, and groff formats it without a warning.

Usage: man_page_test.py SOURCE_DIR MAN_PAGE JAMKOLL

The commands and options are those `JAMKOLL --help --lang en` lists (the help is made from the
same option specs the parsers use, pipeline/app/command_spec.h), and every option literal ("--format",
"-j") in pipeline/app/*.cpp except the PDF child's (jamkoll-pdf,
pdf_helper_main.cpp). An option added to a command fails this test until the man page
(packaging/jamkoll.1.in) describes it.
"""
import pathlib
import re
import shutil
import subprocess
import sys

INTERNAL = {"pdf_helper_main.cpp"}


def main() -> int:
    source, page, binary = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), sys.argv[3]
    roff = page.read_text(encoding="utf-8")
    text = roff.replace("\\-", "-").replace("\\fB", "").replace("\\fI", "").replace("\\fR", "")
    app = source / "pipeline" / "app"
    usage = subprocess.run([binary, "--help", "--lang", "en"], capture_output=True, text=True, check=True).stdout
    commands = set(re.findall(r"^  jamkoll ([a-z][a-z-]*) ", usage, re.M))
    if len(commands) < 5:
        print(f"only {len(commands)} commands found in jamkoll --help: has its layout changed?")
        return 1
    options = set(re.findall(r"(?<![\w-])(--?[a-z][a-z0-9-]*)", usage))
    for cpp in sorted(app.glob("*.cpp")):
        if cpp.name not in INTERNAL:
            options |= set(re.findall(r'"(--?[a-z][a-z0-9-]*)"', cpp.read_text(encoding="utf-8")))
    missing = [c for c in sorted(commands) if not re.search(r"(^|\s)" + re.escape(c) + r"\b", text, re.M)]
    missing += [o for o in sorted(options) if not re.search(r"(?<![\w-])" + re.escape(o) + r"(?![\w-])", text)]
    failures = 0
    for name in missing:
        print(f"man page: {name} is accepted by pipeline/app but not described in {page.name}")
        failures += 1
    if shutil.which("groff"):
        run = subprocess.run(["groff", "-man", "-ww", "-z", "-Tutf8", str(page)], capture_output=True, text=True)
        for line in run.stderr.splitlines():
            print(f"groff: {line}")
            failures += 1
    else:
        print("groff not installed: formatting not checked")
    print(f"{len(commands)} commands, {len(options)} options checked, {failures} problems")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
