"""Reads a CSV file with Python's own `csv` module as a spreadsheet would be told to (the
delimiter, and UTF-8 with or without a BOM), and prints its rows as JSON for
tests/core/export_thirdparty.rs.

Usage: /usr/bin/python3 csv_read.py FILE.csv DELIMITER"""
import csv
import io
import json
import sys

with open(sys.argv[1], "rb") as f:
    raw = f.read()
bom = raw.startswith(b"\xef\xbb\xbf")
text = raw.decode("utf-8-sig")
# newline="": the reader itself sees the CRLF ends and the newlines inside quotes, as the
# module's documentation asks.
rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=sys.argv[2], strict=True))
print(json.dumps({"bom": bom, "rows": rows}))
