#!/usr/bin/python3
"""Checks the tagged structure of a PDF made by Plaidoyer, with pikepdf (Debian: python3-pikepdf).

Prints a JSON report: every marked-content id is referenced by the structure tree, every painting
operator is inside marked content or an artifact, link annotations have a StructParent that maps to
a Link element, headings nest (H1, then H2, then H3, no level skipped), /Lang, /MarkInfo and /Tabs are set.
"""
import json
import sys

import pikepdf

PAINTING = {"Tj", "TJ", "'", '"', "S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "sh", "Do", "BI"}


def main(path):
    pdf = pikepdf.open(path)
    problems = []
    root = pdf.Root
    if root.get("/MarkInfo", {}).get("/Marked") is not True:
        problems.append("MarkInfo /Marked absent")
    if str(root.get("/Lang", "")) != "fr-FR":
        problems.append("Lang différent de fr-FR")
    tree = root.get("/StructTreeRoot")
    if tree is None:
        print(json.dumps({"ok": False, "problems": ["pas de StructTreeRoot"]}))
        return 1

    referenced = set()
    headings = []
    counts = {}

    def walk(elem):
        if isinstance(elem, pikepdf.Array):
            for kid in elem:
                walk(kid)
            return
        if not isinstance(elem, pikepdf.Dictionary):
            return
        kind = elem.get("/Type")
        if kind == "/MCR":
            referenced.add((elem.Pg.objgen, int(elem.MCID)))
            return
        if kind == "/OBJR":
            return
        tag = str(elem.get("/S", ""))[1:]
        counts[tag] = counts.get(tag, 0) + 1
        if tag in ("H1", "H2", "H3", "H4", "H5", "H6"):
            headings.append(int(tag[1]))
        if tag == "Note" and "/ID" not in elem:
            problems.append("élément Note sans ID")
        kids = elem.get("/K")
        if kids is not None:
            walk(kids)

    walk(tree.K)

    found = set()
    painting_outside = 0
    for page in pdf.pages:
        if page.obj.get("/Tabs") != "/S":
            problems.append("page sans /Tabs /S")
        depth = 0
        for operands, operator in pikepdf.parse_content_stream(page):
            op = str(operator)
            if op in ("BDC", "BMC"):
                depth += 1
                if op == "BDC" and len(operands) > 1 and isinstance(operands[1], pikepdf.Dictionary) and "/MCID" in operands[1]:
                    found.add((page.obj.objgen, int(operands[1].MCID)))
            elif op == "EMC":
                depth -= 1
            elif op in PAINTING and depth <= 0:
                painting_outside += 1
        for annot in page.get("/Annots", []):
            if annot.get("/Subtype") == "/Link":
                if "/StructParent" not in annot:
                    problems.append("lien sans StructParent")
                else:
                    key = int(annot.StructParent)
                    nums = tree.ParentTree.Nums
                    target = None
                    for i in range(0, len(nums), 2):
                        if int(nums[i]) == key:
                            target = nums[i + 1]
                    if target is None or str(target.get("/S")) != "/Link":
                        problems.append(f"StructParent {key} ne désigne pas un élément Link")

    missing = found - referenced
    if missing:
        problems.append(f"{len(missing)} MCID absents de l'arbre de structure")
    dangling = referenced - found
    if dangling:
        problems.append(f"{len(dangling)} MCID de l'arbre absents des pages")
    if painting_outside:
        problems.append(f"{painting_outside} opérateurs de dessin hors contenu marqué")
    if not headings or headings[0] != 1:
        problems.append("le premier titre n'est pas un H1")
    for previous, current in zip(headings, headings[1:]):
        if current > previous + 1:
            problems.append(f"titres mal imbriqués : H{previous} suivi de H{current}")
            break

    report = {"ok": not problems, "problems": problems, "mcids": len(found), "elements": counts, "headings": len(headings)}
    print(json.dumps(report, ensure_ascii=False))
    return 0 if report["ok"] else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
