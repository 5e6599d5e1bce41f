#!/usr/bin/env python3
"""Copy a workbook's values through openpyxl's write-only mode, as many tools outside Excel write
files: inline strings with numeric character references, no shared-strings part, the sheet stored
before styles. Used by the reader's differential test and by `npm run bench`.

    python3 tooling/scripts/openpyxl-copy.py SOURCE.xlsx TARGET.xlsx [MAX_ROWS]

Exits 3 when openpyxl is not installed (the callers then skip the openpyxl row with a message).
"""
import datetime
import sys

try:
    from openpyxl import Workbook, load_workbook
    from openpyxl.cell import WriteOnlyCell
except ImportError:
    sys.stderr.write("openpyxl is not installed\n")
    sys.exit(3)


def main() -> None:
    source, target = sys.argv[1], sys.argv[2]
    max_rows = int(sys.argv[3]) if len(sys.argv) > 3 else None
    src = load_workbook(source, read_only=True)
    out = Workbook(write_only=True)
    for ws in src.worksheets:
        copy = out.create_sheet(ws.title)
        for index, row in enumerate(ws.iter_rows(values_only=True)):
            if max_rows is not None and index >= max_rows:
                break
            cells = []
            for value in row:
                if isinstance(value, (datetime.datetime, datetime.date)):
                    cell = WriteOnlyCell(copy, value=value)
                    cell.number_format = "DD/MM/YYYY"
                    cells.append(cell)
                else:
                    cells.append(value)
            copy.append(cells)
    out.save(target)


main()
