#!/usr/bin/env python3
"""Writes the documents that dossier-exemple/dossier.json names, into dossier-exemple/pieces/:
one-page PDFs and two photos, each marked SPÉCIMEN, small enough to ship with the sources.
PDFs are written by hand (a page of Helvetica text); the photos by ImageMagick (scripts/deps).
Usage: docs/examples/make-specimens.py"""
import pathlib
import subprocess

PIECES = pathlib.Path(__file__).resolve().parent / "dossier-exemple" / "pieces"

PDFS = {
    "certificat-referencement.pdf": "Certificat de référencement ANS — MSS-2022-0042",
    "contrat-operateur-v2.pdf": "Contrat opérateur V2 — Medimail",
    "bon-de-commande.pdf": "Bon de commande — Polyclinique du Parc",
    "contrat-de-prestation.pdf": "Contrat de prestation — Cabinet comptable",
    "rib.pdf": "Relevé d'identité bancaire — FR76 3000 6000 0112 3456 7890 189",
}
PHOTOS = {
    "cni-representant.jpg": "Carte nationale d'identité",
    "passeport-depositaire.png": "Passeport",
}


def pdf_text(text):
    escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    return b"(" + escaped.encode("cp1252") + b")"


def write_pdf(path, title):
    lines = [("SPÉCIMEN", 48, 700), (title, 14, 640),
             ("Document d'exemple de Ségur Desk, sans aucune valeur.", 12, 610)]
    content = b"".join(b"BT /F1 %d Tf 72 %d Td %s Tj ET\n" % (size, y, pdf_text(text))
                       for text, size, y in lines)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n%sendstream" % (len(content), content),
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path.write_bytes(bytes(out))


def write_photo(path, title):
    subprocess.run(["convert", "-size", "640x400", "xc:#dfe7ef", "-fill", "#b03030",
                    "-font", "DejaVu-Sans-Bold", "-pointsize", "72", "-gravity", "center",
                    "-annotate", "-15x-15+0-20", "SPÉCIMEN", "-fill", "#203040",
                    "-font", "DejaVu-Sans", "-pointsize", "26", "-annotate", "+0+120", title,
                    "-strip", "-quality", "80", str(path)], check=True)


PIECES.mkdir(parents=True, exist_ok=True)
for name, title in PDFS.items():
    write_pdf(PIECES / name, title)
for name, title in PHOTOS.items():
    write_photo(PIECES / name, title)
