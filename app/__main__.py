"""Composition root: ``guardroom`` and ``python -m app``.

Headless subcommands run without Qt; only starting the program imports the ``ui`` package.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from app import __version__, cli

    args = cli.parse(argv)
    if args.version:
        print(f"guardroom {__version__}")
        return 0
    if args.command == "report":
        from ui.reports.pdf import pdf_printer  # the PDF is drawn by Qt

        args.write_pdf = pdf_printer()
    if args.command:
        return cli.run_command(args)
    from app.startup import LaunchOptions

    options = LaunchOptions(data_dir=args.data_dir, config=args.config, lang=args.lang,
                            demo=args.demo or bool(args.screenshot), screenshot=args.screenshot,
                            page=args.page, selfcheck=args.selfcheck)
    if args.selfcheck:
        from ui.selfcheck import run_selfcheck

        return run_selfcheck(options)
    from ui.launch import run_gui

    return run_gui(options)


if __name__ == "__main__":
    sys.exit(main())
