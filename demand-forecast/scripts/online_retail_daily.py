#!/usr/bin/env python3
"""Derives a daily SKU sales file (sku,day,units,revenue) from the Online Retail transactions.

Same selection as weekly_sku_sales_top500.csv: sale lines only (Quantity > 0, UnitPrice > 0, InvoiceNo not
starting with C), the 500 StockCodes with the largest total quantity (ties by code), minus the non-merchandise
codes M and POST and codes that are not well-formed Priceflow SKUs (A-Z 0-9 - _, 1-32 chars; lower-case
suffixes are not upper-cased because that would merge distinct codes). Day = invoice date (local time as in
the source). Revenue = sum(Quantity x UnitPrice), rounded half-even to pence. Only days with sales are
written (the series builder zero-fills the days between a SKU's first and last sale). Output sorted by
sku, day; the format is import-sales' (also accepted by backtest-forecast --granularity daily|weekly).

usage: online_retail_daily.py TRANSACTIONS.csv.gz OUT.csv
"""
import csv, gzip, re, sys
from collections import defaultdict
from decimal import Decimal, ROUND_HALF_EVEN

src, out = sys.argv[1], sys.argv[2]
units = defaultdict(int)
revenue = defaultdict(Decimal)
total = defaultdict(int)
with gzip.open(src, "rt", encoding="utf-8", newline="") as f:
    for r in csv.DictReader(f):
        q = int(r["Quantity"]); p = Decimal(r["UnitPrice"])
        if q <= 0 or p <= 0 or r["InvoiceNo"].startswith("C"):
            continue
        code = r["StockCode"]; day = r["InvoiceDate"][:10]
        total[code] += q
        units[(code, day)] += q
        revenue[(code, day)] += q * p
top = sorted(total, key=lambda c: (-total[c], c))[:500]
ok = re.compile(r"^[A-Z0-9_-]{1,32}$")
keep = {c for c in top if c not in ("M", "POST") and ok.match(c)}
rows = sorted(k for k in units if k[0] in keep)
with open(out, "w", newline="") as f:
    f.write("sku,day,units,revenue\n")
    for code, day in rows:
        rev = revenue[(code, day)].quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN)
        f.write(f"{code},{day},{units[(code, day)]},{rev}\n")
print(f"{len(keep)} SKUs (of top 500), {len(rows)} daily rows -> {out}", file=sys.stderr)
