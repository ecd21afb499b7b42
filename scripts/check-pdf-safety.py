#!/usr/bin/python3
"""Checks that PDFs made by Plaidoyer carry no action but /URI, with pikepdf (Debian: python3-pikepdf).

Usage: check-pdf-safety.py FILE.pdf… (one process for a whole batch; `qpdf --check` runs on each file). Prints one JSON object:
{"files": N, "problems": {"path": ["…"]}, "uris": ["…"]}. For each file: `qpdf --check` and pikepdf's
Pdf.check report nothing and no warning was raised while reading;
no name /JS, /JavaScript, /Launch, /SubmitForm, /ImportData, /OpenAction or /AA appears anywhere in
the object graph (object streams decompressed by qpdf, names #-decoded); every action is /S /URI and
every /URI is https, http or mailto, printable ASCII, with a host for http(s).
"""
import json
import re
import subprocess
import sys
from urllib.parse import urlsplit

import pikepdf

FORBIDDEN = {"/JS", "/JavaScript", "/Launch", "/SubmitForm", "/ImportData", "/OpenAction", "/AA",
             "/GoToR", "/GoToE", "/ResetForm", "/Rendition", "/RichMedia", "/EmbeddedFile"}
PRINTABLE = re.compile(rb"^[\x21-\x7e]+$")


def check_uri(raw, problems):
    data = bytes(raw)
    if not PRINTABLE.match(data):
        problems.append(f"/URI hors ASCII imprimable : {data[:80]!r}")
        return None
    text = data.decode("ascii")
    parts = urlsplit(text)
    if parts.scheme not in ("https", "http", "mailto"):
        problems.append(f"/URI de schéma {parts.scheme!r} : {text[:80]}")
    elif parts.scheme != "mailto" and not parts.netloc:
        problems.append(f"/URI sans hôte : {text[:80]}")
    return text


def check(path):
    problems = []
    uris = []
    try:
        pdf = pikepdf.open(path)
    except Exception as error:  # noqa: BLE001 - any failure to read is a problem to report
        return [f"illisible : {error}"], uris
    problems += [f"qpdf : {p}" for p in pdf.check()]
    qpdf = subprocess.run(["qpdf", "--check", path], capture_output=True, text=True)
    if qpdf.returncode != 0 or "No syntax or stream encoding errors found" not in qpdf.stdout:
        problems.append(f"qpdf --check ({qpdf.returncode}) : {(qpdf.stdout + qpdf.stderr)[-300:]}")
    seen = set()

    def walk(obj):
        if isinstance(obj, pikepdf.Name):
            if str(obj) in FORBIDDEN:
                problems.append(f"nom interdit {obj}")
            return
        if isinstance(obj, (pikepdf.Dictionary, pikepdf.Stream, pikepdf.Array)):
            if obj.is_indirect:
                key = obj.objgen
                if key in seen:
                    return
                seen.add(key)
        if isinstance(obj, pikepdf.Array):
            for item in obj:
                walk(item)
            return
        if isinstance(obj, pikepdf.Stream):
            obj = obj.stream_dict
        if isinstance(obj, pikepdf.Dictionary):
            for key in obj.keys():
                if key in FORBIDDEN:
                    problems.append(f"clé interdite {key}")
            if "/S" in obj and obj.get("/Type") != "/StructElem" and obj.get("/Type") != "/StructTreeRoot":
                if obj.get("/S") != "/URI":
                    problems.append(f"action {obj.get('/S')}")
            if "/URI" in obj:
                value = obj.get("/URI")
                if not isinstance(value, pikepdf.String):
                    problems.append("/URI qui n’est pas une chaîne")
                else:
                    uri = check_uri(value, problems)
                    if uri is not None:
                        uris.append(uri)
            if "/Subtype" in obj and obj.get("/Type") == "/Annot" and obj.get("/Subtype") != "/Link":
                problems.append(f"annotation {obj.get('/Subtype')}")
            for key in obj.keys():
                walk(obj.get(key))

    for obj in pdf.objects:
        walk(obj)
    walk(pdf.trailer)
    return problems, uris


def main(paths):
    report = {"files": len(paths), "problems": {}, "uris": []}
    for path in paths:
        problems, uris = check(path)
        if problems:
            report["problems"][path] = problems
        report["uris"] += uris
    print(json.dumps(report, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
