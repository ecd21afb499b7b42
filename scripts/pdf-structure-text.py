#!/usr/bin/python3
"""Reads a Plaidoyer PDF as assistive technology does: the text of each structure element, built from its
marked content in order (ActualText replaces what is drawn), with pikepdf (Debian: python3-pikepdf).

Prints JSON: the number of line joins inside an element, those that glue two words (a letter at the end
of one marked-content piece, a letter at the start of the next, no space between), a few examples, and
the text of each paragraph-level element.
"""
import json
import re
import sys

import pikepdf


def parse_cmap(data):
    """ToUnicode CMap: code (hex) -> text."""
    table = {}
    text = data.decode("latin-1")
    for block in re.findall(r"beginbfchar(.*?)endbfchar", text, re.S):
        for src, dst in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            table[int(src, 16)] = bytes.fromhex(dst).decode("utf-16-be")
    for block in re.findall(r"beginbfrange(.*?)endbfrange", text, re.S):
        for lo, hi, dst in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            start = int(dst, 16)
            for i, code in enumerate(range(int(lo, 16), int(hi, 16) + 1)):
                table[code] = chr(start + i)
    return table


def page_pieces(page):
    """MCID -> the pieces of text of that marked content on this page: one per text-showing operator (a
    line, or a run inside a line), an ActualText counting as one piece that replaces what it encloses."""
    fonts = {}
    resources = page.obj.get("/Resources", {}).get("/Font", {})
    for name, font in resources.items():
        cmap = font.get("/ToUnicode")
        fonts[name] = parse_cmap(cmap.read_bytes()) if cmap is not None else {}
    pieces = {}
    # Each open sequence: (the MCID it belongs to, whether an ActualText replaces its content).
    stack = []
    font = {}
    for operands, operator in pikepdf.parse_content_stream(page):
        op = str(operator)
        if op in ("BDC", "BMC"):
            props = operands[1] if op == "BDC" and len(operands) > 1 else None
            own = int(props.MCID) if isinstance(props, pikepdf.Dictionary) and "/MCID" in props else None
            actual = str(props.ActualText) if isinstance(props, pikepdf.Dictionary) and "/ActualText" in props else None
            outer_mcid, outer_replaced = stack[-1] if stack else (None, False)
            mcid = own if own is not None else outer_mcid
            if own is not None:
                pieces[mcid] = []
            if actual is not None and mcid is not None and not outer_replaced:
                pieces[mcid].append(actual)
            stack.append((mcid, outer_replaced or actual is not None))
        elif op == "EMC":
            if stack:
                stack.pop()
        elif op == "Tf":
            font = fonts.get(str(operands[0]), {})
        elif op == "Tj":
            mcid, replaced = stack[-1] if stack else (None, False)
            if mcid is None or replaced:
                continue
            raw = bytes(operands[0])
            pieces[mcid].append("".join(font.get(int.from_bytes(raw[i : i + 2], "big"), "\ufffd") for i in range(0, len(raw), 2)))
    return pieces


def main(path):
    pdf = pikepdf.open(path)
    by_page = {page.obj.objgen: page_pieces(page) for page in pdf.pages}
    joins = 0
    glued = []
    texts = []

    def walk(elem):
        nonlocal joins
        if isinstance(elem, pikepdf.Array):
            out = []
            for kid in elem:
                out.extend(walk(kid))
            return out
        if not isinstance(elem, pikepdf.Dictionary):
            return []
        if elem.get("/Type") == "/MCR":
            return by_page.get(elem.Pg.objgen, {}).get(int(elem.MCID), [])
        if elem.get("/Type") == "/OBJR":
            return []
        kids = elem.get("/K")
        parts = walk(kids) if kids is not None else []
        tag = str(elem.get("/S", ""))[1:]
        if tag in ("P", "LBody", "H1", "H2", "H3", "Note", "TOCI"):
            # Each piece is one line (or a run inside a line): a join is where two meet.
            for a, b in zip(parts, parts[1:]):
                if not a or not b:
                    continue
                joins += 1
                if re.search(r"[^\W\d_]$", a) and re.match(r"[^\W\d_]", b):
                    glued.append(a[-20:] + "|" + b[:20])
            texts.append("".join(parts))
        return parts

    walk(pdf.Root.StructTreeRoot.K)
    print(json.dumps({"joins": joins, "glued": len(glued), "examples": glued[:10], "texts": texts}, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])
